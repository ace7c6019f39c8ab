/**
 * True while Stryker runs the tests (vitest.mutation.config.ts sets SUPPORT_KIT_MUTATION=1).
 * Stryker runs the tests that cover a mutant once per mutant, on instrumented code that is
 * several times slower; docs/quality.md says what changes then and why.
 *
 * @example
 * it.skipIf(underMutation)('handles a 1 MB message', () => { ... });
 */
export const underMutation = process.env.SUPPORT_KIT_MUTATION === '1';

/**
 * How many runs a property gets: all of them in `npm test`, a tenth (at least 20) under
 * mutation testing, where a property that can catch a mutant almost always does so within
 * its first runs, and a surviving mutant would otherwise pay for every run.
 *
 * @example
 * fc.assert(fc.property(arb, check), { numRuns: propertyRuns(3000) }); // 3000, or 300 under Stryker
 */
export function propertyRuns(runs: number): number {
  return underMutation ? Math.max(20, Math.round(runs / 10)) : runs;
}
