// The "bounded time" half of the fuzz contract (issue #10) for 1 MB inputs.
//
// This is a hang guard, not a performance assertion (DESIGN.md: performance is measured in bench/,
// never by timing tests): a linear call on 1 MB takes milliseconds to a few hundred milliseconds on
// this machine, a quadratic one minutes. 5 s is far above the first even on a loaded CI runner and
// far below the second, so the check cannot flake and still catches a regression to superlinear
// code. The linear-cost measurement itself is bench/linear.bench.ts (docs/benchmarks.md).
import { expect } from 'vitest';

/** The most one call on 1 MB may take before it counts as hanging. */
export const HANG_GUARD_MS = 5000;

/** Runs `call` once and fails when it takes longer than {@link HANG_GUARD_MS}; returns its result. */
export function withinHangGuard<T>(what: string, call: () => T): T {
  const started = performance.now();
  const result = call();
  const ms = performance.now() - started;
  expect(ms, `${what} took ${ms.toFixed(0)} ms`).toBeLessThan(HANG_GUARD_MS);
  return result;
}
