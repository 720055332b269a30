// The workflow suites' harness: the time-skipping test server, a fresh database with the demo data,
// the workflow bundle, and a worker per scenario with real activities. With RECORD_HISTORIES set to a
// folder, each scenario's history is written there as <workflowType>-<name>.json (npm run record-histories).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createActivities } from '../../activities';
import { loadConfig } from '../../config';
import type { PlannedCase } from '../../domain/kasus';
import { temporalTestServer, WORKFLOWS_PATH } from '../../scripts/temporal-binaries';
import type * as workflows from '../../workflows';
import { caseQuery, TASK_QUEUE } from '../../workflows/shared';
import { loadDemoData } from './cases';
import { createTestDatabase, type TestDatabase } from './database';
import { testLogger } from './logger';

export interface WorkflowSuite {
  env: TestWorkflowEnvironment;
  db: TestDatabase;
  /**
   * Runs a worker while `body` runs against a newly started case; the work cycle (P7) an issued
   * assignment starts is ended after it.
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
  const suite = {
    scenario: async <T>(workflowType: keyof typeof workflows, name: string, input: PlannedCase, body: (h: WorkflowHandle) => Promise<T>) => {
      const worker = await Worker.create({
        connection: suite.env.nativeConnection,
        taskQueue: TASK_QUEUE,
        workflowBundle: bundle,
        ...(process.env.REPLAY_EVERY_TASK ? { maxCachedWorkflows: 0 } : {}),
        activities: createActivities({ pool: suite.db.pool, log: testLogger(), config: CYCLE_CONFIG }),
      });
      return worker.runUntil(async () => {
        const handle = await suite.env.client.workflow.start(workflowType, { workflowId: input.caseId, taskQueue: TASK_QUEUE, args: [input] });
        const out = await body(handle);
        // The work cycle an issued assignment started runs on for its whole period (reminders, a plan
        // asked for again): ended here, so that it does not fill the skipped time of the scenarios after
        // this one. Not earlier: a child ended while its parent completes stalls the test server's clock.
        const { siklusKinerja, siklusKinerjaPegawai = [] } = await handle.query(caseQuery);
        for (const id of [...(siklusKinerja ? [siklusKinerja] : []), ...siklusKinerjaPegawai.map((c) => c.caseId)])
          await suite.env.client.workflow.getHandle(id).terminate('end of the test scenario').catch(() => undefined);
        if (process.env.RECORD_HISTORIES) {
          const history = await handle.fetchHistory();
          // The JSON form the Temporal CLI and UI export.
          writeFileSync(join(process.env.RECORD_HISTORIES, `${workflowType}-${name}.json`), historyToJSON(history));
        }
        return out;
      });
    },
  } as WorkflowSuite;
  beforeAll(async () => {
    [suite.env, suite.db, bundle] = await Promise.all([
      TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: temporalTestServer() } } }),
      createTestDatabase(),
      bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: new DefaultLogger('WARN') }),
    ]);
    await loadDemoData(suite.db.pool);
  });
  afterAll(async () => {
    await suite.env?.teardown();
    await suite.db?.drop();
  });
  return suite;
}

/** Outcomes delivered through the notification outbox (reminders excluded). */
export const delivered = async (db: TestDatabase, caseId: string) =>
  (await db.pool.query("SELECT kind, recipient_nip, message FROM notifications WHERE case_id = $1 AND kind IN ('ditolak', 'kedaluwarsa', 'diterbitkan') ORDER BY recipient_nip", [caseId])).rows;
