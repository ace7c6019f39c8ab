// A sample signup form, written as the reference for using support-kit in a form:
// - while the person types: warnings and suggestions ("Did you mean gmail.com?", "docomo
//   addresses need our domain allowed: how"), because they can still fix the address;
// - once they leave a field (or submit): errors, so a half-typed address is not called wrong;
// - on submit: the cleaned values. Send `address` to the mailbox, store `canonical` in a unique
//   index (one mailbox, one account), compare the code's `value`, hash the prepared password.
// The server must run the same functions again: the browser only helps the person.
import { deliverabilityHints, type Hint } from 'support-kit/deliverability';
import { canonicalizeEmail } from 'support-kit/email';
import { type CodeFormat, type Locale, preparePassword, sanitizeCode } from 'support-kit/sanitize';
import { byId, type Child, fill, h } from './dom.ts';
import { interpolate, uiText } from './i18n.ts';
import { applyUiText, bindLanguageSwitch, initialLocale } from './language.ts';
import type { Explained, Text } from './panels/parts.ts';

/** The domain our mail comes from: the carrier hints tell the person to allow it. */
const SENDER_DOMAIN = 'shop.example.jp';
/** Invitation codes are 8 digits, printed as 1234-5678. */
const CODE_FORMAT: CodeFormat = { alphabet: 'digits', length: 8, groupSize: 4 };

/** One line under a field: an error, a warning or a note, with its action folded under "How?". */
function hintLine(item: Explained, text: Text): HTMLElement {
  const line = h('div', { class: `hint severity-${item.severity}`, 'data-code': item.code });
  if (item.action === undefined || item.severity === 'error') {
    line.append(h('p', {}, item.message, item.action === undefined ? '' : ` ${item.action}`));
  } else {
    line.append(
      h(
        'details',
        {},
        h('summary', {}, item.message, ' ', h('span', { class: 'how' }, text.howTo)),
        h('p', {}, item.action),
      ),
    );
  }
  return line;
}

/**
 * Shows the lines under a field. Nothing is rebuilt when they have not changed (same signature),
 * so a "Did you mean …?" button or an open "How?" stays put while the person keeps typing.
 */
function setHints(
  input: HTMLInputElement,
  box: HTMLElement,
  signature: string,
  lines: () => readonly Child[],
  hasError: boolean,
): void {
  input.setAttribute('aria-invalid', String(hasError));
  if (box.dataset.signature === signature) return;
  box.dataset.signature = signature;
  box.replaceChildren(...lines().filter((line): line is Node => line instanceof Node));
}

const signatureOf = (locale: Locale, items: readonly Explained[], extra = ''): string =>
  JSON.stringify([locale, extra, items.map((item) => [item.code, item.message, item.action ?? ''])]);

interface FieldState {
  /** Left at least once (or the form was submitted): errors may be shown. */
  touched: boolean;
}

function start(): void {
  const email = byId('signup-email', HTMLInputElement);
  const code = byId('signup-code', HTMLInputElement);
  const password = byId('signup-password', HTMLInputElement);
  const form = byId('signup', HTMLFormElement);
  const result = byId('signup-result', HTMLElement);
  const state = { email: { touched: false }, code: { touched: false }, password: { touched: false } };
  let locale: Locale = initialLocale();

  const checkEmail = (field: FieldState): boolean => {
    const text = uiText(locale);
    const box = byId('signup-email-hints', HTMLElement);
    if (email.value.trim() === '') {
      setHints(email, box, '', () => [], false);
      return false;
    }
    const { hints, suggestion } = deliverabilityHints(email.value, { locale, senderDomain: SENDER_DOMAIN });
    const error = hints.some((hint) => hint.severity === 'error');
    // Errors wait until the field was left; the typo hint is replaced by its one-click suggestion.
    const shown = hints.filter((hint: Hint) =>
      hint.severity === 'error' ? field.touched : hint.code !== 'typo-domain',
    );
    const suggestionLine = (): Child => {
      if (suggestion === null) return null;
      const accept = h('button', { type: 'button', class: 'link' }, suggestion);
      accept.addEventListener('click', () => {
        email.value = suggestion;
        email.focus();
        checkEmail(field);
      });
      return h(
        'p',
        { class: 'hint severity-warning suggestion', 'data-code': 'suggestion' },
        ...fill(text.didYouMean, 'suggestion', accept),
      );
    };
    setHints(
      email,
      box,
      signatureOf(locale, shown, suggestion ?? ''),
      () => [suggestionLine(), ...shown.map((hint) => hintLine(hint, text))],
      error && field.touched,
    );
    return !error;
  };

  const checkCode = (field: FieldState): boolean => {
    const text = uiText(locale);
    const box = byId('signup-code-hints', HTMLElement);
    if (code.value.trim() === '') {
      setHints(code, box, '', () => [], false);
      return false;
    }
    const cleaned = sanitizeCode(code.value, CODE_FORMAT, { locale });
    if (cleaned.ok) {
      const read = interpolate(text.weRead, 'value', cleaned.formatted ?? cleaned.value);
      setHints(
        code,
        box,
        signatureOf(locale, [], read),
        () => [h('p', { class: 'hint severity-info', 'data-code': 'read' }, read)],
        false,
      );
      return true;
    }
    const shown = field.touched ? [cleaned.error] : [];
    setHints(
      code,
      box,
      signatureOf(locale, shown),
      () => shown.map((item) => hintLine(item, text)),
      field.touched,
    );
    return false;
  };

  const checkPassword = (field: FieldState): boolean => {
    const text = uiText(locale);
    const box = byId('signup-password-hints', HTMLElement);
    if (password.value === '') {
      setHints(password, box, '', () => [], false);
      return false;
    }
    const prepared = preparePassword(password.value, { mode: 'set', locale });
    const shown: Explained[] = [
      ...(!prepared.ok && field.touched ? [prepared.error] : []),
      ...prepared.warnings,
    ];
    setHints(
      password,
      box,
      signatureOf(locale, shown),
      () => shown.map((item) => hintLine(item, text)),
      !prepared.ok && field.touched,
    );
    return prepared.ok;
  };

  const checkAll = (): void => {
    checkEmail(state.email);
    checkCode(state.code);
    checkPassword(state.password);
  };

  for (const [input, check, field, box] of [
    [email, checkEmail, state.email, 'signup-email-hints'],
    [code, checkCode, state.code, 'signup-code-hints'],
    [password, checkPassword, state.password, 'signup-password-hints'],
  ] as const) {
    input.addEventListener('input', () => check(field));
    input.addEventListener('blur', (event) => {
      field.touched = true;
      // Moving to the field's own hint (the suggestion, "How?") is not leaving it: its click
      // must find the hint where it was.
      if (event.relatedTarget instanceof Node && byId(box, HTMLElement).contains(event.relatedTarget)) return;
      check(field);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = uiText(locale);
    for (const field of Object.values(state)) field.touched = true;
    const ok = [checkEmail(state.email), checkCode(state.code), checkPassword(state.password)].every(Boolean);
    if (!ok) {
      result.replaceChildren(h('p', { class: 'error' }, text.signupFixErrors));
      return;
    }
    const key = canonicalizeEmail(email.value);
    const cleanedCode = sanitizeCode(code.value, CODE_FORMAT);
    const prepared = preparePassword(password.value, { mode: 'set' });
    const sent = {
      email: key.ok ? key.address : null,
      emailKey: key.ok ? key.canonical : null,
      code: cleanedCode.ok ? cleanedCode.value : null,
      password: prepared.ok ? `(${[...prepared.value].length} characters, hashed on the server)` : null,
    };
    result.replaceChildren(h('p', {}, text.signupSent), h('pre', {}, JSON.stringify(sent, null, 2)));
  });

  bindLanguageSwitch((next) => {
    locale = next;
    applyUiText(locale, 'signupTitle');
    checkAll();
    result.replaceChildren();
  });
  applyUiText(locale, 'signupTitle');
  checkAll();
  document.body.dataset.ready = 'true';
}

start();
