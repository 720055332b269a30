// The supervisor of `npm start`: a child that dies is restarted after a growing delay; one that keeps
// dying stops everything with one message.
import { describe, expect, it } from 'vitest';
import { createSupervisor, restartDelay, RESTART_POLICY } from '../scripts/supervisor';

describe('restartDelay', () => {
  const now = 10 * 60_000;
  it('doubles the wait with each recent restart, up to the ceiling', () => {
    expect(restartDelay([], now)).toBe(1000);
    expect(restartDelay([now - 5000], now)).toBe(2000);
    expect(restartDelay([now - 9000, now - 5000, now - 1000], now)).toBe(8000);
    expect(restartDelay([1, 2, 3, 4].map((i) => now - i * 1000), now, { ...RESTART_POLICY, maxDelayMs: 10_000 })).toBe(10_000);
  });
  it('forgets restarts older than the window', () => {
    expect(restartDelay([0, 1, 2, 3, 4], now)).toBe(1000);
  });
  it('gives up after maxRestarts within the window', () => {
    expect(restartDelay([1, 2, 3, 4, 5].map((i) => now - i * 1000), now)).toBeUndefined();
  });
});

describe('createSupervisor', () => {
  it('restarts a child that exits, and gives up with one message once it keeps exiting', async () => {
    const said: string[] = [];
    const gaveUp = new Promise<string>((giveUp) => {
      const supervisor = createSupervisor({ say: (m) => said.push(m), giveUp, policy: { maxRestarts: 2, windowMs: 60_000, initialDelayMs: 50, maxDelayMs: 1000 } });
      supervisor.start({ name: 'flaky', command: process.execPath, args: ['-e', 'process.exit(3)'] });
    });
    expect(await gaveUp).toBe('flaky exited (3) after 2 restarts within 1 min; stopping everything (its log is above)');
    expect(said.map((m) => m.replace(/pid \d+/, 'pid N'))).toEqual([
      'flaky running (pid N)', 'flaky exited (3); restarting it in 0.05 s',
      'flaky running (pid N)', 'flaky exited (3); restarting it in 0.1 s',
      'flaky running (pid N)',
    ]);
  });

  it('gives up at once on a command that cannot run', async () => {
    const message = await new Promise<string>((giveUp) =>
      createSupervisor({ say: () => undefined, giveUp }).start({ name: 'missing', command: '/nonexistent/binary', args: [] }));
    expect(message).toBe('missing could not start (spawn /nonexistent/binary ENOENT); stopping everything');
  });

  it('stops its children in reverse order and does not restart them', async () => {
    const said: string[] = [];
    const supervisor = createSupervisor({ say: (m) => said.push(m), giveUp: (m) => said.push(`gave up: ${m}`) });
    const sleeper = { command: process.execPath, args: ['-e', 'setTimeout(() => {}, 60_000)'] };
    const first = supervisor.start({ name: 'first', ...sleeper });
    const second = supervisor.start({ name: 'second', ...sleeper });
    const order: string[] = [];
    first.once('exit', () => order.push('first'));
    second.once('exit', () => order.push('second'));
    await supervisor.stop();
    expect(order).toEqual(['second', 'first']);
    await new Promise((r) => setTimeout(r, 1200));
    expect(said.filter((m) => !m.includes('running'))).toEqual([]);
  });
});
