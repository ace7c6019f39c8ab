import { describe, expect, it } from 'vitest';
import { offsetAt, wallToInstant } from '../../src/internal/zone.ts';

const HOUR = 3_600_000;
// America/New_York springs forward at 2026-03-08 02:00 EST (07:00 UTC) and falls back at
// 2026-11-01 02:00 EDT (06:00 UTC).
const SPRING = Date.parse('2026-03-08T07:00:00Z');
const FALL = Date.parse('2026-11-01T06:00:00Z');
const wall = (iso: string) => Date.parse(`${iso}Z`); // a local wall-clock time as ms

describe('offsetAt', () => {
  it('switches exactly at the transition instant, in both directions', () => {
    expect(offsetAt('America/New_York', SPRING - 1)).toBe(-5 * HOUR);
    expect(offsetAt('America/New_York', SPRING)).toBe(-4 * HOUR);
    expect(offsetAt('America/New_York', FALL - 1)).toBe(-4 * HOUR);
    expect(offsetAt('America/New_York', FALL)).toBe(-5 * HOUR);
  });

  it('answers the same for a zone without transitions, cached or not', () => {
    expect(offsetAt('Asia/Tokyo', 0)).toBe(9 * HOUR);
    expect(offsetAt('Asia/Tokyo', SPRING)).toBe(9 * HOUR);
    expect(offsetAt('Asia/Tokyo', SPRING)).toBe(9 * HOUR);
  });
});

describe('wallToInstant', () => {
  it('moves a time in the spring gap forward by the gap', () => {
    expect(new Date(wallToInstant('America/New_York', wall('2026-03-08T02:30:00'))).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z', // 03:30 EDT
    );
  });

  it('takes the earlier instant of an ambiguous autumn time', () => {
    expect(new Date(wallToInstant('America/New_York', wall('2026-11-01T01:30:00'))).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z', // 01:30 EDT, not 01:30 EST
    );
  });

  it('is the plain offset away from transitions', () => {
    expect(wallToInstant('Asia/Tokyo', wall('2026-11-20T09:00:00'))).toBe(Date.parse('2026-11-20T00:00:00Z'));
  });
});
