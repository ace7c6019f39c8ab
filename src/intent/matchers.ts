import { INTENT_CLASSES, NEGATABLE_CLASSES, ROLE_CLASSES } from './lexicon/classes.ts';
import { LEXICON_EN } from './lexicon/en.ts';
import { LEXICON_JA } from './lexicon/ja.ts';
import { COMBO_RULES } from './lexicon/rules.ts';
import type { LexiconGroup } from './lexicon/schema.ts';
import { normalizeText } from './normalize.ts';

/** One compiled lexicon entry. */
export interface Entry {
  /** The class (intent id or rule class). */
  readonly k: string;
  /** Small integer id of the class (see {@link classId}). */
  readonly c: number;
  readonly w: number;
  readonly a: number;
  /** 2 critical, 1 high, 0 none. */
  readonly u: number;
  readonly f: string;
  /** Language of the lexicon the entry comes from. */
  readonly lang: 'ja' | 'en';
  readonly length: number;
  /** Needs a word boundary before / after. */
  readonly left: boolean;
  readonly right: boolean;
  /** The class is an intent id. */
  readonly intent: boolean;
  /** A rule role (see ROLE_CLASSES): hidden only by `none` shadows. */
  readonly role: boolean;
  /** A negator in scope cancels it. */
  readonly negatable: boolean;
  /** Counts only when nothing else is found (`s` flag). */
  readonly solo: boolean;
  /** A weak cue that only a question marker completes (`q` flag). */
  readonly askOnly: boolean;
  /** An explicit anger word (anger > 0, not flagged `x`). */
  readonly explicit: boolean;
}

/** A match in the normalised text: `[start, end)`. */
export interface Hit {
  readonly e: Entry;
  readonly start: number;
  readonly end: number;
  /** Sentence number (sentences end at 。!?, a line break, or ". "). */
  readonly s: number;
}

/** What one scan learns besides the hits: sentence count and the script facts `lang` needs. */
export interface ScanState {
  /** Sentences seen so far (each scanned region starts a new one). */
  sentence: number;
  /** Kana seen. */
  kana: boolean;
  /** CJK ideographs seen. */
  ideographs: boolean;
  /** A Latin word of two letters or more seen. */
  latinWord: boolean;
}

/**
 * An Aho–Corasick automaton over UTF-16 code units. Transitions: a dense table out of the root,
 * complete rows for ASCII (English reads one lookup per character, failure links included), a
 * single-child shortcut (most trie nodes have one child), and an open-addressing hash for the rest.
 * What the scanner reads about a state sits in one record, and a hash slot in one record, so a step
 * touches one cache line of each.
 */
interface Automaton {
  /** Transitions out of the root, indexed by code unit (0 = stay at the root). */
  readonly root: Int32Array;
  /**
   * Per state, {@link NODE} slots: the only child's code unit (-1: no child, -2: several, in the
   * hash), that child, the failure link, and `(row + 1) * 2 + out`: the state's row in
   * {@link Automaton.dense} (row -1: none) and `out` 1 when entries end in the state.
   */
  readonly node: Int32Array;
  /**
   * The complete transition function of the states entered by an ASCII unit (and the root) on
   * ASCII units: one row per such state, one column per ASCII unit a pattern has
   * ({@link Automaton.ascii}); a cell is `targetRow * 2 + out` (the target, entered by ASCII, has a
   * row too). English text is read with one lookup per character.
   */
  readonly dense: Uint16Array;
  /** The state of each row of {@link Automaton.dense}. */
  readonly rowState: Int32Array;
  /** ASCII unit → column of {@link Automaton.dense} (0: a unit no pattern has). */
  readonly ascii: Uint8Array;
  /** Columns of {@link Automaton.dense}. */
  readonly width: number;
  /** Hash of `(state, unit) → target`, {@link EDGE} slots each: state (-1: empty), unit, target. */
  readonly edges: Int32Array;
  /** Number of hash slots − 1. */
  readonly mask: number;
  /** Entries that end in each state (its own and those of its suffixes). */
  readonly out: (readonly Entry[] | undefined)[];
}

/** Slots of a state record and of a hash record in {@link Automaton}. */
const NODE = 4;
const EDGE = 3;

let automaton: Automaton | undefined;

function slot(state: number, unit: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
}

function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
}

/** Class name → id, filled while the automaton is built. */
let classIds: Map<string, number> | undefined;

/**
 * The integer id of a class (lexicon classes and rule classes), or -1 when no entry or rule has it.
 *
 * @param name - Class name (`req`, `order.cancel`, …).
 * @returns The id.
 *
 * @example
 * classId('req') >= 0 //=> true
 */
export function classId(name: string): number {
  automaton ??= build();
  return classIds?.get(name) ?? -1;
}

/**
 * Number of class ids.
 *
 * @returns The count.
 *
 * @example
 * classCount() > 40 //=> true
 */
export function classCount(): number {
  automaton ??= build();
  return classIds?.size ?? 0;
}

function idOf(name: string): number {
  const ids = classIds as Map<string, number>;
  let id = ids.get(name);
  if (id === undefined) {
    id = ids.size;
    ids.set(name, id);
  }
  return id;
}

function compile(groups: readonly LexiconGroup[], lang: 'ja' | 'en', into: Map<string, Entry[]>): void {
  for (const group of groups) {
    for (const raw of group.p.split('|')) {
      const star = raw.endsWith('*');
      const pattern = normalizeText(star ? raw.slice(0, -1) : raw).text;
      if (pattern === '') continue;
      const flags = group.f ?? '';
      const entry: Entry = {
        k: group.k,
        c: idOf(group.k),
        w: group.w ?? 2,
        a: group.a ?? 0,
        u: group.u === 'c' ? 2 : group.u === 'h' ? 1 : 0,
        f: flags,
        lang,
        length: pattern.length,
        left: isWordUnit(pattern.charCodeAt(0)),
        right: !star && isWordUnit(pattern.charCodeAt(pattern.length - 1)),
        intent: INTENT_CLASSES.includes(group.k),
        role: ROLE_CLASSES.includes(group.k),
        negatable:
          !flags.includes('n') && (INTENT_CLASSES.includes(group.k) || NEGATABLE_CLASSES.includes(group.k)),
        solo: flags.includes('s'),
        askOnly: flags.includes('q'),
        explicit: (group.a ?? 0) > 0 && group.k !== 'hidden' && !flags.includes('x') && !flags.includes('s'),
      };
      const list = into.get(pattern);
      if (list === undefined) into.set(pattern, [entry]);
      else if (!list.some((e) => e.k === entry.k)) list.push(entry);
    }
  }
}

function build(): Automaton {
  classIds = new Map();
  for (const name of INTENT_CLASSES) idOf(name);
  for (const rule of COMBO_RULES) {
    for (const name of rule.all) idOf(name);
    for (const name of rule.none ?? []) idOf(name);
  }
  for (const name of ['deadline', 'none', 'sarcasm', 'hidden', 'thanks', 'spam']) idOf(name);
  const patterns = new Map<string, Entry[]>();
  compile(LEXICON_JA, 'ja', patterns);
  compile(LEXICON_EN, 'en', patterns);
  // 1. The trie, with a Map during construction only.
  const edges = new Map<number, number>();
  const children: number[][] = [[]];
  const own: (Entry[] | undefined)[] = [undefined];
  const incoming: number[] = [0];
  const child = (state: number, unit: number): number => edges.get(state * 65536 + unit) ?? 0;
  for (const [pattern, entries] of patterns) {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = child(state, unit);
      if (next === 0) {
        next = children.length;
        children.push([]);
        own.push(undefined);
        incoming.push(unit);
        edges.set(state * 65536 + unit, next);
        children[state]?.push(unit);
      }
      state = next;
    }
    own[state] = [...(own[state] ?? []), ...entries];
  }
  // 2. Failure links and merged outputs, breadth first.
  const size = children.length;
  const fail = new Int32Array(size);
  const out: (readonly Entry[] | undefined)[] = own.slice();
  const queue: number[] = [];
  for (const unit of children[0] ?? []) queue.push(child(0, unit));
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const unit of children[state] ?? []) {
      const next = child(state, unit);
      let f = fail[state] ?? 0;
      let target = 0;
      for (;;) {
        const t = child(f, unit);
        if (t !== 0) {
          target = t;
          break;
        }
        if (f === 0) break;
        f = fail[f] ?? 0;
      }
      fail[next] = target;
      const inherited = out[target];
      if (inherited !== undefined) out[next] = [...(out[next] ?? []), ...inherited];
      queue.push(next);
    }
  }
  // 3. Dense rows for ASCII: a state entered by an ASCII unit fails to one entered by the same unit
  // (or the root), so breadth-first order fills a row from rows already filled.
  const ascii = new Uint8Array(128);
  let width = 1;
  for (let state = 0; state < size; state++) {
    for (const unit of children[state] ?? []) if (unit < 0x80 && ascii[unit] === 0) ascii[unit] = width++;
  }
  const rows = new Int32Array(size).fill(-1);
  const asciiStates = [0];
  for (const state of queue) if ((incoming[state] as number) < 0x80) asciiStates.push(state);
  // A cell holds `row * 2 + out` in 16 bits; a lexicon too large for that does without rows.
  if (asciiStates.length >= 0x8000) asciiStates.length = 0;
  for (let r = 0; r < asciiStates.length; r++) rows[asciiStates[r] as number] = r;
  const dense = new Uint16Array(asciiStates.length * width);
  for (const state of asciiStates) {
    const row = (rows[state] as number) * width;
    const failRow = state === 0 ? -1 : (rows[fail[state] as number] as number) * width;
    for (let unit = 0; unit < 0x80; unit++) {
      const column = ascii[unit] as number;
      if (column === 0) continue;
      const next = child(state, unit);
      if (next === 0 && failRow >= 0) dense[row + column] = dense[failRow + column] as number;
      else dense[row + column] = (rows[next] as number) * 2 + (out[next] === undefined ? 0 : 1);
    }
  }
  // 4. Compact transition tables.
  const root = new Int32Array(65536);
  for (const unit of children[0] ?? []) root[unit] = child(0, unit);
  const node = new Int32Array(size * NODE);
  // Only the children of states with several children go to the hash (load factor at most 1/2).
  let hashed = 0;
  for (let state = 1; state < size; state++) {
    const degree = children[state]?.length ?? 0;
    if (degree > 1) hashed += degree;
  }
  let capacity = 16;
  while (capacity < hashed * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity * EDGE);
  for (let i = 0; i < capacity; i++) table[i * EDGE] = -1;
  for (let state = 0; state < size; state++) {
    const units = children[state] ?? [];
    const at = state * NODE;
    node[at] = units.length === 0 ? -1 : units.length === 1 ? (units[0] as number) : -2;
    node[at + 2] = fail[state] as number;
    node[at + 3] = ((rows[state] as number) + 1) * 2 + (out[state] === undefined ? 0 : 1);
    if (units.length === 1) {
      node[at + 1] = child(state, units[0] as number);
      continue;
    }
    if (state === 0) continue;
    for (const unit of units) {
      let i = slot(state, unit, mask);
      while ((table[i * EDGE] as number) >= 0) i = (i + 1) & mask;
      table[i * EDGE] = state;
      table[i * EDGE + 1] = unit;
      table[i * EDGE + 2] = child(state, unit);
    }
  }
  return { root, node, dense, rowState: Int32Array.from(asciiStates), ascii, width, edges: table, mask, out };
}

/**
 * Finds every lexicon entry (Japanese and English, one automaton) in `text[from, to)`, and counts
 * sentences and scripts on the way. Linear in the length plus the number of hits. The automaton
 * is built on the first call.
 *
 * @param text - Normalised text.
 * @param from - Start of the region.
 * @param to - End (exclusive) of the region.
 * @param hits - Receives the hits, in order of their end.
 * @param state - Sentence counter and script flags, updated.
 *
 * @example
 * const hits = []; scanLexicon('返金して', 0, 4, hits, state); hits[0].e.k //=> 'refund.request'
 */
export function scanLexicon(text: string, from: number, to: number, hits: Hit[], state: ScanState): void {
  automaton ??= build();
  const { root, node, dense, rowState, ascii, width, edges, mask, out } = automaton;
  let at = 0;
  // The row of the current state in `dense`, or -1; while it is >= 0, `at` may be stale.
  let row = ((node[3] as number) >> 1) - 1;
  let sentence = state.sentence + 1;
  let latinRun = 0;
  let kana = false;
  let ideographs = false;
  let latinWord = false;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (unit >= 0x61 && unit <= 0x7a) {
        if (++latinRun === 2) latinWord = true;
      } else {
        latinRun = 0;
      }
    } else {
      latinRun = 0;
      if (unit >= 0x3041 && unit <= 0x30ff) kana = true;
      else if ((unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf)) ideographs = true;
    }
    let found: boolean;
    if (unit < 0x80 && row >= 0) {
      // ASCII from a state with a row: one lookup.
      const cell = dense[row * width + (ascii[unit] as number)] as number;
      row = cell >> 1;
      found = (cell & 1) === 1;
      if (found) at = rowState[row] as number;
    } else {
      if (row >= 0) at = rowState[row] as number;
      // Follow the goto function, falling back along failure links.
      for (;;) {
        if (at === 0) {
          at = root[unit] as number;
          break;
        }
        const record = at * NODE;
        const only = node[record] as number;
        let next = 0;
        if (only === unit) next = node[record + 1] as number;
        else if (only === -2) {
          let k = slot(at, unit, mask);
          for (;;) {
            const e = k * EDGE;
            const st = edges[e] as number;
            if (st < 0) break;
            if (st === at && edges[e + 1] === unit) {
              next = edges[e + 2] as number;
              break;
            }
            k = (k + 1) & mask;
          }
        }
        if (next !== 0) {
          at = next;
          break;
        }
        at = node[record + 2] as number;
      }
      const info = node[at * NODE + 3] as number;
      row = (info >> 1) - 1;
      found = (info & 1) === 1;
    }
    if (found) {
      for (const e of out[at] as readonly Entry[]) {
        const start = i + 1 - e.length;
        if (e.left && start > from && isWordUnit(text.charCodeAt(start - 1))) continue;
        if (e.right && i + 1 < to && isWordUnit(text.charCodeAt(i + 1))) continue;
        hits.push({ e, start, end: i + 1, s: sentence });
      }
    }
    // A sentence ends after 。 ! ? (full-width forms are folded) or ". ".
    if (unit === 0x3002 || unit === 0x21 || unit === 0x3f) sentence++;
    else if (unit === 0x2e && (i + 1 >= to || text.charCodeAt(i + 1) <= 0x20)) sentence++;
  }
  state.sentence = sentence;
  if (kana) state.kana = true;
  if (ideographs) state.ideographs = true;
  if (latinWord) state.latinWord = true;
}
