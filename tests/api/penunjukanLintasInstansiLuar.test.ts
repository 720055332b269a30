// P3 to an agency not on this service through the public API: Tapin is declared (EXTERNAL_AGENCIES)
// and has its own e-office key, scoped to it; it sees the cases naming it, acts on its side only,
// and reports the Surat Penugasan it issues itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { permohonan, requester } from '../../demo/permohonan';
import { penunjukanKeInstansiLuar, tapin } from '../../demo/penunjukanLintasInstansi';
import { rekomendasiPenilaian } from '../../demo/rekomendasiPenilaianKinerja';
import { tanggalLokal } from '../../domain/dokumen';
import type { CaseView } from '../../domain/kasus';
import type { Region } from '../../profiles/schema';
import { keyedApi, taskOpen as open } from '../support/api';
import { loadDemoData } from '../support/cases';
import { AUTH, BANJAR_AUTH, PATI_AUTH, startStack, TAPIN_AUTH, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

type Auth = typeof BANJAR_AUTH;
const keyed = keyedApi(() => s);
const { post, get, decide, complete, until } = keyed;
const start = (auth: Auth, region: Region, actor: string, over: object = {}, procedure = 'penunjukan-lintas-instansi') =>
  keyed.start(auth, actor, { procedure, region, ...({ 'penunjukan-lintas-instansi': penunjukanKeInstansiLuar(region), 'penunjukan-lintas-unit': permohonan(region) }[procedure] ?? {}), ...over });
const employees = tapin.pegawai.map((e) => ({ ...e }));

describe('P3 to an agency not on this service, through the API', () => {
  it('banjar asks tapin: tapin\'s key takes every hop on its side, answers with the list, reports its Surat Penugasan, its employees acknowledge', async () => {
    const banjar = demoPeople('banjar');
    const started = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda);
    expect(started.statusCode).toBe(201);
    const caseId: string = started.json().caseId;
    expect(started.json()).toMatchObject({ regions: ['banjar', 'tapin'], subject: { instansiTujuan: { region: 'tapin', luarLayanan: true } } });

    // Tapin's key sees the case (and lists it), but the own side's hop is banjar's.
    await until(TAPIN_AUTH, caseId, open('persetujuan-pyb-pemohon'));
    expect((await get(TAPIN_AUTH, '/api/v1/cases')).json().cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    const onOwnSide = await decide(TAPIN_AUTH, caseId, 'persetujuan-pyb-pemohon', banjar.sekda);
    expect(onOwnSide.statusCode).toBe(403);
    expect(onOwnSide.json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE' });
    expect((await post(TAPIN_AUTH, `/api/v1/cases/${caseId}/withdraw`, banjar.kepalaBappeda)).statusCode).toBe(403);
    expect((await decide(BANJAR_AUTH, caseId, 'persetujuan-pyb-pemohon', banjar.sekda)).statusCode).toBe(200);

    // Its hops are in the inbox of its own officials, through its own key; banjar's key may not take them.
    await until(TAPIN_AUTH, caseId, open('persetujuan-pyb-tujuan'));
    const inbox = (await get(TAPIN_AUTH, '/api/v1/inbox', tapin.pejabatBerwenang.nip)).json();
    expect(inbox.tasks).toEqual([expect.objectContaining({ caseId, taskId: 'persetujuan-pyb-tujuan', region: 'tapin' })]);
    const banjarOnTapin = await decide(BANJAR_AUTH, caseId, 'persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip);
    expect(banjarOnTapin.statusCode).toBe(403);
    expect(banjarOnTapin.json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE', message: expect.stringContaining('tapin') });
    // Another official of tapin is not its Pejabat yang Berwenang.
    expect((await decide(TAPIN_AUTH, caseId, 'persetujuan-pyb-tujuan', tapin.ppk.nip)).json().error).toMatchObject({ code: 'NOT_ASSIGNEE' });
    expect((await decide(TAPIN_AUTH, caseId, 'persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip)).statusCode).toBe(200);
    await until(TAPIN_AUTH, caseId, open('rekomendasi-puo-tujuan'));
    expect((await decide(TAPIN_AUTH, caseId, 'rekomendasi-puo-tujuan', tapin.puo.nip)).statusCode).toBe(200);

    // The answer names each employee; the list is checked before it enters history (400 naming the fields).
    await until(TAPIN_AUTH, caseId, open('jawaban-ppk-tujuan'));
    const noList = await decide(TAPIN_AUTH, caseId, 'jawaban-ppk-tujuan', tapin.ppk.nip);
    expect(noList.statusCode).toBe(400);
    expect(noList.json().error).toMatchObject({ code: 'EMPLOYEE_LIST_REQUIRED', fields: [{ field: 'employees' }] });
    const badList = await decide(TAPIN_AUTH, caseId, 'jawaban-ppk-tujuan', tapin.ppk.nip, {
      decision: 'approve', employees: [employees[0], { ...employees[1], nip: '199408032019032000' }, { ...employees[0], unit: '' }],
    });
    expect(badList.statusCode).toBe(400);
    expect(badList.json().error).toMatchObject({
      code: 'EMPLOYEE_LIST_INVALID', citation: 'banjar lampiran II.B.1.c.4, banjar lampiran II.B.1.c.5.a',
      fields: [
        { field: 'employees[1].nip', message: 'sequence 000 is not issued' },
        { field: 'employees[2].nip', message: 'on the list more than once' },
        { field: 'employees[2].unit', message: 'required' },
      ],
    });
    const badShape = await decide(TAPIN_AUTH, caseId, 'jawaban-ppk-tujuan', tapin.ppk.nip, { decision: 'approve', employees: [{ ...employees[0], nip: '12345', golongan: 'IX/z' }] });
    expect(badShape.statusCode).toBe(400);
    const answered = await decide(TAPIN_AUTH, caseId, 'jawaban-ppk-tujuan', tapin.ppk.nip, { decision: 'approve', employees });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().assignedEmployees).toEqual(employees);
    await until(TAPIN_AUTH, caseId, open('persetujuan-jawaban-pyb-tujuan'));
    expect((await decide(TAPIN_AUTH, caseId, 'persetujuan-jawaban-pyb-tujuan', tapin.pejabatBerwenang.nip)).statusCode).toBe(200);

    // Tapin's PUO reports the Surat Penugasan it issued: its number and date, checked, then on record.
    const reporting = await until(TAPIN_AUTH, caseId, open('laporan-surat-penugasan'));
    // Every decision is taken: the request can no longer be withdrawn.
    const late = await post(BANJAR_AUTH, `/api/v1/cases/${caseId}/withdraw`, banjar.kepalaBappeda);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'NOT_WITHDRAWABLE', citation: 'banjar lampiran II.B.1.c.5.c', message: expect.stringContaining('PEMERINTAH KABUPATEN TAPIN issues the SURAT PENUGASAN') });
    const tanggal = tanggalLokal(reporting.startedAt, 'Asia/Makassar'); // the day of the request in banjar
    const noNumber = await complete(TAPIN_AUTH, caseId, 'laporan-surat-penugasan', tapin.puo.nip, { tanggal });
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().error).toMatchObject({ code: 'DOCUMENT_REPORT_INVALID', fields: [{ field: 'nomor' }] });
    expect((await complete(BANJAR_AUTH, caseId, 'laporan-surat-penugasan', tapin.puo.nip, { nomor: '800/12/DISKOMINFO/2027', tanggal })).statusCode).toBe(403);
    const reported = await complete(TAPIN_AUTH, caseId, 'laporan-surat-penugasan', tapin.puo.nip, { nomor: '800/12/DISKOMINFO/2027', tanggal });
    expect(reported.statusCode).toBe(200);
    expect(reported.json().documents[0]).toEqual({
      id: `${caseId}.surat-penugasan`, kind: 'surat-penugasan', title: 'SURAT PENUGASAN', nomor: '800/12/DISKOMINFO/2027',
      issuedAt: `${tanggal}T00:00:00.000Z`, issuedOutside: { pemerintah: 'PEMERINTAH KABUPATEN TAPIN', tanggal },
    });

    // Banjar's Keputusan Bupati (pasal 14(1)) is issued here; the employees are tapin's: its key acknowledges for them.
    const issued = await until(TAPIN_AUTH, caseId, (c) => c.tasks.filter((t) => t.kind === 'tanda-terima' && t.status === 'open').length === 2);
    expect(issued.documents.map((d) => [d.kind, d.issuedOutside ? 'tapin' : 'here'])).toEqual([['surat-penugasan', 'tapin'], ['keputusan-bupati', 'here']]);
    expect((await post(BANJAR_AUTH, `/api/v1/cases/${caseId}/acknowledge`, employees[0].nip)).statusCode).toBe(403);
    for (const e of employees) expect((await post(TAPIN_AUTH, `/api/v1/cases/${caseId}/acknowledge`, e.nip)).statusCode).toBe(200);
    const done = await until(BANJAR_AUTH, caseId, (c) => c.status === 'issued');
    expect(done.timeline.filter((e) => e.action === 'diterima').map((e) => e.actor?.nip).sort()).toEqual(employees.map((e) => e.nip).sort());

    // Both keys read the Keputusan; the reported Surat Penugasan has no PDF here.
    const keputusan = issued.documents[1];
    for (const auth of [BANJAR_AUTH, TAPIN_AUTH]) {
      const data = (await get(auth, `/api/v1/documents/${keputusan.id}?format=json`)).json();
      expect(data).toMatchObject({ region: 'banjar', title: 'KEPUTUSAN BUPATI BANJAR', tembusan: ['Sekretaris Daerah Kabupaten Tapin'] });
    }
    expect((await get(TAPIN_AUTH, `/api/v1/documents/${caseId}.surat-penugasan`)).statusCode).toBe(404);

    // The work of each employee runs as a cycle of its own at banjar's owning unit. The employee and
    // their own PPK (tapin's, banjar lampiran I.A.1.c) act through tapin's key; the PUO owning the target, through banjar's.
    const working = await until(BANJAR_AUTH, caseId, (c) => c.siklusKinerjaPegawai?.length === 2);
    expect(working.siklusKinerjaPegawai!.map((c) => c.nip)).toEqual(employees.map((e) => e.nip));
    const cycleId = working.siklusKinerjaPegawai![0].caseId;
    const cycle = await until(TAPIN_AUTH, cycleId, open('rencana-1'));
    expect(cycle).toMatchObject({ procedure: 'siklus-kinerja', region: 'banjar', regions: ['banjar', 'tapin'], subject: { pegawai: { nip: employees[0].nip }, instansiPegawai: { region: 'tapin' } } });
    const due = (await get(TAPIN_AUTH, '/api/v1/inbox', employees[0].nip)).json();
    expect(due.tasks).toEqual([expect.objectContaining({ caseId: cycleId, taskId: 'rencana-1', region: 'tapin' })]);
    const rencana = { isi: 'rencana kegiatan dan anggaran integrasi data' };
    expect((await complete(BANJAR_AUTH, cycleId, 'rencana-1', employees[0].nip, rencana)).json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE' });
    expect((await complete(TAPIN_AUTH, cycleId, 'rencana-1', employees[0].nip, rencana)).statusCode).toBe(200);
    await until(TAPIN_AUTH, cycleId, open('persetujuan-rencana-1'));
    expect((await get(TAPIN_AUTH, '/api/v1/inbox', tapin.ppk.nip)).json().tasks).toEqual([expect.objectContaining({ caseId: cycleId, taskId: 'persetujuan-rencana-1', citation: 'banjar lampiran I.A.1.c' })]);
    expect((await decide(TAPIN_AUTH, cycleId, 'persetujuan-rencana-1', tapin.ppk.nip)).statusCode).toBe(200);
    // The PUO owning the target asks for a report at any time (banjar pasal 17(2)); it is the employee's, through tapin.
    // An action is taken through the key of the acting official's agency: tapin's key cannot act as banjar's PUO.
    const spoofed = await post(TAPIN_AUTH, `/api/v1/cases/${cycleId}/actions/minta-laporan`, banjar.kepalaBappeda, { isi: 'progres integrasi' });
    expect(spoofed.statusCode).toBe(403);
    expect(spoofed.json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE', message: expect.stringContaining('an official of banjar') });
    expect((await post(BANJAR_AUTH, `/api/v1/cases/${cycleId}/actions/minta-laporan`, banjar.kepalaBappeda, { isi: 'progres integrasi' })).statusCode).toBe(200);
    const asked = await until(TAPIN_AUTH, cycleId, open('laporan-sewaktu-1'));
    expect(asked.tasks.find((t) => t.id === 'laporan-sewaktu-1')).toMatchObject({ assignee: { nip: employees[0].nip }, region: 'tapin' });
    // A kendala is decided by the owning unit's PUO (banjar lampiran III.A.b.3); needing their own agency, tapin's PUO
    // receives it to follow up (III.A.b.4), a task of tapin's; raised through tapin's key.
    const kendalaBody = { isi: 'akses data kependudukan', alternatif: ['MoU antar daerah'], kepada: tapin.puo.nip };
    expect((await post(BANJAR_AUTH, `/api/v1/cases/${cycleId}/actions/kendala`, employees[0].nip, kendalaBody)).json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE' });
    const kendala = await post(TAPIN_AUTH, `/api/v1/cases/${cycleId}/actions/kendala`, employees[0].nip, { isi: 'akses data kependudukan', alternatif: ['MoU antar daerah'], kepada: tapin.puo.nip });
    expect(kendala.statusCode).toBe(200);
    const raised = await until(TAPIN_AUTH, cycleId, open('tindak-lanjut-kendala-1'));
    expect(raised.tasks.find((t) => t.id === 'kendala-1')).toMatchObject({ status: 'open', assignee: { nip: banjar.kepalaBappeda } });
    expect(raised.tasks.find((t) => t.id === 'tindak-lanjut-kendala-1')).toMatchObject({ assignee: { nip: tapin.puo.nip }, region: 'tapin' });
    // Each employee has one cycle: a second start is refused, naming it.
    const again = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda, { penugasan: caseId, pegawai: employees[0].nip, laporan: { setiapHari: 30, batasHari: 7 } }, 'siklus-kinerja');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CYCLE_EXISTS', message: expect.stringContaining(cycleId) });

    // Rated here by the PUO who owns the target; received by the employee's own PPK and PUO in tapin, through its key (banjar lampiran III.B.3).
    const rating = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda, { ...rekomendasiPenilaian(caseId), pegawai: employees[1].nip }, 'rekomendasi-penilaian-kinerja');
    expect(rating.statusCode).toBe(201);
    const p8: CaseView<{ pegawai: { perangkatDaerah: { nama: string } }; lintasUnit: boolean }> = rating.json();
    expect(p8).toMatchObject({ regions: ['banjar', 'tapin'], subject: { pegawai: { nip: employees[1].nip, perangkatDaerah: { nama: 'PEMERINTAH KABUPATEN TAPIN' } }, lintasUnit: true } });
    await until(TAPIN_AUTH, p8.caseId, open('menerima-rekomendasi-ppk'));
    expect((await get(TAPIN_AUTH, '/api/v1/inbox', tapin.ppk.nip)).json().tasks).toContainEqual(expect.objectContaining({ caseId: p8.caseId, taskId: 'menerima-rekomendasi-ppk', region: 'tapin' }));
    expect((await complete(BANJAR_AUTH, p8.caseId, 'menerima-rekomendasi-ppk', tapin.ppk.nip, {})).statusCode).toBe(403);
    expect((await complete(TAPIN_AUTH, p8.caseId, 'menerima-rekomendasi-ppk', tapin.ppk.nip, {})).statusCode).toBe(200);
    expect((await complete(TAPIN_AUTH, p8.caseId, 'menerima-rekomendasi-puo', tapin.puo.nip, {})).statusCode).toBe(200);
    const rated = await until(TAPIN_AUTH, p8.caseId, (c) => c.status === 'issued');
    const form = (await get(TAPIN_AUTH, `/api/v1/documents/${rated.documents[0].id}?format=json`)).json();
    expect(form.formulir.identitas[0].baris).toContainEqual(['Perangkat Daerah', 'PEMERINTAH KABUPATEN TAPIN']);
    // One of two lent employees is named; another is refused with the list.
    const unnamed = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda, rekomendasiPenilaian(caseId), 'rekomendasi-penilaian-kinerja');
    expect(unnamed.json().error).toMatchObject({ code: 'EMPLOYEE_REQUIRED', fields: [{ field: 'pegawai' }] });
  });

  it('tapin\'s key does not see banjar\'s unrelated cases, nor another agency\'s, nor start a case', async () => {
    const banjar = demoPeople('banjar');
    const p2 = await start(BANJAR_AUTH, 'banjar', requester('banjar'), {}, 'penunjukan-lintas-unit');
    expect(p2.statusCode).toBe(201);
    const id = p2.json().caseId;
    expect((await get(TAPIN_AUTH, `/api/v1/cases/${id}`)).statusCode).toBe(404);
    expect((await get(TAPIN_AUTH, '/api/v1/cases')).json().cases.map((c: { caseId: string }) => c.caseId)).not.toContain(id);
    expect((await decide(TAPIN_AUTH, id, 'rekomendasi-puo', banjar.kadisKominfo)).statusCode).toBe(404);
    // A case naming tapin is not pati's.
    const p3 = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda);
    expect((await get(PATI_AUTH, `/api/v1/cases/${p3.json().caseId}`)).statusCode).toBe(404);
    expect((await start(TAPIN_AUTH, 'banjar', banjar.kepalaBappeda)).statusCode).toBe(403);
  });

  it('a refusal at a hop of tapin ends the case with its reasons; the request\'s officials are checked at the start', async () => {
    const banjar = demoPeople('banjar');
    const caseId: string = (await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda)).json().caseId;
    await until(BANJAR_AUTH, caseId, open('persetujuan-pyb-pemohon'));
    expect((await decide(BANJAR_AUTH, caseId, 'persetujuan-pyb-pemohon', banjar.sekda)).statusCode).toBe(200);
    await until(TAPIN_AUTH, caseId, open('persetujuan-pyb-tujuan'));
    const bare = await decide(TAPIN_AUTH, caseId, 'persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip, { decision: 'refuse' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error).toMatchObject({ code: 'REASONS_REQUIRED', fields: [{ field: 'reasons' }] });
    const refused = await decide(TAPIN_AUTH, caseId, 'persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip, { decision: 'refuse', reasons: 'pegawai sedang menangani proyek prioritas daerah' });
    expect(refused.statusCode).toBe(200);
    const closed = await until(BANJAR_AUTH, caseId, (c) => c.status === 'refused');
    expect(closed.outcome).toMatchObject({ reasons: 'pegawai sedang menangani proyek prioritas daerah', citation: 'banjar lampiran II.B.1.c.2-5, banjar lampiran II.B.1.b.4' });
    expect(closed.documents).toEqual([]);

    const luar = penunjukanKeInstansiLuar('banjar').instansiLuar!;
    const noOfficials = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda, { instansiLuar: undefined });
    expect(noOfficials.statusCode).toBe(400);
    expect(noOfficials.json().error).toMatchObject({ code: 'AGENCY_OFFICIALS_REQUIRED', fields: [{ field: 'instansiLuar' }] });
    const badNip = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda, { instansiLuar: { ...luar, pejabatBerwenang: { ...luar.pejabatBerwenang, nip: '197113151996031002' } } });
    expect(badNip.statusCode).toBe(400);
    expect(badNip.json().error).toMatchObject({ code: 'AGENCY_OFFICIALS_INVALID', fields: [{ field: 'instansiLuar.pejabatBerwenang.nip', message: 'birth date 19711315 is not a real date' }] });
    expect((await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda, { instansiTujuan: 'kemenkes' })).json().error).toMatchObject({ code: 'AGENCY_NOT_ON_SERVICE' });
    // An agency on this service has its officials in its master data: naming them is refused, not ignored.
    const named = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda, { instansiTujuan: 'pati', unitTujuan: 'KOMINFO-APTIKA' });
    expect(named.statusCode).toBe(400);
    expect(named.json().error).toMatchObject({ code: 'AGENCY_ON_SERVICE', fields: [{ field: 'instansiLuar' }] });
  });

  it('pati asks tapin the same way; bengkalis and pasuruan still have no such procedure', async () => {
    const pati = demoPeople('pati');
    const r = await start(AUTH, 'pati', requester('pati'));
    expect(r.statusCode).toBe(201);
    const caseId: string = r.json().caseId;
    await until(TAPIN_AUTH, caseId, open('persetujuan-pyb-pemohon'));
    expect((await decide(PATI_AUTH, caseId, 'persetujuan-pyb-pemohon', pati.sekda)).statusCode).toBe(200);
    const atTapin = await until(TAPIN_AUTH, caseId, open('persetujuan-pyb-tujuan'));
    expect(atTapin.tasks.find((t) => t.id === 'persetujuan-pyb-tujuan')).toMatchObject({ region: 'tapin', citation: 'pati lampiran B.2.a.3.c' });
    for (const [region, citation] of [['bengkalis', 'bengkalis lampiran BAB I §II.B.1'], ['pasuruan', 'pasuruan lampiran I B.2.A']] as const) {
      const no = await start(AUTH, region, requester(region));
      expect(no.statusCode).toBe(422);
      expect(no.json().error).toMatchObject({ code: 'CROSS_AGENCY_NOT_PROVIDED', citation });
    }
  });
});
