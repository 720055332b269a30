// Where the pinned Temporal binaries live (installed by scripts/ensure-deps.mjs), shared by
// npm start, the tests and the benchmark.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '.tools', 'venv', 'bin');

function binary(name: string): string {
  const path = join(BIN, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`node scripts/ensure-deps.mjs\` (npm test and npm start do it)`);
  return path;
}

export const temporalCli = () => binary('temporal');
export const temporalTestServer = () => binary('temporal-test-server');
