// Character tables of support-kit/sanitize (research note §2). Plain literals: nothing runs at
// import. Strings are searched with `includes`; ranges are flat [first, last, first, last, …] lists.

/** Hyphen-minus and its look-alikes, the long-vowel mark `ー` and its half-width form. */
export const DASHES =
  '-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2500\u2501\uFE58\uFE63\uFF0D\u30FC\uFF70';

/** The `White_Space` characters (Unicode 6.3 and later). */
export const WHITE_SPACE =
  '\t\n\v\f\r \x85\xA0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000';

/** Opening brackets; `CLOSERS` holds each partner at the same index. */
export const OPENERS = '([{<【〔〖〘〚「『〈《⟨⦅（［｛＜｟｢';

/** Closing brackets, partner by partner with `OPENERS`. */
export const CLOSERS = ')]}>】〕〗〙〛」』〉》⟩⦆）］｝＞｠｣';

/** Double quotation marks (any one pairs with any other). */
export const DOUBLE_QUOTES = '"“”„‟«»〝〞〟＂';

/** Single quotation marks and the grave accent (any one pairs with any other). */
export const SINGLE_QUOTES = "'‘’‚‛‹›`＇";

/** Sentence-final punctuation removed after a code (width forms are folded before). */
export const FINAL_PUNCTUATION = '。、.,';

/**
 * Font variants and Latin ligatures that codes fold with NFKC: Mathematical Alphanumeric Symbols,
 * segmented digits, the `<font>` letters of Letterlike Symbols, and U+FB00–U+FB06.
 */
export const FONT_RANGES: readonly number[] = [
  0x2102, 0x2102, 0x210a, 0x2113, 0x2115, 0x2115, 0x2119, 0x211d, 0x2124, 0x2124, 0x2128, 0x2128, 0x212c,
  0x212d, 0x212f, 0x2131, 0x2133, 0x2134, 0x2139, 0x2139, 0x213c, 0x2140, 0x2145, 0x2149, 0xfb00, 0xfb06,
  0x1d400, 0x1d7ff, 0x1fbf0, 0x1fbf9,
];
