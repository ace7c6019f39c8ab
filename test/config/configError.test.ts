import { describe, expect, it } from 'vitest';
import { ConfigError, isConfigError } from '../../src/sla/index.ts';
import { defaultPolicy } from '../../src/triage/index.ts';
import { configError } from './helpers.ts';

describe('ConfigError', () => {
  it('is a TypeError that names the field and the problem', () => {
    const error = new ConfigError('createCalendar', 'timeZone', 'must be a string');
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe('createCalendar: timeZone must be a string');
    expect([error.field, error.problem]).toEqual(['timeZone', 'must be a string']);
    expect(String(error)).toBe('ConfigError: createCalendar: timeZone must be a string');
  });

  it('is recognised by isConfigError across copies of the package (by name and field), and nothing else', () => {
    // What a ConfigError from the CommonJS copy, or from another realm, looks like to this copy.
    const foreign = Object.assign(new TypeError('evaluateSla: policy.id must be a string'), {
      name: 'ConfigError',
      field: 'policy.id',
    });
    expect(foreign instanceof ConfigError).toBe(false);
    expect(isConfigError(foreign)).toBe(true);
    expect(isConfigError(new ConfigError('a', 'b', 'c'))).toBe(true);
    expect(isConfigError(Object.assign(new TypeError('x'), { name: 'ConfigError' }))).toBe(false);
    expect(isConfigError(new TypeError('x'))).toBe(false);
    expect(isConfigError({ name: 'ConfigError', field: 'x' })).toBe(false);
    expect(isConfigError(undefined)).toBe(false);
  });

  it('names the options when a policy made by defaultPolicy cannot be used at all', () => {
    const error = configError(() => defaultPolicy('ja-JP', { calendar: { holidays: () => true } }));
    expect(error.field).toBe('options');
    expect(error.message).toMatch(/^defaultPolicy: options cannot be used: .*no business time in 1100 days/);
  });
});
