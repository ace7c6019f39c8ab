import punycode from 'punycode/punycode.js';
import { type DomainIndex, domainIndex, type SuffixGroup, type Target } from './domainIndex.ts';
import { inspectHomograph } from './inspectHomograph.ts';
import { isNearKey } from './isNearKey.ts';
import { letterMask } from './letterMask.ts';
import { normalizeDomain } from './normalizeDomain.ts';
import { weightedDistance } from './weightedDistance.ts';

/** An empty list, shared. */
const NONE: readonly never[] = [];
/** Longest domain (RFC 1035) worth looking at. */
const MAX_DOMAIN = 253;
/** One slip of the ending (`con`, `co.jo`, `nejp`) costs 2 quarter units (0.5). */
const SLIP = 2;
/** Largest ending distance a brand name may be corrected over (`co.jp` → `jp`). */
const BRAND_SUFFIX_BOUND = 6;
const ASCII_DOMAIN = /^[a-z0-9.-]+$/;
const NON_ASCII = /[^\u0000-\u007f]/;

/** How far a name may be from the intended one, by the shorter name's length (quarter units). */
function nameBudget(length: number): number {
  if (length <= 3) return 0;
  if (length === 4) return 2;
  return length <= 7 ? 4 : 6;
}

/** Whether the rest of `a` from `i` equals the rest of `b` from `j`. */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (let k = 0; i + k < a.length; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * Whether `typed` is one slip (cost 2) away from `intended`: one neighbouring or look-alike key,
 * one transposition, one dropped character or one doubled character. Linear, no allocation.
 */
function isOneSlip(typed: string, intended: string): boolean {
  const n = typed.length;
  const m = intended.length;
  if (n - m > 1 || m - n > 1) return false;
  let i = 0;
  while (i < n && i < m && typed.charCodeAt(i) === intended.charCodeAt(i)) i++;
  if (n === m) {
    if (sameTail(typed, i + 1, intended, i + 1))
      return isNearKey(typed.charCodeAt(i), intended.charCodeAt(i));
    return (
      typed.charAt(i) === intended.charAt(i + 1) &&
      typed.charAt(i + 1) === intended.charAt(i) &&
      sameTail(typed, i + 2, intended, i + 2)
    );
  }
  if (n === m + 1) {
    const c = typed.charCodeAt(i);
    return (
      (c === typed.charCodeAt(i - 1) || c === typed.charCodeAt(i + 1)) && sameTail(typed, i + 1, intended, i)
    );
  }
  return sameTail(typed, i, intended, i + 1);
}

/** Cost of the typed ending against a target's: 0 equal, 2 one slip, `Infinity` otherwise. */
function suffixCost(
  typed: string,
  intended: string,
  typedIsReal: boolean,
  slips: readonly string[] | undefined,
): number {
  if (typed === intended) return 0;
  if (slips?.includes(intended) === true) return SLIP;
  return !typedIsReal && isOneSlip(typed, intended) ? SLIP : Number.POSITIVE_INFINITY;
}

/** A cheap filter: the names share a first or second letter, or start with neighbouring keys. */
function mayBeClose(typed: string, intended: string): boolean {
  const a0 = typed.charCodeAt(0);
  const b0 = intended.charCodeAt(0);
  return (
    a0 === b0 ||
    typed.charCodeAt(1) === intended.charCodeAt(1) ||
    a0 === intended.charCodeAt(1) ||
    typed.charCodeAt(1) === b0 ||
    isNearKey(a0, b0)
  );
}

/**
 * Whether two strings are surely farther apart than `bound`: one slip replaces three characters
 * at most (`rn` → `m`), so k characters that only one of them has (their {@link letterMask}s
 * differ in k bits) cost at least `2 * ceil(k / 3)`.
 */
function tooFar(mask: number, other: number, bound: number): boolean {
  let k = 0;
  for (let bits = mask ^ other; bits !== 0; bits &= bits - 1) k++;
  return 2 * Math.ceil(k / 3) > bound;
}

/**
 * The candidates of the current call, reused: targets and their lowest cost, and the lowest cost
 * of all. A candidate costing more than `best + 1` can never change the choice (see `choose`), so
 * every distance is computed with that bound and stops early.
 */
const candidates: Target[] = [];
const costs: number[] = [];
let count = 0;
let best = Number.POSITIVE_INFINITY;

/** Adds or improves the candidate for `target`. */
function consider(target: Target, cost: number): void {
  if (cost < best) best = cost;
  for (let k = 0; k < count; k++) {
    if (candidates[k] === target) {
      if ((costs[k] ?? 0) > cost) costs[k] = cost;
      return;
    }
  }
  candidates[count] = target;
  costs[count++] = cost;
}

/** A brand name typed exactly, with an ending that is none of its real ones. */
function considerBrand(name: string, typedSuffix: string, index: DomainIndex): void {
  const group = index.brands.get(name);
  if (group === undefined) return;
  const [only] = group;
  if (group.length === 1 && only !== undefined) {
    consider(only, SLIP);
    return;
  }
  // Several real endings: a real ending that is not a known slip may be a real regional domain.
  const slips = index.slips.get(typedSuffix);
  const plausibleSlip =
    !index.realSuffixes.has(typedSuffix) || slips !== undefined || typedSuffix.endsWith('jp');
  if (!plausibleSlip) return;
  const mask = letterMask(typedSuffix, typedSuffix.length);
  for (const target of group) {
    if (slips?.includes(target.suffix) === true) {
      consider(target, SLIP);
      continue;
    }
    const bound = Math.min(BRAND_SUFFIX_BOUND, best + 1);
    if (bound < SLIP || tooFar(mask, target.suffixMask, bound)) continue;
    const cost = Math.max(SLIP, weightedDistance(typedSuffix, target.suffix, bound));
    if (cost <= bound) consider(target, cost);
  }
}

/**
 * Typos of the name against the targets of one ending whose typed form costs `ending`. Both
 * names ending in the word `mail`, typed intact: only the brand part before it tells them apart,
 * and it may be off by one slip at most (`gotmail` → `hotmail`, but `lastmail` is not
 * `fastmail` and `amail` is not `gmail`: those are other services). With a slipped ending, the
 * name may be off by one slip at most.
 */
function considerGroup(name: string, group: SuffixGroup, ending: number): void {
  const n = name.length;
  const typedMail = name.endsWith('mail');
  const mask = letterMask(name, n);
  const stemMask = typedMail ? letterMask(name, n - 4) : 0;
  // Names of the same length first; a length difference of d costs at least 2d (quarter units).
  for (
    let d = 0;
    2 * Math.abs(d) <= Math.min(ending > 0 ? SLIP : 6, best + 1 - ending);
    d = d > 0 ? -d : 1 - d
  ) {
    const m = n + d;
    const targets = m < 4 ? undefined : group.byLength[m];
    if (targets === undefined) continue;
    const room = nameBudget(Math.min(n, m));
    if (room === 0) continue;
    for (const target of targets) {
      if (!mayBeClose(name, target.name)) continue;
      const intact = typedMail && target.mailWord;
      const budget = Math.min(room, ending > 0 || intact ? SLIP : 8, best + 1 - ending);
      if (budget < 0) continue;
      if (intact ? tooFar(stemMask, target.stemMask, budget) : tooFar(mask, target.mask, budget)) continue;
      const cost = intact
        ? weightedDistance(name, target.name, budget, n - 4, m - 4)
        : weightedDistance(name, target.name, budget);
      if (cost <= budget) consider(target, cost + ending);
    }
  }
}

/** Typos of the name and/or one slip of the ending, against every target. */
function considerTypos(name: string, typedSuffix: string, index: DomainIndex): void {
  const typedIsReal = index.realSuffixes.has(typedSuffix);
  const slips = index.slips.get(typedSuffix) ?? NONE;
  const exact = index.exactNames.get(name);
  if (exact !== undefined) {
    for (const target of exact) {
      const ending = suffixCost(typedSuffix, target.suffix, typedIsReal, slips);
      if (ending <= SLIP) consider(target, ending);
    }
  }
  const same = index.groups.get(typedSuffix);
  if (same !== undefined) considerGroup(name, same, 0);
  for (const suffix of slips) {
    const group = index.groups.get(suffix);
    if (group !== undefined) considerGroup(name, group, SLIP);
  }
  // A real ending is only ever a slip of the endings it is listed with; another one may be one
  // slip away from any ending, whose length then differs by one at most.
  // With a slipped ending the name may be off by one slip at most: only names whose length is
  // within one of the typed name's can still be close enough.
  const budget = Math.min(SLIP, best + 1 - SLIP);
  if (typedIsReal || budget < 0) return;
  const n = name.length;
  const length = typedSuffix.length;
  for (let other = length - 1; other <= length + 1; other++) {
    for (const group of index.groupsByLength[other] ?? NONE) {
      const { suffix, byLength } = group;
      const near = byLength[n] ?? (budget < SLIP ? undefined : (byLength[n - 1] ?? byLength[n + 1]));
      if (
        near !== undefined &&
        suffix !== typedSuffix &&
        !slips.includes(suffix) &&
        isOneSlip(typedSuffix, suffix)
      ) {
        considerGroup(name, group, SLIP);
      }
    }
  }
}

/** Whether candidate `a` ranks before candidate `b`: lower cost first, then higher weight. */
function before(a: number, b: number): boolean {
  const diff = (costs[a] ?? 0) - (costs[b] ?? 0);
  return diff < 0 || (diff === 0 && (candidates[a]?.weight ?? 0) > (candidates[b]?.weight ?? 0));
}

/** The best candidate, or `null` when two are about as close and neither is far more popular. */
function choose(): string | null {
  let first = -1;
  let second = -1;
  for (let k = 0; k < count; k++) {
    if (first < 0 || before(k, first)) {
      second = first;
      first = k;
    } else if (second < 0 || before(k, second)) second = k;
  }
  const winner = first < 0 ? undefined : candidates[first];
  if (winner === undefined) return null;
  const runnerUp = second < 0 ? undefined : candidates[second];
  if (
    runnerUp !== undefined &&
    (costs[second] ?? 0) - (costs[first] ?? 0) <= 1 &&
    winner.weight < 4 * runnerUp.weight
  )
    return null;
  return winner.domain;
}

/** Whether `domain` ends with `.` + `suffix`. */
function endsWithLabel(domain: string, suffix: string): boolean {
  return domain.endsWith(suffix) && domain.charCodeAt(domain.length - suffix.length - 1) === 46;
}

/** The correction of an all-ASCII, normalized domain. */
function suggestAscii(domain: string): string | null {
  const index = domainIndex();
  if (index.known.has(domain)) return null;
  for (const suffix of index.institutional) if (endsWithLabel(domain, suffix)) return null;
  if (!domain.includes('.')) {
    // A provider's name alone (`gmail`): completed only when the name has a single domain.
    const group = index.brands.get(domain);
    return group?.length === 1 ? (group[0]?.domain ?? null) : null;
  }
  count = 0;
  best = Number.POSITIVE_INFINITY;
  for (let at = domain.indexOf('.'); at > 0 && at < domain.length - 1; at = domain.indexOf('.', at + 1)) {
    const name = domain.slice(0, at);
    const suffix = domain.slice(at + 1);
    considerBrand(name, suffix, index);
    considerTypos(name, suffix, index);
  }
  return choose();
}

/** Whether every character is a lower-case letter, a digit, `.` or `-`. */
function isPlain(domain: string): boolean {
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 45 && c <= 57 && c !== 47))) return false;
  }
  return true;
}

/**
 * Corrects a mistyped mail domain to the real provider domain the person meant, or returns
 * `null` when the domain is real, unknown, or too far from every provider to be sure.
 *
 * @remarks
 * A keyboard-aware weighted edit distance (neighbouring keys, transpositions, dropped or
 * doubled letters and look-alikes cost half an edit) compares the name and the ending
 * separately against a curated list of real mail domains that carries their popularity.
 * Real domains close to a popular one (`gmx.com`, `live.jp`, `au.com`, `me.com`, `ymail.com`,
 * `hotmail.co.jp`) and institutional Japanese domains (`*.ac.jp`, `*.go.jp` …) are never
 * corrected. The name may be off by half an edit for 4 letters, one edit for 5–7 and one and a
 * half for longer ones; the ending by one slip (`.con`, `.co.jo`, `.nejp`, `.ne`). A provider's
 * exact name with a wrong ending maps to its ending (`gmail.co.jp` → `gmail.com`,
 * `docomo.co.jp` → `docomo.ne.jp`). When two providers are about as close and neither is far
 * more popular, nothing is suggested. Look-alike letters of other scripts (`gmаil.com` with a
 * Cyrillic `а`, or its `xn--` form) are read as the Latin letters they imitate. Input is
 * trimmed, width-folded and lower-cased first; the result is lower-case ASCII.
 *
 * @param domain - The part after `@`, as typed.
 * @returns The intended domain, or `null`.
 *
 * @example
 * suggestDomain('gmial.com') //=> 'gmail.com'
 * @example
 * suggestDomain('docomo.ne.jo') //=> 'docomo.ne.jp'
 * @example
 * suggestDomain('gmx.com') //=> null (a real domain)
 */
export function suggestDomain(domain: string): string | null {
  if (typeof domain !== 'string' || domain.length > MAX_DOMAIN * 4) return null;
  if (isPlain(domain) && !domain.includes('xn--')) {
    // Already normalized but for a root dot: the common case takes no regex and no copy.
    const bare = domain.endsWith('.') ? domain.slice(0, -1) : domain;
    return bare === '' || bare.length > MAX_DOMAIN ? null : suggestAscii(bare);
  }
  const normalized = normalizeDomain(domain);
  if (normalized === '' || normalized.length > MAX_DOMAIN) return null;
  if (NON_ASCII.test(normalized) || normalized.includes('xn--')) {
    let unicode: string;
    try {
      unicode = punycode.toUnicode(normalized);
    } catch {
      return null;
    }
    const { skeleton } = inspectHomograph(unicode);
    if (skeleton === null || !ASCII_DOMAIN.test(skeleton)) return null;
    return domainIndex().known.has(skeleton) ? skeleton : suggestAscii(skeleton);
  }
  return ASCII_DOMAIN.test(normalized) ? suggestAscii(normalized) : null;
}
