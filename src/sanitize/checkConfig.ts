// Strict checks of this module's developer configuration: a code format and the options of
// preparePassword. Text from end users is never checked here and never throws.
//
// The last object checked is remembered, so a format or options object passed again and again (a
// constant, a zod schema's) is checked once. A literal written in the call is a new object every
// time and is checked every time: that costs about 0.05 µs, less than remembering it would (a
// WeakSet entry for a short-lived object costs about 0.7 µs in V8, mostly in the collector).
import { ConfigError } from '../internal/configError.ts';
import { FORBIDDEN_KEYS } from '../internal/configShape.ts';
import type { CodeFormat, PreparePasswordOptions } from './types.ts';

/** The largest length a format or a password policy may name: far above any real one. */
export const MAX_LENGTH = 10_000_000;

/** The lengths `preparePassword` uses when its options give none. */
export const PASSWORD_LENGTHS = { minLength: 15, maxLength: 1024 } as const;

const FORMAT_KEYS = ['alphabet', 'length', 'groupSize', 'caseSensitive', 'checksum'];
const PASSWORD_KEYS = ['mode', 'minLength', 'maxLength', 'maxBytes', 'normalization', 'locale'];
const ALPHABETS = ['digits', 'alnum', 'crockford', 'hex'];
const BOOLEANS = [true, false];
/** 1 to 1,000 printable ASCII characters. */
const PRINTABLE = /^[!-~]{1,1000}$/;

let lastFormat: object | undefined;
let lastPasswordOptions: object | undefined;

/**
 * Throws unless `value` (at `field`) is a plain object whose keys are all `known` (so none of
 * `__proto__`, `constructor`, `prototype`, even as own keys made by `JSON.parse`).
 */
function checkKeys(value: unknown, known: readonly string[], where: string, field: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(where, field, 'must be an object');
  }
  for (const key in value) {
    if (!known.includes(key)) {
      const problem = FORBIDDEN_KEYS.includes(key) ? 'has a forbidden key' : 'has an unknown field';
      throw new ConfigError(where, field, `${problem} "${key}"`);
    }
  }
}

/** Throws unless `value` is one of `values` (`or` names what else would do). */
function checkOneOf(value: unknown, values: readonly unknown[], where: string, field: string, or = ''): void {
  if (!values.includes(value)) {
    const list = values.map((v) => JSON.stringify(v)).join(', ');
    throw new ConfigError(where, field, `must be one of ${list}${or}`);
  }
}

/** Throws unless `value` is an integer from `min` to {@link MAX_LENGTH} (`or` names what else would do). */
function checkLength(value: unknown, min: number, where: string, field: string, or = ''): void {
  if (!(Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_LENGTH)) {
    throw new ConfigError(where, field, `must be an integer from ${min} to ${MAX_LENGTH}${or}`);
  }
}

/** Throws unless `min <= max`. */
function checkOrder(min: number, max: number, where: string, field: string): void {
  if (min > max) throw new ConfigError(where, field, `must not exceed ${max}`);
}

/**
 * Checks a code format of `sanitizeCode` (unless it is the one checked last): known keys only,
 * none of `__proto__`, `constructor`, `prototype`; `alphabet` a name or `{ chars }` of 1 to 1,000
 * printable ASCII characters; `length` and `groupSize` integers from 1 (`length.min` from 0) up to
 * {@link MAX_LENGTH}, `min <= max`; `caseSensitive` a boolean; `checksum` `'crockford'` or
 * `'luhn'`. Throws a {@link ConfigError} naming the field.
 *
 * @example
 * checkFormat({ alphabet: 'digits', length: { min: 6, max: 8 } }) // returns
 * checkFormat({ alphabet: 'digit' })
 * //=> throws ConfigError: sanitizeCode: format.alphabet must be one of "digits", "alnum", … or { chars }
 */
export function checkFormat(format: CodeFormat): void {
  if (format === lastFormat) return;
  const where = 'sanitizeCode';
  checkKeys(format, FORMAT_KEYS, where, 'format');
  const { alphabet, length, groupSize, caseSensitive, checksum } = format;
  if (typeof alphabet === 'object' && alphabet !== null) {
    checkKeys(alphabet, ['chars'], where, 'format.alphabet');
    if (!PRINTABLE.test(typeof alphabet.chars === 'string' ? alphabet.chars : '')) {
      throw new ConfigError(where, 'format.alphabet.chars', 'must be 1 to 1000 printable ASCII characters');
    }
  } else if (alphabet !== undefined)
    checkOneOf(alphabet, ALPHABETS, where, 'format.alphabet', ' or { chars }');
  if (typeof length === 'object' && length !== null) {
    checkKeys(length, ['min', 'max'], where, 'format.length');
    checkLength(length.min, 0, where, 'format.length.min');
    checkLength(length.max, 1, where, 'format.length.max');
    checkOrder(length.min, length.max, where, 'format.length.min');
  } else if (length !== undefined) checkLength(length, 1, where, 'format.length', ' or { min, max }');
  if (groupSize !== undefined) checkLength(groupSize, 1, where, 'format.groupSize');
  if (caseSensitive !== undefined) checkOneOf(caseSensitive, BOOLEANS, where, 'format.caseSensitive');
  if (checksum !== undefined) checkOneOf(checksum, ['crockford', 'luhn'], where, 'format.checksum');
  lastFormat = format;
}

/**
 * Checks the options of `preparePassword` (unless they are the ones checked last): known keys
 * only, none forbidden; `mode` `'set'` or `'login'`; `minLength` an integer from 0, `maxLength`
 * and `maxBytes` from 1, up to {@link MAX_LENGTH}, `minLength <= maxLength` at `'set'` (defaults
 * included); `normalization` `'nfc'` or `'nfkc'`. `locale` is any value (an unknown one gives
 * English, as everywhere). Throws a {@link ConfigError} naming the field.
 *
 * @example
 * checkPasswordOptions({ mode: 'set', minLength: 8 }) // returns
 * checkPasswordOptions({ mode: 'signup' })
 * //=> throws ConfigError: preparePassword: options.mode must be one of "set", "login"
 */
export function checkPasswordOptions(options: PreparePasswordOptions): void {
  if (options === lastPasswordOptions) return;
  const where = 'preparePassword';
  checkKeys(options, PASSWORD_KEYS, where, 'options');
  const { mode, minLength, maxLength, maxBytes, normalization } = options;
  checkOneOf(mode, ['set', 'login'], where, 'options.mode');
  if (minLength !== undefined) checkLength(minLength, 0, where, 'options.minLength');
  if (maxLength !== undefined) checkLength(maxLength, 1, where, 'options.maxLength');
  if (maxBytes !== undefined) checkLength(maxBytes, 1, where, 'options.maxBytes');
  // The minimum applies at 'set' only: a login form may keep an old, shorter maximum.
  const { minLength: min, maxLength: max } = PASSWORD_LENGTHS;
  if (mode === 'set') checkOrder(minLength ?? min, maxLength ?? max, where, 'options.minLength');
  if (normalization !== undefined) checkOneOf(normalization, ['nfc', 'nfkc'], where, 'options.normalization');
  lastPasswordOptions = options;
}
