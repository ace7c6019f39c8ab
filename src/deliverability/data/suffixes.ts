/**
 * Endings (public suffixes) that are real: a typed domain that ends in one of them is not
 * assumed to be a slip of another ending, except for the pairs of {@link SUFFIX_SLIPS}. A small
 * subset of the Public Suffix List (publicsuffix.org): the suffixes of the known domains, the
 * generic TLDs and the country codes people commonly type. Space-separated.
 *
 * @example
 * REAL_SUFFIXES.split(' ').includes('co.jp') //=> true
 */
export const REAL_SUFFIXES =
  'com net org info biz edu gov mil int io co me app dev ai cc tv us uk eu jp co.jp ne.jp or.jp ac.jp ad.jp go.jp gr.jp ed.jp lg.jp co.uk org.uk ac.uk com.au net.au com.br com.mx com.ar com.tw com.hk com.sg com.ph com.vn com.my com.cn co.in co.id co.nz co.th co.kr in de fr es it ca ie gr se dk no fi pl ro at be nl ch pt ru cn kr tw hk sg au br mx cl cm om';

/**
 * Endings that are real but are also the everyday slips of a more common ending: `[typed,
 * intended]`. They cost one slip (0.5) whatever their edit distance (`ne` → `ne.jp` drops three
 * characters; `jp` → `co.jp` drops `co.`).
 *
 * @example
 * SUFFIX_SLIPS[0] //=> ['co', 'com']
 */
export const SUFFIX_SLIPS: readonly (readonly [typed: string, intended: string])[] = [
  ['co', 'com'],
  ['cm', 'com'],
  ['om', 'com'],
  ['ne', 'ne.jp'],
  ['jp', 'co.jp'],
  ['jp', 'ne.jp'],
  ['co', 'co.jp'],
  ['co.jp', 'jp'],
];

/**
 * Second levels under `.jp` for institutions (universities, government, local government,
 * schools, associations): a domain under them is never corrected, since it is almost never a
 * provider's and the names are short and close to each other (`u-tokyo.ac.jp`). Space-separated.
 *
 * @example
 * INSTITUTIONAL_SUFFIXES.split(' ').includes('ac.jp') //=> true
 */
export const INSTITUTIONAL_SUFFIXES = 'ac.jp ad.jp go.jp lg.jp ed.jp or.jp gr.jp';
