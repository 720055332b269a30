// The event feed for systems that pull: every event the caller may see, in the order it was committed,
// paged by position and long-polled (an empty page waits up to `wait` seconds for the first event).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { cursorOf, eventHorizon, eventsAfter, isBefore, nowPosition, positionOf, waitFor, type Position, type StoredEvent } from '../../db/events';
import { EVENT_TYPES, NOTICE_TYPES } from '../../domain/events';
import { eventRegions } from '../../identity/policy';
import { authorize, viewerOf } from '../authorize';
import { ApiError } from '../errors';
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
        + 'Page with ?after=<nextAfter>; start without `after` for everything kept. With `wait` (seconds, up to 30) an empty page waits for the first event, answering as soon as it is written. '
        + 'Events are kept EVENT_RETENTION_DAYS (default 90; longer while a webhook subscription has not delivered them): a cursor from before the oldest pruned event is 410 CURSOR_EXPIRED — start again without `after`. '
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
          nextAfter: Type.String({ description: 'pass as ?after= for the next page (past the last event; a page short of `limit` moves it on to where the feed was read up to, also when the page is empty)' }),
        })),
        ...errors('listEvents'),
      },
    },
  }, async (req) => {
    const { region, type } = req.query;
    await authorize(app, req, { op: 'events.read', region });
    const scope = { system: req.client, regions: eventRegions(await viewerOf(app, req), region), types: type ? [type] : undefined };
    const { pool } = app.deps;
    const limit = Number(req.query.limit ?? 100);
    // Without a cursor: from where pruning stopped, so every page after it is whole.
    const after = req.query.after ? positionOf(req.query.after) : await eventHorizon(pool);
    // A page short of the limit has read every event readable when it began (those of transactions older
    // than every one then running): the next starts there, so a reader of a quiet scope moves on too
    // and its cursor does not age into pruned events.
    let readable: Position = after;
    const page = async () => {
      const upTo = await nowPosition(pool);
      const events = await eventsAfter(pool, scope, after, limit);
      readable = events.length < limit ? upTo : after;
      return events;
    };
    const events = await waitFor(page, Number(req.query.wait ?? 0) * 1000, () => req.raw.destroyed, app.eventBell);
    // Looked at after the read: events pruned while it ran are caught too.
    if (req.query.after && isBefore(after, await eventHorizon(pool)))
      throw new ApiError(410, { code: 'CURSOR_EXPIRED', message: `events after ${req.query.after} have been pruned (kept EVENT_RETENTION_DAYS): read the feed again from its start, without after` });
    const last = events.at(-1)?.position ?? after;
    return { events: events.map(shown) as never[], nextAfter: cursorOf(isBefore(last, readable) ? readable : last) };
  });
};
