import { canonicalizeEmail } from './canonicalizeEmail.ts';
import type { CanonicalizeEmailOptions } from './types.ts';

/**
 * Whether two addresses reach the same mailbox: both are valid and share their
 * {@link canonicalizeEmail} key. Symmetric; `false` when either address is invalid.
 *
 * @param a - One address as typed.
 * @param b - The other address as typed.
 * @param options - See {@link CanonicalizeEmailOptions} (the same for both).
 * @returns `true` when both canonicalize to the same key.
 *
 * @example
 * sameMailbox('taro.yamada+shop@gmail.com', 'TaroYamada@googlemail.com') //=> true
 *
 * @example
 * sameMailbox('taro.yamada@outlook.com', 'taroyamada@outlook.com') //=> false
 */
export function sameMailbox(a: unknown, b: unknown, options?: CanonicalizeEmailOptions): boolean {
  const first = canonicalizeEmail(a, options);
  if (!first.ok) return false;
  const second = canonicalizeEmail(b, options);
  return second.ok && first.canonical === second.canonical;
}
