import punycode from 'punycode/punycode.js';
import { INSTITUTIONAL_SUFFIXES } from './data/suffixes.ts';
import { type DomainIndex, domainIndex, type Target } from './domainIndex.ts';
import { inspectHomograph } from './inspectHomograph.ts';
import { isNearKey } from './isNearKey.ts';
import { normalizeDomain } from './normalizeDomain.ts';
import { weightedDistance } from './weightedDistance.ts';

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

interface Candidate {
  readonly target: Target;
  readonly cost: number;
}

/** Adds or improves the candidate for `target`. */
function consider(candidates: Candidate[], target: Target, cost: number): void {
  const at = candidates.findIndex((candidate) => candidate.target === target);
  if (at < 0) candidates.push({ target, cost });
  else if ((candidates[at]?.cost ?? 0) > cost) candidates[at] = { target, cost };
}

/** A brand name typed exactly, with an ending that is none of its real ones. */
function considerBrand(candidates: Candidate[], name: string, typedSuffix: string, index: DomainIndex): void {
  const group = index.brands.get(name);
  if (group === undefined) return;
  const [only] = group;
  if (group.length === 1 && only !== undefined) {
    consider(candidates, only, SLIP);
    return;
  }
  // Several real endings: a real ending that is not a known slip may be a real regional domain.
  const slips = index.slips.get(typedSuffix);
  const plausibleSlip =
    !index.realSuffixes.has(typedSuffix) || slips !== undefined || typedSuffix.endsWith('jp');
  if (!plausibleSlip) return;
  for (const target of group) {
    const cost =
      slips?.includes(target.suffix) === true
        ? SLIP
        : Math.max(SLIP, weightedDistance(typedSuffix, target.suffix, BRAND_SUFFIX_BOUND));
    if (cost <= BRAND_SUFFIX_BOUND) consider(candidates, target, cost);
  }
}

/**
 * Both names end in the word `mail`, typed intact: only the brand part before it tells them
 * apart, and it may be off by one slip at most (`gotmail` → `hotmail`, but `lastmail` is not
 * `fastmail` and `amail` is not `gmail`: those are other services).
 */
function mailWordIntact(typed: string, intended: string): boolean {
  return typed.endsWith('mail') && intended.endsWith('mail');
}

/** Typos of the name and/or one slip of the ending, against every target. */
function considerTypos(candidates: Candidate[], name: string, typedSuffix: string, index: DomainIndex): void {
  const typedIsReal = index.realSuffixes.has(typedSuffix);
  const slips = index.slips.get(typedSuffix);
  for (const [suffix, group] of index.bySuffix) {
    const ending = suffixCost(typedSuffix, suffix, typedIsReal, slips);
    if (ending > SLIP) continue;
    for (const target of group) {
      if (target.exactName) {
        if (name === target.name) consider(candidates, target, ending);
        continue;
      }
      // With a slipped ending, the name may be off by one slip at most.
      if (!mayBeClose(name, target.name)) continue;
      const intact = mailWordIntact(name, target.name);
      const budget = Math.min(
        nameBudget(Math.min(name.length, target.name.length)),
        ending > 0 || intact ? SLIP : 8,
      );
      if (budget === 0) continue;
      const cost = intact
        ? weightedDistance(name.slice(0, -4), target.name.slice(0, -4), budget)
        : weightedDistance(name, target.name, budget);
      if (cost <= budget) consider(candidates, target, cost + ending);
    }
  }
}

/** The best candidate, or `null` when two are about as close and neither is far more popular. */
function choose(candidates: Candidate[]): string | null {
  candidates.sort((a, b) => a.cost - b.cost || b.target.weight - a.target.weight);
  const [best, second] = candidates;
  if (best === undefined) return null;
  if (second !== undefined && second.cost - best.cost <= 1 && best.target.weight < 4 * second.target.weight)
    return null;
  return best.target.domain;
}

/** The correction of an all-ASCII, normalized domain. */
function suggestAscii(domain: string): string | null {
  const index = domainIndex();
  if (index.known.has(domain)) return null;
  if (INSTITUTIONAL_SUFFIXES.some((suffix) => domain.endsWith(`.${suffix}`))) return null;
  const candidates: Candidate[] = [];
  if (!domain.includes('.')) {
    // A provider's name alone (`gmail`): completed only when the name has a single domain.
    const group = index.brands.get(domain);
    return group?.length === 1 ? (group[0]?.domain ?? null) : null;
  }
  for (let at = domain.indexOf('.'); at > 0 && at < domain.length - 1; at = domain.indexOf('.', at + 1)) {
    const name = domain.slice(0, at);
    const suffix = domain.slice(at + 1);
    considerBrand(candidates, name, suffix, index);
    considerTypos(candidates, name, suffix, index);
  }
  return choose(candidates);
}

/** Decodes `xn--` labels; `null` when one is not valid punycode. */
function toUnicode(domain: string): string | null {
  try {
    return punycode.toUnicode(domain);
  } catch {
    return null;
  }
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
  const normalized = normalizeDomain(domain);
  if (normalized === '' || normalized.length > MAX_DOMAIN) return null;
  if (NON_ASCII.test(normalized) || normalized.includes('xn--')) {
    const unicode = toUnicode(normalized);
    if (unicode === null) return null;
    const { skeleton } = inspectHomograph(unicode);
    if (skeleton === null || !ASCII_DOMAIN.test(skeleton)) return null;
    return domainIndex().known.has(skeleton) ? skeleton : suggestAscii(skeleton);
  }
  return ASCII_DOMAIN.test(normalized) ? suggestAscii(normalized) : null;
}
