import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { getDocument } from '../../db/documents';
import { renderPdf } from '../../documents/pdf';
import { ApiError } from '../errors';
import { getCase } from '../../db/cases';
import { mayAccess, mayAccessCase } from '../plugins/auth';
import { errors, Id } from '../schemas/common';

export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/documents/:documentId', {
    schema: {
      tags: ['documents'],
      summary: 'An issued document: the PDF, or its data with ?format=json',
      description: 'Document ids are <caseId>.<kind>, e.g. banjar-p2-….surat-tugas; the case lists them.',
      params: Type.Object({ documentId: Id({ maxLength: 250 }) }),
      querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('pdf'), Type.Literal('json')])) }),
      response: { 200: Type.Any(), ...errors(401, 404) },
    },
  }, async (req, reply) => {
    const id = req.params.documentId;
    const doc = await getDocument(app.deps.pool, id);
    // Its issuing region's key, or a key of any region its case involves (the other agency is copied).
    const visible = doc && (mayAccess(req, doc.region) || ((c) => !!c && mayAccessCase(req, c))(await getCase(app.deps.pool, doc.caseId)));
    if (!doc || !visible) throw new ApiError(404, { code: 'DOCUMENT_NOT_FOUND', message: `no document ${id}` });
    if (req.query.format === 'json') return doc;
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${doc.nomor.replace(/[^A-Za-z0-9.-]+/g, '_')}.pdf"`)
      .send(await renderPdf(doc));
  });
};
