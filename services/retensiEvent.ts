// The event outbox's retention (workflows/retensiEvent.ts): started once per task queue by the worker,
// found running at every later start.
import type { Client } from '@temporalio/client';
import { retensiEventId, type RetensiEventInput } from '../workflows/shared';

/** How often old events are pruned: a day's events at most wait an hour past their retention. */
export const PRUNE_EVERY_MS = 3600_000;

export async function startRetensiEvent(temporal: Client, taskQueue: string, everyMs = PRUNE_EVERY_MS): Promise<void> {
  await temporal.workflow.start('retensiEvent', {
    workflowId: retensiEventId(taskQueue), taskQueue, args: [{ everyMs } satisfies RetensiEventInput], workflowIdConflictPolicy: 'USE_EXISTING',
  });
}
