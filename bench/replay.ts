// `npm run bench:replay`: the workflow code's own CPU, apart from the machine's other work — replays the
// committed histories of the procedures' cases (tests/replay/histories) on the bundle every worker loads,
// several rounds in one process, and prints the CPU per history replayed. A replay runs each activation
// of a case as the worker ran it, without the server, PostgreSQL or the activities: the figure moves with
// the workflow thread's cost alone (the kernel, the SDK's sandbox), which the live bench's spread hides.
//   npm run bench:replay -- --rounds 4
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROCEDURES } from '../procedures';
import { bundleOptions } from '../services/workflowCode';

const HISTORIES = join(__dirname, '..', 'tests', 'replay', 'histories');
const { rounds } = parseArgs({ options: { rounds: { type: 'string', default: '4' } } }).values;

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const types = new Set<string>(Object.values(PROCEDURES).map((p) => p.workflowType));
  const files = readdirSync(HISTORIES).filter((f) => types.has(f.slice(0, f.indexOf('-'))));
  const histories = files.map((f) => ({ workflowId: f, history: JSON.parse(readFileSync(join(HISTORIES, f), 'utf8')) }));
  const workflowBundle = await bundleWorkflowCode({ ...bundleOptions, logger: new DefaultLogger('ERROR') });
  const perHistory: number[] = [];
  for (let round = 1; round <= Number(rounds); round++) {
    const before = process.cpuUsage();
    for await (const r of Worker.runReplayHistories({ workflowBundle }, histories)) if (r.error) throw new Error(`${r.workflowId} does not replay: ${r.error.message}`);
    const { user, system } = process.cpuUsage(before);
    perHistory.push((user + system) / 1000 / histories.length);
    console.log(`round ${round}: ${histories.length} histories of ${types.size} procedures, ${perHistory.at(-1)!.toFixed(1)} ms of CPU per history`);
  }
  const sorted = [...perHistory].sort((a, b) => a - b);
  console.log(JSON.stringify({ bench: 'replay', histories: histories.length, rounds: perHistory.length, cpuMsPerHistory: { min: +sorted[0].toFixed(1), median: +sorted[Math.floor(sorted.length / 2)].toFixed(1) } }));
}

main().catch((e) => {
  console.error('[bench:replay]', e);
  process.exitCode = 1;
});
