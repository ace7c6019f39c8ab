import { LATIN_LOOKALIKES, SCRIPT_RANGES } from './data/confusables.ts';

/** What {@link inspectHomograph} found. */
export interface HomographReport {
  /** A label mixes Latin with an imitating script, or is wholly made of Latin look-alikes. */
  readonly suspicious: boolean;
  /** The domain with every look-alike replaced by the Latin letter it imitates, when all-ASCII. */
  readonly skeleton: string | null;
}

let latinOf: Map<string, string> | undefined;

/** The Latin letter a look-alike imitates, from the pairs of {@link LATIN_LOOKALIKES}. */
function lookalikes(): Map<string, string> {
  if (latinOf === undefined) {
    latinOf = new Map();
    for (let i = 0; i < LATIN_LOOKALIKES.length; i += 2) {
      latinOf.set(LATIN_LOOKALIKES.charAt(i), LATIN_LOOKALIKES.charAt(i + 1));
    }
  }
  return latinOf;
}

/** Scripts that may not be mixed with Latin (UTS #39 Moderately Restrictive). */
const IMITATORS = ['cyrillic', 'greek', 'cherokee', 'armenian'];

/** Script of one code point; `''` for Common and Inherited (digits, `-`, marks). */
function scriptOf(cp: number): string {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? 'latin' : '';
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x30fb || cp === 0x30fc || cp === 0xff70) return '';
  let lo = 0;
  let hi = SCRIPT_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = SCRIPT_RANGES[mid];
    if (range === undefined) break;
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return range[2];
  }
  return 'other';
}

/** Whether one label's scripts break UTS #39 Moderately Restrictive, or imitate Latin whole. */
function labelIsSuspicious(label: string, tldScript: string): boolean {
  const scripts = new Set<string>();
  let imitations = 0;
  let letters = 0;
  for (const char of label) {
    const script = scriptOf(char.codePointAt(0) ?? 0);
    if (script === '') continue;
    letters++;
    if (lookalikes().has(char)) imitations++;
    // Han, Hiragana and Katakana count as one set (Jpan), as do Han and Hangul (Kore).
    scripts.add(script === 'hiragana' || script === 'katakana' ? 'han' : script);
  }
  const imitators = IMITATORS.filter((script) => scripts.has(script));
  if (imitators.length > 1) return true;
  if (imitators.length === 1 && scripts.has('latin')) return true;
  // A whole-script confusable: every letter imitates Latin, under a TLD of another script.
  return imitators.length === 1 && scripts.size === 1 && imitations === letters && imitators[0] !== tldScript;
}

/**
 * Looks for IDN homographs (UTS #39): a label that mixes Latin with Cyrillic, Greek, Armenian or
 * Cherokee letters (`gmаil` with a Cyrillic `а`), or that is written wholly in look-alikes of
 * Latin letters under a TLD of another script (`аррӏе.com`). Japanese mixes (`eコマース.jp`) and
 * all-Cyrillic names under `.рф` are fine.
 *
 * @param unicodeDomain - The domain in Unicode (U-labels), lower-case.
 * @returns Whether it is suspicious, and its Latin skeleton when it has one.
 *
 * @example
 * inspectHomograph('gmаil.com') //=> { suspicious: true, skeleton: 'gmail.com' }
 * @example
 * inspectHomograph('ドメイン.jp') //=> { suspicious: false, skeleton: null }
 */
export function inspectHomograph(unicodeDomain: string): HomographReport {
  const labels = unicodeDomain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  let tldScript = '';
  for (const char of tld) {
    tldScript = scriptOf(char.codePointAt(0) ?? 0) || tldScript;
  }
  const suspicious = labels.some((label) => labelIsSuspicious(label, tldScript));
  let skeleton = '';
  for (const char of unicodeDomain) {
    const latin = lookalikes().get(char) ?? char;
    if (latin.charCodeAt(0) > 0x7f) return { suspicious, skeleton: null };
    skeleton += latin;
  }
  return { suspicious, skeleton: suspicious ? skeleton : null };
}
