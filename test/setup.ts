import fc from 'fast-check';
import { propertyRuns, underMutation } from './underMutation.ts';

// Property tests run with a fixed seed so that `npm test` (and CI) is reproducible; set
// FC_SEED=<number> to replay another run, or FC_SEED=random to explore new inputs.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20_261_123 : Number(seed) });

// Under mutation testing (vitest.mutation.config.ts sets SUPPORT_KIT_MUTATION) a property that
// fails only has to fail: no shrinking of the counterexample, which can take seconds for each
// killed mutant. Properties without their own numRuns get a tenth of fast-check's 100 (see
// propertyRuns); those with one call propertyRuns themselves.
if (underMutation) {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true, numRuns: propertyRuns(100) });
}
