import { z } from 'zod';
import { type PreparePasswordOptions, preparePassword } from '../sanitize/index.ts';

/**
 * A zod (v4) schema for a password field: parses a string with {@link preparePassword} and
 * outputs the prepared value to hash. A refused password becomes one issue whose `message` is
 * ours (in `options.locale`) and whose `params` carry `{ code, action, detail }`; messages never
 * echo password characters. Warnings are not issues: call {@link preparePassword} yourself to
 * show them (or the login `alternatives`).
 *
 * @param options - `mode` (`'set'` or `'login'`) and limits; see {@link PreparePasswordOptions}.
 * @returns A zod schema from `string` to the prepared password (`string`).
 * @throws `ConfigError` (a `TypeError`) naming the field for malformed options (no `mode`…), when
 *   the schema is made.
 *
 * @example
 * passwordSchema({ mode: 'set' }).parse('correct horse battery staple\n') //=> 'correct horse battery staple'
 *
 * @example
 * passwordSchema({ mode: 'set' }).safeParse('hunter2').error?.issues[0]
 * //=> { code: 'custom', message: 'Use at least 15 characters.', params: { code: 'too-short', … }, … }
 */
export function passwordSchema(options: PreparePasswordOptions) {
  // Bad options throw here, where the schema is made, not at the first parse.
  preparePassword('', options);
  return z.string().transform((value, ctx): string => {
    const result = preparePassword(value, options);
    if (!result.ok) {
      const { code, message, action, detail } = result.error;
      // No `input`: the issue must not carry the password.
      ctx.issues.push({ code: 'custom', input: undefined, message, params: { code, action, detail } });
      return z.NEVER;
    }
    return result.value;
  });
}
