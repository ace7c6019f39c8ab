import { z } from 'zod';
import { type CodeFormat, type SanitizeCodeOptions, sanitizeCode } from '../sanitize/index.ts';

/**
 * A zod (v4) schema for a code field (coupon, serial, verification code): parses a string with
 * {@link sanitizeCode} and outputs the canonical code. A refused code becomes one issue whose
 * `message` is ours (in `options.locale`) and whose `params` carry `{ code, action, detail }`.
 *
 * @param format - What a valid code looks like; see {@link CodeFormat}.
 * @param options - Locale and input limit; see {@link SanitizeCodeOptions}.
 * @returns A zod schema from `string` to the cleaned code (`string`).
 * @throws `ConfigError` (a `TypeError`) naming the field for a malformed `format`, when the schema
 *   is made.
 *
 * @example
 * codeSchema({ alphabet: 'digits', length: 8 }).parse('【１２３４ー５６７８】') //=> '12345678'
 *
 * @example
 * codeSchema({ alphabet: 'digits', length: 8 }, { locale: 'ja' }).safeParse('1234').error?.issues[0]
 * //=> { code: 'custom', message: 'このコードは8文字です（入力は4文字）。', params: { code: 'wrong-length', … }, … }
 */
export function codeSchema(format?: CodeFormat, options?: SanitizeCodeOptions) {
  // A bad format throws here, where the schema is made, not at the first parse.
  sanitizeCode('', format, options);
  return z.string().transform((value, ctx): string => {
    const result = sanitizeCode(value, format, options);
    if (!result.ok) {
      const { code, message, action, detail } = result.error;
      ctx.issues.push({ code: 'custom', input: value, message, params: { code, action, detail } });
      return z.NEVER;
    }
    return result.value;
  });
}
