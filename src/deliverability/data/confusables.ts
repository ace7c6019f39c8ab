/**
 * Letters of other scripts that look like a lower-case Latin letter, with the letter they imitate:
 * the subset of Unicode's confusables.txt (UTS #39, current version) for Cyrillic, Greek, Armenian
 * and Cherokee that maps to a single ASCII letter. Cherokee appears in its capital forms, which is
 * what IDNA mapping (UTS #46) leaves in a domain. Pairs of characters: the look-alike, then the
 * Latin letter (all in the BMP: one UTF-16 unit each).
 *
 * @example
 * LATIN_LOOKALIKES.slice(0, 2) //=> 'аa' (U+0430 CYRILLIC SMALL LETTER A, then 'a')
 */
export const LATIN_LOOKALIKES =
  // Cyrillic
  'аaвbеeоoрpсcуyхxѕsіiјjһhԁdԛqԝwӏlүyԍg' +
  // Greek
  'αaοoρpνvιiκkυuχxϲcϳjγy' +
  // Armenian
  'օoսuհhոnզqցg' +
  // Cherokee (capital letters)
  'ᎪaᏴbᏟcᎠdᎬeᏀgᎻhᎫjᏦkᏞlᎷmᏢpᏚsᎢtᏙvᎳwᏃz';

/**
 * Script of a code-point range: `[first, last, script]`, sorted. Only what the homograph check
 * needs (UTS #39 §5.1): Latin, the scripts that imitate it (Cyrillic, Greek, Armenian, Cherokee),
 * and the East Asian scripts it may mix with (Han, Hiragana, Katakana, Hangul, Bopomofo).
 * Anything else is `other`; digits, `-` and marks count as Common (no script).
 *
 * @example
 * SCRIPT_RANGES[0] //=> [0x41, 0x5a, 'latin']
 */
export const SCRIPT_RANGES: readonly (readonly [first: number, last: number, script: string])[] = [
  [0x41, 0x5a, 'latin'],
  [0x61, 0x7a, 'latin'],
  [0xaa, 0xaa, 'latin'],
  [0xba, 0xba, 'latin'],
  [0xc0, 0xd6, 'latin'],
  [0xd8, 0xf6, 'latin'],
  [0xf8, 0x24f, 'latin'],
  [0x250, 0x2af, 'latin'],
  [0x370, 0x3ff, 'greek'],
  [0x400, 0x52f, 'cyrillic'],
  [0x531, 0x58f, 'armenian'],
  [0x10a0, 0x10ff, 'other'],
  [0x1100, 0x11ff, 'hangul'],
  [0x13a0, 0x13ff, 'cherokee'],
  [0x1c80, 0x1c8f, 'cyrillic'],
  [0x1d00, 0x1d7f, 'latin'],
  [0x1e00, 0x1eff, 'latin'],
  [0x1f00, 0x1fff, 'greek'],
  [0x2de0, 0x2dff, 'cyrillic'],
  [0x2e80, 0x2fdf, 'han'],
  [0x3005, 0x3007, 'han'],
  [0x3021, 0x3029, 'han'],
  [0x3041, 0x309f, 'hiragana'],
  [0x30a1, 0x30fa, 'katakana'],
  [0x30fd, 0x30ff, 'katakana'],
  [0x3105, 0x312f, 'bopomofo'],
  [0x3131, 0x318e, 'hangul'],
  [0x31a0, 0x31bf, 'bopomofo'],
  [0x31f0, 0x31ff, 'katakana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xa640, 0xa69f, 'cyrillic'],
  [0xa720, 0xa7ff, 'latin'],
  [0xab30, 0xab6f, 'latin'],
  [0xab70, 0xabbf, 'cherokee'],
  [0xac00, 0xd7af, 'hangul'],
  [0xf900, 0xfaff, 'han'],
  [0xff21, 0xff3a, 'latin'],
  [0xff41, 0xff5a, 'latin'],
  [0xff66, 0xff9d, 'katakana'],
  [0x20000, 0x3134f, 'han'],
];
