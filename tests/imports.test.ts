// No import circle among the source files (type-only imports count too): a circle is how the start of a
// case once reached from the activities through planning and the registry into workflow code and back.
import madge from 'madge';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

it('the source files import one another without a circle', async () => {
  const graph = await madge(ROOT, {
    fileExtensions: ['ts'],
    tsConfig: join(ROOT, 'tsconfig.json'),
    excludeRegExp: [/node_modules/, /^tests\//, /^\.tools\//, /^dist\//, /\.d\.ts$/],
  });
  expect(Object.keys(graph.obj())).toContain('workflows/kernel/index.ts'); // it read the tree
  expect(graph.circular()).toEqual([]);
});
