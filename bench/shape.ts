// `npm run bench -- --shape`: beside the bare workflow, the engine's cost for the shape of the service's
// case (bench/shape-workflow.ts): the same commands in the same workflow tasks, each doing nothing.
// Measured only once its history has been checked against the service's own case, event by event.
import { Client, WithStartWorkflowOperation, type WorkflowHandle } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { join } from 'node:path';
import { acknowledge, decide, opened, p2Shape, type ShapeActivities } from './shape-workflow';

/** The procedure whose shape bench/shape-workflow.ts writes. */
export const SHAPED_PROCEDURE = 'penunjukan-lintas-unit';

/** A history as its events' kinds: the event type, with a marker's name and an accepted Update's. */
export function eventKinds(history: temporal.api.history.v1.IHistory): string[] {
  return (history.events ?? []).map((e) => {
    const type = temporal.api.enums.v1.EventType[e.eventType ?? 0].replace(/^EVENT_TYPE_/, '');
    const detail = e.markerRecordedEventAttributes?.markerName ?? e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name;
    return detail ? `${type} ${detail}` : type;
  });
}

/** Where two histories' kinds first part (numbered as event ids), or undefined where they are the same. */
export function firstDifference(service: string[], shape: string[]): string | undefined {
  for (let i = 0; i < Math.max(service.length, shape.length); i++)
    if (service[i] !== shape[i]) return `event ${i + 1}: the service's ${service[i] ?? '(none: it had ended)'}, the shape's ${shape[i] ?? '(none: it had ended)'}`;
  return undefined;
}

/** The planned cycle, as large as the service's (about 8 kB). */
const PLANNED_CYCLE = 'c'.repeat(8000);
/** The planned case, as large as the service's (about 4.5 kB). */
const PLANNED_CASE = 'p'.repeat(4500);

export interface ShapeRun {
  /** One case of the shape: its decision timed into `decisionMs`; the archive's read of the closed history included. */
  runCase: (key: string, decisionMs: number[]) => Promise<void>;
  /** Throws where the shape's case `key` (run already) and its cycle differ from the service's case and cycle. */
  check: (key: string, service: { caseId: string; cycleId: string }) => Promise<void>;
}

/**
 * Runs `body` with a worker for the shape on a task queue of its own; the cycles the cases started
 * (which wait on their deadline as the service's do) are terminated after it, so none is left waiting for a worker that is gone.
 */
export async function withShape<T>(address: string, taskQueue: string, body: (run: ShapeRun) => Promise<T>): Promise<T> {
  const connection = await NativeConnection.connect({ address });
  // The cycle starts on the worker's own connection, eagerly, as the service's does.
  const client = new Client({ connection });
  const cycles: string[] = [];
  const activities: ShapeActivities = {
    noop: async (size) => 'r'.repeat(size),
    startCycle: async (cycleId) => {
      cycles.push(cycleId);
      await client.workflow.start('p2ShapeCycle', { workflowId: cycleId, taskQueue, args: [{ planned: PLANNED_CYCLE }], workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING, requestEagerStart: true });
      return cycleId;
    },
  };
  const history = async (h: WorkflowHandle) => eventKinds(await h.fetchHistory());
  const run: ShapeRun = {
    runCase: async (key, decisionMs) => {
      const workflowId = `shape-${key}`;
      const startWorkflowOperation = new WithStartWorkflowOperation(p2Shape, {
        workflowId, taskQueue, args: [{ cycleId: `${workflowId}-cycle`, planned: PLANNED_CASE }], workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      });
      await client.workflow.executeUpdateWithStart(opened, { startWorkflowOperation });
      const handle = client.workflow.getHandle(workflowId);
      const t0 = performance.now();
      await handle.executeUpdate(decide);
      decisionMs.push(performance.now() - t0);
      await handle.executeUpdate(acknowledge);
      await handle.result();
      await handle.fetchHistory();
    },
    check: async (key, service) => {
      const pairs: [string, string, string][] = [['case', service.caseId, `shape-${key}`], ['work cycle', service.cycleId, `shape-${key}-cycle`]];
      for (const [what, serviceId, shapeId] of pairs) {
        const difference = firstDifference(await history(client.workflow.getHandle(serviceId)), await history(client.workflow.getHandle(shapeId)));
        if (difference) throw new Error(`the shape's ${what} (${shapeId}) is not the service's (${serviceId}) at ${difference}: bench/shape-workflow.ts no longer has its shape`);
      }
    },
  };
  try {
    const worker = await Worker.create({ connection, taskQueue, workflowsPath: join(__dirname, 'shape-workflow.ts'), activities });
    return await worker.runUntil(body(run));
  } finally {
    await Promise.all(cycles.map((id) => client.workflow.getHandle(id).terminate('the bench is over').catch(() => undefined)));
    await connection.close();
  }
}
