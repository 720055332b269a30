// An e-office system's webhook subscriptions (Standard Webhooks), managed with its own key: each has a
// delivery workflow in Temporal (workflows/pengirimanWebhook.ts) that pushes the events the system may
// see, in order, retried with backoff while the receiver is down, and disabled after 5 days of failures.
// Every change takes an Idempotency-Key (api/idempotency.ts): the same request again answers the first outcome.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { createSubscription, deleteSubscription, deliveries, getSubscription, listSubscriptions, requestRedelivery, updateSubscription } from '../../db/webhooks';
import { EVENT_TYPES, NOTICE_TYPES } from '../../domain/events';
import { nudgeWebhookSignal, pengirimanWebhookId, type PengirimanWebhookInput } from '../../workflows/shared';
import { authorize, viewerOf } from '../authorize';
import { ApiError } from '../errors';
import { keyedNameOf } from '../idempotency';
import { errors, IsoDateTime, ok, Region } from '../schemas/common';

/** A subscription whose deliveries fail this long without a success is disabled (README "Webhooks"). */
export const DISABLE_AFTER_MS = 5 * 86400_000;

const EventTypes = Type.Array(Type.Union([...EVENT_TYPES, ...NOTICE_TYPES].map((t) => Type.Literal(t))), { minItems: 1, maxItems: EVENT_TYPES.length + NOTICE_TYPES.length, uniqueItems: true, description: 'the event types it receives; default: all' });
const Regions = Type.Array(Region, { minItems: 1, maxItems: 50, uniqueItems: true, description: 'the regions whose cases\' events it receives; default: every region of the key' });
const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000, description: 'where the events are POSTed (https in production)' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const Webhook = Type.Object({
  id: Type.String(),
  url: Type.String(),
  eventTypes: Type.Array(Type.String()),
  regions: Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'null: every region (a key for every region)' }),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')], { description: 'disabled: its deliveries failed for 5 days; PATCH status active to resume' }),
  failingSince: Nullable(Type.String({ format: 'date-time', description: 'since when its deliveries fail without a success in between' })),
  disabledAt: Nullable(Type.String({ format: 'date-time' })),
  disabledReason: Nullable(Type.String({ description: 'the last failure before it was disabled' })),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
const Created = Type.Object({ ...Webhook.properties, secret: Type.String({ description: 'whsec_…: verify the signatures with it (Standard Webhooks); shown only here' }) });
const WebhookParams = Type.Object({ webhookId: Type.String({ pattern: '^wh_[0-9a-f]{32}$', maxLength: 35 }) });

const Delivery = Type.Object({
  id: Type.Integer({ description: 'the delivery, for redelivery' }),
  eventId: Type.String({ description: 'the webhook-id it was sent with' }),
  type: Type.String(),
  attemptedAt: IsoDateTime,
  responseStatus: Type.Union([Type.Integer(), Type.Null()], { description: 'null: no answer (refused, timed out)' }),
  error: Nullable(Type.String()),
  durationMs: Type.Integer(),
  succeeded: Type.Boolean(),
  redelivery: Type.Boolean(),
});

const KeyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'The same request again: the first outcome (status and body, the secret included), done once; the key on another request: 422 IDEMPOTENCY_KEY_REUSED' })),
});

const notFound = (id: string) => new ApiError(404, { code: 'WEBHOOK_NOT_FOUND', message: `no webhook subscription ${id} of this e-office system` });
const PAGE = 100;

export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { pool, temporal, config } = app.deps;
  /** The caller's own subscription, after the policy (a key naming no official). */
  const own = async (req: FastifyRequest, id: string) => {
    await authorize(app, req, { op: 'webhooks.manage' });
    const sub = await getSubscription(pool, req.client, id);
    if (!sub) throw notFound(id);
    return sub;
  };
  /** Starts the subscription's delivery workflow (again, once it ended: disabled, then turned back on). */
  const startDelivery = (id: string) => temporal.workflow.start('pengirimanWebhook', {
    workflowId: pengirimanWebhookId(id), taskQueue: config.TASK_QUEUE, args: [{ subscriptionId: id, disableAfterMs: DISABLE_AFTER_MS } satisfies PengirimanWebhookInput],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  /** Deliver now: what changed is picked up by the next round anyway, so a Temporal that does not answer only delays it. */
  const nudge = (req: FastifyRequest, id: string) => temporal.workflow.getHandle(pengirimanWebhookId(id)).signal(nudgeWebhookSignal)
    .catch((err) => req.log.warn({ err, subscriptionId: id }, 'webhook delivery not nudged; it goes on at its next round'));

  app.post('/webhooks', {
    config: { idempotent: true },
    schema: {
      operationId: 'createWebhook', tags: ['webhooks'],
      summary: 'Subscribe the calling e-office system to events, pushed to its URL',
      description: 'The answer carries the secret (whsec_…) the system verifies signatures with; it is shown only here (and to the same request again under its Idempotency-Key). Events from now on are delivered, in order per case.',
      headers: KeyHeaders,
      body: Type.Object({ url: Url, eventTypes: Type.Optional(EventTypes), regions: Type.Optional(Regions) }, { additionalProperties: false }),
      response: { 201: ok('The subscription, with its secret', Created), ...errors('createWebhook') },
    },
  }, async (req, reply) => {
    const { url, eventTypes = [...EVENT_TYPES, ...NOTICE_TYPES], regions } = req.body;
    await authorize(app, req, { op: 'webhooks.manage', regions });
    const keyed = keyedNameOf(req);
    const sub = await createSubscription(pool, { system: req.client, url, eventTypes, regions: regions ?? (await viewerOf(app, req)).regions ?? null }, keyed && `wh_${keyed}`);
    try {
      await startDelivery(sub.id);
    } catch (e) {
      await deleteSubscription(pool, req.client, sub.id);
      throw e;
    }
    return reply.code(201).header('location', `/api/v1/webhooks/${sub.id}`).send(sub);
  });

  app.get('/webhooks', {
    schema: {
      operationId: 'listWebhooks', tags: ['webhooks'], summary: 'The calling system\'s webhook subscriptions',
      response: { 200: ok('Its subscriptions, oldest first', Type.Object({ webhooks: Type.Array(Webhook) })), ...errors('listWebhooks') },
    },
  }, async (req) => {
    await authorize(app, req, { op: 'webhooks.manage' });
    return { webhooks: await listSubscriptions(pool, req.client) };
  });

  app.get('/webhooks/:webhookId', {
    schema: {
      operationId: 'getWebhook', tags: ['webhooks'], summary: 'One webhook subscription: its status, and since when it fails', params: WebhookParams,
      response: { 200: ok('The subscription', Webhook), ...errors('getWebhook') },
    },
  }, async (req) => own(req, req.params.webhookId));

  app.patch('/webhooks/:webhookId', {
    config: { idempotent: true },
    schema: {
      operationId: 'updateWebhook', tags: ['webhooks'],
      summary: 'Change a subscription\'s URL, event types or regions, or turn a disabled one back on',
      description: '`status: active` resumes a disabled subscription from the first event it did not deliver.',
      params: WebhookParams,
      headers: KeyHeaders,
      body: Type.Object({ url: Type.Optional(Url), eventTypes: Type.Optional(EventTypes), regions: Type.Optional(Regions), status: Type.Optional(Type.Literal('active')) }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: ok('The subscription as it is now', Webhook), ...errors('updateWebhook') },
    },
  }, async (req) => {
    const { webhookId } = req.params;
    await own(req, webhookId);
    await authorize(app, req, { op: 'webhooks.manage', regions: req.body.regions });
    const sub = await updateSubscription(pool, req.client, webhookId, req.body);
    if (!sub) throw notFound(webhookId); // deleted meanwhile
    if (req.body.status) await startDelivery(webhookId);
    await nudge(req, webhookId);
    return sub;
  });

  app.delete('/webhooks/:webhookId', {
    config: { idempotent: true },
    schema: {
      operationId: 'deleteWebhook', tags: ['webhooks'], summary: 'Unsubscribe: nothing more is delivered, and its delivery log goes with it', params: WebhookParams, headers: KeyHeaders,
      description: 'With an Idempotency-Key, the same request again answers 204 as the first did (without one: 404 once it is gone).',
      response: { 204: { description: 'Deleted', content: { 'application/json': { schema: Type.Null() } } }, ...errors('deleteWebhook') },
    },
  }, async (req, reply) => {
    const { webhookId } = req.params;
    await authorize(app, req, { op: 'webhooks.manage' });
    if (!(await deleteSubscription(pool, req.client, webhookId))) throw notFound(webhookId);
    await nudge(req, webhookId); // its workflow ends at its next round
    return reply.code(204).send();
  });

  app.get('/webhooks/:webhookId/deliveries', {
    schema: {
      operationId: 'listWebhookDeliveries', tags: ['webhooks'],
      summary: 'The delivery log: every attempt, with the receiver\'s answer', description: 'Oldest first; page with ?after=<nextAfter>.',
      params: WebhookParams,
      querystring: Type.Object({ after: Type.Optional(Type.String({ pattern: '^\\d{1,18}$', maxLength: 18, description: 'nextAfter of the previous page' })) }, { additionalProperties: false }),
      response: { 200: ok('A page of attempts', Type.Object({ deliveries: Type.Array(Delivery), nextAfter: Type.Optional(Type.String()) })), ...errors('listWebhookDeliveries') },
    },
  }, async (req) => {
    await own(req, req.params.webhookId);
    const rows = await deliveries(pool, req.params.webhookId, Number(req.query.after ?? 0), PAGE);
    return { deliveries: rows, ...(rows.length === PAGE ? { nextAfter: String(rows.at(-1)!.id) } : {}) };
  });

  app.post('/webhooks/:webhookId/deliveries/:deliveryId/redeliver', {
    // Queued is its outcome: the same request again is not sent twice.
    config: { idempotent: true, queuedIsOutcome: true },
    schema: {
      operationId: 'redeliverWebhook', tags: ['webhooks'],
      summary: 'Send a delivered (or failed) event again, with the same webhook-id',
      description: 'Queued for the subscription\'s delivery workflow, ahead of new events; the attempt appears in the delivery log marked redelivery.',
      params: Type.Object({ ...WebhookParams.properties, deliveryId: Type.String({ pattern: '^\\d{1,18}$', maxLength: 18 }) }),
      headers: KeyHeaders,
      response: { 202: ok('Queued', Type.Object({ eventId: Type.String({ description: 'the webhook-id it is sent with' }) })), ...errors('redeliverWebhook') },
    },
  }, async (req, reply) => {
    const { webhookId, deliveryId } = req.params;
    await own(req, webhookId);
    const queued = await requestRedelivery(pool, webhookId, Number(deliveryId), keyedNameOf(req));
    if (!queued) throw new ApiError(404, { code: 'DELIVERY_NOT_FOUND', message: `no delivery ${deliveryId} in the log of ${webhookId}` });
    await nudge(req, webhookId);
    return reply.code(202).send(queued);
  });
};
