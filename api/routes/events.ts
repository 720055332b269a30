// The event feed for systems that pull: every event the caller may see, in the order it was committed,
// paged by position and long-polled (an empty page waits up to `wait` seconds for the first event).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { cursorOf, eventsAfter, positionOf, waitFor, type StoredEvent } from '../../db/events';
import { EVENT_TYPES, NOTICE_TYPES } from '../../domain/events';
import { eventRegions } from '../../identity/policy';
import { authorize, viewerOf } from '../authorize';
import { AnyEvent } from '../schemas/events';
import { errors, ok, Region } from '../schemas/common';
import { webhookId } from '../../services/webhooks';

/** An event as the feed and a webhook body show it. */
export const shown = (e: StoredEvent) => ({ id: webhookId(e), type: e.type, timestamp: e.timestamp, data: e.data });

const EventTypeName = Type.Union([...EVENT_TYPES, ...NOTICE_TYPES].map((t) => Type.Literal(t)));

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/events', {
    schema: {
      operationId: 'listEvents',
      tags: ['webhooks'],
      summary: 'The event feed: every event the key may see, in order, long-polled',
      description: 'The events of the cases of the key\'s regions (a region\'s auditors: of the regions they audit) and the notices to the key\'s system, oldest first. '
        + 'Page with ?after=<nextAfter>; start without `after` for everything kept. With `wait` (seconds, up to 30) an empty page waits for the first event. '
        + 'Each event is the body a webhook subscription receives; its id is its webhook-id.',
      querystring: Type.Object({
        after: Type.Optional(Type.String({ pattern: '^\\d{1,20}-\\d{1,19}$', maxLength: 40, description: 'nextAfter of the previous page' })),
        wait: Type.Optional(Type.String({ pattern: '^([0-9]|[12][0-9]|30)$', maxLength: 2, description: 'seconds to wait for an event when there is none yet: 0-30, default 0' })),
        limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9]\\d|1\\d\\d|200)$', maxLength: 3, description: '1-200, default 100' })),
        region: Type.Optional(Region),
        type: Type.Optional(EventTypeName),
      }, { additionalProperties: false }),
      response: {
        200: ok('A page of events after `after`, and where the next page starts', Type.Object({
          events: Type.Array(AnyEvent),
          nextAfter: Type.String({ description: 'pass as ?after= for the next page (the same when the page is empty)' }),
        })),
        ...errors('listEvents'),
      },
    },
  }, async (req) => {
    const { region, type } = req.query;
    await authorize(app, req, { op: 'events.read', region });
    const scope = { system: req.client, regions: eventRegions(await viewerOf(app, req), region), types: type ? [type] : undefined };
    const after = positionOf(req.query.after ?? '0-0');
    const events = await waitFor(() => eventsAfter(app.deps.pool, scope, after, Number(req.query.limit ?? 100)), Number(req.query.wait ?? 0) * 1000, () => req.raw.destroyed);
    return { events: events.map(shown) as never[], nextAfter: cursorOf(events.at(-1)?.position ?? after) };
  });
};
