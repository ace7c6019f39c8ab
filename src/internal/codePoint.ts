/**
 * Formats a code point the way Unicode charts do: `U+200B`, `U+1F600`.
 *
 * @example
 * formatCodePoint(0x200b) //=> 'U+200B'
 */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Finds the first unpaired surrogate in a string and returns its UTF-16 index, or -1.
 * Uses `String.prototype.isWellFormed` where the runtime has it (Node 20, Chrome 111, Safari 16.4).
 *
 * @example
 * findLoneSurrogate('a\uD800b') //=> 1
 */
export function findLoneSurrogate(text: string): number {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed?.call(text)) return -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return i;
    }
  }
  return -1;
}
