// The e-mail panel: canonicalizeEmail (the key for a unique index) and deliverabilityHints (why
// our mail may not arrive), with a one-click "Did you mean …?" and the hints of the suggestion.
import { deliverabilityHints } from 'support-kit/deliverability';
import { type CanonicalEmail, canonicalizeEmail, type Locale } from 'support-kit/email';
import { fill, h } from '../dom.ts';
import { interpolate, uiText } from '../i18n.ts';
import { explainedItem, explainedList, facts, placeholder, status, type Text } from './parts.ts';

/** What the e-mail panel's fields hold. */
export interface EmailFields {
  readonly input: string;
  /** Named in the carrier and spoofing actions; empty for the library's default wording. */
  readonly senderDomain: string;
}

function removedSummary(removed: CanonicalEmail['removed'], text: Text): string {
  const parts = [
    removed.tag === undefined ? null : `${text.removedTag} "${removed.tag}"`,
    removed.dots === undefined ? null : `${text.removedDots} × ${removed.dots}`,
    removed.separators === undefined ? null : `${text.removedSeparators} × ${removed.separators}`,
    removed.subdomain === undefined ? null : `${text.removedSubdomain} "${removed.subdomain}"`,
    removed.domainAlias === undefined
      ? null
      : `${text.removedAlias} ${removed.domainAlias.from} → ${removed.domainAlias.to}`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? text.nothingRemoved : parts.join(', ');
}

function canonicalSection(input: string, locale: Locale, text: Text): HTMLElement {
  const result = canonicalizeEmail(input, { locale });
  return h(
    'section',
    { class: 'api-result', 'data-api': 'canonicalizeEmail' },
    h('h4', {}, h('code', {}, 'canonicalizeEmail')),
    status(result.ok, text),
    result.ok
      ? facts([
          [text.canonical, h('code', { class: 'value' }, result.canonical), 'canonical'],
          [text.sendTo, h('code', {}, result.address), 'address'],
          [text.provider, result.provider === null ? text.unknownProvider : result.provider.name, 'provider'],
          [text.removed, removedSummary(result.removed, text), 'removed'],
        ])
      : h('ul', { class: 'error' }, explainedItem(result.error, text)),
    result.ok && result.notes.length > 0 ? explainedList(text.notes, result.notes, '', text) : null,
  );
}

/**
 * Renders both results for the fields into `output`; the "Use it" button calls `useSuggestion`.
 *
 * @example
 * renderEmail(output, { input: 'taro@docomo.ne.pj', senderDomain: 'shop.example.jp' }, 'en', (s) => retype(s));
 */
export function renderEmail(
  output: HTMLElement,
  fields: EmailFields,
  locale: Locale,
  useSuggestion: (suggestion: string) => void,
): void {
  const text = uiText(locale);
  if (fields.input === '') {
    output.replaceChildren(placeholder(text));
    return;
  }
  const options = { locale, ...(fields.senderDomain === '' ? {} : { senderDomain: fields.senderDomain }) };
  const result = deliverabilityHints(fields.input, options);
  const suggestion = result.suggestion;
  const useButton = h('button', { type: 'button', class: 'use-suggestion' }, text.useSuggestion);
  useButton.addEventListener('click', () => {
    if (suggestion !== null) useSuggestion(suggestion);
  });
  output.replaceChildren(
    canonicalSection(fields.input, locale, text),
    h(
      'section',
      { class: 'api-result', 'data-api': 'deliverabilityHints' },
      h('h4', {}, h('code', {}, 'deliverabilityHints')),
      explainedList(text.hints, result.hints, text.noHints, text),
      suggestion === null
        ? null
        : h(
            'div',
            { class: 'suggestion', 'data-suggestion': suggestion },
            h('p', {}, ...fill(text.didYouMean, 'suggestion', h('strong', {}, suggestion)), ' ', useButton),
            explainedList(
              interpolate(text.suggestionHints, 'address', suggestion),
              deliverabilityHints(suggestion, options).hints,
              text.noHints,
              text,
            ),
          ),
    ),
  );
}
