// Regression found by the fuzz suite (issue #10): zones whose offset had seconds.
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/sla/index.ts';

describe('formatInstant: offsets that are not whole minutes', () => {
  it('writes local mean time (Tokyo +09:18:59 before 1888) as valid ISO 8601 naming the same instant', () => {
    const at = Date.UTC(1887, 11, 31);
    // Was '1887-12-31T09:18:59+09:18.983333333333314'.
    const text = formatInstant(at, 'Asia/Tokyo');
    expect(text).toBe('1887-12-31T09:19:00+09:19');
    expect(Date.parse(text)).toBe(at);
    expect(formatInstant(text, 'Asia/Tokyo')).toBe(text);
  });

  it('leaves whole-minute offsets exact', () => {
    expect(formatInstant(Date.UTC(1888, 0, 1), 'Asia/Tokyo')).toBe('1888-01-01T09:00:00+09:00');
    expect(formatInstant(Date.UTC(2025, 5, 4, 4, 30), 'Asia/Kolkata')).toBe('2025-06-04T10:00:00+05:30');
  });
});

describe('formatInstant: years outside 0000–9999', () => {
  it.each([
    [Date.UTC(10_000, 0, 3, 22), '+010000-01-03T17:00:00-05:00'],
    [8.64e15, '+275760-09-13T00:00:00+00:00'],
    [-62198755200000, '-000001-01-01T00:00:00+00:00'],
  ])('writes %d in the expanded ISO form that Date.parse reads back', (at, text) => {
    expect(formatInstant(at, text.endsWith('-05:00') ? 'America/New_York' : 'UTC')).toBe(text);
    expect(Date.parse(text)).toBe(at);
  });

  it('keeps four digits from year 0 to 9999', () => {
    const year0 = new Date(0);
    year0.setUTCFullYear(0, 0, 1);
    expect(formatInstant(year0.getTime(), 'UTC')).toBe('0000-01-01T00:00:00+00:00');
    expect(formatInstant(Date.UTC(9999, 11, 31, 23, 59, 59), 'UTC')).toBe('9999-12-31T23:59:59+00:00');
  });
});
