// Plt/Plh through the real stack: delegations made and ended through the API by officials signed in at
// the demo OpenID provider (and vouched for by a key), a P2 case whose decision tasks open for the
// delegate, move when a delegation starts and ends (the delegation's own workflow in Temporal), the
// delegate refused what the holder would be, the timeline showing both and how each actor was known,
// and the Surat Tugas signed "Plh." before the holder's jabatan; a position vacant in the master data
// resolved to its Plt when a case is planned, who decides and signs "Plt.".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { jabatanTandaTangan } from '../../domain/dokumen';
import type { CaseView, Task } from '../../domain/kasus';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { startIdentity, type TestIdentity } from '../support/identity';
import { AUTH, startStack, type Stack } from '../support/stack';

const p = demoPeople('banjar');
const ADMIN = p.tanpaKedudukan; // KEPEGAWAIAN_ADMINS=banjar:<NIP>
let s: Stack;
let idp: TestIdentity;
type Headers = Record<string, string>;
const as = (nip: string) => idp.bearer(nip);
const vouched = (nip: string): Headers => ({ ...AUTH, 'x-acting-official': nip });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const DAY = 86400e3;

beforeAll(async () => {
  idp = await startIdentity();
  s = await startStack({ config: { oidc: idp.oidc, roles: { auditor: new Map(), kepegawaian: new Map([[ADMIN, ['banjar']]]) } } });
  await loadDemoData(s.db.pool);
}, 120_000);
afterAll(async () => {
  await idp?.provider.close();
  await s?.close();
});

const make = async (who: Headers, body: { jabatan: string; delegasi: string; jenis?: 'Plt' | 'Plh' | 'Pj' | 'Pjs'; mulai: string; sampai: string }) =>
  s.app.inject({ method: 'POST', url: '/api/v1/delegations', headers: who, payload: { region: 'banjar', jenis: 'Plh', dasar: { nomor: '800/1/SETDA/2026', tanggal: '2026-12-01' }, ...body } });
const getCase = async (id: string): Promise<CaseView> => (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: AUTH })).json();
async function until(id: string, ok: (c: CaseView) => boolean | undefined, what: string): Promise<CaseView> {
  for (const end = Date.now() + 30_000; Date.now() < end; await sleep(150)) {
    const c = await getCase(id);
    if (c.tasks && ok(c)) return c;
  }
  throw new Error(`case ${id}: ${what}`);
}
const task = (c: CaseView, id: string) => c.tasks.find((t) => t.id === id && t.status === 'open') as Task | undefined;
const decide = async (id: string, taskId: string, who: Headers) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/tasks/${taskId}/decision`, headers: who, payload: { decision: 'approve' } });

describe('a P2 case under Plh delegations', () => {
  let caseId: string;

  it('a task moves to the Plh when the delegation starts, and the inbox of the delegate lists it with its holder', async () => {
    // The Sekretaris Daerah appoints the Kepala Dinas Kesehatan Plh of the Kepala Dinas Kominfo, from twenty seconds on (the case's first task opens before).
    const made = await make(await as(p.sekda), { jabatan: 'KADIS-KOMINFO', delegasi: p.kadisKesehatan, mulai: at(20_000), sampai: at(DAY) });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ jenis: 'Plh', pemegangNip: p.kadisKominfo, delegasiNip: p.kadisKesehatan, dibuat: { oleh: p.sekda, via: 'signed-in' }, riwayat: [{ peristiwa: 'dibuat' }] });
    const started = await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...(await as(requester('banjar'))), 'idempotency-key': `plh-${Date.now()}` },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
    });
    caseId = started.json().caseId;
    const before = await until(caseId, (c) => !!task(c, 'rekomendasi-puo'), 'the rekomendasi did not open');
    expect(task(before, 'rekomendasi-puo')).toMatchObject({ assignee: { nip: p.kadisKominfo } });
    expect(task(before, 'rekomendasi-puo')!.delegasi).toBeUndefined();
    expect(before.timeline[0]).toMatchObject({ action: 'diajukan', knownVia: 'signed-in' });

    const moved = await until(caseId, (c) => task(c, 'rekomendasi-puo')?.assignee.nip === p.kadisKesehatan, 'the task did not move at mulai');
    expect(task(moved, 'rekomendasi-puo')).toMatchObject({
      assignee: { nip: p.kadisKesehatan, jabatan: 'Plh. Kepala Dinas Komunikasi dan Informatika' },
      delegasi: { jenis: 'Plh', pemegang: { nip: p.kadisKominfo, jabatan: 'Kepala Dinas Komunikasi dan Informatika' }, dasar: 'Surat Perintah Nomor 800/1/SETDA/2026 tanggal 2026-12-01' },
    });
    expect(moved.timeline.at(-1)).toMatchObject({ action: 'dialihkan', taskId: 'rekomendasi-puo', citation: expect.stringContaining('UU 30/2014') });
    const inbox = (await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: await as(p.kadisKesehatan) })).json();
    expect(inbox.tasks).toContainEqual(expect.objectContaining({ caseId, taskId: 'rekomendasi-puo', delegasi: expect.objectContaining({ jenis: 'Plh', pemegang: expect.objectContaining({ nip: p.kadisKominfo }) }) }));
    const holderInbox = (await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: await as(p.kadisKominfo) })).json();
    expect(holderInbox.tasks.map((t: { caseId: string }) => t.caseId)).not.toContain(caseId);
  }, 60_000);

  it('the holder away is refused; the Plh decides, and the timeline records both and how the Plh was known', async () => {
    const holder = await decide(caseId, 'rekomendasi-puo', await as(p.kadisKominfo));
    expect(holder.statusCode).toBe(403);
    expect(holder.json().error.code).toBe('NOT_ASSIGNEE');
    const done = await decide(caseId, 'rekomendasi-puo', await as(p.kadisKesehatan));
    expect(done.statusCode, done.body).toBe(200);
    const entry = done.json().timeline.find((e: { action: string }) => e.action === 'direkomendasikan');
    expect(entry).toMatchObject({
      actor: { nip: p.kadisKesehatan, jabatan: 'Plh. Kepala Dinas Komunikasi dan Informatika' },
      delegasi: { jenis: 'Plh', pemegang: { nip: p.kadisKominfo } }, knownVia: 'signed-in',
    });
    // The holder still sees the case that was theirs.
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: await as(p.kadisKominfo) })).statusCode).toBe(200);
  }, 30_000);

  it('a task opening while a delegation is in force opens for the delegate', async () => {
    // The Plh's delegation began before this case: only the routing at open can give the task to her.
    const started = await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...vouched(requester('banjar')), 'idempotency-key': `plh-open-${Date.now()}` },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar', { pegawai: p.pranataKomputer2 }) },
    });
    expect(started.statusCode, started.body).toBe(201);
    const c = await until(started.json().caseId, (v) => !!task(v, 'rekomendasi-puo'), 'the rekomendasi did not open');
    expect(task(c, 'rekomendasi-puo')).toMatchObject({ assignee: { nip: p.kadisKesehatan }, delegasi: { jenis: 'Plh', pemegang: { nip: p.kadisKominfo } } });
    expect(c.timeline.map((e) => e.action)).toEqual(['diajukan', 'dialihkan']);
    expect(c.timeline[0]).toMatchObject({ knownVia: 'vouched', vouchedBy: 'test-eoffice' });
  }, 30_000);

  it('a task open when a delegation starts moves to the delegate; a delegate is refused their own assignment; ended early, the task goes back', async () => {
    // The Kepala Dinas Kominfo (vouched for by the e-office key) makes the employee herself Plh of her PPK.
    const made = await make(vouched(p.kadisKominfo), { jabatan: 'KABID-APTIKA', delegasi: p.pranataKomputer1, mulai: at(0), sampai: at(DAY) });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().dibuat).toMatchObject({ oleh: p.kadisKominfo, via: 'vouched', client: 'test-eoffice' });
    const c = await until(caseId, (v) => task(v, 'keputusan-ppk')?.assignee.nip === p.pranataKomputer1, 'the keputusan did not move to the delegate');
    expect(task(c, 'keputusan-ppk')).toMatchObject({ assignee: { nip: p.pranataKomputer1 }, delegasi: { pemegang: { nip: p.kabidAptika } } });
    const own = await decide(caseId, 'keputusan-ppk', await as(p.pranataKomputer1));
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'DELEGATE_OWN_MATTER', citation: 'UU 30/2014 (Administrasi Pemerintahan) Pasal 42 ayat (1)' });

    const ended = await s.app.inject({ method: 'POST', url: `/api/v1/delegations/${made.json().id}/end`, headers: vouched(p.kadisKominfo), payload: { alasan: 'konflik kepentingan' } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().riwayat.map((r: { peristiwa: string }) => r.peristiwa)).toEqual(['dibuat', 'diakhiri']);
    const back = await until(caseId, (v) => task(v, 'keputusan-ppk')?.assignee.nip === p.kabidAptika, 'the task did not go back at the end');
    expect(task(back, 'keputusan-ppk')!.delegasi).toBeUndefined();
    expect(back.timeline.at(-1)).toMatchObject({ action: 'dialihkan', notes: expect.stringContaining('kembali kepada') });
    const again = await s.app.inject({ method: 'POST', url: `/api/v1/delegations/${made.json().id}/end`, headers: vouched(p.kadisKominfo), payload: {} });
    expect(again.json().error.code).toBe('DELEGATION_ENDED');

    const decided = await decide(caseId, 'keputusan-ppk', vouched(p.kabidAptika));
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().timeline.find((e: { action: string }) => e.action === 'disetujui')).toMatchObject({ actor: { nip: p.kabidAptika }, knownVia: 'vouched', vouchedBy: 'test-eoffice' });
  }, 60_000);

  it('the Surat Tugas is signed by the Plh: "Plh." before the holder\'s jabatan', async () => {
    const c = await until(caseId, (v) => v.documents.length > 0, 'no document was issued');
    const doc = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${c.documents[0]!.id}?format=json`, headers: AUTH })).json();
    expect(doc.penandatangan).toMatchObject({ nip: p.kadisKesehatan, delegasi: 'Plh', jabatan: 'Kepala Dinas Komunikasi dan Informatika' });
    expect(c.timeline.find((e) => e.action === 'diterbitkan')).toMatchObject({ actor: { nip: p.kadisKesehatan, jabatan: 'Plh. Kepala Dinas Komunikasi dan Informatika' }, delegasi: { pemegang: { nip: p.kadisKominfo } } });
    const pdf = await s.app.inject({ method: 'GET', url: `/api/v1/documents/${c.documents[0]!.id}`, headers: AUTH });
    expect(pdf.statusCode).toBe(200);
    if (process.env.SAVE_PLH_PDF) (await import('node:fs')).writeFileSync(process.env.SAVE_PLH_PDF, pdf.rawPayload);
  }, 60_000);
});

describe('who appoints, chains and cycles', () => {
  const later = { mulai: at(2 * DAY), sampai: at(3 * DAY) };

  it('only whoever appoints to the position makes a delegation (the region\'s rule, cited)', async () => {
    const bappeda = await make(await as(p.kepalaBappeda), { jabatan: 'KABID-APTIKA', delegasi: p.pranataKomputer2, ...later });
    expect(bappeda.statusCode).toBe(403);
    expect(bappeda.json().error).toMatchObject({ code: 'NOT_APPOINTER', citation: expect.stringContaining('UU 30/2014'), message: expect.stringContaining(p.kadisKominfo) });
    // A Kepala Dinas is appointed by the kepala daerah: the Sekretaris Daerah or the BKPSDM records it, not another Kepala Dinas.
    expect((await make(await as(p.kadisKesehatan), { jabatan: 'KABAN-BAPPEDA', delegasi: p.kabidPerencanaan, ...later })).json().error.code).toBe('NOT_APPOINTER');
    const unknown = await make(await as(p.sekda), { jabatan: 'NO-SUCH', delegasi: p.kabidPerencanaan, ...later });
    expect(unknown.json().error.code).toBe('POSITION_NOT_FOUND');
    const holder = await make(await as(p.sekda), { jabatan: 'KABAN-BAPPEDA', delegasi: p.kepalaBappeda, ...later });
    expect(holder.json().error.code).toBe('DELEGATE_IS_HOLDER');
    const empty = await make(await as(p.sekda), { jabatan: 'KABAN-BAPPEDA', delegasi: p.kabidPerencanaan, mulai: later.sampai, sampai: later.mulai });
    expect(empty.json().error.code).toBe('PERIOD_INVALID');
  }, 30_000);

  it('a chain longer than the region allows is refused, and so is a cycle', async () => {
    const sekda = await as(p.sekda);
    // Kominfo → Kesehatan → Bappeda → Sekda: each delegate away in turn, three delegations long.
    for (const [jabatan, delegasi] of [['KADIS-KOMINFO', p.kadisKesehatan], ['KADIS-KESEHATAN', p.kepalaBappeda], ['KABAN-BAPPEDA', p.sekda]] as const) {
      const r = await make(sekda, { jabatan, delegasi, ...later });
      expect(r.statusCode, r.body).toBe(201);
    }
    const overlap = await make(sekda, { jabatan: 'KADIS-KOMINFO', delegasi: p.kabidAptika, mulai: at(2.5 * DAY), sampai: at(4 * DAY) });
    expect(overlap.json().error.code).toBe('DELEGATION_OVERLAPS');
    const admin = await as(ADMIN);
    const tooLong = await make(admin, { jabatan: 'SEKDA', delegasi: p.kabidPerencanaan, ...later });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().error.code).toBe('DELEGATION_CHAIN_TOO_LONG');
    const cycle = await make(admin, { jabatan: 'SEKDA', delegasi: p.kadisKesehatan, ...later });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error).toMatchObject({ code: 'DELEGATION_CYCLE', message: expect.stringContaining('KADIS-KESEHATAN → KABAN-BAPPEDA → SEKDA') });
    // A Pj stands in only for a vacant Sekretaris Daerah (Perpres 3/2018); a Pjs for the kepala daerah, no position here.
    const pj = await make(admin, { jabatan: 'SEKDA', delegasi: p.kabidPerencanaan, jenis: 'Pj', mulai: at(5 * DAY), sampai: at(6 * DAY) });
    expect(pj.statusCode).toBe(422);
    expect(pj.json().error).toMatchObject({ code: 'DELEGATION_KIND_NOT_FOR_POSITION', citation: expect.stringContaining('Perpres 3/2018'), fields: [{ field: 'body.jenis' }] });
    const pjs = await make(sekda, { jabatan: 'KADIS-KOMINFO', delegasi: p.kabidAptika, jenis: 'Pjs', mulai: at(5 * DAY), sampai: at(6 * DAY) });
    expect(pjs.json().error).toMatchObject({ code: 'DELEGATION_KIND_NOT_FOR_POSITION', citation: expect.stringContaining('Pasal 44 ayat (4)') });
    const listed = (await s.app.inject({ method: 'GET', url: '/api/v1/delegations?region=banjar&jabatan=KABAN-BAPPEDA', headers: await as(p.perawat) })).json();
    expect(listed.delegations).toHaveLength(1);
  }, 30_000);
});

describe('a Plt in a position vacant in the master data', () => {
  const b = demoPeople('bengkalis');

  it('a case whose step belongs to the vacant position is planned to its Plt, who decides and signs "Plt." before its jabatan', async () => {
    // The Kepala Dinas Kominfo of Bengkalis is made Staf Ahli: the position stays, nobody holds it (nor is anyone's PUO by name).
    const data = demoMasterData('bengkalis');
    const imported = await s.app.inject({
      method: 'POST', url: '/api/v1/master-data/bengkalis', headers: AUTH,
      payload: {
        jabatan: [{ kode: 'STAF-AHLI-PEM', nama: 'Staf Ahli Bupati Bidang Pemerintahan', unit: 'SETDA', jenis: 'jpt-pratama' }],
        pegawai: data.pegawai!.flatMap((x) => x.nip === b.kadisKominfo ? [{ ...x, jabatan: 'STAF-AHLI-PEM' }] : x.kedudukan?.puo === b.kadisKominfo ? [{ ...x, kedudukan: { ppk: x.kedudukan.ppk } }] : []),
      },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const start = async (key: string) => s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...vouched(requester('bengkalis')), 'idempotency-key': `plt-${key}-${Date.now()}` },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'bengkalis', ...permohonan('bengkalis') },
    });
    // Bengkalis lampiran BAB I §II.B.1.2: the Pimpinan PD tujuan decides; with nobody in the position, nobody can.
    const vacant = await start('vacant');
    expect(vacant.statusCode).toBe(422);
    expect(vacant.json().error.code).toBe('OFFICIAL_NOT_FOUND');

    // The Sekretaris Daerah appoints the Kepala Dinas Kesehatan Plt (a Plt names no holder).
    const made = await s.app.inject({
      method: 'POST', url: '/api/v1/delegations', headers: await as(b.sekda),
      payload: { region: 'bengkalis', jabatan: 'KADIS-KOMINFO', delegasi: b.kadisKesehatan, jenis: 'Plt', mulai: at(0), sampai: at(30 * DAY), dasar: { nomor: '800/7/SETDA/2026', tanggal: '2026-12-02' } },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().pemegangNip).toBeUndefined();
    const started = await start('plt');
    expect(started.statusCode, started.body).toBe(201);
    const caseId = started.json().caseId;
    const c = await until(caseId, (v) => !!task(v, 'keputusan'), 'the keputusan did not open');
    expect(task(c, 'keputusan')).toMatchObject({ assignee: { nip: b.kadisKesehatan, jabatan: 'Plt. Kepala Dinas Komunikasi dan Informatika' } });
    // Nobody holds it, so nobody but the Plt may decide; the Plt decides from their own inbox.
    expect((await decide(caseId, 'keputusan', vouched(b.kadisKesehatan))).statusCode).toBe(200);
    const done = await until(caseId, (v) => v.documents.length > 0, 'no document was issued');
    expect(done.timeline.find((e) => e.action === 'disetujui')).toMatchObject({ actor: { nip: b.kadisKesehatan, jabatan: 'Plt. Kepala Dinas Komunikasi dan Informatika' } });
    expect(done.timeline.find((e) => e.action === 'diterbitkan')).toMatchObject({ actor: { nip: b.kadisKesehatan, jabatan: 'Plt. Kepala Dinas Komunikasi dan Informatika' } });
    const doc = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${done.documents[0]!.id}?format=json`, headers: AUTH })).json();
    // Issued by the Dinas whose position it is, under its kop; signed by the Plt with their own pangkat.
    expect(doc.penandatangan).toMatchObject({ nip: b.kadisKesehatan, delegasi: 'Plt', jabatan: 'Kepala Dinas Komunikasi dan Informatika', pangkat: expect.stringContaining('IV/') });
    expect(doc).toMatchObject({ nomor: expect.stringContaining('/DISKOMINFOTIK/'), alamat: 'Jalan Merdeka Nomor 7' });
    if (process.env.SAVE_PLT_PDF) (await import('node:fs')).writeFileSync(process.env.SAVE_PLT_PDF, (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}`, headers: AUTH })).rawPayload);
  }, 60_000);
});

describe('a Pj of a vacant Sekretaris Daerah', () => {
  it('made by the BKPSDM, resolved when a case is planned: the Keputusan Sekretaris Daerah is signed "Pj. SEKRETARIS DAERAH," without NIP and pangkat', async () => {
    // Banjar's Sekretaris Daerah is made Staf Ahli: the position stays, nobody holds it.
    const data = demoMasterData('banjar');
    const imported = await s.app.inject({
      method: 'POST', url: '/api/v1/master-data/banjar', headers: AUTH,
      payload: {
        jabatan: [{ kode: 'STAF-AHLI-PEM', nama: 'Staf Ahli Bupati Bidang Pemerintahan', unit: 'SETDA', jenis: 'jpt-pratama' }],
        pegawai: data.pegawai!.filter((x) => x.nip === p.sekda).map((x) => ({ ...x, jabatan: 'STAF-AHLI-PEM' })),
      },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    // Perpres 3/2018: the kepala daerah appoints a Pj, recorded by the BKPSDM.
    const made = await make(await as(ADMIN), { jabatan: 'SEKDA', delegasi: p.kadisKesehatan, jenis: 'Pj', mulai: at(0), sampai: at(30 * DAY) });
    expect(made.statusCode, made.body).toBe(201);
    const started = await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...vouched(requester('banjar')), 'idempotency-key': `pj-${Date.now()}` },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
    });
    expect(started.statusCode, started.body).toBe(201);
    const caseId = started.json().caseId;
    // The Kepala Dinas Kominfo's Plh (in force since the first test) recommends; the PPK decides.
    const rekomendasi = await until(caseId, (v) => !!task(v, 'rekomendasi-puo'), 'the rekomendasi did not open');
    expect((await decide(caseId, 'rekomendasi-puo', vouched(task(rekomendasi, 'rekomendasi-puo')!.assignee.nip))).statusCode).toBe(200);
    await until(caseId, (v) => !!task(v, 'keputusan-ppk'), 'the keputusan did not open');
    expect((await decide(caseId, 'keputusan-ppk', vouched(p.kabidAptika))).statusCode).toBe(200);
    const done = await until(caseId, (v) => v.documents.length === 2, 'the documents were not issued');
    const keputusan = done.documents.find((d) => d.kind === 'keputusan-sekda')!;
    const doc = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${keputusan.id}?format=json`, headers: AUTH })).json();
    expect(doc.penandatangan).toMatchObject({ nip: p.kadisKesehatan, delegasi: 'Pj', jabatan: 'Sekretaris Daerah', sekretarisDaerah: true });
    expect(jabatanTandaTangan(doc.penandatangan)).toEqual(['Pj. SEKRETARIS DAERAH,']);
    expect(done.timeline.find((e) => e.action === 'diterbitkan' && e.documentId === keputusan.id)).toMatchObject({ actor: { nip: p.kadisKesehatan, jabatan: 'Pj. Sekretaris Daerah' } });
    if (process.env.SAVE_PJ_PDF) (await import('node:fs')).writeFileSync(process.env.SAVE_PJ_PDF, (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${keputusan.id}`, headers: AUTH })).rawPayload);
  }, 60_000);
});
