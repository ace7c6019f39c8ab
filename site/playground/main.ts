// The playground page: every field re-renders its panel on each keystroke, and the language
// switch re-renders every panel with the library's messages in the new locale.
import type { Locale } from 'support-kit/sanitize';
import { formatInstant } from 'support-kit/sla';
import { calendarChoice, isCalendarId } from './calendars.ts';
import { byId } from './dom.ts';
import { uiText } from './i18n.ts';
import { applyUiText, bindLanguageSwitch, initialLocale } from './language.ts';
import { type CodeFields, renderCode } from './panels/code.ts';
import { renderEmail } from './panels/email.ts';
import { renderIntent } from './panels/intent.ts';
import { placeholder } from './panels/parts.ts';
import { renderPassword } from './panels/password.ts';
import { renderSla } from './panels/sla.ts';
import { wallTimeToInstant } from './zonedTime.ts';

const ALPHABETS = ['digits', 'alnum', 'crockford', 'hex'] as const;

const positiveInteger = (input: HTMLInputElement): number | null =>
  Number.isInteger(input.valueAsNumber) && input.valueAsNumber > 0 ? input.valueAsNumber : null;

function start(): void {
  const code = {
    input: byId('code-input', HTMLInputElement),
    alphabet: byId('code-alphabet', HTMLSelectElement),
    length: byId('code-length', HTMLInputElement),
    group: byId('code-group', HTMLInputElement),
    output: byId('code-output', HTMLElement),
  };
  const password = {
    input: byId('password-input', HTMLInputElement),
    mode: byId('password-mode', HTMLSelectElement),
    output: byId('password-output', HTMLElement),
  };
  const email = {
    input: byId('email-input', HTMLInputElement),
    senderDomain: byId('sender-domain', HTMLInputElement),
    output: byId('email-output', HTMLElement),
  };
  const inquiry = {
    input: byId('inquiry-input', HTMLTextAreaElement),
    from: byId('inquiry-from', HTMLInputElement),
    receivedAt: byId('received-at', HTMLInputElement),
    calendar: byId('calendar', HTMLSelectElement),
    intentOutput: byId('intent-output', HTMLElement),
    slaOutput: byId('sla-output', HTMLElement),
  };
  let locale: Locale = initialLocale();

  const renderCodePanel = (): void => {
    const alphabet = ALPHABETS.find((a) => a === code.alphabet.value) ?? 'alnum';
    const fields: CodeFields = {
      input: code.input.value,
      alphabet,
      length: positiveInteger(code.length),
      groupSize: positiveInteger(code.group),
    };
    renderCode(code.output, fields, locale);
  };
  const renderPasswordPanel = (): void => {
    const mode = password.mode.value === 'login' ? 'login' : 'set';
    renderPassword(password.output, { input: password.input.value, mode }, locale);
  };
  const renderEmailPanel = (): void => {
    renderEmail(
      email.output,
      { input: email.input.value, senderDomain: email.senderDomain.value.trim() },
      locale,
      (suggestion) => {
        email.input.value = suggestion;
        email.input.focus();
        renderEmailPanel();
      },
    );
  };
  const renderInquiryPanel = (): void => {
    const text = inquiry.input.value;
    if (text.trim() === '') {
      inquiry.intentOutput.replaceChildren(placeholder(uiText(locale)));
      inquiry.slaOutput.replaceChildren();
      return;
    }
    const calendarId = isCalendarId(inquiry.calendar.value) ? inquiry.calendar.value : 'tokyo';
    const timeZone = calendarChoice(calendarId).calendar.timeZone;
    const receivedAt = wallTimeToInstant(inquiry.receivedAt.value, timeZone);
    renderIntent(
      inquiry.intentOutput,
      text,
      { receivedAt: receivedAt === null ? undefined : formatInstant(receivedAt, timeZone), timeZone },
      locale,
    );
    renderSla(
      inquiry.slaOutput,
      {
        inquiry: text,
        from: inquiry.from.value.trim(),
        receivedAt,
        calendarId,
        senderDomain: email.senderDomain.value.trim(),
      },
      locale,
    );
  };
  const renderAll = (): void => {
    renderCodePanel();
    renderPasswordPanel();
    renderEmailPanel();
    renderInquiryPanel();
  };

  for (const field of [code.input, code.alphabet, code.length, code.group]) {
    field.addEventListener('input', renderCodePanel);
  }
  for (const field of [password.input, password.mode]) field.addEventListener('input', renderPasswordPanel);
  email.input.addEventListener('input', renderEmailPanel);
  email.senderDomain.addEventListener('input', () => {
    renderEmailPanel();
    renderInquiryPanel();
  });
  for (const field of [inquiry.input, inquiry.from, inquiry.receivedAt, inquiry.calendar]) {
    field.addEventListener('input', renderInquiryPanel);
  }
  bindLanguageSwitch((next) => {
    locale = next;
    applyUiText(locale, 'playgroundTitle');
    renderAll();
  });
  applyUiText(locale, 'playgroundTitle');
  renderAll();
  document.body.dataset.ready = 'true';
}

start();
