// P6 through the public API, on the real Temporal dev server and PostgreSQL: the team case starts
// its linked P2 cases, the decree is signed, numbered and rendered, and a change amends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { pembentukanTim } from '../../demo/pembentukanTimKerja';
import { requester } from '../../demo/permohonan';
import type { CaseView } from '../../domain/kasus';
import type { Region } from '../../profiles/schema';
import { loadDemoData } from '../support/cases';
import { api } from '../support/api';
import { penunjukanKeInstansiLuar } from '../../demo/penunjukanLintasInstansi';
import { AUTH, PATI_AUTH, startStack, TAPIN_AUTH, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

const body = (region: Region, over: object = {}) => ({ procedure: 'pembentukan-tim-kerja', region, ...pembentukanTim(region), ...over });
const document = (id: string, json = false) => s.app.inject({ method: 'GET', url: `/api/v1/documents/${id}${json ? '?format=json' : ''}`, headers: AUTH });
// A linked case the team case has not started yet reads as a 404 body, without tasks.
const openTask = (c: CaseView) => c.tasks?.find((t) => t.status === 'open');

/** Every step of a linked P2 case approved by its assignee, then the member acknowledges. */
async function approveLinked(caseId: string) {
  const client = api(s);
  let c = await client.until(caseId, (x) => !!openTask(x));
  while (c.status === 'awaiting-decision' || c.status === 'issuing') {
    const task = openTask(c);
    if (!task) { c = await client.getCase(caseId); continue; }
    const r = task.kind === 'tindakan' ? await client.act(caseId, `tasks/${task.id}/complete`, task.assignee.nip, { isi: 'disampaikan' }) : await client.decide(caseId, task.id, task.assignee.nip, { decision: 'approve' });
    expect(r.statusCode).toBe(200);
    c = await client.until(caseId, (x) => x.status === 'awaiting-acknowledgement' || x.tasks.some((t) => t.status === 'open' && t.id !== task.id));
  }
  const done = await client.until(caseId, (x) => x.status === 'awaiting-acknowledgement');
  expect((await client.act(caseId, 'acknowledge', done.assignedEmployee!.nip)).statusCode).toBe(200);
}

describe('P6 pembentukan tim kerja through the API', () => {
  const DECREE = {
    // The Sekretaris Daerah submits it; the Bupati signs it (form 6).
    bengkalis: { kind: 'keputusan-bupati', nomor: /^\d+\/KPTS\/\d{4}$/, signer: 'sekda', kepalaDaerah: 'Bupati Bengkalis' },
    banjar: { kind: 'keputusan-sekda', nomor: /^\d+ TAHUN \d{4}$/, signer: 'sekda' },
    pati: { kind: 'surat-penugasan', nomor: /^800\/\d+\/BAPPEDA\.PEREN\/\d{4}$/, signer: 'kabidPerencanaan' },
    pasuruan: { kind: 'keputusan-kepala-pd', nomor: /^188\/\d+\/423\.060\/\d{4}$/, signer: 'kepalaBappeda' },
  } as const;

  it.each(['bengkalis', 'banjar', 'pati', 'pasuruan'] as const)('%s: the team waits for its linked P2 case, the decree is signed, numbered, rendered; a change amends it', async (region) => {
    const p = demoPeople(region);
    const client = api(s);
    const started = await client.start(requester(region), body(region));
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    expect(caseId).toMatch(new RegExp(`^${region}-p6-`));
    // The linked case is visible from the team, and is a case of its own.
    const linkedId = `${caseId}-anggota-1`;
    const team = await client.until(caseId, (x) => (x.subject as { linkedCases: unknown[] }).linkedCases.length === 1);
    expect(team.subject).toMatchObject({ lingkup: 'lintas-unit', linkedCases: [{ caseId: linkedId, procedure: 'penunjukan-lintas-unit', status: 'berjalan', nip: p.pranataKomputer1 }] });
    expect((await client.until(linkedId, (x) => !!openTask(x))).procedure).toBe('penunjukan-lintas-unit');
    await approveLinked(linkedId);

    const decree = DECREE[region];
    const signing = await client.until(caseId, (x) => openTask(x)?.id === 'penetapan');
    expect(signing.subject).toMatchObject({ linkedCases: [{ caseId: linkedId, status: 'issued' }] });
    expect(openTask(signing)!.assignee.nip).toBe(p[decree.signer]);
    expect((await client.decide(caseId, 'penetapan', p[decree.signer], { decision: 'approve' })).statusCode).toBe(200);
    const issued = await client.until(caseId, (x) => x.status === 'awaiting-acknowledgement');
    const [doc] = issued.documents;
    expect(doc.kind).toBe(decree.kind);
    expect(doc.nomor).toMatch(decree.nomor);
    const data = (await document(doc.id, true)).json();
    if ('kepalaDaerah' in decree) expect(data).toMatchObject({ pemerintah: decree.kepalaDaerah.toUpperCase(), penandatangan: { jabatan: decree.kepalaDaerah } });
    else expect(data.penandatangan.nip).toBe(p[decree.signer]);
    expect(data.lampiran.baris.map((r: string[]) => r.join(' '))).toEqual([
      expect.stringContaining('Dewi Lestari'), expect.stringContaining('Ratna Sari'), expect.stringContaining('Rizky Pratama'),
    ]);
    const pdf = await document(doc.id);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Pasuruan (lampiran II): beside it, a Surat Tugas for each member it assigns, naming their place in the team.
    const suratTugas = issued.documents.filter((d) => d.kind === 'surat-tugas' && d.id !== doc.id);
    expect(suratTugas.map((d) => d.id)).toEqual(region === 'pasuruan' ? [`${doc.id.replace(/\.[^.]+$/, '')}.surat-tugas.${p.perencana}`, `${doc.id.replace(/\.[^.]+$/, '')}.surat-tugas.${p.pranataKomputer1}`] : []);
    for (const [d, sebagai] of suratTugas.map((x, i) => [x, i ? 'Anggota Tim' : 'Ketua Tim'] as const)) {
      expect(d.nomor).toMatch(/^800\/\d+\/423\.060\/\d{4}$/);
      expect((await document(d.id, true)).json().untuk[0]).toContain(`Diberikan tugas sebagai ${sebagai} dalam Tim Satu Data Perencanaan`);
    }

    // Addressed to every member it assigns: each acknowledges their own receipt (the penanggung jawab, who directs the team, has none).
    expect(issued.tasks.filter((t) => t.kind === 'tanda-terima').map((t) => t.assignee.nip)).toEqual([p.perencana, p.pranataKomputer1]);
    const forAnother = await client.act(caseId, 'acknowledge', p.kabidPerencanaan);
    expect(forAnother.statusCode).toBe(403);
    expect(forAnother.json()).toMatchObject({ error: { code: 'NOT_ADDRESSEE', message: expect.stringContaining('each acknowledges their own receipt') } });
    expect((await client.act(caseId, 'acknowledge', p.pranataKomputer1)).statusCode).toBe(200);
    expect((await client.getCase(caseId)).status).toBe('awaiting-acknowledgement');
    expect((await client.act(caseId, 'acknowledge', p.perencana)).statusCode).toBe(200);
    await client.until(caseId, (x) => x.status === 'in-force');

    // A change: only the former (403), then signed and issued as a new decree naming the first.
    const change = { jenis: 'tambah', baru: { nip: p.statistisi, tugas: 'mengolah dan memvalidasi data' }, alasan: 'beban kerja bertambah' };
    const notFormer = await client.act(caseId, 'actions/ubah-tim', p.perencana, change);
    expect(notFormer.statusCode).toBe(403);
    expect(notFormer.json()).toMatchObject({ error: { code: 'NOT_REQUESTER' } });
    const noReason = await client.act(caseId, 'actions/ubah-tim', requester(region), { ...change, alasan: undefined });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toContainEqual(expect.objectContaining({ field: 'body.alasan' }));
    const generic = await client.act(caseId, 'actions/ubah-tim', requester(region), { isi: 'tambah anggota' });
    expect(generic.statusCode).toBe(400);
    expect(generic.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', fields: expect.arrayContaining([expect.objectContaining({ field: 'body.jenis' })]) } });
    const fromElsewhere = await client.act(caseId, 'actions/ubah-tim', requester(region), { ...change, baru: { nip: p.pranataKomputer2, tugas: 'mengolah data' } });
    expect(fromElsewhere.statusCode).toBe(422);
    expect(fromElsewhere.json()).toMatchObject({ error: { code: 'EMPLOYEE_NOT_ELIGIBLE', fields: expect.arrayContaining([expect.objectContaining({ field: 'baru.nip' })]) } });
    expect((await client.act(caseId, 'actions/ubah-tim', requester(region), change)).statusCode).toBe(200);
    const sign = await client.until(caseId, (x) => openTask(x)?.id === 'penandatanganan-perubahan-1');
    expect((await client.act(caseId, 'tasks/penandatanganan-perubahan-1/complete', openTask(sign)!.assignee.nip, { isi: 'ditandatangani' })).statusCode).toBe(200);
    const amended = await client.until(caseId, (x) => x.documents.filter((d) => d.kind === decree.kind).length === 2);
    expect(amended.status).toBe('in-force');
    const second = amended.documents.filter((d) => d.kind === decree.kind)[1];
    expect(second.id).toBe(`${doc.id}.1`);
    expect(second.nomor).toMatch(decree.nomor);
    expect(second.nomor).not.toBe(doc.nomor);
    const text = JSON.stringify((await document(second.id, true)).json());
    expect(text).toContain(`Nomor ${doc.nomor}`);
    expect(text).toContain('Maya Anggraini');
    if (region === 'pasuruan') {
      // The member it brings in: their own Surat Tugas citing it by number (lampiran II), and their receipt of both.
      const brought = await client.until(caseId, (x) => x.tasks.some((t) => t.id === `tanda-terima-${p.statistisi}-1` && t.status === 'open'));
      expect(brought.status).toBe('in-force');
      const own = brought.documents.find((d) => d.id === `${caseId}.surat-tugas.${p.statistisi}.1`)!;
      expect((await document(own.id, true)).json().dasar.at(-1)).toContain(`Nomor ${second.nomor}`);
      expect((await client.act(caseId, 'acknowledge', p.perencana)).statusCode).toBe(403);
      expect((await client.act(caseId, 'acknowledge', p.statistisi)).statusCode).toBe(200);
    }
  });

  it('refuses with the article: the ketua from another unit (422), an official who does not form the team (403), a bad body (400)', async () => {
    const p = demoPeople('banjar');
    const client = api(s);
    const ketua = await client.start(requester('banjar'), body('banjar', { ketua: { nip: p.pranataKomputer2, tugas: 'memimpin tim' } }));
    expect(ketua.statusCode).toBe(422);
    expect(ketua.json()).toMatchObject({ error: { code: 'KETUA_NOT_FROM_OWNING_UNIT', citation: 'banjar pasal 9(3)' } });
    const former = await client.start(p.perencana, body('banjar'));
    expect(former.statusCode).toBe(403);
    expect(former.json()).toMatchObject({ error: { code: 'NOT_REQUESTER_ROLE', citation: 'banjar lampiran III.A.3' } });
    const bad = await client.start(requester('banjar'), body('banjar', { targetAngka: undefined }));
    expect(bad.statusCode).toBe(400);
    // The team's reports go to the PUO "dan/atau" the PPK (pasal 17(1)b): the request may name one of them, nothing else.
    const receiver = await client.start(requester('banjar'), body('banjar', { siklusKinerja: { penerimaLaporan: 'penanggung-jawab' } }));
    expect(receiver.statusCode).toBe(400);
    expect(receiver.json()).toMatchObject({ error: { code: 'UNKNOWN_RECEIVER_CHOICE', citation: 'banjar pasal 17(1)b, lampiran III.B.3.e', fields: [{ field: 'siklusKinerja.penerimaLaporan', message: 'one of keduanya, puo-pemilik, ppk-pegawai' }] } });
    const requirements = await client.start(requester('banjar'), body('banjar', { ketua: { nip: p.pelaksanaPerencanaan, tugas: 'memimpin tim' } }));
    expect(requirements.statusCode).toBe(422);
    expect(requirements.json()).toMatchObject({ error: { code: 'KETUA_REQUIREMENTS', citation: 'banjar pasal 9(6)' } });
    const long = await client.start(requester('banjar'), body('banjar', { periode: { mulai: '2027-01-04', selesai: '2027-07-05' } }));
    expect(long.statusCode).toBe(422);
    expect(long.json()).toMatchObject({ error: { code: 'ASSIGNMENT_TOO_LONG', citation: 'banjar pasal 9(5)' } });
  });

  const dariPati = { instansiTujuan: 'pati', unitTujuan: 'KOMINFO-APTIKA', tugas: 'mengintegrasikan data antardaerah', kompetensi: ['integrasi sistem informasi'], kriteria: { namaJabatan: 'Pranata Komputer' } };

  it('banjar: a member from pati comes in through a linked P3 case, visible from the team and to both agencies', async () => {
    const client = api(s);
    const started = await client.start(requester('banjar'), body('banjar', { anggotaLintasInstansi: [dariPati] }));
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    const team = await client.until(caseId, (x) => (x.subject as { linkedCases: unknown[] }).linkedCases.length === 2);
    expect(team.subject).toMatchObject({ lingkup: 'lintas-instansi', linkedCases: [{ procedure: 'penunjukan-lintas-unit' }, { caseId: `${caseId}-instansi-1`, procedure: 'penunjukan-lintas-instansi', instansi: 'PEMERINTAH KABUPATEN PATI' }] });
    const linked = await client.until(`${caseId}-instansi-1`, (x) => !!openTask(x));
    expect(linked).toMatchObject({ procedure: 'penunjukan-lintas-instansi', regions: ['banjar', 'pati'], tasks: [{ id: 'persetujuan-pyb-pemohon' }] });
    // Pati's key reads the team case too, whose decree will name its employee, and finds it in its list; the case's steps stay banjar's.
    const seen = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: PATI_AUTH });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ procedure: 'pembentukan-tim-kerja', region: 'banjar', regions: ['banjar', 'pati'] });
    const listedFor = async (auth: typeof PATI_AUTH) => ((await s.app.inject({ method: 'GET', url: '/api/v1/cases?region=pati', headers: auth })).json().cases as { caseId: string }[]).map((c) => c.caseId);
    // The list is the projection's, written once the team case has recorded its start.
    for (const end = Date.now() + 10_000; !(await listedFor(PATI_AUTH)).includes(caseId); await new Promise((r) => setTimeout(r, 50)))
      if (Date.now() > end) throw new Error(`team case ${caseId} is not listed for pati`);
    const withdraw = await s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/withdraw`, headers: { ...PATI_AUTH, 'x-acting-official': requester('banjar') }, payload: {} });
    expect(withdraw.statusCode).toBe(403);
    expect(withdraw.json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE' });
    // Its linked P2 case, between banjar's own units, is not pati's to read.
    await client.until(`${caseId}-anggota-1`, (x) => !!openTask(x));
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}-anggota-1`, headers: PATI_AUTH })).statusCode).toBe(404);
  });

  it('banjar: a member from tapin (declared, not on this service) through a linked P3 case its key sees; a bad or missing instansiLuar is refused naming the field (400)', async () => {
    const client = api(s);
    const { instansiLuar } = penunjukanKeInstansiLuar('banjar');
    const dariTapin = { instansiTujuan: 'tapin', unitTujuan: 'DISKOMINFO-APTIKA', tugas: 'mengintegrasikan data antardaerah', kompetensi: ['integrasi sistem informasi'], instansiLuar };
    const start = (entry: object) => client.start(requester('banjar'), body('banjar', { anggotaLintasInstansi: [entry] }));

    const impossible = await start({ ...dariTapin, instansiLuar: { ...instansiLuar!, ppk: { ...instansiLuar!.ppk, nip: '198104122006042000' } } });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().error).toMatchObject({
      code: 'AGENCY_OFFICIALS_INVALID', citation: 'banjar lampiran II.B.1.c',
      fields: [{ field: 'anggotaLintasInstansi[0].instansiLuar.ppk.nip', message: 'sequence 000 is not issued' }],
    });
    const { instansiLuar: _none, ...tanpaPejabat } = dariTapin;
    const missing = await start(tanpaPejabat);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'AGENCY_OFFICIALS_REQUIRED', fields: [{ field: 'anggotaLintasInstansi[0].instansiLuar' }] });
    // Its shape is the P3 request's: an unknown field is refused by the schema.
    const shape = await start({ ...dariTapin, instansiLuar: { ...instansiLuar!, telepon: '0517' } });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error).toMatchObject({ code: 'INVALID_REQUEST', fields: [{ field: 'body.anggotaLintasInstansi[0].instansiLuar.telepon', message: 'is not a property of this request: remove it' }] });

    const started = await start(dariTapin);
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    // The linked case spans tapin, whose key sees it with its own hop waiting for banjar's first.
    const linked = await client.until(`${caseId}-instansi-1`, (x) => !!openTask(x));
    expect(linked).toMatchObject({ regions: ['banjar', 'tapin'], subject: { instansiTujuan: { region: 'tapin', luarLayanan: true } }, tasks: [{ id: 'persetujuan-pyb-pemohon' }] });
    const seen = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}-instansi-1`, headers: TAPIN_AUTH });
    expect(seen.statusCode).toBe(200);
    // And the team case, whose decree will name its employee.
    const team = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: TAPIN_AUTH });
    expect(team.statusCode).toBe(200);
    expect(team.json()).toMatchObject({ regions: ['banjar', 'tapin'] });
  });

  it('bengkalis and pasuruan: a member from another agency is refused, citing that their regulation has no such procedure (422)', async () => {
    const client = api(s);
    for (const region of ['bengkalis', 'pasuruan'] as const) {
      const r = await client.start(requester(region), body(region, { anggotaLintasInstansi: [dariPati] }));
      expect(r.statusCode).toBe(422);
      expect(r.json()).toMatchObject({ error: { code: 'CROSS_AGENCY_NOT_PROVIDED', fields: [{ field: 'anggotaLintasInstansi[0].instansiTujuan' }] } });
    }
  });
});
