// Building blocks every result panel uses: a status line, a list of facts, and the list of
// explained changes, warnings or hints (stable code, severity, message, action).
import type { Severity } from 'support-kit/sanitize';
import { type Child, h } from '../dom.ts';
import type { UiKey } from '../i18n.ts';

/** A change, warning, hint or error as the library explains it. */
export interface Explained {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly action?: string | undefined;
}

/** The page's text in the current locale. */
export type Text = Readonly<Record<UiKey, string>>;

/**
 * "Accepted" or "Refused", marked for styling and for the browser test.
 *
 * @example
 * status(true, text) // <p class="status ok" data-ok="true">Accepted</p>
 */
export function status(ok: boolean, text: Text): HTMLElement {
  return h(
    'p',
    { class: `status ${ok ? 'ok' : 'refused'}`, 'data-ok': String(ok) },
    ok ? text.accepted : text.refused,
  );
}

/**
 * A definition list of label → value pairs; a `null` value leaves the pair out.
 *
 * @example
 * facts([['Cleaned value', h('code', {}, '12345678')]]);
 */
export function facts(
  pairs: readonly (readonly [label: string, value: Child, name?: string])[],
): HTMLElement {
  const list = h('dl', { class: 'facts' });
  for (const [label, value, name] of pairs) {
    if (value === null || value === undefined || value === false) continue;
    list.append(h('dt', {}, label), h('dd', name === undefined ? {} : { 'data-fact': name }, value));
  }
  return list;
}

/**
 * One explained item: severity, code, message and (when there is one) the action to take.
 *
 * @example
 * explainedItem({ code: 'trimmed-whitespace', severity: 'info', message: 'Removed spaces…' }, text);
 */
export function explainedItem(item: Explained, text: Text): HTMLElement {
  return h(
    'li',
    { class: `explained severity-${item.severity}`, 'data-code': item.code },
    h('span', { class: 'badge' }, text[`severity_${item.severity}` as const]),
    ' ',
    h('code', {}, item.code),
    ' ',
    h('span', { class: 'message' }, item.message),
    item.action === undefined ? null : h('span', { class: 'action' }, item.action),
  );
}

/**
 * A titled list of explained items, or a quiet line when there are none.
 *
 * @example
 * explainedList(text.changes, result.changes, text.noChanges, text);
 */
export function explainedList(
  title: string,
  items: readonly Explained[],
  emptyText: string,
  text: Text,
): HTMLElement {
  return h(
    'section',
    { class: 'explained-list' },
    h('h4', {}, title),
    items.length === 0
      ? h('p', { class: 'quiet' }, emptyText)
      : h('ul', {}, ...items.map((item) => explainedItem(item, text))),
  );
}

/**
 * The quiet hint shown before anything is typed.
 *
 * @example
 * output.replaceChildren(placeholder(text));
 */
export function placeholder(text: Text): HTMLElement {
  return h('p', { class: 'quiet' }, text.typeSomething);
}

/**
 * A name for people with its stable code beside it, unless they read the same ("high").
 *
 * @example
 * labelled('高', 'high') // <span data-value="high">高 <code>high</code></span>
 */
export function labelled(label: string, code: string): HTMLElement {
  return h(
    'span',
    { 'data-value': code },
    label,
    label === code ? null : ' ',
    label === code ? null : h('code', {}, code),
  );
}
