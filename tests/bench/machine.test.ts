// The bench's reading of the machine's CPU from /proc: the whole machine's busy time, the process
// listening on a port (with what it started), and the bench's own.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { expect, it } from 'vitest';
import { busyTicks, listeningInode, machineCpu, parsePidStat } from '../../bench/machine';

it('counts the machine busy from /proc/stat without idle and iowait', () => {
  // user nice system idle iowait irq softirq steal guest guest_nice
  expect(busyTicks('cpu  29815 5 8109 100557 569 3 388 59 7 0\ncpu0 1 2 3 4 5 6 7 8 9 0\n')).toBe(29815 + 5 + 8109 + 3 + 388 + 59);
  expect(busyTicks('no cpu line\n')).toBe(0);
});

it('finds the socket listening on a port in /proc/net/tcp and tcp6, not one connected from it', () => {
  const header = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';
  const tcp = `${header}   0: 0100007F:1C41 0100007F:D431 01 00000000:00000000 00:00000000 00000000     0        0 111 1 0 20 4 30 10 -1\n`
    + '   1: 0100007F:1C41 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 222 1 0 100 0 0 10 0\n';
  const tcp6 = `${header}   0: 00000000000000000000000000000000:1538 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000   105        0 333 1 0 100 0 0 10 0\n`;
  expect(listeningInode([tcp, tcp6], 7233)).toBe('222');
  expect(listeningInode([tcp, tcp6], 5432)).toBe('333');
  expect(listeningInode([tcp, tcp6], 3000)).toBeUndefined();
});

it('reads a process\'s parent and its CPU with its waited-for children from /proc/<pid>/stat, a name with spaces and parentheses too', () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
  expect(parsePidStat('4242 (postgres: x (y)) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 1 0')).toEqual({ ppid: 17, ticks: 310 });
});

it.runIf(process.platform === 'linux')('reads the CPU of the process listening on a port (here this one) and of the machine, as it is used', async () => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as { port: number };
    const read = machineCpu({ temporal: new URL(`grpc://127.0.0.1:${port}`), postgres: new URL('postgres://127.0.0.1:1') });
    const before = read();
    // 0.3 s of this process's CPU, however long the machine takes to give it (other test files run beside this one)
    const usedSince = (from: NodeJS.CpuUsage) => Object.values(process.cpuUsage(from)).reduce((a, b) => a + b, 0);
    for (const from = process.cpuUsage(); usedSince(from) < 300_000;);
    const after = read();
    expect(after.temporal! - before.temporal!).toBeGreaterThanOrEqual(0.2);
    expect(after.bench - before.bench).toBeGreaterThanOrEqual(0.25);
    expect(after.machine! - before.machine!).toBeGreaterThanOrEqual(0.2);
    // Nothing listens on port 1: nothing to read, rather than a zero.
    expect(after.postgres).toBeUndefined();
    // Another machine's server is not looked for here.
    expect(machineCpu({ temporal: new URL(`grpc://temporal.example:${port}`), postgres: new URL('postgres://db.example') })().temporal).toBeUndefined();
  } finally {
    server.close();
  }
});
