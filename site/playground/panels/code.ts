// The code panel: sanitizeCode on what the visitor types, with the cleaned value and every change.
import { type CodeAlphabet, type CodeFormat, type Locale, sanitizeCode } from 'support-kit/sanitize';
import { h } from '../dom.ts';
import { uiText } from '../i18n.ts';
import { explainedItem, explainedList, facts, placeholder, status } from './parts.ts';

/** What the code panel's fields hold. */
export interface CodeFields {
  readonly input: string;
  readonly alphabet: Exclude<CodeAlphabet, { readonly chars: string }>;
  /** Exact length, or `null` for any. */
  readonly length: number | null;
  /** Group size of `formatted`, or `null` for none. */
  readonly groupSize: number | null;
}

/**
 * The format the fields describe (fields left empty are left out).
 *
 * @example
 * codeFormat({ input: '', alphabet: 'digits', length: 8, groupSize: null }) //=> { alphabet: 'digits', length: 8 }
 */
export function codeFormat(fields: CodeFields): CodeFormat {
  return {
    alphabet: fields.alphabet,
    ...(fields.length === null ? {} : { length: fields.length }),
    ...(fields.groupSize === null ? {} : { groupSize: fields.groupSize }),
  };
}

/**
 * Renders the result of `sanitizeCode` for the fields into `output`.
 *
 * @example
 * renderCode(output, { input: '１２３４ ５６７８', alphabet: 'digits', length: 8, groupSize: 4 }, 'en');
 */
export function renderCode(output: HTMLElement, fields: CodeFields, locale: Locale): void {
  const text = uiText(locale);
  if (fields.input === '') {
    output.replaceChildren(placeholder(text));
    return;
  }
  const result = sanitizeCode(fields.input, codeFormat(fields), { locale });
  output.replaceChildren(
    status(result.ok, text),
    result.ok
      ? facts([
          [text.cleanedValue, h('code', { class: 'value' }, result.value), 'value'],
          [
            text.formatted,
            result.formatted === undefined ? null : h('code', {}, result.formatted),
            'formatted',
          ],
        ])
      : h('ul', { class: 'error' }, explainedItem(result.error, text)),
    explainedList(text.changes, result.changes, text.noChanges, text),
  );
}
