// The pages: the inbox (kotak masuk), the cases one may see, a case with the acts open to the official,
// and the start of a case from its procedure's request schema. Each reads and acts through the API as
// the signed-in official (web/api.ts); a refusal is shown in place with the article that refuses.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { CaseView } from '../domain/kasus';
import { EKSPEKTASI, EKSPEKTASI_TEXT, predikatMatriks, type Ekspektasi } from '../domain/predikat';
import { regionsOf } from '../identity/officials';
import { PROCEDURES } from '../procedures';
import { apiAs, problemOf, type Api, type ApiProblem } from './api';
import { fieldsOf, formFieldOf, requestOf, typedValues, type Choices } from './formulir';
import type { Pejabat } from './index';
import * as tampilan from './tampilan';
import { AKSI_SIKLUS, tindakanFor } from './tindakan';

type SignIn = (req: FastifyRequest, reply: FastifyReply) => Promise<Pejabat | undefined>;
type Form = Record<string, string | string[] | undefined>;
/** A refusal shown beside the form it answers. */
interface Galat { form: string; problem: ApiProblem; nilai: Form }

const PAGE = 20;

export async function halaman(app: FastifyInstance, opts: { signIn: SignIn }) {
  /** A page with what every page shows: who is signed in, the CSRF token of its forms, the helpers, a message of the last act. */
  const render = (req: FastifyRequest, reply: FastifyReply, page: string, data: object) => {
    const pesan = req.session.get('pesan');
    if (pesan) req.session.set('pesan', undefined);
    return reply.view(page, { ...data, pejabat: req.session.get('pejabat'), csrf: reply.generateCsrf(), pesan, t: tampilan, kunci: randomUUID });
  };
  /** The signed-in official and the API as them; undefined once the reply went to sign-in. */
  const session = async (req: FastifyRequest, reply: FastifyReply): Promise<{ pejabat: Pejabat; api: Api } | undefined> => {
    const pejabat = await opts.signIn(req, reply);
    return pejabat && { pejabat, api: apiAs(app, pejabat.token, req.ip) };
  };
  /** The API refused the token itself (expired, or the provider rotated its key): sign in again. */
  const signInAgain = (req: FastifyRequest, reply: FastifyReply) => {
    req.session.set('pejabat', undefined);
    return reply.redirect('/app/masuk', 303);
  };
  const problemPage = (req: FastifyRequest, reply: FastifyReply, status: number, problem: ApiProblem) =>
    render(req, reply.code(status), 'pesan.eta', { judul: status === 404 ? 'Tidak ditemukan' : 'Tidak dapat ditampilkan', problem });

  app.get('/app', async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const q = req.query as { procedure?: string; overdue?: string; after?: string };
    const query = {
      ...(q.procedure && PROCEDURES[q.procedure] ? { procedure: q.procedure as never } : {}),
      ...(q.overdue === 'true' ? { overdue: 'true' as const } : {}),
      ...(q.after ? { after: q.after } : {}), limit: String(PAGE),
    };
    const [box, notes] = await Promise.all([s.api.GET('/api/v1/inbox', { params: { query } }), s.api.GET('/api/v1/notifications', {})]);
    if (box.response.status === 401) return signInAgain(req, reply);
    if (!box.data) return problemPage(req, reply, box.response.status, problemOf(box.error));
    return render(req, reply, 'kotak-masuk.eta', {
      box: box.data, filter: q, procedures: Object.values(PROCEDURES),
      notifikasi: (notes.data?.notifications ?? []).slice(-10).reverse(),
    });
  });

  app.get('/app/perkara', async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const q = req.query as { status?: string; after?: string };
    const list = await s.api.GET('/api/v1/cases', { params: { query: { ...(q.status ? { status: q.status as never } : {}), ...(q.after ? { after: q.after } : {}), limit: String(PAGE) } } });
    if (list.response.status === 401) return signInAgain(req, reply);
    if (!list.data) return problemPage(req, reply, list.response.status, problemOf(list.error));
    return render(req, reply, 'perkara.eta', { list: list.data, filter: q });
  });

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

  const text = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const headers = (key: string) => ({ 'idempotency-key': key });
  const csrf = { preHandler: app.csrfProtection };

  app.post('/app/kasus/:caseId/putuskan/:taskId', csrf, act((p) => `putuskan-${p.taskId}`, (api, caseId, b, p, key) => api.POST('/api/v1/cases/{caseId}/tasks/{taskId}/decision', {
    params: { path: { caseId, taskId: p.taskId }, header: headers(key) as never },
    body: {
      decision: b.decision === 'refuse' ? 'refuse' : 'approve',
      ...(text(b.reasons) ? { reasons: text(b.reasons) } : {}), ...(text(b.alasan) ? { alasan: text(b.alasan) } : {}),
      ...(text(b.notes) ? { notes: text(b.notes) } : {}), ...(text(b.employeeNip) ? { employeeNip: text(b.employeeNip) } : {}),
    },
  }), 'Keputusan Anda tercatat.'));

  app.post('/app/kasus/:caseId/selesaikan/:taskId', csrf, act((p) => `selesaikan-${p.taskId}`, (api, caseId, b, p, key) => api.POST('/api/v1/cases/{caseId}/tasks/{taskId}/complete', {
    params: { path: { caseId, taskId: p.taskId }, header: headers(key) as never }, body: text(b.isi) ? { isi: text(b.isi) } : {},
  }), 'Tindakan Anda tercatat selesai.'));

  app.post('/app/kasus/:caseId/terima', csrf, act(() => 'terima', (api, caseId, _b, _p, key) => api.POST('/api/v1/cases/{caseId}/acknowledge', {
    params: { path: { caseId }, header: headers(key) as never }, body: {},
  }), 'Tanda terima Anda tercatat.'));

  app.post('/app/kasus/:caseId/tarik', csrf, act(() => 'tarik', (api, caseId, b, _p, key) => api.POST('/api/v1/cases/{caseId}/withdraw', {
    params: { path: { caseId }, header: headers(key) as never }, body: text(b.reasons) ? { reasons: text(b.reasons) } : {},
  }), 'Permohonan Anda ditarik.'));

  app.post('/app/kasus/:caseId/aksi', csrf, act(() => 'siklus', (api, caseId, b, _p, key) => api.POST('/api/v1/cases/{caseId}/actions/{action}', {
    params: { path: { caseId, action: text(b.action) ?? '' }, header: headers(key) as never },
    body: { ...(text(b.taskId) ? { taskId: text(b.taskId) } : {}), ...(text(b.isi) ? { isi: text(b.isi) } : {}), ...(text(b.kepada) ? { kepada: text(b.kepada) } : {}) },
  }), 'Tercatat pada siklus kinerja.'));

  app.get('/app/mulai', async (req, reply) => {
    const s = await session(req, reply);
    return s ? render(req, reply, 'mulai.eta', { procedures: Object.values(PROCEDURES) }) : reply;
  });

  /** The start form of a procedure in one of the official's regions, with the region's units and employees to choose from. */
  async function startForm(req: FastifyRequest, reply: FastifyReply, pejabat: Pejabat, procedure: string, region: string | undefined, galat?: Galat, status = 200) {
    const proc = PROCEDURES[procedure];
    const regions = await regionsOf(app.deps.pool, pejabat.nip);
    if (!proc || !regions.length) return problemPage(req, reply, 404, { code: 'NOT_FOUND', message: `tidak ada prosedur ${procedure}` });
    const wilayah = region && regions.includes(region) ? region : regions[0];
    const fields = fieldsOf(proc.request, await choicesOf(wilayah));
    return render(req, reply.code(status), 'formulir.eta', { proc, regions, wilayah, fields, galat, nilai: galat ? typedValues(galat.nilai) : {}, formFieldOf, predikat: predikatInfo() });
  }

  async function choicesOf(region: string): Promise<Choices> {
    const pool = app.deps.pool;
    const [pegawai, units] = await Promise.all([
      pool.query<{ nip: string; nama: string; jabatan: string }>('SELECT p.nip, p.nama, j.nama AS jabatan FROM pegawai p JOIN jabatan j ON j.region = p.region AND j.kode = p.jabatan WHERE p.region = $1 ORDER BY p.nama', [region]),
      pool.query<{ kode: string; nama: string }>('SELECT kode, nama FROM units WHERE region = $1 ORDER BY nama', [region]),
    ]);
    return {
      pegawai: pegawai.rows.map((p) => ({ value: p.nip, label: `${p.nama} — ${p.jabatan} (${p.nip})` })),
      units: units.rows.map((u) => ({ value: u.kode, label: `${u.nama} (${u.kode})` })),
    };
  }

  app.get('/app/mulai/:procedure', async (req, reply) => {
    const s = await session(req, reply);
    return s ? startForm(req, reply, s.pejabat, (req.params as { procedure: string }).procedure, (req.query as { region?: string }).region) : reply;
  });

  app.post('/app/mulai/:procedure', csrf, async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const { procedure } = req.params as { procedure: string };
    const body = req.body as Form;
    const region = text(body.region) ?? '';
    const proc = PROCEDURES[procedure];
    if (!proc) return problemPage(req, reply, 404, { code: 'NOT_FOUND', message: `tidak ada prosedur ${procedure}` });
    const request = { procedure, region, ...requestOf(fieldsOf(proc.request, { pegawai: [], units: [] }), body) };
    const res = await s.api.POST('/api/v1/cases', { params: { header: headers(text(body.kunci) ?? randomUUID()) as never }, body: request as never });
    if (res.response.status === 401) return signInAgain(req, reply);
    const started = res.data as { caseId?: string } | undefined;
    if (res.response.ok && started?.caseId) {
      req.session.set('pesan', 'Permohonan Anda telah diajukan.');
      return reply.redirect(`/app/kasus/${encodeURIComponent(started.caseId)}`, 303);
    }
    return startForm(req, reply, s.pejabat, procedure, region, { form: 'mulai', problem: problemOf(res.error), nilai: body }, res.response.status);
  });

  /** P8: the predikat PermenPANRB 6/2022's matrix suggests for the two ratings (htmx swaps it in beside the choice). */
  app.get('/app/saran-predikat', async (req, reply) => {
    const q = req.query as { hasilKerja?: string; perilakuKerja?: string };
    const known = (v?: string): v is Ekspektasi => (EKSPEKTASI as readonly string[]).includes(v ?? '');
    const saran = known(q.hasilKerja) && known(q.perilakuKerja) ? predikatMatriks(q.hasilKerja, q.perilakuKerja) : undefined;
    return reply.type('text/html; charset=utf-8').send(saran ? `Saran matriks: <strong>${saran}</strong>` : 'Pilih hasil kerja dan perilaku kerja untuk melihat saran matriks.');
  });
}

/** The matrix as the P8 form shows it beside the choice. */
const predikatInfo = () => ({ ekspektasi: EKSPEKTASI.map((e) => ({ value: e, label: EKSPEKTASI_TEXT[e] })), citation: 'matriks predikat kinerja PermenPANRB 6/2022' });
