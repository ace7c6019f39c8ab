// Small helpers shared by sanitizeCode and preparePassword (not part of the public API).
import { formatCodePoint } from '../internal/codePoint.ts';
import type { DiagnosticDetail } from '../internal/diagnostic.ts';

const INVISIBLE = /[\p{White_Space}\p{Cf}\p{DI}\p{M}\p{Cc}]/u;

/** The 1-based code point position of UTF-16 index `unit` in `text`. */
export function positionOf(text: string, unit: number): number {
  let position = 1;
  for (let i = 0; i < unit; i++, position++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return position;
}

/**
 * The detail of a diagnostic about one character: the character itself when it is visible, its
 * code point otherwise, and its 1-based position.
 */
export function charDetail(char: string, index: number): DiagnosticDetail {
  const codePoint = formatCodePoint(char.codePointAt(0) ?? 0);
  return { char: INVISIBLE.test(char) ? codePoint : char, codePoint, index };
}
