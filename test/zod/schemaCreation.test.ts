// A schema is made once, at module load or in a form's setup: a bad format, provider table or
// password option must throw there, naming the field, not at the first parse of a user's input.
import { describe, expect, it } from 'vitest';
import type { EmailProvider } from '../../src/email/index.ts';
import type { CodeFormat, PreparePasswordOptions } from '../../src/sanitize/index.ts';
import { isConfigError } from '../../src/sla/index.ts';
import { codeSchema, emailSchema, passwordSchema } from '../../src/zod/index.ts';

/** The ConfigError `make` throws (fails when it throws nothing or something else). */
function thrownBy(make: () => unknown): { message: string; field: string } {
  try {
    make();
  } catch (error) {
    expect(isConfigError(error)).toBe(true);
    return error as { message: string; field: string };
  }
  throw new Error('expected a ConfigError when the schema is made');
}

describe('zod schemas check their configuration when they are made', () => {
  it.each([
    [{ alphabet: 'digit' }, 'format.alphabet'],
    [{ length: { min: 8, max: 6 } }, 'format.length.min'],
    [{ groupSize: 0 }, 'format.groupSize'],
    [JSON.parse('{"__proto__": {"polluted": 1}}'), 'format'],
  ])('codeSchema(%j) throws at once, naming %s', (format, field) => {
    const error = thrownBy(() => codeSchema(format as CodeFormat));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/^sanitizeCode: /);
  });

  it('passwordSchema throws at once for bad options', () => {
    expect(thrownBy(() => passwordSchema({} as PreparePasswordOptions)).field).toBe('options.mode');
    expect(thrownBy(() => passwordSchema({ mode: 'set', minLength: -1 })).field).toBe('options.minLength');
  });

  it('emailSchema throws at once for a bad provider table', () => {
    const providers = [{ id: 'acme', name: 'ACME', domains: ['not a domain'], rules: {} }];
    const error = thrownBy(() => emailSchema({ providers: providers as EmailProvider[] }));
    expect(error.message).toBe('support-kit/email: providers[0].domains[0] is not a valid domain');
    expect(thrownBy(() => emailSchema({ providers: 'gmail' as never })).field).toBe('providers');
  });

  it('makes good schemas as before, and they parse user input without throwing', () => {
    const code = codeSchema({ alphabet: 'digits', length: { min: 4, max: 8 } });
    expect(code.parse('１２３４')).toBe('1234');
    expect(code.safeParse('12').success).toBe(false);
    expect(codeSchema().parse(' ab12 ')).toBe('AB12');
    const providers = [{ id: 'acme', name: 'ACME', domains: ['acme.example'], rules: { subaddress: '+' } }];
    expect(emailSchema({ providers }).parse('Taro+x@acme.example')).toMatchObject({
      canonical: 'taro@acme.example',
      provider: 'acme',
    });
    expect(emailSchema().safeParse('taro@').success).toBe(false);
    expect(passwordSchema({ mode: 'login' }).safeParse('').success).toBe(false);
  });
});
