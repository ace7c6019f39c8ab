// The exported check helpers on their own: what a caller gets for inputs that were not cleaned
// by sanitizeCode first (lower case, separators, full-width digits, look-alike letters).
import { describe, expect, it } from 'vitest';
import { crockfordCheckSymbol, isValidLuhn, sanitizeCode } from '../../src/sanitize/index.ts';

describe('isValidLuhn: digits only', () => {
  it('accepts test card numbers that contain the digit 0', () => {
    expect(isValidLuhn('4012888888881881')).toBe(true);
    expect(isValidLuhn('5105105105105100')).toBe(true);
    expect(isValidLuhn('0')).toBe(true);
  });

  it('refuses full-width digits, which are not ASCII digits', () => {
    // The Luhn sum of the code units happens to be a multiple of 10: only the digit check refuses it.
    expect(isValidLuhn('４１１１１１１１１１１１１１１１')).toBe(false);
  });

  it('refuses a card number still grouped with hyphens or ideographic spaces', () => {
    // Here too the sum of the raw code units is a multiple of 10.
    expect(isValidLuhn('3782-822463-10005')).toBe(false);
    expect(isValidLuhn('3782\u3000822463\u300010005')).toBe(false);
    expect(isValidLuhn('378282246310005')).toBe(true);
  });

  it('refuses look-alike letters and colons typed among the digits', () => {
    expect(isValidLuhn('l4111111111111111')).toBe(false);
    expect(isValidLuhn(':4111111111111111')).toBe(false);
    expect(isValidLuhn('7992739871I3')).toBe(false);
  });
});

describe('crockfordCheckSymbol: ASCII case folding only', () => {
  it('reads the lower-case ends of the alphabet, a and z, like A and Z', () => {
    expect(crockfordCheckSymbol('A')).toBe('A');
    expect(crockfordCheckSymbol('a')).toBe('A');
    expect(crockfordCheckSymbol('Z')).toBe('Z');
    expect(crockfordCheckSymbol('z')).toBe('Z');
    expect(crockfordCheckSymbol('a1z9')).toBe('=');
    expect(crockfordCheckSymbol('A1Z9')).toBe('=');
  });

  it('reads I and L as 1, upper or lower case', () => {
    expect(crockfordCheckSymbol('I')).toBe('1');
    expect(crockfordCheckSymbol('L')).toBe('1');
    expect(crockfordCheckSymbol('xil')).toBe(crockfordCheckSymbol('X11'));
  });

  it('never upper-cases dotless ı or long ſ into a code character', () => {
    // 'ı'.toUpperCase() is 'I' and 'ſ'.toUpperCase() is 'S': both would pass for Crockford symbols.
    expect(crockfordCheckSymbol('ı')).toBeUndefined();
    expect(crockfordCheckSymbol('ſ')).toBeUndefined();
    expect(crockfordCheckSymbol('7XKB2W0ı')).toBeUndefined();
  });

  it('agrees with sanitizeCode on a lower-case code', () => {
    const result = sanitizeCode('a1z9-=', { alphabet: 'crockford', checksum: 'crockford' });
    expect(result).toMatchObject({ ok: true, value: 'A1Z9=' });
    expect(result.changes.map((change) => change.code)).toEqual(['separator-removed', 'case-folded']);
  });
});
