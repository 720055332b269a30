// The case page: its alur, the step it waits on and for whom, its documents and subject, and only the
// acts open to the signed-in official (web/tindakan.ts), each sent to the API as them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { CaseView } from '../domain/kasus';
import { CITATION_AUDITOR } from '../identity/policy';
import type { Verification } from '../services/verifikasi';
import { problemOf, type Api, type ApiProblem } from './api';
import { changeRows, fieldsOf, formFieldOf, requestOf, rowsOf, typedValues, type Field } from './formulir';
import { idempotent as headers, text, type Form, type Galat, type PageKit } from './kit';
import { riwayatSemua } from './riwayat';
import type { Pejabat } from './sesi';

/** What the auditor's verification answered: the API's report, or its refusal. */
export interface Verifikasi { laporan?: Verification; problem?: ApiProblem }
import { AKSI_SIKLUS, DAFTAR, tindakanFor } from './tindakan';

/** The answer's list fields as the form sends them back (no choices needed to read them). */
const DAFTAR_FIELDS: Field[] = fieldsOf(DAFTAR, { pegawai: [], units: [] });

/**
 * What an auditor of the case's region reads besides the case: its audit rows and its Temporal history.
 * Whether the official is one is the API's policy (audit.read, as verify and export ask): the region's
 * audit log answers only its auditors. Undefined for everyone else.
 */
async function auditorsPart(api: Api, kasus: CaseView) {
  const audit = await api.GET('/api/v1/audit', { params: { query: { region: kasus.region as never, caseId: kasus.caseId } } });
  if (!audit.data) return undefined;
  const barisAudit = audit.data.rows.length + (audit.data.nextAfter ? '+' : '');
  // The last run first (the route's default), which names every run; then each earlier one by its id.
  const last = await api.GET('/api/v1/cases/{caseId}/history', { params: { path: { caseId: kasus.caseId } } });
  if (!last.data) return { barisAudit, galatRiwayat: problemOf(last.error) };
  const header = (name: string) => last.response.headers.get(name) ?? '';
  const lastRun = header('x-history-run');
  const runs = header('x-history-runs').split(',').map((r) => r.trim()).filter(Boolean);
  const putaran: { runId: string; history: { events?: unknown[] } }[] = [];
  for (const runId of runs.length ? runs : [lastRun]) {
    if (runId === lastRun) { putaran.push({ runId, history: last.data }); continue; }
    const run = await api.GET('/api/v1/cases/{caseId}/history', { params: { path: { caseId: kasus.caseId }, query: { run: runId } } });
    if (!run.data) return { barisAudit, galatRiwayat: problemOf(run.error) };
    putaran.push({ runId, history: run.data });
  }
  return { barisAudit, riwayat: riwayatSemua(putaran, header('x-history-source') || 'temporal') };
}

export async function kasusPages(app: FastifyInstance, kit: PageKit) {
  const { render, session, signInAgain, problemPage } = kit;
  /** The case page, with a refusal beside the form it answers. */
  async function casePage(req: FastifyRequest, reply: FastifyReply, s: { pejabat: Pejabat; api: Api }, caseId: string, o: { galat?: Galat; status?: number; fokus?: string; verifikasi?: Verifikasi } = {}) {
    const { galat, status = 200, fokus } = o;
    const got = await s.api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } });
    if (got.response.status === 401) return signInAgain(req, reply);
    if (got.response.status !== 200 || !got.data) return problemPage(req, reply, got.response.status, problemOf(got.error));
    const kasus = got.data as unknown as CaseView;
    const pemeriksaan = await auditorsPart(s.api, kasus);
    const { rows } = await app.deps.pool.query<{ document_id: string; kode: string }>('SELECT document_id, kode FROM document_files WHERE document_id = ANY($1)', [kasus.documents.map((d) => d.id)]);
    const verifikasi = Object.fromEntries(rows.map((r) => [r.document_id, `/v/${r.kode}`]));
    return render(req, reply.code(status), 'kasus.eta', {
      kasus, tindakan: tindakanFor(kasus, s.pejabat.nip), verifikasi, galat, aksiSiklus: AKSI_SIKLUS, fokus,
      dasarAuditor: CITATION_AUDITOR,
      pemeriksaan: pemeriksaan && { ...pemeriksaan, hasil: o.verifikasi },
      // A verification refused (no auditor of the region): the refusal at the top, as any other act's.
      verifikasiDitolak: !pemeriksaan && o.verifikasi?.problem,
      // The rows of an answer's list (isian.eta): at least one shown, as the form last had them.
      daftar: { nilai: typedValues(galat?.nilai ?? {}), baris: (name: string) => rowsOf(name, galat?.nilai ?? {}, true), formFieldOf },
    });
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

  /**
   * An auditor's verification of the case (POST /cases/{id}/verify: its history replayed against this
   * build and compared with what is stored): the case page again with the report. Read-only; audited.
   */
  app.post('/app/kasus/:caseId/verifikasi', { preHandler: app.csrfProtection }, async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const { caseId } = req.params as { caseId: string };
    const res = await s.api.POST('/api/v1/cases/{caseId}/verify', { params: { path: { caseId } } });
    if (res.response.status === 401) return signInAgain(req, reply);
    // htmx swaps the section only from a 200: a refusal is shown in place there too.
    const status = req.headers['hx-request'] ? 200 : res.response.status;
    return casePage(req, reply, s, caseId, { verifikasi: res.data ? { laporan: res.data as unknown as Verification } : { problem: problemOf(res.error) }, status });
  });

  /** The auditor's export of the case (GET /cases/{id}/export), downloaded as the API writes it. */
  app.get('/app/kasus/:caseId/ekspor', async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const { caseId } = req.params as { caseId: string };
    const got = await s.api.GET('/api/v1/cases/{caseId}/export', { params: { path: { caseId } }, parseAs: 'text' });
    if (got.response.status === 401) return signInAgain(req, reply);
    if (got.response.status !== 200 || got.data === undefined) return problemPage(req, reply, got.response.status, problemOf(got.error));
    return reply.type('application/json; charset=utf-8')
      .header('content-disposition', got.response.headers.get('content-disposition') ?? `attachment; filename="${caseId}.json"`).send(got.data);
  });

  /** An act on a case: sent as the official, then back to the case (or the case again with the refusal in place). */
  const act = (form: (p: Record<string, string>) => string, send: (api: Api, caseId: string, body: Form, p: Record<string, string>, key: string) => Promise<{ response: Response; error?: unknown }>, done: string, rows?: Field[]) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const s = await session(req, reply);
      if (!s) return reply;
      const p = req.params as Record<string, string>;
      const body = req.body as Form;
      // A row added or removed: the case again with the form as it stands, nothing sent.
      const changed = rows && changeRows(rows, body);
      if (changed) return casePage(req, reply, s, p.caseId, { galat: { form: form(p), nilai: changed.form }, fokus: changed.added });
      const key = typeof body.kunci === 'string' && body.kunci.length >= 8 ? body.kunci : randomUUID();
      const res = await send(s.api, p.caseId, body, p, key);
      if (res.response.status === 401) return signInAgain(req, reply);
      if (res.response.ok) {
        req.session.set('pesan', done);
        return reply.redirect(`/app/kasus/${encodeURIComponent(p.caseId)}`, 303);
      }
      return casePage(req, reply, s, p.caseId, { galat: { form: form(p), problem: problemOf(res.error), nilai: body }, status: res.response.status });
    };

  const csrf = { preHandler: app.csrfProtection };

  app.post('/app/kasus/:caseId/putuskan/:taskId', csrf, act((p) => `putuskan-${p.taskId}`, (api, caseId, b, p, key) => api.POST('/api/v1/cases/{caseId}/tasks/{taskId}/decision', {
    params: { path: { caseId, taskId: p.taskId }, header: headers(key) },
    body: {
      decision: b.decision === 'refuse' ? 'refuse' : 'approve',
      ...(text(b.reasons) ? { reasons: text(b.reasons) } : {}), ...(text(b.alasan) ? { alasan: text(b.alasan) } : {}),
      ...(text(b.notes) ? { notes: text(b.notes) } : {}), ...(text(b.employeeNip) ? { employeeNip: text(b.employeeNip) } : {}),
      ...requestOf(DAFTAR_FIELDS, b),
    },
  }), 'Keputusan Anda tercatat.', DAFTAR_FIELDS));

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
