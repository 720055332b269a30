// The bench's breakdown from two scrapes: only what happened between them, per series, with the
// quantiles estimated within buckets as PromQL's histogram_quantile does.
import { expect, it } from 'vitest';
import { breakdown, cpuPerCase, parseCounter, parseCpu, parseHistograms, serverWorkPerCase, settle } from '../../bench/breakdown';

const exposition = (counts: [number, number, number], sum: number) => `
# TYPE sistem_kerja_api_step_duration_seconds histogram
sistem_kerja_api_step_duration_seconds_bucket{le="0.01",step="plan"} ${counts[0]}
sistem_kerja_api_step_duration_seconds_bucket{le="0.1",step="plan"} ${counts[1]}
sistem_kerja_api_step_duration_seconds_bucket{le="+Inf",step="plan"} ${counts[2]}
sistem_kerja_api_step_duration_seconds_sum{step="plan"} ${sum}
sistem_kerja_api_step_duration_seconds_count{step="plan"} ${counts[2]}
temporal_request_latency_bucket{operation="X",le="50"} 3
temporal_request_latency_count{operation="X"} 3
temporal_request_latency_sum{operation="X"} 9
`;

it('counts the run alone (after less before) and estimates p50/p95 within the buckets, in milliseconds', () => {
  const before = parseHistograms(exposition([5, 5, 5], 0.02));
  // Between the scrapes: 10 observations, all between 10 and 100 ms, summing to 0.5 s.
  const after = parseHistograms(exposition([5, 15, 15], 0.52));
  expect(breakdown(before, after)).toEqual([{ source: 'api', step: 'api_step_duration_seconds step=plan', count: 10, meanMs: 50, p50Ms: 55, p95Ms: 95.5 }]);
});

it('shows a series first seen after the warm-up whole, and nothing for one that did not move', () => {
  const after = parseHistograms(exposition([0, 4, 4], 0.2));
  expect(breakdown(new Map(), after)).toEqual([expect.objectContaining({ count: 4, meanMs: 50, p50Ms: 55 })]);
  expect(breakdown(after, after)).toEqual([]);
});

it('counts the Temporal server\'s work per case from its counters, summed by operation over its other labels, without what it reads by the clock', () => {
  const server = (update: number, create: number) => `
# TYPE persistence_requests counter
persistence_requests{operation="UpdateWorkflowExecution",service_name="history",shard="1"} ${update / 2}
persistence_requests{operation="UpdateWorkflowExecution",service_name="history",shard="2"} ${update / 2}
persistence_requests{operation="CreateWorkflowExecution",service_name="history"} ${create}
persistence_requests{operation="GetNamespace",service_name="frontend"} ${update * 7}
service_requests{operation="StartWorkflowExecution",service_name="frontend"} ${create}
`;
  const work = (text: string) => ({ persistence: parseCounter(text, 'persistence_requests', 'operation'), requests: parseCounter(text, 'service_requests', 'operation') });
  expect(parseCounter(server(10, 1), 'persistence_requests', 'operation')).toEqual(new Map([['UpdateWorkflowExecution', 10], ['CreateWorkflowExecution', 1], ['GetNamespace', 70]]));
  expect(serverWorkPerCase(work(server(10, 1)), work(server(50, 5)), 4)).toEqual({
    persistence: 11, requests: 1, top: [{ op: 'UpdateWorkflowExecution', perCase: 10 }, { op: 'CreateWorkflowExecution', perCase: 1 }],
    topRequests: [{ op: 'StartWorkflowExecution', perCase: 1 }],
  });
});

it('reads a process\'s CPU seconds from its metrics (the API\'s prom-client, the worker\'s gauge) and gives milliseconds per case', () => {
  expect(parseCpu('# HELP process_cpu_user_seconds_total x\nprocess_cpu_user_seconds_total 8.9\nprocess_cpu_system_seconds_total 0.5\nprocess_cpu_seconds_total 9.4\n')).toBe(9.4);
  expect(parseCpu('sistem_kerja_worker_process_cpu_seconds{service_name="temporal-core-sdk"} 12.25\n')).toBe(12.25);
  expect(parseCpu('process_cpu_user_seconds_total 8.9\n')).toBeUndefined();
  expect(cpuPerCase({ api: 9.4, worker: 12.25 }, { api: 12.4, worker: 27.25 }, 100)).toEqual({ api: 30, worker: 150 });
  // A process that reports none stays out, rather than counting as free.
  expect(cpuPerCase({ api: 1 }, { api: 2 }, 10)).toEqual({ api: 100 });
});

it('waits for the service to go quiet: the seconds until its last busy one, and the CPU read then', async () => {
  const rule = { busyCpuSecondsPerSecond: 0.1, quietSeconds: 3, maxSeconds: 20 };
  // Cumulative CPU seconds read once a second: busy in seconds 1, 2 and 4 (the archive waking late), idle after.
  const readings = [10, 10.5, 11, 11.02, 11.5, 11.52, 11.54, 11.56, 11.58, 11.6].map((worker) => ({ api: 1, worker }));
  let waited = 0;
  const read = async () => readings[Math.min(waited, readings.length - 1)];
  expect(await settle(read, rule, async () => void waited++)).toEqual({ seconds: 4, cpu: { api: 1, worker: 11.5 } });
  // Quiet for the rule's seconds after the last busy one, and no longer.
  expect(waited).toBe(4 + 3);
  // Never quiet: it gives up at the rule's limit.
  let t = 0;
  expect((await settle(async () => ({ worker: t }), rule, async () => void (t += 1))).seconds).toBe(20);
  // Nothing reports its CPU: nothing to wait on.
  expect(await settle(async () => ({}), rule, async () => { throw new Error('waited'); })).toEqual({ cpu: {} });
});
