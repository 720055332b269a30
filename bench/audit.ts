// `npm run bench:audit`: appends to one audit chain (db/audit.ts) one at a time and eight at once, as
// the API does for every call that changes something, and prints appends per second, latency
// percentiles and this process's CPU per append. Its own database; the chain grows run after run.
//   env: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sistem_kerja_audit), BENCH_APPENDS (800)
import { performance } from 'node:perf_hooks';
import { appendAudit, type AuditEntry } from '../db/audit';
import { ensureDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sistem_kerja_audit';
const APPENDS = Number(process.env.BENCH_APPENDS ?? 800);

const entry = (i: number): AuditEntry => ({
  requestId: `bench-${i}`, client: 'bench', official: null, knownVia: null, vouchedBy: null, onBehalfOf: null,
  operation: 'POST /api/v1/cases', caseId: null, taskId: null, requestHash: null, status: 201, code: null,
});

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  const pool = createPool({ connectionString: DATABASE_URL, max: 10 }, { warn: ({ err }, m) => console.error(`[bench] ${m}: ${err.message}`) });
  await migrate(pool);
  try {
    for (const concurrency of [1, 8]) {
      const ms: number[] = [];
      let next = 0;
      const [t0, cpu0] = [performance.now(), process.cpuUsage()];
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < APPENDS) {
          const i = next++;
          const t = performance.now();
          await appendAudit(pool, 'bench', entry(i));
          ms.push(performance.now() - t);
        }
      }));
      const cpu = process.cpuUsage(cpu0);
      ms.sort((a, b) => a - b);
      const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(2);
      console.log(`concurrency ${concurrency}: ${(APPENDS / ((performance.now() - t0) / 1000)).toFixed(0)} appends/s, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, CPU ${((cpu.user + cpu.system) / 1000 / APPENDS).toFixed(2)} ms per append`);
    }
  } finally {
    await pool.end();
  }
}

main().catch((e) => {
  console.error('[bench]', e);
  process.exitCode = 1;
});
