// The case page: its alur, the step it waits on and for whom, its documents and subject, and only the
// acts open to the signed-in official (web/tindakan.ts), each sent to the API as them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { CaseView } from '../domain/kasus';
import { problemOf, type Api } from './api';
import { idempotent as headers, text, type Form, type Galat, type PageKit } from './kit';
import type { Pejabat } from './sesi';
import { AKSI_SIKLUS, tindakanFor } from './tindakan';

export async function kasusPages(app: FastifyInstance, kit: PageKit) {
  const { render, session, signInAgain, problemPage } = kit;
  /** The case page, with a refusal beside the form it answers. */
  async function casePage(req: FastifyRequest, reply: FastifyReply, s: { pejabat: Pejabat; api: Api }, caseId: string, galat?: Galat, status = 200) {
    const got = await s.api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } });
    if (got.response.status === 401) return signInAgain(req, reply);
    if (got.response.status !== 200 || !got.data) return problemPage(req, reply, got.response.status, problemOf(got.error));
    const kasus = got.data as unknown as CaseView;
    const { rows } = await app.deps.pool.query<{ document_id: string; kode: string }>('SELECT document_id, kode FROM document_files WHERE document_id = ANY($1)', [kasus.documents.map((d) => d.id)]);
    const verifikasi = Object.fromEntries(rows.map((r) => [r.document_id, `/v/${r.kode}`]));
    return render(req, reply.code(status), 'kasus.eta', { kasus, tindakan: tindakanFor(kasus, s.pejabat.nip), verifikasi, galat, aksiSiklus: AKSI_SIKLUS });
  }

  app.get('/app/kasus/:caseId', async (req, reply) => {
    const s = await session(req, reply);
    return s ? casePage(req, reply, s, (req.params as { caseId: string }).caseId) : reply;
  });

  app.get('/app/kasus/:caseId/dokumen/:documentId', async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const { documentId } = req.params as { documentId: string };
    const got = await s.api.GET('/api/v1/documents/{documentId}', { params: { path: { documentId } }, parseAs: 'arrayBuffer' });
    if (got.response.status !== 200 || !got.data) return problemPage(req, reply, got.response.status, problemOf(got.error));
    return reply.type('application/pdf').header('content-disposition', got.response.headers.get('content-disposition') ?? 'inline').send(Buffer.from(got.data as ArrayBuffer));
  });

  /** An act on a case: sent as the official, then back to the case (or the case again with the refusal in place). */
  const act = (form: (p: Record<string, string>) => string, send: (api: Api, caseId: string, body: Form, p: Record<string, string>, key: string) => Promise<{ response: Response; error?: unknown }>, done: string) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const s = await session(req, reply);
      if (!s) return reply;
      const p = req.params as Record<string, string>;
      const body = req.body as Form;
      const key = typeof body.kunci === 'string' && body.kunci.length >= 8 ? body.kunci : randomUUID();
      const res = await send(s.api, p.caseId, body, p, key);
      if (res.response.status === 401) return signInAgain(req, reply);
      if (res.response.ok) {
        req.session.set('pesan', done);
        return reply.redirect(`/app/kasus/${encodeURIComponent(p.caseId)}`, 303);
      }
      return casePage(req, reply, s, p.caseId, { form: form(p), problem: problemOf(res.error), nilai: body }, res.response.status);
    };

  const csrf = { preHandler: app.csrfProtection };

  app.post('/app/kasus/:caseId/putuskan/:taskId', csrf, act((p) => `putuskan-${p.taskId}`, (api, caseId, b, p, key) => api.POST('/api/v1/cases/{caseId}/tasks/{taskId}/decision', {
    params: { path: { caseId, taskId: p.taskId }, header: headers(key) },
    body: {
      decision: b.decision === 'refuse' ? 'refuse' : 'approve',
      ...(text(b.reasons) ? { reasons: text(b.reasons) } : {}), ...(text(b.alasan) ? { alasan: text(b.alasan) } : {}),
      ...(text(b.notes) ? { notes: text(b.notes) } : {}), ...(text(b.employeeNip) ? { employeeNip: text(b.employeeNip) } : {}),
    },
  }), 'Keputusan Anda tercatat.'));

  app.post('/app/kasus/:caseId/selesaikan/:taskId', csrf, act((p) => `selesaikan-${p.taskId}`, (api, caseId, b, p, key) => api.POST('/api/v1/cases/{caseId}/tasks/{taskId}/complete', {
    params: { path: { caseId, taskId: p.taskId }, header: headers(key) }, body: text(b.isi) ? { isi: text(b.isi) } : {},
  }), 'Tindakan Anda tercatat selesai.'));

  app.post('/app/kasus/:caseId/terima', csrf, act(() => 'terima', (api, caseId, _b, _p, key) => api.POST('/api/v1/cases/{caseId}/acknowledge', {
    params: { path: { caseId }, header: headers(key) }, body: {},
  }), 'Tanda terima Anda tercatat.'));

  app.post('/app/kasus/:caseId/tarik', csrf, act(() => 'tarik', (api, caseId, b, _p, key) => api.POST('/api/v1/cases/{caseId}/withdraw', {
    params: { path: { caseId }, header: headers(key) }, body: text(b.reasons) ? { reasons: text(b.reasons) } : {},
  }), 'Permohonan Anda ditarik.'));

  app.post('/app/kasus/:caseId/aksi', csrf, act(() => 'siklus', (api, caseId, b, _p, key) => api.POST('/api/v1/cases/{caseId}/actions/{action}', {
    params: { path: { caseId, action: text(b.action) ?? '' }, header: headers(key) },
    body: { ...(text(b.taskId) ? { taskId: text(b.taskId) } : {}), ...(text(b.isi) ? { isi: text(b.isi) } : {}), ...(text(b.kepada) ? { kepada: text(b.kepada) } : {}) },
  }), 'Tercatat pada siklus kinerja.'));

}
