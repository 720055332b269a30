// The P2 path through the public API, on the real Temporal dev server and PostgreSQL.
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowCode } from '../../services/workflowCode';
import { demoPeople } from '../../demo/masterData';
import { addNotifications } from '../../db/cases';
import type { CaseView } from '../../domain/kasus';
import type { Region } from '../../profiles/schema';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { AUTH, BANJAR_AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

let keys = 0;
const body = (region: Region, over: object = {}) => ({ procedure: 'penunjukan-lintas-unit', region, ...permohonan(region), ...over });

function start(region: Region, opts: { key?: string; actor?: string; payload?: object } = {}) {
  return s.app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': opts.key ?? `key-${Date.now()}-${keys++}`, 'x-acting-official': opts.actor ?? requester(region) },
    payload: opts.payload ?? body(region),
  });
}
const decide = (caseId: string, taskId: string, actor: string, payload: object) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/${taskId}/decision`, headers: { ...AUTH, 'x-acting-official': actor }, payload });
const act = (caseId: string, what: 'withdraw' | 'acknowledge', actor: string, payload: object = {}) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/${what}`, headers: { ...AUTH, 'x-acting-official': actor }, payload });
const getCase = async (caseId: string): Promise<CaseView> => (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: AUTH })).json();
const inbox = async (nip: string) => (await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': nip } })).json();

/** The projection follows the workflow: wait (up to 20 s, for a loaded CI machine) until the case reaches a state. */
async function until(caseId: string, ok: (c: CaseView) => boolean): Promise<CaseView> {
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    const c = await getCase(caseId);
    if (ok(c)) return c;
  }
  throw new Error(`case ${caseId} did not reach the expected state`);
}
const taskOpen = (id: string) => (c: CaseView) => c.tasks?.some((t) => t.id === id && t.status === 'open');

describe('service', () => {

  it('GET /openapi.json documents every public path', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/health', '/health/ready', '/api/v1/master-data/{region}', '/api/v1/cases', '/api/v1/cases/{caseId}', '/api/v1/inbox',
      '/api/v1/cases/{caseId}/tasks/{taskId}/decision', '/api/v1/cases/{caseId}/withdraw', '/api/v1/cases/{caseId}/acknowledge',
    ]));
    expect((await s.app.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
  });
});

describe('P2 penunjukan lintas unit through the API', () => {
  it('banjar: request → inbox → recommendation → decision → Surat Tugas + Keputusan Sekda → receipt', async () => {
    const p = demoPeople('banjar');
    const started = await start('banjar');
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    expect(started.headers.location).toBe(`/api/v1/cases/${caseId}`);

    await until(caseId, taskOpen('rekomendasi-puo'));
    const box = await inbox(p.kadisKominfo);
    const item = box.tasks.find((t: { caseId: string }) => t.caseId === caseId);
    expect(item).toMatchObject({ taskId: 'rekomendasi-puo', role: 'Pimpinan Unit Organisasi tujuan', citation: 'banjar lampiran II.B.1.b.3' });

    expect((await decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve', notes: 'kompetensi sesuai' })).statusCode).toBe(200);
    await until(caseId, taskOpen('keputusan-ppk'));
    const decided = await decide(caseId, 'keputusan-ppk', p.kabidAptika, { decision: 'approve' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().assignedEmployee.nip).toBe(p.pranataKomputer1);

    const issued = await until(caseId, (c) => c.status === 'awaiting-acknowledgement');
    expect(issued.documents.map((d) => d.kind)).toEqual(['surat-tugas', 'keputusan-sekda']);
    const st = issued.documents[0];
    const pdf = await s.app.inject({ method: 'GET', url: `/api/v1/documents/${st.id}`, headers: AUTH });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const data = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${st.id}?format=json`, headers: AUTH })).json();
    expect(data).toMatchObject({
      nomor: st.nomor, pemerintah: 'PEMERINTAH KABUPATEN BANJAR', tempat: 'Martapura',
      kepada: [{ nip: p.pranataKomputer1 }], penandatangan: { nip: p.kadisKominfo },
      // The requester's own PPK (a Kepala Badan is assessed by the Sekretaris Daerah), not the owning unit's head.
      tembusan: ['Sekretaris Daerah'],
    });
    const kep = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${issued.documents[1].id}?format=json`, headers: AUTH })).json();
    expect(kep).toMatchObject({ title: 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR', penandatangan: { nip: p.sekda }, citation: 'banjar pasal 14(2)' });

    // An official the case does not name is told of no such case (identity/policy.ts).
    expect((await act(caseId, 'acknowledge', p.pranataKomputer2)).statusCode).toBe(404);
    const done = await act(caseId, 'acknowledge', p.pranataKomputer1);
    expect(done.statusCode).toBe(200);
    const closed = await until(caseId, (c) => c.status === 'issued');
    expect(closed.timeline.map((e) => [e.action, e.actor?.nip ?? null, e.citation])).toEqual([
      ['diajukan', p.kepalaBappeda, 'banjar lampiran II.B.1.b.1'],
      ['direkomendasikan', p.kadisKominfo, 'banjar lampiran II.B.1.b.3'],
      ['disetujui', p.kabidAptika, 'banjar lampiran II.B.1.b.2'],
      ['diterbitkan', p.kadisKominfo, 'banjar lampiran II.B.1.b.3, lampiran IV'],
      ['diterbitkan', p.sekda, 'banjar pasal 14(2)'],
      ['diterima', p.pranataKomputer1, 'banjar lampiran II.B.1.b.5'],
    ]);
    // Her receipt is gone from her inbox (the work cycle the assignment continues into may already have given her its first task).
    expect((await inbox(p.pranataKomputer1)).tasks.filter((t: { caseId: string }) => t.caseId === caseId)).toEqual([]);
    // Auditors get the event history, and it replays against today's workflow code.
    const history = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/history`, headers: AUTH });
    expect(history.statusCode).toBe(200);
    expect(history.json().events[0].eventType).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_STARTED');
    await Worker.runReplayHistory({ ...workflowCode, replayName: caseId }, history.json());
    // A closed case takes no more messages.
    const late = await act(caseId, 'withdraw', p.kepalaBappeda);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CASE_CLOSED');
  });

  it.each(['bengkalis', 'pati', 'pasuruan'] as const)('%s: issues its Surat Tugas in the region\'s number format', async (region) => {
    const p = demoPeople(region);
    const caseId = (await start(region)).json().caseId;
    let c = await until(caseId, (x) => x.tasks.some((t) => t.status === 'open'));
    while (c.status === 'awaiting-decision') {
      const task = c.tasks.find((t) => t.status === 'open')!;
      expect((await decide(caseId, task.id, task.assignee.nip, { decision: 'approve' })).statusCode).toBe(200);
      c = await until(caseId, (x) => x.status !== 'awaiting-decision' || x.tasks.some((t) => t.status === 'open' && t.id !== task.id));
    }
    c = await until(caseId, (x) => x.status === 'awaiting-acknowledgement');
    const format = { bengkalis: /^800\/\d+\/SPT\/DISKOMINFOTIK\/\d{4}$/, pati: /^800\/\d+\/DINKOMINFO\.APTIKA\/\d{4}$/, pasuruan: /^800\/\d+\/423\.115\/\d{4}$/ }[region];
    expect(c.documents).toHaveLength(1);
    expect(c.documents[0].nomor).toMatch(format);
    const signer = { bengkalis: p.kadisKominfo, pati: p.kabidAptika, pasuruan: p.kadisKominfo }[region];
    expect(c.timeline.find((e) => e.action === 'diterbitkan')?.actor?.nip).toBe(signer);
  });

  it('refusal needs reasons (400 naming the field); with reasons the case ends refused', async () => {
    const p = demoPeople('bengkalis');
    const caseId = (await start('bengkalis')).json().caseId;
    await until(caseId, taskOpen('keputusan'));
    const noReasons = await decide(caseId, 'keputusan', p.kadisKominfo, { decision: 'refuse' });
    expect(noReasons.statusCode).toBe(400);
    expect(noReasons.json().error).toMatchObject({ code: 'REASONS_REQUIRED', citation: 'bengkalis lampiran BAB I §II.B.1.b.4', fields: [{ field: 'reasons' }] });
    const malformed = await decide(caseId, 'keputusan', p.kadisKominfo, { decision: 'maybe' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].field).toBe('body.decision');
    const wrong = await decide(caseId, 'keputusan', p.kabidAptika, { decision: 'refuse', reasons: 'x' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({ code: 'NOT_ASSIGNEE', citation: 'bengkalis lampiran BAB I §II.B.1.b.2' });
    const refused = await decide(caseId, 'keputusan', p.kadisKominfo, { decision: 'refuse', reasons: 'kualifikasi tidak sesuai' });
    expect(refused.statusCode).toBe(200);
    const again = await decide(caseId, 'keputusan', p.kadisKominfo, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
    const c = await until(caseId, (x) => x.status === 'refused');
    expect(c.outcome).toMatchObject({ reasons: 'kualifikasi tidak sesuai' });
  });

  it('a decided step answers 409 STEP_CLOSED while the case runs on', async () => {
    const p = demoPeople('pati');
    const caseId = (await start('pati')).json().caseId;
    await until(caseId, taskOpen('rekomendasi-puo'));
    expect((await decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(200);
    const again = await decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'STEP_CLOSED', citation: 'pati lampiran B.2.a.2.c' });
    expect((await decide(caseId, 'no-such-task', p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(404);
  });

  it('a decision retried with its Idempotency-Key returns the first outcome; without one, 409', async () => {
    const p = demoPeople('pati');
    const caseId = (await start('pati')).json().caseId;
    await until(caseId, taskOpen('rekomendasi-puo'));
    const send = (key?: string) => s.app.inject({
      method: 'POST', url: `/api/v1/cases/${caseId}/tasks/rekomendasi-puo/decision`,
      headers: { ...AUTH, 'x-acting-official': p.kadisKominfo, ...(key ? { 'idempotency-key': key } : {}) },
      payload: { decision: 'approve' },
    });
    const first = await send('decision-0001');
    const retry = await send('decision-0001');
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().version).toBe(first.json().version);
    expect((await send()).statusCode).toBe(409);
    const c = await getCase(caseId);
    expect(c.timeline.filter((e) => e.action === 'direkomendasikan')).toHaveLength(1);
    await act(caseId, 'withdraw', requester('pati'));
  });

  it('a step that is not open yet answers 409 STEP_NOT_OPEN, not 404', async () => {
    const p = demoPeople('pati');
    const caseId = (await start('pati')).json().caseId;
    await until(caseId, taskOpen('rekomendasi-puo'));
    const early = await decide(caseId, 'keputusan-ppk', p.kabidAptika, { decision: 'approve' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'STEP_NOT_OPEN', citation: 'pati lampiran B.2.a.2.b' });
    await act(caseId, 'withdraw', requester('pati'));
  });

  it('the requester withdraws while a decision is pending; others may not', async () => {
    const p = demoPeople('pasuruan');
    const caseId = (await start('pasuruan')).json().caseId;
    await until(caseId, taskOpen('rekomendasi-ppk'));
    const other = await act(caseId, 'withdraw', p.kabidAptika);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('NOT_REQUESTER');
    const w = await act(caseId, 'withdraw', p.kepalaBappeda, { reasons: 'dipenuhi dari internal' });
    expect(w.statusCode).toBe(200);
    expect(w.json().status).toBe('withdrawn');
    const c = await until(caseId, (x) => x.outcome?.status === 'withdrawn');
    expect(c.tasks.every((t) => t.status !== 'open')).toBe(true);
    expect((await inbox(p.kabidAptika)).tasks.filter((t: { caseId: string }) => t.caseId === caseId)).toEqual([]);
  });

  it('the same Idempotency-Key returns the same case; another body under it is refused', async () => {
    const first = await start('banjar', { key: 'idem-0001' });
    const again = await start('banjar', { key: 'idem-0001' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().caseId).toBe(first.json().caseId);
    const other = await start('banjar', { key: 'idem-0001', payload: body('banjar', { maksud: 'keperluan lain sama sekali' }) });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const { rows } = await s.db.pool.query("SELECT count(*)::int n FROM idempotency_keys WHERE key = 'idem-0001'");
    expect(rows[0].n).toBe(1);
    // Once the case is under way, a repeat still gets its first answer, even if the master data moved on.
    await until(first.json().caseId, taskOpen('rekomendasi-puo'));
    const employee = demoPeople('banjar').pranataKomputer1;
    await s.db.pool.query("UPDATE pegawai SET ppk = NULL WHERE region = 'banjar' AND nip = $1", [employee]); // a new request would be refused
    try {
      const later = await start('banjar', { key: 'idem-0001' });
      expect(later.statusCode).toBe(201);
      expect(later.body).toBe(first.body);
      expect((await start('banjar')).json().error.code).toBe('EMPLOYEE_NOT_ELIGIBLE');
    } finally {
      await s.db.pool.query("UPDATE pegawai SET ppk = $2 WHERE region = 'banjar' AND nip = $1", [employee, demoPeople('banjar').kabidAptika]);
    }
    await act(first.json().caseId, 'withdraw', requester('banjar'));
  });

  it('refuses bad starts with the rule and its citation', async () => {
    const p = demoPeople('banjar');
    const noKey = await s.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'x-acting-official': p.kepalaBappeda }, payload: body('banjar') });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().error.fields).toEqual([expect.objectContaining({ field: 'headers.idempotency-key' })]);

    const notPuo = await start('banjar', { actor: p.kabidPerencanaan });
    expect(notPuo.statusCode).toBe(403);
    expect(notPuo.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'banjar lampiran II.B.1.b.1' });

    const noKedudukan = await start('banjar', { payload: body('banjar', { pegawai: p.tanpaKedudukan }) });
    expect(noKedudukan.statusCode).toBe(422);
    expect(noKedudukan.json().error).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar lampiran II.A.2' });

    const samePd = await start('banjar', { payload: body('banjar', { unitPemilik: 'KOMINFO' }), actor: p.kadisKominfo });
    expect(samePd.statusCode).toBe(422);
    expect(samePd.json().error.code).toBe('NOT_CROSS_UNIT');

    const both = await start('banjar', { payload: body('banjar', { kriteria: { jenisJabatan: 'fungsional' } }) });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.code).toBe('EMPLOYEE_OR_CRITERIA');

    const schema = await start('banjar', { payload: { ...body('banjar'), jangkaWaktu: { mulai: 'besok' }, extra: 1 } });
    expect(schema.statusCode).toBe(400);
    expect(schema.json().error.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['body.jangkaWaktu.mulai', 'body.jangkaWaktu.selesai']));

    // All eight procedures of the spec run: a procedure the spec does not have is a bad request naming the field.
    const unknown = await start('banjar', { payload: { procedure: 'penunjukan-antar-planet', region: 'banjar' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'INVALID_REQUEST', fields: [{ field: 'body.procedure' }] });

    const badActor = await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': '123' } });
    expect(badActor.statusCode).toBe(400);
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/cases/nope', headers: AUTH })).statusCode).toBe(404);
  });

  it('GET /notifications delivers reminders after the last id seen, each once', async () => {
    const nip = demoPeople('pati').kadisKominfo;
    const reminder = { caseId: 'pati-p2-notif', region: 'pati', taskId: 'rekomendasi-puo', to: [nip], message: 'belum ada tindak lanjut' };
    await addNotifications(s.db.pool, { ...reminder, seq: 1, kind: 'pengingat' });
    await addNotifications(s.db.pool, { ...reminder, seq: 2, kind: 'eskalasi' });
    await addNotifications(s.db.pool, { ...reminder, seq: 2, kind: 'eskalasi' }); // a retried activity
    const get = async (q = '') => (await s.app.inject({ method: 'GET', url: `/api/v1/notifications${q}`, headers: { ...AUTH, 'x-acting-official': nip } })).json().notifications;
    const all = (await get()).filter((n: { caseId: string }) => n.caseId === reminder.caseId);
    expect(all.map((n: { kind: string }) => n.kind)).toEqual(['pengingat', 'eskalasi']);
    expect((await get(`?after=${all[0].id}`)).map((n: { kind: string }) => n.kind)).toEqual(['eskalasi']);
    const banjarSees = await s.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { ...BANJAR_AUTH, 'x-acting-official': nip } });
    expect(banjarSees.json().notifications).toEqual([]);
  });

  it('GET /cases lists cases newest first, filtered and paged', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await start('pasuruan')).json().caseId);
    await Promise.all(ids.map((id) => until(id, taskOpen('rekomendasi-ppk'))));
    const list = async (q: string, auth = AUTH) => (await s.app.inject({ method: 'GET', url: `/api/v1/cases?${q}`, headers: auth })).json();
    const page1 = await list('region=pasuruan&status=awaiting-decision&limit=2');
    expect(page1.cases.map((c: { caseId: string }) => c.caseId)).toEqual([ids[2], ids[1]]);
    expect(page1.cases[0]).toMatchObject({ region: 'pasuruan', status: 'awaiting-decision', requesterNip: requester('pasuruan'), openTasks: [{ id: 'rekomendasi-ppk' }] });
    const page2 = await list(`region=pasuruan&status=awaiting-decision&limit=2&after=${page1.nextAfter}`);
    expect(page2.cases.map((c: { caseId: string }) => c.caseId)).toContain(ids[0]);
    expect((await list('after=garbage')).error.code).toBe('INVALID_CURSOR');
    expect((await list('region=pasuruan', BANJAR_AUTH)).error.code).toBe('REGION_NOT_ALLOWED');
    expect((await list('limit=500', BANJAR_AUTH)).error.code).toBe('INVALID_REQUEST');
    expect((await list('', BANJAR_AUTH)).cases.every((c: { region: string }) => c.region === 'banjar')).toBe(true);
    for (const id of ids) await act(id, 'withdraw', requester('pasuruan'));
  });

  it('a key scoped to Banjar sees and acts in Banjar only', async () => {
    const pati = demoPeople('pati');
    const patiCase = (await start('pati')).json().caseId;
    await until(patiCase, taskOpen('rekomendasi-puo'));
    const scoped = (method: 'GET' | 'POST', url: string, actor?: string, payload?: object) =>
      s.app.inject({ method, url, headers: { ...BANJAR_AUTH, ...(actor ? { 'x-acting-official': actor } : {}) }, ...(payload ? { payload } : {}) });

    expect((await scoped('GET', `/api/v1/cases/${patiCase}`)).statusCode).toBe(404);
    expect((await scoped('POST', `/api/v1/cases/${patiCase}/tasks/rekomendasi-puo/decision`, pati.kadisKominfo, { decision: 'approve' })).statusCode).toBe(404);
    expect((await scoped('GET', '/api/v1/inbox', pati.kadisKominfo)).json().tasks).toEqual([]);
    const startPati = await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...BANJAR_AUTH, 'idempotency-key': 'scoped-0001', 'x-acting-official': requester('pati') }, payload: body('pati'),
    });
    expect(startPati.statusCode).toBe(403);
    expect(startPati.json().error.code).toBe('REGION_NOT_ALLOWED');
    expect((await scoped('POST', '/api/v1/master-data/pati', undefined, {})).statusCode).toBe(403);

    const banjarCase = (await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...BANJAR_AUTH, 'idempotency-key': 'scoped-0002', 'x-acting-official': requester('banjar') }, payload: body('banjar'),
    })).json().caseId;
    expect((await scoped('GET', `/api/v1/cases/${banjarCase}`)).statusCode).toBe(200);
    await act(banjarCase, 'withdraw', requester('banjar'));
    await act(patiCase, 'withdraw', requester('pati'));
  });

  it('numbers concurrent Surat Tugas of one unit without gaps or duplicates', async () => {
    const region = 'bengkalis';
    const p = demoPeople(region);
    const ids = await Promise.all(Array.from({ length: 8 }, () => start(region).then((r) => r.json().caseId as string)));
    await Promise.all(ids.map((id) => until(id, taskOpen('keputusan'))));
    const before = (await s.db.pool.query("SELECT coalesce(max(seq), 0)::int m FROM documents WHERE region = 'bengkalis' AND unit = 'KOMINFO'")).rows[0].m;
    const decisions = await Promise.all(ids.map((id) => decide(id, 'keputusan', p.kadisKominfo, { decision: 'approve' })));
    expect(decisions.map((d) => d.statusCode)).toEqual(ids.map(() => 200));
    const cases = await Promise.all(ids.map((id) => until(id, (c) => c.status === 'awaiting-acknowledgement')));
    const seqs = cases.map((c) => Number(c.documents[0].nomor.split('/')[1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 8 }, (_, i) => before + i + 1));
  });
});
