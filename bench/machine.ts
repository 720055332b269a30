// The CPU the rest of the machine spends on a benchmarked case, read from Linux's /proc: the Temporal
// server's and PostgreSQL's (the processes listening on their ports, with every process they started),
// this bench's own (its HTTP client; the baseline's worker), and the whole machine's. Where the
// service's processes report their CPU on /metrics, these do not; and on a saturated machine the whole
// machine's CPU per case is what throughput is divided by. Elsewhere than Linux, nothing is read.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** Busy CPU time of the whole machine (every CPU), in ticks, from /proc/stat's `cpu` line: idle and iowait left out. */
export function busyTicks(procStat: string): number {
  const fields = /^cpu\s+(.*)$/m.exec(procStat)?.[1].trim().split(/\s+/).map(Number) ?? [];
  // user nice system idle iowait irq softirq steal (guest time is counted in user already)
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return [user, nice, system, irq, softirq, steal].reduce((a, b) => a + (b || 0), 0);
}

/** The inode of the socket listening on `port`, from the text of /proc/net/tcp and /proc/net/tcp6. */
export function listeningInode(tables: string[], port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const line of tables.flatMap((t) => t.split('\n').slice(1))) {
    const f = line.trim().split(/\s+/);
    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode; st 0A is LISTEN
    if (f.length > 9 && f[1].endsWith(`:${hexPort}`) && f[3] === '0A') return f[9];
  }
  return undefined;
}

/** From /proc/<pid>/stat: its parent, and the CPU it and the children it has waited for used, in ticks. */
export function parsePidStat(stat: string): { ppid: number; ticks: number } {
  // The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // state ppid … utime(14) stime(15) cutime(16) cstime(17), numbered from the pid as field 1
  return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) };
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone meanwhile, or not Linux
  }
};

const pids = () => {
  try {
    return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
};

/** The process holding the socket that listens on `port` on this machine. */
function listeningPid(port: number): number | undefined {
  const inode = listeningInode(['/proc/net/tcp', '/proc/net/tcp6'].map((p) => read(p) ?? ''), port);
  if (!inode) return undefined;
  const socket = `socket:[${inode}]`;
  return pids().find((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => readlinkSync(`/proc/${pid}/fd/${fd}`) === socket);
    } catch {
      return false;
    }
  });
}

/** Seconds of CPU the process and every process under it used (those that ended are in their parents' waited-for time). */
function treeSeconds(root: number, stats: Map<number, { ppid: number; ticks: number }>): number {
  const under = new Set([root]);
  // /proc lists parents before their children, except where a pid was reused: look again until none is added.
  let size = 0;
  while (size !== under.size) {
    size = under.size;
    for (const [pid, s] of stats) if (under.has(s.ppid)) under.add(pid);
  }
  return [...under].reduce((ticks, pid) => ticks + (stats.get(pid)?.ticks ?? 0), 0) / TICKS_PER_SECOND;
}

/** CPU seconds used so far, by what it was used for (undefined: not found on this machine). */
export interface MachineCpu { temporal?: number; postgres?: number; bench: number; machine?: number }

const LOOPBACK = /^(127\.|localhost$|\[?::1\]?$)/;

/**
 * A reader of the machine's CPU, the Temporal server and PostgreSQL found once by the ports they
 * listen on, where their host is this machine.
 */
export function machineCpu(servers: { temporal: URL; postgres: URL }): () => MachineCpu {
  const local = (u: URL, port: number) => (LOOPBACK.test(u.hostname) ? listeningPid(Number(u.port) || port) : undefined);
  const roots = { temporal: local(servers.temporal, 7233), postgres: local(servers.postgres, 5432) };
  return () => {
    const stats = new Map(pids().flatMap((pid) => {
      const s = read(`/proc/${pid}/stat`);
      return s ? [[pid, parsePidStat(s)] as const] : [];
    }));
    const procStat = read('/proc/stat');
    const { user, system } = process.cpuUsage();
    return {
      ...(roots.temporal && stats.has(roots.temporal) ? { temporal: treeSeconds(roots.temporal, stats) } : {}),
      ...(roots.postgres && stats.has(roots.postgres) ? { postgres: treeSeconds(roots.postgres, stats) } : {}),
      bench: (user + system) / 1e6,
      ...(procStat ? { machine: busyTicks(procStat) / TICKS_PER_SECOND } : {}),
    };
  };
}
