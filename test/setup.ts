import fc from 'fast-check';

// Property tests run with a fixed seed so that `npm test` (and CI) is reproducible; set
// FC_SEED=<number> to replay another run, or FC_SEED=random to explore new inputs.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20_261_123 : Number(seed) });
