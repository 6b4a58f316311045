import fc from 'fast-check';

// Property tests are seeded: FC_SEED from the environment (CI may set it), else a
// fixed default. fast-check prints the seed and the counterexample path on failure,
// so any failure can be replayed with FC_SEED=<seed>.
const seed = Number(process.env.FC_SEED ?? 20261122);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
