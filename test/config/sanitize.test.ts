import { describe, expect, it } from 'vitest';
import {
  type CodeFormat,
  ConfigError,
  isConfigError,
  type PreparePasswordOptions,
  preparePassword,
  sanitizeCode,
} from '../../src/sanitize/index.ts';
import { ConfigError as SlaConfigError } from '../../src/sla/index.ts';
import { configError, FORBIDDEN_KEYS, globalSnapshot, withForbiddenKey } from './helpers.ts';

const format = {
  alphabet: { chars: 'ABCDEFGH23456789' },
  length: { min: 8, max: 12 },
  groupSize: 4,
  caseSensitive: false,
  checksum: 'crockford',
};
const code = (f: unknown) => () => sanitizeCode('abcd-2345', f as CodeFormat);
const password = (options: unknown) => () =>
  preparePassword('correct horse battery staple', options as PreparePasswordOptions);
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('sanitizeCode: strict formats', () => {
  it('accepts every field, from a JSON file too, and no format at all', () => {
    const digits = { alphabet: 'digits', length: 6, groupSize: 3, caseSensitive: true, checksum: 'luhn' };
    expect(sanitizeCode('１２３ ４５５', json(digits) as CodeFormat)).toMatchObject({
      ok: true,
      value: '123455',
      formatted: '123-455',
    });
    expect(sanitizeCode('abcd-2345', json({ ...format, checksum: undefined }) as CodeFormat)).toMatchObject({
      ok: true,
      value: 'ABCD2345',
    });
    expect(sanitizeCode('x1', undefined)).toMatchObject({ ok: true, value: 'X1' });
    expect(sanitizeCode('x1', { alphabet: undefined, length: undefined })).toMatchObject({ ok: true });
    expect(sanitizeCode('', { length: { min: 0, max: 1 } })).toMatchObject({ ok: false });
  });

  it.each([
    ['the format', { ...format, lenght: 8 }, 'format', 'lenght'],
    ['the alphabet', { alphabet: { chars: 'AB', extra: 'C' } }, 'format.alphabet', 'extra'],
    ['the length', { length: { min: 1, max: 2, exact: 2 } }, 'format.length', 'exact'],
  ])('refuses an unknown key in %s', (_, bad, field, key) => {
    const error = configError(code(bad));
    expect(error.field).toBe(field);
    expect(error.message).toBe(`sanitizeCode: ${field} has an unknown field "${key}"`);
  });

  it('names a misspelt key before the value it left missing', () => {
    expect(configError(code({ alphabet: 'octal', checksm: 'luhn' })).message).toBe(
      'sanitizeCode: format has an unknown field "checksm"',
    );
  });

  describe.each(FORBIDDEN_KEYS)('the key %s', (key) => {
    it.each([
      ['the format', (how: 'computed' | 'json') => withForbiddenKey(format, key, how), 'format'],
      [
        'the alphabet',
        (how: 'computed' | 'json') => ({ ...format, alphabet: withForbiddenKey(format.alphabet, key, how) }),
        'format.alphabet',
      ],
      [
        'the length',
        (how: 'computed' | 'json') => ({ ...format, length: withForbiddenKey(format.length, key, how) }),
        'format.length',
      ],
    ])('is refused in %s without pollution', (_, build, field) => {
      for (const how of ['computed', 'json'] as const) {
        const snapshot = globalSnapshot();
        expect(configError(code(build(how))).message).toBe(
          `sanitizeCode: ${field} has a forbidden key "${key}"`,
        );
        snapshot.untouched();
      }
    });

    it('is refused in the options of preparePassword without pollution', () => {
      for (const how of ['computed', 'json'] as const) {
        const snapshot = globalSnapshot();
        expect(configError(password(withForbiddenKey({ mode: 'set' }, key, how))).message).toBe(
          `preparePassword: options has a forbidden key "${key}"`,
        );
        snapshot.untouched();
      }
    });
  });

  it.each([
    ['no object', null, 'format', 'must be an object'],
    ['a list', [], 'format', 'must be an object'],
    ['a string', 'digits', 'format', 'must be an object'],
    [
      'an unknown alphabet',
      { alphabet: 'octal' },
      'format.alphabet',
      'must be one of "digits", "alnum", "crockford", "hex" or { chars }',
    ],
    [
      'an alphabet of the wrong case',
      { alphabet: 'Digits' },
      'format.alphabet',
      'must be one of "digits", "alnum", "crockford", "hex" or { chars }',
    ],
    ['an alphabet list', { alphabet: ['0', '1'] }, 'format.alphabet', 'must be an object'],
    ['no chars', { alphabet: {} }, 'format.alphabet.chars', 'must be 1 to 1000 printable ASCII characters'],
    [
      'empty chars',
      { alphabet: { chars: '' } },
      'format.alphabet.chars',
      'must be 1 to 1000 printable ASCII characters',
    ],
    [
      'chars with a space',
      { alphabet: { chars: 'AB CD' } },
      'format.alphabet.chars',
      'must be 1 to 1000 printable ASCII characters',
    ],
    [
      'non-ASCII chars',
      { alphabet: { chars: 'アイ' } },
      'format.alphabet.chars',
      'must be 1 to 1000 printable ASCII characters',
    ],
    [
      'chars that are not text',
      { alphabet: { chars: 12 } },
      'format.alphabet.chars',
      'must be 1 to 1000 printable ASCII characters',
    ],
    [
      '1,001 chars',
      { alphabet: { chars: 'A'.repeat(1001) } },
      'format.alphabet.chars',
      'must be 1 to 1000 printable ASCII characters',
    ],
    [
      'a length of 0',
      { length: 0 },
      'format.length',
      'must be an integer from 1 to 10000000 or { min, max }',
    ],
    ['a fraction', { length: 6.5 }, 'format.length', 'must be an integer from 1 to 10000000 or { min, max }'],
    [
      'a length as text',
      { length: '6' },
      'format.length',
      'must be an integer from 1 to 10000000 or { min, max }',
    ],
    [
      'an infinite length',
      { length: Number.POSITIVE_INFINITY },
      'format.length',
      'must be an integer from 1 to 10000000 or { min, max }',
    ],
    [
      'an absurd length',
      { length: 10_000_001 },
      'format.length',
      'must be an integer from 1 to 10000000 or { min, max }',
    ],
    ['NaN', { length: Number.NaN }, 'format.length', 'must be an integer from 1 to 10000000 or { min, max }'],
    ['no min', { length: { max: 8 } }, 'format.length.min', 'must be an integer from 0 to 10000000'],
    [
      'a negative min',
      { length: { min: -1, max: 8 } },
      'format.length.min',
      'must be an integer from 0 to 10000000',
    ],
    ['no max', { length: { min: 6 } }, 'format.length.max', 'must be an integer from 1 to 10000000'],
    [
      'an infinite max',
      { length: { min: 6, max: Number.POSITIVE_INFINITY } },
      'format.length.max',
      'must be an integer from 1 to 10000000',
    ],
    ['min above max', { length: { min: 9, max: 8 } }, 'format.length.min', 'must not exceed 8'],
    ['a group of 0', { groupSize: 0 }, 'format.groupSize', 'must be an integer from 1 to 10000000'],
    ['a fractional group', { groupSize: 2.5 }, 'format.groupSize', 'must be an integer from 1 to 10000000'],
    ['a flag as text', { caseSensitive: 'yes' }, 'format.caseSensitive', 'must be one of true, false'],
    ['an unknown checksum', { checksum: 'mod10' }, 'format.checksum', 'must be one of "crockford", "luhn"'],
    ['a checksum of null', { checksum: null }, 'format.checksum', 'must be one of "crockford", "luhn"'],
  ])('names the field of %s', (_, bad, field, problem) => {
    const error = configError(code(bad));
    expect(error.field).toBe(field);
    expect(error.message).toBe(`sanitizeCode: ${field} ${problem}`);
  });

  it('throws before reading the input: a bad format is a programming error, whatever the input', () => {
    for (const input of ['', '123', null, '\ud800'.repeat(3)]) {
      expect(() => sanitizeCode(input as string, { length: -1 })).toThrow(ConfigError);
    }
  });

  it('checks a format used again and again once, and a literal written in the call every time', () => {
    let reads = 0;
    const counted = new Proxy(
      { alphabet: 'digits', length: 4 },
      {
        ownKeys(target) {
          reads++;
          return Reflect.ownKeys(target);
        },
      },
    ) as CodeFormat;
    for (let i = 0; i < 3; i++) expect(sanitizeCode('１２３４', counted)).toMatchObject({ value: '1234' });
    expect(reads).toBe(1);
    expect(sanitizeCode('1234', { alphabet: 'digits' }).ok).toBe(true);
    expect(() => sanitizeCode('1234', { alphabet: 'digits', groupSize: 0 })).toThrow(/groupSize/);
    expect(sanitizeCode('1234', counted).ok).toBe(true);
    expect(reads).toBe(2);
  });
});

describe('preparePassword: strict options', () => {
  it('accepts every option, from a JSON file too', () => {
    const options = {
      mode: 'set',
      minLength: 8,
      maxLength: 64,
      maxBytes: 72,
      normalization: 'nfkc',
      locale: 'ja',
    };
    expect(preparePassword('ｃｏｒｒｅｃｔ horse', json(options) as PreparePasswordOptions)).toMatchObject({
      ok: true,
      value: 'correct horse',
    });
    expect(preparePassword('pw', { mode: 'login', minLength: 0, locale: 'fr' as 'en' }).ok).toBe(true);
    // The minimum applies at 'set' only: a login form may keep an old maximum below it.
    expect(preparePassword('pw', { mode: 'login', maxLength: 12 }).ok).toBe(true);
  });

  it.each([
    ['no options', undefined, 'options', 'must be an object'],
    ['no mode', {}, 'options.mode', 'must be one of "set", "login"'],
    ['an unknown mode', { mode: 'signup' }, 'options.mode', 'must be one of "set", "login"'],
    ['a misspelt option', { mode: 'set', minlength: 8 }, 'options', 'has an unknown field "minlength"'],
    [
      'a negative minimum',
      { mode: 'set', minLength: -1 },
      'options.minLength',
      'must be an integer from 0 to 10000000',
    ],
    [
      'a fractional maximum',
      { mode: 'set', maxLength: 64.5 },
      'options.maxLength',
      'must be an integer from 1 to 10000000',
    ],
    [
      'a maximum of 0',
      { mode: 'login', maxLength: 0 },
      'options.maxLength',
      'must be an integer from 1 to 10000000',
    ],
    [
      'bytes as text',
      { mode: 'set', maxBytes: '72' },
      'options.maxBytes',
      'must be an integer from 1 to 10000000',
    ],
    [
      'an infinite maximum',
      { mode: 'set', maxLength: Number.POSITIVE_INFINITY },
      'options.maxLength',
      'must be an integer from 1 to 10000000',
    ],
    [
      'min above max',
      { mode: 'set', minLength: 65, maxLength: 64 },
      'options.minLength',
      'must not exceed 64',
    ],
    [
      'min above the default max',
      { mode: 'set', minLength: 2000 },
      'options.minLength',
      'must not exceed 1024',
    ],
    ['max below the default min', { mode: 'set', maxLength: 12 }, 'options.minLength', 'must not exceed 12'],
    [
      'an unknown form',
      { mode: 'set', normalization: 'nfd' },
      'options.normalization',
      'must be one of "nfc", "nfkc"',
    ],
  ])('names the field of %s', (_, bad, field, problem) => {
    const error = configError(password(bad));
    expect(error.field).toBe(field);
    expect(error.message).toBe(`preparePassword: ${field} ${problem}`);
  });

  it('never throws on the password itself once the options are right', () => {
    for (const input of ['', ' ', '\ud800', '\0', 'x'.repeat(5000), null]) {
      expect(preparePassword(input as string, { mode: 'set' }).ok).toBe(false);
    }
  });
});

describe('ConfigError from support-kit/sanitize', () => {
  it('is the one the other modules export, a TypeError recognised by isConfigError', () => {
    expect(ConfigError).toBe(SlaConfigError);
    let thrown: unknown;
    try {
      sanitizeCode('1', { checksum: 'luhn ' as 'luhn' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(isConfigError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ field: 'format.checksum', problem: 'must be one of "crockford", "luhn"' });
  });
});
