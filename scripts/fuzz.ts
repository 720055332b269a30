// `npm run fuzz -- --runs N [--seed S]`: the fuzz suite of `npm test` (tests/api/fuzz.test.ts) with
// more requests, through the same real Temporal dev server and PostgreSQL; --seed replays a failure.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string' } } });
if (!/^\d+$/.test(values.runs!) || (values.seed !== undefined && !/^-?\d+$/.test(values.seed))) {
  console.error('usage: npm run fuzz -- --runs <requests> [--seed <number>]');
  process.exit(2);
}
const { status } = spawnSync('npx', ['vitest', 'run', 'tests/api/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: values.runs, ...(values.seed !== undefined ? { FUZZ_SEED: values.seed } : {}) },
});
process.exit(status ?? 1);
