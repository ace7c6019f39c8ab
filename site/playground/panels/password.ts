// The password panel: preparePassword on what the visitor types, with the value to hash, the
// warnings about accidents (a pasted space, the IME left on) and the alternatives to try at login.
import { type Locale, type PasswordMode, preparePassword } from 'support-kit/sanitize';
import { h, showWhitespace } from '../dom.ts';
import { uiText } from '../i18n.ts';
import { explainedItem, explainedList, facts, placeholder, status } from './parts.ts';

/** What the password panel's fields hold. */
export interface PasswordFields {
  readonly input: string;
  readonly mode: PasswordMode;
}

/**
 * Renders the result of `preparePassword` for the fields into `output`.
 *
 * @example
 * renderPassword(output, { input: ' Tmp-Pass ', mode: 'login' }, 'ja');
 */
export function renderPassword(output: HTMLElement, fields: PasswordFields, locale: Locale): void {
  const text = uiText(locale);
  if (fields.input === '') {
    output.replaceChildren(placeholder(text));
    return;
  }
  const result = preparePassword(fields.input, { mode: fields.mode, locale });
  const alternatives = result.ok ? (result.alternatives ?? []) : [];
  output.replaceChildren(
    status(result.ok, text),
    result.ok
      ? facts([
          [text.passwordValue, h('code', { class: 'value' }, showWhitespace(result.value)), 'value'],
          [
            text.alternatives,
            alternatives.length === 0
              ? null
              : h(
                  'ul',
                  { class: 'plain' },
                  ...alternatives.map((a) => h('li', {}, h('code', {}, showWhitespace(a)))),
                ),
            'alternatives',
          ],
        ])
      : h('ul', { class: 'error' }, explainedItem(result.error, text)),
    explainedList(text.warnings, result.warnings, text.noWarnings, text),
  );
}
