import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { inbox, notificationsFor } from '../../db/cases';
import { actingOfficial } from '../plugins/auth';
import { ActingOfficialHeaders, errors } from '../schemas/common';
import { InboxItem } from '../schemas/cases';

export const inboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/inbox', {
    schema: {
      tags: ['inbox'],
      summary: 'The acting official\'s open tasks, oldest first',
      headers: ActingOfficialHeaders,
      response: { 200: Type.Object({ nip: Type.String(), tasks: Type.Array(InboxItem) }), ...errors(400, 401) },
    },
  }, async (req) => {
    const nip = actingOfficial(req);
    return { nip, tasks: await inbox(app.deps.pool, nip, req.regions) };
  });

  app.get('/notifications', {
    schema: {
      tags: ['inbox'],
      summary: 'Reminders and escalations for the acting official, for the e-office system to deliver',
      headers: ActingOfficialHeaders,
      // Query values arrive as text and the API does not coerce types: a digit string.
      querystring: Type.Object({ after: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', description: 'last id already delivered' })) }),
      response: {
        200: Type.Object({
          notifications: Type.Array(Type.Object({
            id: Type.Integer(), caseId: Type.String(), taskId: Type.String(), kind: Type.String(), message: Type.String(), createdAt: Type.String(),
          })),
        }),
        ...errors(400, 401),
      },
    },
  }, async (req) => ({ notifications: await notificationsFor(app.deps.pool, actingOfficial(req), req.regions, Number(req.query.after ?? 0)) }));
};
