import fc from 'fast-check';

// Property tests run with a fixed seed so that `npm test` (and CI) is reproducible; set
// FC_SEED=<number> to replay another run, or FC_SEED=random to explore new inputs.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20_261_123 : Number(seed) });

// Under mutation testing (vitest.mutation.config.ts sets SUPPORT_KIT_MUTATION) a failing
// property only has to fail: skip shrinking the counterexample, which can take seconds per
// killed mutant. The same runs and inputs are tried, so no mutant survives because of it.
if (process.env.SUPPORT_KIT_MUTATION === '1')
  fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
