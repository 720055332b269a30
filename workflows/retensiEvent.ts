// The event outbox's retention, durable in Temporal: every `everyMs` an activity deletes the events
// older than EVENT_RETENTION_DAYS that every webhook subscription has delivered (db/events.ts
// pruneEvents), moving the horizon a feed cursor is checked against (410 CURSOR_EXPIRED before it).
// A worker or Temporal restart resumes at the timer where history stands.
import { continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { RetensiEventInput } from './shared';

const { pruneEvents } = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Prunings in one run before it continues as new, keeping each run's history small. */
const PRUNINGS_PER_RUN = 500;

export async function retensiEvent(input: RetensiEventInput): Promise<void> {
  for (let prunings = 0; prunings < PRUNINGS_PER_RUN && !workflowInfo().continueAsNewSuggested; prunings++) {
    await pruneEvents();
    await sleep(input.everyMs);
  }
  await continueAsNew<typeof retensiEvent>(input);
}
