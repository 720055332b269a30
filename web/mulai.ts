// Starting a case: the procedures, and each one's form generated from its request schema with the
// region's units and employees to choose from; a refusal shows beside its field with the article.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { EKSPEKTASI, EKSPEKTASI_TEXT, predikatMatriks, type Ekspektasi } from '../domain/predikat';
import { regionsOf } from '../identity/officials';
import { PROCEDURES } from '../procedures';
import { problemOf } from './api';
import { changeRows, fieldsOf, formFieldOf, requestOf, rowsOf, typedValues, type Choices } from './formulir';
import { idempotent as headers, text, type Form, type Galat, type PageKit } from './kit';
import type { Pejabat } from './sesi';

export async function mulaiPages(app: FastifyInstance, kit: PageKit) {
  const { render, session, signInAgain, problemPage } = kit;
  const csrf = { preHandler: app.csrfProtection };
  app.get('/app/mulai', async (req, reply) => {
    const s = await session(req, reply);
    return s ? render(req, reply, 'mulai.eta', { procedures: Object.values(PROCEDURES) }) : reply;
  });

  /** The start form of a procedure in one of the official's regions, with the region's units and employees to choose from. */
  async function startForm(req: FastifyRequest, reply: FastifyReply, pejabat: Pejabat, procedure: string, region: string | undefined, galat?: Galat, status = 200, fokus?: string) {
    const proc = PROCEDURES[procedure];
    const regions = await regionsOf(app.deps.pool, pejabat.nip);
    if (!proc || !regions.length) return problemPage(req, reply, 404, { code: 'NOT_FOUND', message: `tidak ada prosedur ${procedure}` });
    const wilayah = region && regions.includes(region) ? region : regions[0];
    const fields = fieldsOf(proc.request, await choicesOf(wilayah));
    const nilai = galat?.nilai ?? {};
    const action = `/app/mulai/${proc.id}`;
    return render(req, reply.code(status), 'formulir.eta', {
      proc, regions, wilayah, fields, galat, nilai: typedValues(nilai), formFieldOf, predikat: predikatInfo(), fokus,
      baris: (name: string, required: boolean) => rowsOf(name, nilai, required),
      // A row added or removed: htmx posts the form and swaps only the form; without a script the page comes back whole.
      barisHx: `hx-post="${action}" hx-target="#formulir-mulai" hx-select="#formulir-mulai" hx-swap="outerHTML"`,
    });
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
    const fields = fieldsOf(proc.request, { pegawai: [], units: [] });
    // A row added or removed: the form again as it stands, nothing sent.
    const rows = changeRows(fields, body);
    if (rows) return startForm(req, reply, s.pejabat, procedure, region, { form: 'mulai', nilai: rows.form }, 200, rows.added);
    const request = { procedure, region, ...requestOf(fields, body) };
    const res = await s.api.POST('/api/v1/cases', { params: { header: headers(text(body.kunci) ?? randomUUID()) }, body: request as never });
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

