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
 * An Aho–Corasick automaton over UTF-16 code units, compiled to its complete transition function
 * (no failure links left to follow while scanning) and stored compactly:
 *
 * - A code unit is first mapped to a column: every unit that occurs in a pattern has a column of
 *   its own (about 600 of them); all other units share column 0, on which every state goes back to
 *   the root.
 * - From the root, each column's target is in {@link Automaton.root}. From another state, the
 *   target differs from the root's only on the columns the state, or one of its suffixes, can
 *   extend with (about 7 per state): those exceptions live in one double array,
 *   {@link Automaton.cells}, at `base + column`, where `base` is the state's own number there.
 *
 * A state is known by its base, and a target is written `base * 2 + out` (`out`: entries end in
 * that state). One step reads the unit's record, then one cell, and takes no branch.
 */
interface Automaton {
  /** Per code unit: its column (low {@link COLUMN_BITS} bits) and the flags above (LATIN…PERIOD). */
  readonly units: Uint16Array;
  /** The target of each column from the root. */
  readonly root: Int32Array;
  /**
   * `target << COLUMN_BITS | column`, or 0. Every state has a distinct base, so a cell that names
   * the column looked up belongs to the state being read; any other cell means "as from the root".
   * Cell 0 of a state where entries end holds `first << COLUMN_BITS | COLUMN_MASK` instead.
   */
  readonly cells: Int32Array;
  /**
   * The entries that end in each state (its own and those of its suffixes), one list after the
   * other, each closed by `null`; a state's list starts at index `first`.
   */
  readonly entries: readonly (Entry | null)[];
}

/** Bits of a column in a unit record and in a cell. */
const COLUMN_BITS = 11;
const COLUMN_MASK = (1 << COLUMN_BITS) - 1;

/** Flags of a unit record, above its column: the script of the unit (one bit each)… */
const LATIN = 1 << COLUMN_BITS;
const KANA = 2 << COLUMN_BITS;
const IDEOGRAPH = 4 << COLUMN_BITS;
/** …and the end of a sentence: 。 ! ? always, `.` when white space or the end follows. */
const STOP = 8 << COLUMN_BITS;
const PERIOD = 16 << COLUMN_BITS;

/** The units that carry each flag: `[first, last, flag]`. */
const UNIT_FLAGS: readonly (readonly [number, number, number])[] = [
  [0x61, 0x7a, LATIN], // a–z
  [0x3041, 0x30ff, KANA],
  [0x3400, 0x4dbf, IDEOGRAPH],
  [0x4e00, 0x9fff, IDEOGRAPH],
  [0x3002, 0x3002, STOP], // 。
  [0x21, 0x21, STOP], // !
  [0x3f, 0x3f, STOP], // ?
  [0x2e, 0x2e, PERIOD], // .
];

let automaton: Automaton | undefined;

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
    // What the entries of a group share.
    const k = group.k;
    const f = group.f ?? '';
    const w = group.w ?? 2;
    const a = group.a ?? 0;
    const u = group.u === 'c' ? 2 : group.u === 'h' ? 1 : 0;
    const intent = INTENT_CLASSES.includes(k);
    const role = ROLE_CLASSES.includes(k);
    const negatable = !f.includes('n') && (intent || NEGATABLE_CLASSES.includes(k));
    const solo = f.includes('s');
    const askOnly = f.includes('q');
    const explicit = a > 0 && k !== 'hidden' && !f.includes('x') && !solo;
    // Entries of one group that differ only in the pattern are one object (fewer to read).
    const shared = new Map<number, Entry>();
    for (const raw of group.p.split('|')) {
      const star = raw.endsWith('*');
      const pattern = normalizeText(star ? raw.slice(0, -1) : raw).text;
      if (pattern === '') continue;
      const left = isWordUnit(pattern.charCodeAt(0));
      const right = !star && isWordUnit(pattern.charCodeAt(pattern.length - 1));
      const key = pattern.length * 4 + (left ? 2 : 0) + (right ? 1 : 0);
      const entry: Entry = shared.get(key) ?? {
        k,
        c: idOf(k),
        w,
        a,
        u,
        f,
        lang,
        length: pattern.length,
        left,
        right,
        intent,
        role,
        negatable,
        solo,
        askOnly,
        explicit,
      };
      shared.set(key, entry);
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
  // 3. Columns: one per code unit that occurs in a pattern, in code order.
  const units = new Uint16Array(65536);
  for (const childUnits of children) for (const unit of childUnits) units[unit] = 1;
  let width = 1;
  for (let unit = 0; unit < 65536; unit++) if (units[unit] !== 0) units[unit] = width++;
  // 4. Exceptions to the root's row, breadth first: a state's own children, plus the exceptions of
  // its failure state (shallower, so already known) on the columns it has no child for. Each list
  // holds pairs `column, target state`, sorted by column.
  const exceptions: (readonly number[])[] = new Array(size);
  exceptions[0] = [];
  for (const state of queue) {
    const childUnits = children[state] ?? [];
    if (childUnits.length > 1) childUnits.sort((x, y) => x - y);
    const direct: number[] = [];
    for (const unit of childUnits) direct.push(units[unit] as number, child(state, unit));
    exceptions[state] = mergeExceptions(direct, exceptions[fail[state] as number] as readonly number[]);
  }
  for (const [first, last, flag] of UNIT_FLAGS) {
    for (let unit = first; unit <= last; unit++) units[unit] = (units[unit] as number) | flag;
  }
  // 5. Bases, breadth first: each state's cells go where they are all free, at a base no other
  // state has (first fit). A state where entries end also takes the cell of column 0, for the
  // number of its entry list. A state with neither cells nor entries behaves as the root, so it
  // shares the root's base, 0.
  const base = new Int32Array(size);
  const place = placer(width);
  for (const state of queue) {
    const list = exceptions[state] as readonly number[];
    const ends = out[state] !== undefined;
    if (list.length > 0 || ends) base[state] = place(list, ends);
  }
  // 6. Cells: `target << COLUMN_BITS | column`, the target as `base * 2 + out`; the entry list
  // cell as `first << COLUMN_BITS | COLUMN_MASK` (no column is COLUMN_MASK).
  let last = 0;
  for (let state = 0; state < size; state++) last = Math.max(last, base[state] as number);
  const length = last + width;
  // A cell holds a column (COLUMN_MASK marks entry lists) and `base * 2 + out` in 31 bits.
  if (width >= COLUMN_MASK || length * 2 >= 2 ** (31 - COLUMN_BITS))
    throw new Error('intent: lexicon too large');
  const target = new Int32Array(size);
  for (let state = 0; state < size; state++)
    target[state] = (base[state] as number) * 2 + (out[state] === undefined ? 0 : 1);
  const cells = new Int32Array(length);
  const entries: (Entry | null)[] = [];
  for (let state = 0; state < size; state++) {
    const at = base[state] as number;
    const own = out[state];
    if (own !== undefined) {
      cells[at] = (entries.length << COLUMN_BITS) | COLUMN_MASK;
      entries.push(...own, null);
    }
    const list = exceptions[state] as readonly number[];
    for (let k = 0; k < list.length; k += 2) {
      cells[at + (list[k] as number)] =
        ((target[list[k + 1] as number] as number) << COLUMN_BITS) | (list[k] as number);
    }
  }
  const root = new Int32Array(width);
  for (const unit of children[0] ?? [])
    root[(units[unit] as number) & COLUMN_MASK] = target[child(0, unit)] as number;
  return { units, root, cells, entries };
}

/**
 * First-fit placement in the double array. Bit sets mark the bases and the cells taken (bit `i`
 * is bit `i & 31` of word `i >> 5`), so 32 candidate bases are tried at once. Base 0 is the
 * root's.
 */
function placer(width: number): (list: readonly number[], ends: boolean) => number {
  let bases = new Int32Array(1024);
  let cells = new Int32Array(1024);
  bases[0] = 1;
  // Blocks of 32 bases before this one are (nearly) full: searches start here.
  let frontier = 0;
  /** Bits `x … x + 31` of a bit set. */
  const bitsAt = (set: Int32Array, x: number): number => {
    const word = x >> 5;
    const shift = x & 31;
    if (shift === 0) return set[word] as number;
    return ((set[word] as number) >>> shift) | ((set[word + 1] as number) << (32 - shift));
  };
  const mark = (set: Int32Array, x: number): void => {
    set[x >> 5] = (set[x >> 5] as number) | (1 << (x & 31));
  };
  return (list, ends) => {
    for (let block = frontier; ; block++) {
      // Room for a base in this block and all its cells (plus one word read past them).
      const words = block + 3 + (width >> 5);
      if (words > cells.length) {
        const grownBases = new Int32Array(words * 2);
        grownBases.set(bases);
        bases = grownBases;
        const grownCells = new Int32Array(words * 2);
        grownCells.set(cells);
        cells = grownCells;
      }
      // Bit `j`: base `32 * block + j` is free, and so are all the cells it needs.
      let free = ~(bases[block] as number);
      if (ends) free &= ~bitsAt(cells, block * 32);
      for (let k = 0; free !== 0 && k < list.length; k += 2)
        free &= ~bitsAt(cells, block * 32 + (list[k] as number));
      if (free === 0) {
        // A block where this list does not fit two blocks after the frontier is left behind.
        if (block === frontier + 2) frontier++;
        continue;
      }
      const at = block * 32 + (31 - Math.clz32(free & -free));
      mark(bases, at);
      if (ends) mark(cells, at);
      for (let k = 0; k < list.length; k += 2) mark(cells, at + (list[k] as number));
      return at;
    }
  };
}

/** Merges two pair lists sorted by key; on the same key, `own` wins. Lists are never changed. */
function mergeExceptions(own: readonly number[], inherited: readonly number[]): readonly number[] {
  if (own.length === 0) return inherited;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < own.length || j < inherited.length) {
    const a = i < own.length ? (own[i] as number) : Number.MAX_SAFE_INTEGER;
    const b = j < inherited.length ? (inherited[j] as number) : Number.MAX_SAFE_INTEGER;
    if (a <= b) {
      merged.push(a, own[i + 1] as number);
      i += 2;
      if (a === b) j += 2;
    } else {
      merged.push(b, inherited[j + 1] as number);
      j += 2;
    }
  }
  return merged;
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
  const { units, root, cells, entries } = automaton;
  // Pass 1 only walks the automaton and notes `end, state base, sentence` where entry lists end;
  // pass 2 checks word boundaries and makes the hits, so the loop over every code unit stays small.
  const ends: number[] = [];
  // The base of the current state (0: the root).
  let at = 0;
  let sentence = state.sentence + 1;
  // Every record seen, or-ed (for the script flags), and the flags two records in a row share
  // (LATIN there: a Latin word of two letters or more).
  let seen = 0;
  let twice = 0;
  let previous = 0;
  for (let i = from; i < to; i++) {
    const record = units[text.charCodeAt(i)] as number;
    seen |= record;
    twice |= record & previous;
    previous = record;
    // The cell at `base + column` is this state's exception when it names the column (bases are
    // unique, so no other state's cell there can name it): `own` is then -1, else 0.
    const column = record & COLUMN_MASK;
    const cell = cells[at + column] as number;
    const own = (((cell & COLUMN_MASK) ^ column) - 1) >> 31;
    const target = ((cell >>> COLUMN_BITS) & own) | ((root[column] as number) & ~own);
    at = target >> 1;
    if ((target & 1) === 1) {
      ends.push(i + 1, at, sentence);
    }
    // Full-width forms are folded, so 。 ! ? cover ！ ？ too.
    if (record >= STOP && ((record & STOP) !== 0 || i + 1 >= to || text.charCodeAt(i + 1) <= 0x20))
      sentence++;
  }
  for (let k = 0; k < ends.length; k += 3) {
    const end = ends[k] as number;
    // Cell 0 of the state holds where its entry list starts.
    for (let x = (cells[ends[k + 1] as number] as number) >>> COLUMN_BITS; ; x++) {
      const e = entries[x];
      if (e == null) break;
      const start = end - e.length;
      if (e.left && start > from && isWordUnit(text.charCodeAt(start - 1))) continue;
      if (e.right && end < to && isWordUnit(text.charCodeAt(end))) continue;
      hits.push({ e, start, end, s: ends[k + 2] as number });
    }
  }
  state.sentence = sentence;
  if ((seen & KANA) !== 0) state.kana = true;
  if ((seen & IDEOGRAPH) !== 0) state.ideographs = true;
  if ((twice & LATIN) !== 0) state.latinWord = true;
}
