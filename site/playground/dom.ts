// DOM helpers for the playground pages. Text always goes in as text nodes (textContent), never as
// HTML: everything a visitor types is shown exactly as typed and can never become markup.

/** What {@link h} accepts as a child: nodes, text, or nothing (skipped). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes.
 *
 * @example
 * h('p', { class: 'note' }, 'Hello, ', h('code', {}, userText));
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * The element with this id, checked to be of the expected kind (a missing element is a bug in the
 * page, so it throws at start-up).
 *
 * @example
 * const input = byId('code-input', HTMLInputElement);
 */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`#${id} is missing or not a ${kind.name}`);
  return element;
}

/**
 * Splits a template at `{name}` and puts a node there: `fill('Did you mean {x}?', 'x', button)`.
 *
 * @example
 * h('p', {}, ...fill('Did you mean {suggestion}?', 'suggestion', h('strong', {}, 'gmail.com')));
 */
export function fill(template: string, name: string, node: Child): Child[] {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return [before, node, after];
}

/**
 * Shows white space that is otherwise invisible: a space as `␣`, an ideographic space as `□`, a
 * tab as `⇥`, a line break as `↵`.
 *
 * @example
 * showWhitespace(' pass ') //=> '␣pass␣'
 */
export function showWhitespace(text: string): string {
  return text.replace(/[ \u3000\t\r\n]/g, (c) => VISIBLE[c] ?? c);
}

const VISIBLE: Readonly<Record<string, string>> = {
  ' ': '␣',
  '\u3000': '□',
  '\t': '⇥',
  '\r': '↵',
  '\n': '↵',
};
