// Ports npm start gives its processes (scripts/ports.ts): the one asked for where it is free, else another free one.
import { createServer, type Server } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { freePort } from '../scripts/ports';

let held: Server | undefined;
afterEach(() => new Promise<void>((r) => (held ? held.close(() => r()) : r())));
const hold = (port: number) => new Promise<Server>((r) => { const s = createServer().listen(port, '127.0.0.1', () => r(s)); });

it('gives the port asked for where it is free', async () => {
  const port = await freePort();
  expect(await freePort(port)).toBe(port);
});

it('gives another free port where the one asked for is taken, and that one can be listened on', async () => {
  const port = await freePort();
  held = await hold(port);
  const other = await freePort(port);
  expect(other).not.toBe(port);
  expect(other).toBeGreaterThan(0);
  const s = await hold(other);
  await new Promise((r) => s.close(r));
});
