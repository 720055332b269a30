// The delivery of one webhook subscription, durable in Temporal: rounds of the deliverWebhooks activity
// (services/webhooks.ts), each the redeliveries asked for and then the outbox after the subscription's
// cursor, in order. A receiver that does not take an event is tried again after an exponential backoff
// (5 s doubling to 1 hour), for as long as the failing period; nothing is skipped meanwhile, so nothing
// is lost. A subscription failing for the whole period is disabled, with a notice to its system.
import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { nudgeWebhookSignal, type PengirimanWebhookInput } from './shared';

const { deliverWebhooks, disableWebhook } = proxyActivities<Activities>({
  // A round waits up to IDLE_WAIT_MS for events and delivers at most a batch, each within RECEIVER_TIMEOUT_MS.
  startToCloseTimeout: '15 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const IDLE_WAIT_MS = 20_000;
const RECEIVER_TIMEOUT_MS = 10_000;
const FIRST_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 3600_000;
/** Rounds in one run before it continues as new, keeping each run's history small. */
const ROUNDS_PER_RUN = 300;

/** The wait after the n-th failure in a row. */
export const backoff = (failures: number) => Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);

export async function pengirimanWebhook(input: PengirimanWebhookInput): Promise<void> {
  const { subscriptionId, disableAfterMs } = input;
  let { failingSince, failures = 0 } = input;
  let nudged = false;
  setHandler(nudgeWebhookSignal, () => {
    nudged = true;
  });
  for (let round = 0; round < ROUNDS_PER_RUN && !workflowInfo().continueAsNewSuggested; round++) {
    nudged = false;
    const r = await deliverWebhooks({ subscriptionId, waitMs: IDLE_WAIT_MS, timeoutMs: RECEIVER_TIMEOUT_MS });
    if (r.outcome === 'gone') return;
    if (r.outcome !== 'failed') {
      failingSince = undefined;
      failures = 0;
      continue;
    }
    failingSince ??= Date.now();
    if (Date.now() - failingSince >= disableAfterMs) {
      await disableWebhook({ subscriptionId, reason: r.error, failingSince: new Date(failingSince).toISOString(), at: new Date().toISOString() });
      return;
    }
    await condition(() => nudged, backoff(++failures));
  }
  await continueAsNew<typeof pengirimanWebhook>({ subscriptionId, disableAfterMs, failingSince, failures });
}
