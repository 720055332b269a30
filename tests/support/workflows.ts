// The workflow suites' harness: per file, a fresh database with the demo data and the workflow bundle;
// per scenario, its own time-skipping test server and a worker with real activities. With RECORD_HISTORIES
// set to a folder, each scenario's history is written there as <workflowType>-<name>.json (npm run record-histories).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { Client, type WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createActivities } from '../../activities';
import { registerSearchAttributes } from '../../services/searchAttributes';
import { loadConfig } from '../../config';
import type { PlannedCase } from '../../domain/kasus';
import { temporalTestServer } from '../../scripts/temporal-binaries';
import { bundleOptions } from '../../services/workflowCode';
import type * as workflows from '../../workflows';
import { caseQuery, openedUpdate, pengarsipanId, TASK_QUEUE } from '../../workflows/shared';
import { loadDemoData } from './cases';
import { createTestDatabase, type TestDatabase } from './database';
import { testLogger } from './logger';

export interface WorkflowSuite {
  /** The running scenario's own test server (there is none between scenarios). */
  readonly env: TestWorkflowEnvironment;
  readonly db: TestDatabase;
  /**
   * Starts a test server and a worker, runs `body` against a newly started case, and tears both down.
   * A server of its own, because the test server can stop its clock for good: while a body awaits a
   * case's result it skips time freely, so once the case closes it may skip on to a timer of a child the
   * case abandoned (a work cycle, a linked case); a child that then closes after its parent never gives
   * back the time lock it took to notify that parent (TestWorkflowMutableStateImpl, "notify parent").
   * On one shared server, that stopped every scenario after it.
   */
  scenario<T>(workflowType: keyof typeof workflows, name: string, input: PlannedCase, body: (h: WorkflowHandle) => Promise<T>): Promise<T>;
}

/**
 * A work cycle an issued assignment starts in a scenario waits quietly for its plan: its deadlines are a
 * year, so the months a team case skips to its period's end are not filled with its reminders and
 * re-opened plans (the cycle's own suites plan their cases with their own deadlines).
 */
const CYCLE_CONFIG = { ...loadConfig({}), deadlines: { remindEveryMs: 360 * 86400e3, expireAfterMs: 366 * 86400e3, acknowledgeWithinMs: 366 * 86400e3 } };

/** Call at the top of a workflow test file: sets up and tears down around its tests. */
export function workflowSuite(): WorkflowSuite {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  let bundle: WorkflowBundleWithSourceMap;
  let db: TestDatabase;
  let running: TestWorkflowEnvironment | undefined;
  const scenario = async <T>(workflowType: keyof typeof workflows, name: string, input: PlannedCase, body: (h: WorkflowHandle) => Promise<T>) => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: temporalTestServer() } } });
    running = env;
    // The kernel upserts the cases' search attributes, which the test server checks are registered (it starts with none).
    await registerSearchAttributes(env.connection, env.namespace ?? 'default');
    try {
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue: TASK_QUEUE,
        workflowBundle: bundle,
        ...(process.env.REPLAY_EVERY_TASK ? { maxCachedWorkflows: 0 } : {}),
        // The activities' own client (a work cycle's start, the archive): the test environment's would let the clock skip while an activity waits on a case.
        activities: createActivities({ pool: db.pool, log: testLogger(), config: CYCLE_CONFIG, temporal: new Client({ connection: env.connection, namespace: env.namespace }), arsip: { retentionYears: 10 } }),
      });
      return await worker.runUntil(async () => {
        const handle = await env.client.workflow.start(workflowType, { workflowId: input.caseId, taskQueue: TASK_QUEUE, args: [input] });
        // As POST /cases starts a case: answered once it waits on its first task(s) (the API sends it with the start).
        await handle.executeUpdate(openedUpdate);
        const out = await withinDeadline(body(handle), handle);
        if (process.env.RECORD_HISTORIES) {
          const history = await handle.fetchHistory();
          // The JSON form the Temporal CLI and UI export.
          writeFileSync(join(process.env.RECORD_HISTORIES, `${workflowType}-${name}.json`), historyToJSON(history));
        }
        return out;
      });
    } finally {
      running = undefined;
      await env.teardown();
    }
  };
  const suite: WorkflowSuite = {
    get env() {
      if (!running) throw new Error('suite.env is the running scenario\'s test server: use it inside a scenario');
      return running;
    },
    get db() {
      return db;
    },
    scenario,
  };
  beforeAll(async () => {
    [db, bundle] = await Promise.all([createTestDatabase(), bundleWorkflowCode({ ...bundleOptions, logger: new DefaultLogger('WARN') })]);
    await loadDemoData(db.pool);
  });
  afterAll(async () => {
    await db?.drop();
  });
  return suite;
}

/**
 * Runs the archive's queue as the worker does (the pengarsipan workflow) until `done` holds, and answers its
 * history. Start it once the case has closed: the test server would skip its rests while a case waits out its deadlines.
 */
export async function drainArchive(env: TestWorkflowEnvironment, done: () => Promise<boolean>) {
  const arsip = await env.client.workflow.start('pengarsipan', { workflowId: pengarsipanId(TASK_QUEUE), taskQueue: TASK_QUEUE, args: [{ everyMs: 500, batch: 20 }] });
  for (const end = Date.now() + 30_000; Date.now() < end && !(await done()); await new Promise((r) => setTimeout(r, 200)));
  const history = await arsip.fetchHistory();
  await arsip.terminate('the test has what it waited for');
  return history;
}

/** Under vitest's test timeout: a case that stops moving fails with what it waits on, and its worker and server are still ended. */
const SCENARIO_DEADLINE_MS = 50_000;

async function withinDeadline<T>(body: Promise<T>, handle: WorkflowHandle): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(async () => {
      const view = await handle.query(caseQuery).catch((e: Error) => ({ status: `(no answer: ${e.message})`, tasks: [] }));
      const open = view.tasks.filter((t) => t.status === 'open').map((t) => t.id);
      reject(new Error(`the scenario did not finish within ${SCENARIO_DEADLINE_MS / 1000} s; case ${handle.workflowId} is ${view.status}, open tasks: ${open.join(', ') || 'none'}`));
    }, SCENARIO_DEADLINE_MS);
  });
  try {
    return await Promise.race([body, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Outcomes delivered through the notification outbox (reminders excluded). */
export const delivered = async (db: TestDatabase, caseId: string) =>
  (await db.pool.query("SELECT kind, recipient_nip, message FROM notifications WHERE case_id = $1 AND kind IN ('ditolak', 'kedaluwarsa', 'diterbitkan') ORDER BY recipient_nip", [caseId])).rows;
