import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { inbox, notificationsFor } from '../../db/cases';
import { PROCEDURES } from '../../procedures';
import { decodeCursor, encodeCursor } from '../cursor';
import { actingOfficial } from '../plugins/auth';
import { authorize } from '../authorize';
import { ActingOfficialHeaders, Cursor, errors, ok, Region } from '../schemas/common';
import { Inbox } from '../schemas/cases';

export const inboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/inbox', {
    schema: {
      operationId: 'getInbox',
      tags: ['inbox'],
      summary: 'The acting official\'s open tasks, oldest first, each with a short case summary; counts of all of them',
      description: 'Filter by procedure and overdue; page with ?after=<nextAfter of the previous page>. counts cover every open task of the official, whatever the filters.',
      headers: ActingOfficialHeaders,
      querystring: Type.Object({
        procedure: Type.Optional(Type.Union(Object.keys(PROCEDURES).map((p) => Type.Literal(p)))),
        overdue: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
        limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9]\\d|1\\d\\d|200)$', maxLength: 3, description: '1-200, default 50' })),
        after: Type.Optional(Cursor),
      }),
      response: { 200: ok('A page of the official\'s open tasks, with the counts of all of them', Inbox), ...errors('getInbox') },
    },
  }, async (req) => {
    const nip = actingOfficial(req);
    const { procedure, overdue, limit, after } = req.query;
    const n = Number(limit ?? 50);
    const box = await inbox(app.deps.pool, nip, {
      regions: req.regions, procedure, overdue: overdue === undefined ? undefined : overdue === 'true',
      after: after ? decodeCursor(after, ['openedAt', 'caseId', 'taskId'] as const, 'openedAt') : undefined, limit: n,
    });
    const last = box.tasks.at(-1);
    return { nip, ...box, nextAfter: box.tasks.length === n && last ? encodeCursor({ openedAt: last.openedAt, caseId: last.caseId, taskId: last.taskId }) : undefined };
  });

  app.get('/notifications', {
    schema: {
      operationId: 'listNotifications',
      tags: ['inbox'],
      summary: 'Reminders and escalations for the acting official, for the e-office system to deliver; with ?region=, every one of the region, for its auditors',
      headers: ActingOfficialHeaders,
      // Query values arrive as text and the API does not coerce types: a digit string.
      querystring: Type.Object({
        after: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', maxLength: 15, description: 'last id already delivered' })),
        region: Type.Optional(Region),
      }),
      response: {
        200: ok('The notifications after `after`, oldest first', Type.Object({
          notifications: Type.Array(Type.Object({
            id: Type.Integer(), caseId: Type.String(), taskId: Type.String(), kind: Type.String(), message: Type.String(), createdAt: Type.String(),
            recipient: Type.Optional(Type.String({ description: 'with ?region=: whom it is for' })),
          })),
        })),
        ...errors('listNotifications'),
      },
    },
  }, async (req) => {
    const { region, after } = req.query;
    const nip = actingOfficial(req);
    if (region) await authorize(app, req, { op: 'notifications.region', region });
    return { notifications: await notificationsFor(app.deps.pool, region ? undefined : nip, region ? [region] : req.regions, Number(after ?? 0)) };
  });
};
