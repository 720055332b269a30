// Every committed history must replay against today's workflow code: a change that would break
// running cases fails here. New histories: `npm run record-histories` (see README).
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../../services/workflowCode';
import * as workflows from '../../workflows';
import { PATCHES } from '../../workflows/kernel/patches';
import { WORKFLOW_TYPES } from '../../workflows/shared';

Runtime.install({ logger: new DefaultLogger('WARN') });

const DIR = join(__dirname, 'histories');
const histories = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const load = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

let current: WorkflowBundleWithSourceMap;
let incompatible: WorkflowBundleWithSourceMap;
/** Each history's replay, by file: undefined where it replayed deterministically. */
const replayed = new Map<string, Error | undefined>();

beforeAll(async () => {
  const logger = new DefaultLogger('WARN');
  [current, incompatible] = await Promise.all([
    bundleWorkflowCode({ ...bundleOptions, logger }),
    bundleWorkflowCode({ workflowsPath: join(__dirname, 'nondeterministic', 'workflows.ts'), logger }),
  ]);
  // One replay worker for all of them, as a worker replays the cases it takes over: a worker each would
  // load the bundle's source map hundreds of times over in one process.
  for await (const r of Worker.runReplayHistories({ workflowBundle: current }, histories.map((f) => ({ workflowId: f, history: load(f) }))))
    replayed.set(r.workflowId, r.error);
}, 600_000);

describe('replay of committed histories', () => {
  it('has histories for every workflow type the worker runs', () => {
    const types = new Set(histories.map((f) => f.split('-')[0]));
    expect([...types].sort()).toEqual(Object.keys(workflows).sort());
    expect([...WORKFLOW_TYPES].sort()).toEqual(Object.keys(workflows).sort());
    expect(histories.length).toBeGreaterThanOrEqual(6);
  });

  it('calls patched() with exactly the ids of workflows/kernel/patches.ts', () => {
    // A literal id passed to patch(), patched() or deprecatePatch() anywhere in the bundled workflow code.
    const called = [...current.code.matchAll(/\b(?:patch|patched|deprecatePatch)\)?\(\s*(['"`])([^'"`]*)\1\s*\)/g)].map((m) => m[2]);
    expect(called.length).toBeGreaterThan(0);
    expect([...new Set(called)].sort()).toEqual(Object.keys(PATCHES).sort());
  });

  it.each(histories)('%s replays deterministically', (file) => {
    expect(replayed.has(file)).toBe(true);
    expect(replayed.get(file)).toBeUndefined();
  });

  it('runs before the patch generations and under each, replayed by one worker one after the other, each keep their own answer', async () => {
    // A generation is asked once per run and kept in module state: a worker that shared it between runs
    // would replay a run (which recorded one generation's marker alone) as the one before it.
    const runs = ['penunjukanLintasUnit-banjar-approved.v6.json', 'penunjukanLintasUnit-banjar-approved.v7.json', 'penunjukanLintasUnit-banjar-approved.v8.json', 'penunjukanLintasUnit-banjar-approved.json', 'penunjukanLintasUnit-banjar-approved.v7.json', 'penunjukanLintasUnit-banjar-approved.v6.json'];
    const results = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle: current }, runs.map((f, i) => ({ workflowId: `run-${i}`, history: load(f) })))) results.push(r);
    expect(results.map((r) => [r.workflowId, r.error])).toEqual(runs.map((_, i) => [`run-${i}`, undefined]));
  });

  it('an incompatible change is caught as a DeterminismViolationError', async () => {
    await expect(Worker.runReplayHistory({ workflowBundle: incompatible }, load('penunjukanLintasUnit-banjar-approved.json')))
      .rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
