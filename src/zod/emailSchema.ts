import { z } from 'zod';
import { type CanonicalizeEmailOptions, canonicalizeEmail } from '../email/index.ts';

/**
 * What {@link emailSchema} outputs: store and mail `address`, put a unique index on `canonical`.
 *
 * @example
 * const value: EmailSchemaOutput = { address: 'Taro.Yamada@gmail.com', canonical: 'taroyamada@gmail.com', provider: 'gmail' };
 */
export interface EmailSchemaOutput {
  /** The cleaned address as typed (trimmed, IME-folded, ASCII domain): the one to store and send to. */
  readonly address: string;
  /** The mailbox key for a unique index (never an address to send to). */
  readonly canonical: string;
  /** The provider id (`gmail`, `outlook`…), or `null` for an unknown domain. */
  readonly provider: string | null;
}

/**
 * A zod (v4) schema for an e-mail field: parses a string with {@link canonicalizeEmail} and
 * outputs `{ address, canonical, provider }`. A refused address becomes one issue whose
 * `message` is ours (in `options.locale`) and whose `params` carry `{ code, action }`.
 *
 * @param options - The options of {@link canonicalizeEmail}.
 * @returns A zod schema from `string` to {@link EmailSchemaOutput}.
 * @throws `ConfigError` (a `TypeError`) naming the field for a malformed provider table
 *   (`options.providers`), when the schema is made.
 *
 * @example
 * emailSchema().parse('Taro.Yamada+shop@GoogleMail.com')
 * //=> { address: 'Taro.Yamada+shop@googlemail.com', canonical: 'taroyamada@gmail.com', provider: 'gmail' }
 *
 * @example
 * emailSchema({ locale: 'ja' }).safeParse('taro@').error?.issues[0]
 * //=> { code: 'custom', message: '「@」の後ろが空です。', params: { code: 'empty-domain', action: '…' }, … }
 */
export function emailSchema(options?: CanonicalizeEmailOptions) {
  // A bad provider table throws here, where the schema is made, not at the first parse.
  canonicalizeEmail('check@example.com', options);
  return z.string().transform((value, ctx): EmailSchemaOutput => {
    const result = canonicalizeEmail(value, options);
    if (!result.ok) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: result.error.message,
        params: { code: result.error.code, action: result.error.action },
      });
      return z.NEVER;
    }
    return { address: result.address, canonical: result.canonical, provider: result.provider?.id ?? null };
  });
}
