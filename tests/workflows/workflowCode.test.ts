// The modules every workflow run shares (services/workflowCode.ts), read off the bundle the workers load:
// the rules, plans, profiles and schemas the workflows use are all evaluated once per worker thread,
// and nothing that keeps a run's own state is among them.
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../../services/workflowCode';

const ROOT = join(__dirname, '..', '..');
/** Modules that keep nothing of a run: evaluated per run, they only cost. */
const STATELESS = /^\.\/(domain|procedures|profiles|node_modules\/@sinclair\/typebox)\//;

/** The bundle's modules, each with the modules it requires (webpack's output: `/***\/ "<id>"` then its factory). */
function moduleGraph(code: string): Map<string, string[]> {
  const requires = (body: string) => [...body.matchAll(/__webpack_require__\((?:\/\*[^*]*\*\/\s*)*"([^"]+)"\)/g)].map((m) => m[1]);
  const parts = code.split(/^\/\*\*\*\/ "([^"]+)"/m);
  const graph = new Map<string, string[]>();
  for (let i = 1; i < parts.length; i += 2) graph.set(parts[i], requires(parts[i + 1]));
  return graph;
}

/** What the worker thread evaluates before any run: the entry's preloadModules and all they require. */
function shared(code: string, graph: Map<string, string[]>): Set<string> {
  const entry = /exports\.preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(code)![1];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const r of graph.get(id) ?? []) visit(r);
  };
  for (const m of entry.matchAll(/"(\.\/[^"]+)"\)/g)) visit(m[1]);
  return seen;
}

describe('the workflow code every worker loads', () => {
  let graph: Map<string, string[]>;
  let preloaded: Set<string>;
  beforeAll(async () => {
    const { code } = await bundleWorkflowCode({ ...bundleOptions, logger: new DefaultLogger('WARN') });
    graph = moduleGraph(code);
    preloaded = shared(code, graph);
  }, 120_000);

  it('evaluates the rules, plans, profiles and schema library the workflows use once per worker thread, not once per run', () => {
    const used = [...graph.keys()].filter((id) => STATELESS.test(id));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((id) => !preloaded.has(id))).toEqual([]);
  });

  it('shares no module of the workflows themselves: the kernel keeps each run\'s state in its own', () => {
    expect([...graph.keys()].some((id) => id.startsWith('./workflows/kernel/patches'))).toBe(true);
    expect([...preloaded].filter((id) => id.startsWith('./workflows/'))).toEqual([]);
  });

  it('shares modules that hold no state of their own (no module-level let or var): the SDK freezes what they export', () => {
    const ours = [...preloaded].filter((id) => !id.startsWith('./node_modules/'));
    expect(ours.length).toBeGreaterThan(10);
    const stateful = ours.filter((id) => /^(export )?(let|var) /m.test(readFileSync(join(ROOT, id), 'utf8')));
    expect(stateful).toEqual([]);
  });
});
