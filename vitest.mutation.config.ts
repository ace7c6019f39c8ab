import { relative, sep } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.ts';

/**
 * The order of the test files of one mutant's run. Stryker stops a run at the first failing
 * test, so the files most likely to fail, and the cheapest, go first: a file that failed in the
 * previous run (the previous mutant is usually a neighbour of this one), then the tests of the
 * mutated module (test/<module>/ for src/<module>/), then the shortest. Vitest's own order runs
 * the longest files first, which is right for a full run and wrong for a run that stops early.
 */
class KillFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { root, related } = this.ctx.config;
    // Stryker names the mutated file in `related`: src/<module>/… inside its sandbox.
    const [top, module] = related?.[0] === undefined ? [] : relative(root, related[0]).split(sep);
    const ownTests = top === 'src' && module !== undefined ? `test${sep}${module}${sep}` : undefined;
    const rank = (file: TestSpecification) => {
      const path = relative(root, file.moduleId);
      const last = this.ctx.cache.getFileTestResults(`${file.project.name}:${path}`);
      return {
        failed: last?.failed === true,
        own: ownTests !== undefined && path.startsWith(ownTests),
        duration: last?.duration ?? 0,
      };
    };
    const ranks = new Map(files.map((file) => [file, rank(file)]));
    return [...files].sort((a, b) => {
      const ra = ranks.get(a);
      const rb = ranks.get(b);
      if (ra === undefined || rb === undefined) return 0;
      if (ra.failed !== rb.failed) return ra.failed ? -1 : 1;
      if (ra.own !== rb.own) return ra.own ? -1 : 1;
      return ra.duration - rb.duration;
    });
  }
}

/**
 * The vitest config Stryker runs (see stryker.config.mjs): the same tests and setup as
 * `npm test`, minus what cannot kill a mutant or is too slow to run once per mutant.
 *
 * - No coverage thresholds: Stryker measures its own coverage per test; v8 coverage is off.
 * - No type tests (`*.test-d.ts`): they check declarations with tsc, not behaviour at run time.
 * - test/browser/**: drives a real browser over the built bundles (`npm run test:browser`).
 * - test/cli/bin.test.ts: spawns the BUILT binary (dist/cli.js) in child processes, where
 *   Stryker cannot switch mutants on, so it can never kill one; it also pipes a
 *   200,000-line file through the binary (seconds per run). test/cli/*.test.ts other than
 *   this one drive the same commands in-process and do count.
 * - test/redos/**: runs scripts/check-redos.mjs in a child process over fixtures; it reads no
 *   module of src/ at run time, so no mutant can change its outcome.
 * - test/config/no-eval.test.ts, test/config/no-network.test.ts: scan the text of src/ for
 *   eval, fetch and the like; in Stryker's sandbox that text is the instrumented copy (with
 *   Stryker's own switch code), so they fail there. Their run-time half traps eval and the
 *   network while every entry runs; no mutator adds a call, so no mutant can trip the trap.
 * - test/fuzz/**: thousands of random inputs per property through every entry (never throws,
 *   bounded time): about 20 s per run, and it covers nearly every line, so every surviving
 *   mutant would pay those 20 s. The per-module property tests (test/<module>/properties...)
 *   assert the same invariants with fewer runs and stay in.
 *
 * `isolate: false`: the test files of one mutant's run share one worker and one module graph
 * instead of a fresh worker per file (about 0.4 s per file saved; a mutant is often covered by
 * tests in five or more files). Stryker starts a new worker for every run, so no state is
 * shared between mutants.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/browser/**',
        'test/cli/bin.test.ts',
        'test/redos/**',
        'test/fuzz/**',
        'test/config/no-eval.test.ts',
        'test/config/no-network.test.ts',
        'node_modules/**',
      ],
      isolate: false,
      sequence: { sequencer: KillFirstSequencer },
      // Instrumented code runs several times slower; Stryker times each mutant run itself.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      typecheck: { enabled: false },
      coverage: { enabled: false },
      env: { SUPPORT_KIT_MUTATION: '1' },
    },
  }),
);
