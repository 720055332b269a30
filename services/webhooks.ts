// One round of a subscription's deliveries (the activity of workflows/pengirimanWebhook.ts): the
// redeliveries asked for, then the events after its cursor in order, each POSTed and signed per the
// Standard Webhooks specification with the `standardwebhooks` library. The first failure ends the
// round: later events of its cases must not overtake it, so the workflow retries it after a backoff.
import { Webhook } from 'standardwebhooks';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { eventInScope, eventsAfter, waitFor, type StoredEvent } from '../db/events';
import { deliveryTarget, pendingRedeliveries, recordAttempt, type DeliveryTarget } from '../db/webhooks';

export type DeliveryRound =
  | { outcome: 'gone' } // deleted or disabled: the workflow ends
  | { outcome: 'idle' }
  | { outcome: 'delivered'; count: number }
  | { outcome: 'failed'; error: string };

export interface RoundOptions {
  /** How long to wait for an event when there is none (ms). */
  waitMs: number;
  /** How long a receiver has to answer (ms). */
  timeoutMs: number;
  /** Called while waiting and between deliveries; true: stop (the activity was cancelled). */
  stopped: () => boolean;
}

const BATCH = 50;

/** The webhook-id of an event: the same on every attempt and redelivery, so a receiver drops what it already has. */
export const webhookId = (e: Pick<StoredEvent, 'seq'>) => `evt_${e.seq}`;

/** POSTs one event, signed; the answer as the log keeps it. */
async function post(target: DeliveryTarget, e: StoredEvent, timeoutMs: number) {
  const id = webhookId(e);
  const body = JSON.stringify({ id, type: e.type, timestamp: e.timestamp, data: e.data });
  const now = new Date();
  const started = performance.now();
  try {
    const res = await fetch(target.url, {
      method: 'POST', body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json', 'user-agent': 'sistem-kerja-webhooks/1',
        'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': new Webhook(target.secret).sign(id, now, body),
      },
    });
    await res.body?.cancel();
    const succeeded = res.status >= 200 && res.status < 300;
    return { responseStatus: res.status, error: succeeded ? null : `the receiver answered ${res.status}`, succeeded, durationMs: Math.round(performance.now() - started) };
  } catch (err) {
    const cause = (err as Error & { cause?: Error }).cause;
    return { responseStatus: null, error: `${(err as Error).message}${cause ? `: ${cause.message}` : ''}`, succeeded: false, durationMs: Math.round(performance.now() - started) };
  }
}

/** The redeliveries asked for (each in the subscription's regions, whatever types it takes now), then the events after its cursor. */
async function pendingWork(pool: Pool, target: DeliveryTarget): Promise<{ event: StoredEvent; redeliveryId?: number }[]> {
  const redeliveries = await pendingRedeliveries(pool, target.id);
  const again = await Promise.all(redeliveries.map(async (r) => ({ event: await eventInScope(pool, { ...target.scope, types: undefined }, r.eventId), redeliveryId: r.id })));
  const events = await eventsAfter(pool, target.scope, target.cursor, BATCH);
  return [...again.filter((w): w is { event: StoredEvent; redeliveryId: number } => !!w.event), ...events.map((event) => ({ event }))];
}

export async function deliverRound(pool: Pool, log: Logger, subscriptionId: string, o: RoundOptions): Promise<DeliveryRound> {
  const target = await deliveryTarget(pool, subscriptionId);
  if (!target) return { outcome: 'gone' };
  const work = await waitFor(() => pendingWork(pool, target), o.waitMs, o.stopped);
  let count = 0;
  for (const { event, redeliveryId } of work) {
    if (o.stopped()) break;
    const answer = await post(target, event, o.timeoutMs);
    await recordAttempt(pool, { subscriptionId, event: event.position, redeliveryId, ...answer });
    log.info({ subscriptionId, webhookId: webhookId(event), type: event.type, caseId: event.caseId, ...answer }, answer.succeeded ? 'webhook delivered' : 'webhook not delivered');
    if (!answer.succeeded) return { outcome: 'failed', error: answer.error! };
    count++;
  }
  return count ? { outcome: 'delivered', count } : { outcome: 'idle' };
}
