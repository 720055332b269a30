// P6 workflow on the time-skipping test server: the team case starts linked P2 cases, waits for
// them, reports a refused member to the former, and issues the decree with its lampiran.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { tanggalLokal } from '../../domain/dokumen';
import type { CaseView } from '../../domain/kasus';
import { demoPeople } from '../../demo/masterData';
import { pembentukanTim } from '../../demo/pembentukanTimKerja';
import { penunjukanKeInstansiLuar, tapin } from '../../demo/penunjukanLintasInstansi';
import { requester } from '../../demo/permohonan';
import { getDocument } from '../../db/documents';
import { penugasanOf, reservePenugasan } from '../../db/penugasan';
import { loadOrg } from '../../db/masterData';
import { involves, mitra, plan, type PembentukanTim, type PembentukanTimKerjaInput } from '../../procedures/pembentukanTimKerja/plan';
import { isRegion, PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { RuleViolation } from '../../domain/refusal';
import { acknowledgeUpdate, actUpdate, caseQuery, completeUpdate, decideUpdate } from '../../workflows/shared';
import type { PerubahanInput } from '../../procedures/pembentukanTimKerja/perubahan';
import { planPerubahan } from '../../procedures/pembentukanTimKerja/perubahan';
import type { SiklusKinerjaInput } from '../../procedures/siklusKinerja/plan';
import { DEADLINES, openTask, receiveEach, refusalOf } from '../support/cases';
import { getCase } from '../../db/cases';
import { planCase } from '../../services/planCase';
import { rekomendasiPenilaian } from '../../demo/rekomendasiPenilaianKinerja';
import { PROCEDURES } from '../../procedures';
import type { RekomendasiPenilaianKinerjaInput } from '../../procedures/rekomendasiPenilaianKinerja/plan';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();

async function planTim(region: Region, over: Partial<PembentukanTim> = {}, actor = requester(region)) {
  // The period starts today: each scenario's test server starts its clock at the real time.
  const today = Date.now();
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const req = pembentukanTim(region, { periode: { mulai: day(today), selesai: day(today + 180 * 86400e3) }, ...over });
  const { nips } = involves(req);
  const org = await loadOrg(suite.db.pool, region, [actor, ...nips], []);
  // Members from another agency: that region's master data too, as the API reads it; tapin is declared, not on this service.
  const other = mitra(req);
  const destOrg = other && isRegion(other.region) && (await loadOrg(suite.db.pool, other.region, other.nips, other.staffOf));
  return plan(PROFILES[region], org, req, {
    caseId: `${region}-p6-test-${randomUUID()}`, actorNip: actor, deadlines: DEADLINES, instansiLuar: ['tapin'], today: day(today),
    ...(other && destOrg ? { mitra: { profile: PROFILES[other.region as Region], org: destOrg } } : {}),
  });
}

async function refusalOfPlan(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected the plan to refuse');
}

/** P8 for a member of an issued team, planned as the API plans it: the team and the P3 case that brought them in, from the projection. */
async function planRating(team: CaseView, pegawai: string) {
  const p8 = PROCEDURES['rekomendasi-penilaian-kinerja'];
  const req = rekomendasiPenilaian(team.caseId, { pegawai });
  const related: Record<string, CaseView> = {};
  for (const round of [undefined, related]) for (const r of p8.related!(req, round)) related[r.caseId] ??= (await getCase(suite.db.pool, r.caseId))!;
  const ketua = (team.subject as PembentukanTimKerjaInput['subject']).susunan.find((a) => a.kedudukan === 'ketua')!.nip;
  return (await planCase((r, nips, staffOf) => loadOrg(suite.db.pool, r, nips, staffOf), p8, team.region, req, ketua, { caseId: `${team.region}-p8-test-${randomUUID()}`, deadlines: DEADLINES, related })) as RekomendasiPenilaianKinerjaInput;
}

/** The linked case, once the team case has started it. */
async function child(caseId: string) {
  const h = suite.env.client.workflow.getHandle(caseId);
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (await h.describe().then(() => true, () => false)) return h;
  }
  throw new Error(`linked case ${caseId} was not started`);
}

/** Approves the banjar P2 case of a member: PUO recommends, PPK approves, the member acknowledges. */
async function approveBanjarP2(caseId: string, member: string) {
  const people = demoPeople('banjar');
  const h = await child(caseId);
  await openTask(h, 'rekomendasi-puo');
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve' }] });
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve' }] });
  await openTask(h, 'tanda-terima');
  await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: member }] });
}

/** The signatory signs the decree and each member it assigns acknowledges their own receipt: the team is in force. */
async function signAndReceiveOnly(h: WorkflowHandle, input: PembentukanTimKerjaInput) {
  await openTask(h, 'penetapan');
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: input.steps[0].assignee.nip, decision: 'approve' }] });
  await receiveEach(h);
}


/** ... and the period runs out (time skips): the case closes with its decree. */
async function signAndReceive(h: WorkflowHandle, input: PembentukanTimKerjaInput): Promise<CaseView> {
  await signAndReceiveOnly(h, input);
  return h.result();
}

/** The change of the team as the API sends it: the kernel's action ubah-tim with the planned change as its data. */
const ubahTim = (h: WorkflowHandle, { actorNip, ...data }: PerubahanInput) =>
  h.executeUpdate(actUpdate, { args: [{ action: 'ubah-tim', actorNip, data: { actorNip, ...data } }] });

const issuedDocument = async (documentId: string) => (await getDocument(suite.db.pool, documentId))!;

/** The employee's slots (banjar pasal 9(4)–(5)) in one case: [lingkup, status]. */
const slots = async (nip: string, caseId: string) =>
  (await penugasanOf(suite.db.pool, 'banjar', nip)).filter((p) => p.caseId === caseId).map((p) => [p.lingkup, p.status]);

/** Earlier assignments inside the unit, as other cases left them in the ledger, in the year the team's period starts. */
async function seedDalamUnit(nip: string, year: string, n: number) {
  const { dalamUnit } = PROFILES.banjar.batasPenugasan;
  for (let i = 0; i < n; i++) {
    const r = await reservePenugasan(suite.db.pool, {
      region: 'banjar', nip, caseId: `banjar-seed-${randomUUID()}`, lingkup: 'dalam-unit', timKerja: { nama: `Tim ${i + 1}`, peran: 'anggota' },
      periode: { mulai: `${year}-01-01`, selesai: `${year}-03-31` }, batas: dalamUnit!, jendelaCitation: 'banjar lampiran I.A.3.a.1',
    }, { kind: 'performance-year' });
    expect(r.ok).toBe(true);
  }
}

describe('pembentukan tim kerja (P6)', () => {
  // The demo ketua leads every team of these scenarios: each one starts from an empty ledger.
  beforeEach(async () => {
    await suite.db.pool.query('DELETE FROM penugasan');
  });

  it('banjar across units: a linked P2 case approved, Keputusan Sekretaris Daerah with the susunan in its lampiran', async () => {
    const people = demoPeople('banjar');
    const input = await planTim('banjar');
    expect(input.subject.lingkup).toBe('lintas-unit');
    expect(input.steps[0]).toMatchObject({ id: 'penetapan', kind: 'keputusan', assignee: { nip: people.sekda }, citation: expect.stringContaining('banjar pasal 14(2)') });
    const linked = input.lintasUnit[0].pilihan[0].caseId;
    const result = await suite.scenario('pembentukanTimKerja', 'banjar-lintas-unit', input, async (h) => {
      const running = await h.query(caseQuery);
      expect(running.subject).toMatchObject({ linkedCases: [{ caseId: linked, status: 'berjalan', nip: people.pranataKomputer1 }] });
      await approveBanjarP2(linked, people.pranataKomputer1);
      return signAndReceive(h, input);
    });
    expect(result.status).toBe('issued');
    expect(result.subject).toMatchObject({ linkedCases: [{ caseId: linked, status: 'issued' }] });
    // The ketua holds a slot inside the unit (pasal 9(4)) in the team case, the member one across units (9(5)) in their P2 case.
    expect(await slots(people.perencana, input.caseId)).toEqual([['dalam-unit', 'reserved']]);
    expect(await slots(people.pranataKomputer1, linked)).toEqual([['lintas', 'reserved']]);
    expect(input.lintasUnit[0].pilihan[0].subject.permohonan.timKerja).toEqual({ nama: 'Tim Satu Data Perencanaan', peran: 'anggota' });
    expect(result.documents.map((d) => [d.kind, d.title])).toEqual([['keputusan-sekda', 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR']]);
    expect(result.documents[0].nomor).toMatch(/^\d+ TAHUN \d{4}$/);
    const issued = await issuedDocument(result.documents[0].id);
    expect(issued.lampiran!.kolom).toEqual(['NO.', 'NAMA', 'NIP', 'KEDUDUKAN DALAM TIM', 'INSTANSI', 'UNIT ORGANISASI/ PERANGKAT DAERAH', 'JABATAN']);
    expect(issued.lampiran!.baris.map((r) => [r[1], r[3]])).toEqual([
      ['Dewi Lestari, S.T., M.P.P.', 'Penanggungjawab'], ['Ratna Sari, S.E., M.E.', 'Ketua'], ['Rizky Pratama, S.Kom.', 'Anggota'],
    ]);
  });

  it('the decree is addressed to every member it assigns: each acknowledges their own receipt, none for another, and it stands once all have', async () => {
    const people = demoPeople('banjar');
    const input = await planTim('banjar', { anggota: [{ nip: people.statistisi, tugas: 'mengolah dan memvalidasi data' }] });
    const linked = input.lintasUnit[0].pilihan[0].caseId;
    const members = [people.perencana, people.statistisi, people.pranataKomputer1];
    const result: CaseView = await suite.scenario('pembentukanTimKerja', 'banjar-diterima-tiap-anggota', input, async (h) => {
      await approveBanjarP2(linked, people.pranataKomputer1);
      await openTask(h, 'penetapan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: people.sekda, decision: 'approve' }] });
      // One receipt for each member, the one who came in through P2 too; none for the penanggung jawab, who directs the team.
      for (const nip of members) expect(await openTask(h, `tanda-terima-${nip}`)).toMatchObject({ kind: 'tanda-terima', assignee: { nip }, citation: 'banjar pasal 14(3), lampiran IV' });
      const receipts = (await h.query(caseQuery)).tasks.filter((t) => t.kind === 'tanda-terima');
      expect(receipts.map((t) => t.assignee.nip)).toEqual(members);
      // A member (not only the ketua) acknowledges; the team waits for the others.
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: people.statistisi }] });
      expect((await h.query(caseQuery)).status).toBe('awaiting-acknowledgement');
      // Whoever it is not addressed to, or whose receipt is given, acknowledges for no one: each of the others still acknowledges their own.
      for (const actorNip of [people.kabidPerencanaan, people.statistisi]) {
        const refused = await refusalOf(h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip }] }));
        expect(refused).toMatchObject({ code: 'NOT_ADDRESSEE', kind: 'forbidden', citation: 'banjar pasal 14(3), lampiran IV' });
        expect(refused.message).toContain(`addressed to each of Ratna Sari, S.E., M.E. (${people.perencana}), Rizky Pratama, S.Kom. (${people.pranataKomputer1})`);
      }
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: people.pranataKomputer1 }] });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: people.perencana }] });
      for (let v = await h.query(caseQuery); v.status !== 'in-force'; await new Promise((r) => setTimeout(r, 25))) v = await h.query(caseQuery);
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.filter((e) => e.action === 'diterima').map((e) => e.actor!.nip)).toEqual([people.statistisi, people.pranataKomputer1, people.perencana]);
    expect(result.outcome!.reasons).toBeUndefined();
  });

  it('banjar: a member refused by the destination is reported to the former, who names the alternate through a new linked case', async () => {
    const people = demoPeople('banjar');
    const input = await planTim('banjar');
    const [first, second] = input.lintasUnit[0].pilihan.map((p) => p.caseId);
    const result = await suite.scenario('pembentukanTimKerja', 'banjar-member-replaced', input, async (h) => {
      const c = await child(first);
      await openTask(c, 'rekomendasi-puo');
      await c.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve' }] });
      await c.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'refuse', reasons: 'sedang menangani proyek prioritas' }] });
      const task = await openTask(h, 'pengganti-anggota-1-1');
      expect(task).toMatchObject({ kind: 'tindakan', assignee: { nip: input.pemohon.nip }, title: expect.stringContaining('sedang menangani proyek prioritas') });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: task.id, actorNip: input.pemohon.nip, isi: people.pranataKomputer2 }] });
      await approveBanjarP2(second, people.pranataKomputer2);
      return signAndReceive(h, input);
    });
    expect(result.status).toBe('issued');
    expect(result.subject).toMatchObject({ linkedCases: [{ caseId: second, status: 'issued', nip: people.pranataKomputer2 }] });
    expect((result.subject as PembentukanTimKerjaInput['subject']).susunan.map((a) => [a.kedudukan, a.nip])).toEqual([
      ['penanggungJawab', people.kabidPerencanaan], ['ketua', people.perencana], ['anggota', people.pranataKomputer2],
    ]);
  });

  it.each([
    ['banjar', 'surat-tugas', 'SURAT TUGAS', 'kepalaBappeda'],
    ['bengkalis', 'keputusan-kepala-pd', 'KEPUTUSAN KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'kepalaBappeda'],
    ['pati', 'surat-penugasan', 'SURAT PENUGASAN', 'kabidPerencanaan'],
    ['pasuruan', 'keputusan-kepala-pd', 'KEPUTUSAN KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'kepalaBappeda'],
  ] as const)('%s inside the unit: %s signed by the official the region names, with its lampiran', async (region, kind, title, signer) => {
    const p = demoPeople(region);
    const input = await planTim(region, { anggotaLintasUnit: [], anggota: [{ nip: p.statistisi, tugas: 'mengolah dan memvalidasi data' }] });
    expect(input.subject.lingkup).toBe('dalam-unit');
    expect(input.steps[0].assignee.nip).toBe(p[signer]);
    const result = await suite.scenario('pembentukanTimKerja', `${region}-dalam-unit`, input, (h) => signAndReceive(h, input));
    expect(result.status).toBe('issued');
    // (pasuruan: each member's own Surat Tugas beside it, below)
    expect(result.documents.filter((d) => d.kind !== 'surat-tugas' || kind === 'surat-tugas').map((d) => [d.kind, d.title])).toEqual([[kind, title]]);
    const issued = await issuedDocument(result.documents[0].id);
    expect(issued.penandatangan.nip).toBe(p[signer]);
    expect(issued.lampiran!.baris).toHaveLength(3);
    expect(issued.lampiran!.kolom).toEqual(PROFILES[region].pembentukanTimKerja.susunan.kolom.map((k) => k.judul));
    if (kind === 'surat-tugas') expect(issued.kepada!.map((x) => x.nip)).toEqual([p.perencana, p.statistisi]);
  });

  it('pasuruan: a member added while the decree stands: signed, a new numbered decree naming the one it changes, and the member\'s own Surat Tugas citing it (lampiran II), acknowledged', async () => {
    const p = demoPeople('pasuruan');
    const input = await planTim('pasuruan', { anggotaLintasUnit: [] });
    const org = await loadOrg(suite.db.pool, 'pasuruan', [p.statistisi, p.kepalaBappeda]);
    const result: CaseView = await suite.scenario('pembentukanTimKerja', 'pasuruan-perubahan-surat-tugas', input, async (h) => {
      await signAndReceiveOnly(h, input);
      const change = planPerubahan(PROFILES.pasuruan, org, input.subject, { jenis: 'tambah', baru: { nip: p.statistisi, tugas: 'mengolah data' }, alasan: 'beban kerja bertambah' }, input.pemohon.nip);
      const notFormer = await refusalOf(ubahTim(h, { ...change, actorNip: p.kabidPerencanaan }));
      expect(notFormer).toMatchObject({ code: 'NOT_REQUESTER', kind: 'forbidden' });
      const notMember = await refusalOf(ubahTim(h, { actorNip: input.pemohon.nip, jenis: 'hapus', nip: p.pranataKomputer1, alasan: 'x' }));
      expect(notMember).toMatchObject({ code: 'NOT_A_MEMBER', fields: [{ field: 'nip' }] });
      await ubahTim(h, change);
      const sign = await openTask(h, 'penandatanganan-perubahan-1');
      expect(sign).toMatchObject({ kind: 'tindakan', assignee: { nip: p.kepalaBappeda } });
      const { siklusKinerja } = await h.query(caseQuery);
      const before = (await suite.env.client.workflow.getHandle(siklusKinerja!).query(caseQuery)) as CaseView<{ tim: { anggota: { nip: string }[] } }>;
      expect(before.subject.tim.anggota.map((a) => a.nip)).not.toContain(p.statistisi);
      await h.executeUpdate(completeUpdate, { args: [{ taskId: sign.id, actorNip: p.kepalaBappeda, isi: 'ditandatangani' }] });
      // The team's work cycle goes on with the team as the amended decree sets it.
      for (const end = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 50))) {
        const cycle = (await suite.env.client.workflow.getHandle(siklusKinerja!).query(caseQuery)) as CaseView<{ tim: { anggota: { nip: string }[] } }>;
        if (cycle.subject.tim.anggota.some((a) => a.nip === p.statistisi)) {
          const amended = (await h.query(caseQuery)).documents.filter((d) => d.kind === 'keputusan-kepala-pd').at(-1)!;
          expect(cycle.timeline.at(-1)).toMatchObject({ action: 'dicatat', notes: expect.stringContaining(`Nomor ${amended.nomor}`) });
          break;
        }
        if (Date.now() > end) throw new Error('the team cycle was not told of the change');
      }
      // The member it brings in receives the new decree and their own Surat Tugas, and acknowledges their receipt; the decree stands meanwhile.
      const receipt = await openTask(h, `tanda-terima-${p.statistisi}-1`);
      expect(receipt).toMatchObject({ kind: 'tanda-terima', assignee: { nip: p.statistisi }, title: 'Tanda terima KEPUTUSAN KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH dan SURAT TUGAS oleh Maya Anggraini, S.Si.' });
      expect((await h.query(caseQuery)).status).toBe('in-force');
      const notAddressee = await refusalOf(h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.perencana }] }));
      expect(notAddressee).toMatchObject({ code: 'NOT_ADDRESSEE', kind: 'forbidden', message: expect.stringContaining(p.statistisi) });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.statistisi }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    // The decree, the ketua's own Surat Tugas (lampiran II), the receipt, the change signed, the amended decree,
    // the cycle told, the new member's own Surat Tugas and their receipt, the rating task at the period's end.
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'diterbitkan', 'diterbitkan', 'diterima', 'diubah', 'dilaksanakan', 'diterbitkan', 'diterbitkan', 'diterima', 'dicatat']);
    expect(result.timeline.filter((e) => e.action === 'diterima').map((e) => e.actor!.nip)).toEqual([p.perencana, p.statistisi]);
    // Their Surat Tugas: addressed to them, numbered as every Surat Tugas after the ketua's, its Dasar the new decree by number and date.
    const [keputusan, perubahan] = result.documents.filter((d) => d.kind === 'keputusan-kepala-pd');
    const [stKetua, stBaru] = result.documents.filter((d) => d.kind === 'surat-tugas');
    expect(stBaru.id).toBe(`${input.caseId}.surat-tugas.${p.statistisi}.1`);
    expect(Number(/^800\/(\d+)\//.exec(stBaru.nomor)![1])).toBe(Number(/^800\/(\d+)\//.exec(stKetua.nomor)![1]) + 1);
    const st = await issuedDocument(stBaru.id);
    const tanggalPerubahan = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date(perubahan.issuedAt));
    expect(st).toMatchObject({ title: 'SURAT TUGAS', kepada: [{ nip: p.statistisi }], penandatangan: { nip: p.kepalaBappeda } });
    expect(st.dasar!.at(-1)).toContain(`Keputusan Kepala Badan Perencanaan Pembangunan Daerah Nomor ${perubahan.nomor} tanggal ${tanggalPerubahan} tentang Perubahan atas Pembentukan Tim Satu Data Perencanaan`);
    expect(st.dasar!.join(' ')).not.toContain(keputusan.nomor);
    expect(st.untuk![0]).toMatch(/^Diberikan tugas sebagai Anggota Tim dalam Tim Satu Data Perencanaan/);
    expect(st.untuk![1]).toBe('Adapun uraian tugas sebagaimana dimaksud angka 1 adalah mengolah data');
    // At the period's end the member the change added gets their rating task, for the ketua (the team as amended).
    expect(result.timeline.at(-1)!.notes).toMatch(/^tugas penilaian kinerja Maya Anggraini, S\.Si\. dibuka untuk Ratna Sari, S\.E\., M\.E\. \(Ketua Tim\): kasus pasuruan-p8-/);
    const [first, amended] = result.documents.filter((d) => d.kind === 'keputusan-kepala-pd');
    expect(amended.id).toBe(`${input.caseId}.keputusan-kepala-pd.1`);
    expect(amended.id).not.toBe(first.id);
    expect(amended.nomor).not.toBe(first.nomor);
    const doc = await issuedDocument(amended.id);
    expect(doc.tentang).toMatch(/^Perubahan atas Pembentukan Tim Satu Data Perencanaan/);
    expect(doc.diktum![0]).toContain(`Nomor ${first.nomor}`);
    expect(doc.lampiran!.baris.map((r) => r[1])).toEqual(['PENANGGUNG JAWAB', 'KETUA TIM', 'ANGGOTA TIM']);
  });

  it('pasuruan: beside the Keputusan, each member receives a Surat Tugas of their own naming them Ketua Tim or Anggota Tim (lampiran II), numbered as every Surat Tugas', async () => {
    const p = demoPeople('pasuruan');
    const input = await planTim('pasuruan', { anggotaLintasUnit: [], anggota: [{ nip: p.statistisi, tugas: 'Mengolah dan memvalidasi data' }] });
    expect(input.suratTugasAnggota).toMatchObject({ document: { kind: 'surat-tugas', nomorTemplate: '800/{n}/423.{kodePd}/{yyyy}', signatory: { nip: p.kepalaBappeda } }, sebagai: { ketua: 'Ketua Tim', anggota: 'Anggota Tim' } });
    const result: CaseView = await suite.scenario('pembentukanTimKerja', 'pasuruan-surat-tugas-anggota', input, async (h) => {
      await openTask(h, 'penetapan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: p.kepalaBappeda, decision: 'approve' }] });
      // Each acknowledges their own receipt of both.
      const receipt = await openTask(h, `tanda-terima-${p.statistisi}`);
      expect(receipt.title).toBe('Tanda terima KEPUTUSAN KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH dan SURAT TUGAS oleh Maya Anggraini, S.Si.');
      await receiveEach(h);
      return h.result();
    });
    expect(result.status).toBe('issued');
    const [keputusan, ...suratTugas] = result.documents;
    expect(keputusan.kind).toBe('keputusan-kepala-pd');
    expect(suratTugas.map((d) => [d.id, d.kind, d.title])).toEqual([p.perencana, p.statistisi].map((nip) => [`${input.caseId}.surat-tugas.${nip}`, 'surat-tugas', 'SURAT TUGAS']));
    // Each numbered in the Perangkat Daerah's register of Surat Tugas, one after the other.
    const [n1, n2] = suratTugas.map((d) => Number(/^800\/(\d+)\/423\.060\/\d{4}$/.exec(d.nomor)![1]));
    expect(n2).toBe(n1 + 1);
    const [ketua, anggota] = await Promise.all(suratTugas.map((d) => issuedDocument(d.id)));
    const tanggalKeputusan = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date(keputusan.issuedAt));
    expect(ketua).toMatchObject({ title: 'SURAT TUGAS', kepada: [{ nip: p.perencana }], penandatangan: { nip: p.kepalaBappeda } });
    expect(ketua.dasar).toContain(`Keputusan Kepala Badan Perencanaan Pembangunan Daerah Nomor ${keputusan.nomor} tanggal ${tanggalKeputusan} tentang Pembentukan Tim Satu Data Perencanaan Tahun ${input.subject.permintaan.periode.mulai.slice(0, 4)}`);
    expect(ketua.untuk![0]).toMatch(/^Diberikan tugas sebagai Ketua Tim dalam Tim Satu Data Perencanaan Tahun \d{4} pada Bidang Perencanaan/);
    expect(anggota).toMatchObject({ kepada: [{ nip: p.statistisi }] });
    expect(anggota.untuk![0]).toMatch(/^Diberikan tugas sebagai Anggota Tim dalam Tim Satu Data Perencanaan/);
    expect(anggota.untuk![1]).toBe('Adapun uraian tugas sebagaimana dimaksud angka 1 adalah mengolah dan memvalidasi data');
    expect(anggota.untuk![2]).toMatch(/^Surat Tugas ini dilaksanakan terhitung mulai tanggal \d+ \w+ \d{4} sampai dengan/);
    expect(result.timeline.filter((e) => e.action === 'diterima').map((e) => e.actor!.nip)).toEqual([p.perencana, p.statistisi]);
  });

  it('bengkalis: the former goes on without a refused member; the decree lists the team without them', async () => {
    const people = demoPeople('bengkalis');
    const input = await planTim('bengkalis', { anggota: [{ nip: people.statistisi, tugas: 'mengolah data' }] });
    const result: CaseView = await suite.scenario('pembentukanTimKerja', 'bengkalis-without-member', input, async (h) => {
      const c = await child(input.lintasUnit[0].pilihan[0].caseId);
      await openTask(c, 'keputusan');
      await c.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan', actorNip: people.kadisKominfo, decision: 'refuse', reasons: 'tidak ada pegawai yang dapat dilepas' }] });
      const task = await openTask(h, 'pengganti-anggota-1-1');
      await h.executeUpdate(completeUpdate, { args: [{ taskId: task.id, actorNip: input.pemohon.nip, isi: 'lanjut tanpa anggota dari Diskominfotik' }] });
      return signAndReceive(h, input);
    });
    expect(result.status).toBe('issued');
    expect(result.subject).toMatchObject({ linkedCases: [{ status: 'refused' }] });
    const doc = await issuedDocument(result.documents[0].id);
    expect(doc.lampiran!.baris.map((r) => r[4])).toEqual(['Pengarah', 'Ketua', 'Anggota']);
    expect(doc.lampiran!.baris.map((r) => r[1])).toEqual(['Dewi Lestari, S.T., M.P.P.', 'Ratna Sari, S.E., M.E.', 'Maya Anggraini, S.Si.']);
  });

  it('the signing step: NOT_ASSIGNEE with its citation, REASONS_REQUIRED naming the field, STEP_CLOSED after it is decided', async () => {
    const p = demoPeople('banjar');
    const input = await planTim('banjar', { anggotaLintasUnit: [] });
    await suite.scenario('pembentukanTimKerja', 'banjar-signing-refusals', input, async (h) => {
      await openTask(h, 'penetapan');
      expect(await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: p.kabidPerencanaan, decision: 'approve' }] })))
        .toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'banjar pasal 14(3), lampiran IV' });
      expect(await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: p.kepalaBappeda, decision: 'refuse' }] })))
        .toMatchObject({ code: 'REASONS_REQUIRED', fields: [{ field: 'reasons' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: p.kepalaBappeda, decision: 'approve' }] });
      expect(await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: p.kepalaBappeda, decision: 'refuse', reasons: 'berubah' }] })))
        .toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict' });
      // A change before the decree stands is refused, never queued.
      expect(await refusalOf(ubahTim(h, { actorNip: input.pemohon.nip, jenis: 'hapus', nip: p.statistisi, alasan: 'tidak jadi' })))
        .toMatchObject({ code: 'NOT_IN_FORCE', kind: 'conflict' });
      await receiveEach(h);
      return h.result();
    });
  });

  it('a decree the signatory refuses ends the case with its reasons', async () => {
    const input = await planTim('pasuruan', { anggotaLintasUnit: [] });
    const result = await suite.scenario('pembentukanTimKerja', 'pasuruan-refused', input, async (h) => {
      await openTask(h, 'penetapan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: input.steps[0].assignee.nip, decision: 'refuse', reasons: 'target belum selaras dengan perjanjian kinerja' }] });
      return h.result();
    });
    expect(result).toMatchObject({ status: 'refused', outcome: { reasons: 'target belum selaras dengan perjanjian kinerja' }, documents: [] });
  });

  describe('members from another agency, through linked P3 cases', () => {
    const dariPati = { instansiTujuan: 'pati', unitTujuan: 'KOMINFO-APTIKA', tugas: 'mengintegrasikan data antardaerah', kompetensi: ['integrasi sistem informasi'], kriteria: { namaJabatan: 'Pranata Komputer' } };

    it('banjar: a member from another unit through P2 and one from pati through P3; the team is set by Keputusan Bupati (pasal 14(1)) listing both', async () => {
      const banjar = demoPeople('banjar');
      const pati = demoPeople('pati');
      const input = await planTim('banjar', { anggotaLintasInstansi: [dariPati] });
      expect(input.subject.lingkup).toBe('lintas-instansi');
      expect(input.steps[0]).toMatchObject({ id: 'penetapan', assignee: { nip: banjar.sekda }, citation: 'banjar pasal 14(1), lampiran IV' });
      const p3 = input.lintasInstansi![0].p3;
      expect(p3).toMatchObject({ procedure: 'penunjukan-lintas-instansi', regions: ['banjar', 'pati'], caseId: `${input.caseId}-instansi-1` });
      // The team's Keputusan Bupati sets its members' assignment (pasal 14(1)): the linked case issues only pati's Surat Penugasan,
      // and pati's PyB answers banjar's (pati lampiran B.2.a.3.e.1).
      expect(p3.documents.map((d) => [d.kind, d.penerbit?.region])).toEqual([['surat-penugasan', 'pati'], ['surat-jawaban-pelibatan', 'pati']]);
      // Its answer takes each listed member's slot across agencies (pasal 9(5)).
      expect(p3.steps.find((s) => s.id === 'jawaban-ppk-tujuan')!.reserves).toMatchObject([{ lingkup: 'lintas', timKerja: { nama: input.subject.permintaan.nama, peran: 'anggota' }, batas: { citation: 'banjar pasal 9(5)' } }]);
      const linkedP2 = input.lintasUnit[0].pilihan[0].caseId;
      const result: CaseView = await suite.scenario('pembentukanTimKerja', 'banjar-lintas-instansi', input, async (h) => {
        expect((await h.query(caseQuery)).subject).toMatchObject({ linkedCases: [{ caseId: linkedP2, status: 'berjalan' }, { caseId: p3.caseId, procedure: 'penunjukan-lintas-instansi', instansi: 'PEMERINTAH KABUPATEN PATI', status: 'berjalan' }] });
        await approveBanjarP2(linkedP2, banjar.pranataKomputer1);
        const c = await child(p3.caseId);
        const hops: [string, string, { employeeNips?: string[] }][] = [
          ['persetujuan-pyb-pemohon', banjar.sekda, {}], ['persetujuan-pyb-tujuan', pati.sekda, {}], ['rekomendasi-puo-tujuan', pati.kabidAptika, {}],
          ['jawaban-ppk-tujuan', pati.kabidAptika, { employeeNips: [pati.pranataKomputer1] }], ['persetujuan-jawaban-pyb-tujuan', pati.sekda, {}],
        ];
        for (const [taskId, actorNip, more] of hops) {
          await openTask(c, taskId);
          await c.executeUpdate(decideUpdate, { args: [{ taskId, actorNip, decision: 'approve', ...more }] });
        }
        await openTask(c, `tanda-terima-${pati.pranataKomputer1}`);
        await c.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: pati.pranataKomputer1 }] });
        const done = await signAndReceive(h, input);
        // The team's work cycle, led by the ketua: the member from pati is in it as the P3 case recorded
        // them, and the case spans pati, whose key their reports go through; linked cases start none of their own.
        const cycle = (await suite.env.client.workflow.getHandle(done.siklusKinerja!).query(caseQuery)) as CaseView<{ tim: { anggota: { nip: string }[] } }>;
        expect(cycle).toMatchObject({ procedure: 'siklus-kinerja', regions: ['banjar', 'pati'] });
        expect(cycle.subject.tim.anggota.map((a) => a.nip)).toContain(pati.pranataKomputer1);
        expect((await (await child(linkedP2)).query(caseQuery)).siklusKinerja).toBeUndefined();
        return done;
      });
      expect(result.status).toBe('issued');
      expect(result.subject).toMatchObject({ linkedCases: [{ status: 'issued' }, { caseId: p3.caseId, status: 'issued' }] });
      // The ketua rates the member from pati (P8); their own PPK and PUO there, from pati's master data (their kedudukan), receive it through pati's key.
      const rating = await planRating(result, pati.pranataKomputer1);
      expect(rating.regions).toEqual(['banjar', 'pati']);
      expect(rating.subject.pegawai).toMatchObject({ nip: pati.pranataKomputer1, perangkatDaerah: { nama: expect.stringContaining('PEMERINTAH KABUPATEN PATI') } });
      expect(rating.steps.map((st) => [st.id, st.assignee.nip, st.region])).toEqual([['menerima-rekomendasi-ppk', pati.kabidAptika, 'pati'], ['menerima-rekomendasi-puo', pati.kadisKominfo, 'pati']]);
      expect(result.documents.map((d) => [d.kind, d.title])).toEqual([['keputusan-bupati', 'KEPUTUSAN BUPATI BANJAR']]);
      const doc = await issuedDocument(result.documents[0].id);
      // Signed by the Bupati, under the Bupati's kop (banjar lampiran IV.A); the Sekretaris Daerah submitted and issued it.
      expect(input.steps[0].title).toBe('Penyampaian Keputusan Bupati tentang Pembentukan Tim kepada Bupati untuk ditandatangani');
      expect(doc).toMatchObject({ pemerintah: 'BUPATI BANJAR', penandatangan: { jabatan: 'Bupati Banjar', nama: 'H. Ahmad Rizani, S.H., M.H.' } });
      expect(doc.penandatangan.nip).toBeUndefined();
      expect(doc.instansi).toBeUndefined();
      expect(result.timeline.find((e) => e.action === 'diterbitkan')).toMatchObject({ actor: { nip: banjar.sekda } });
      expect(doc.lampiran!.baris.map((r) => [r[3], r[4]])).toEqual([
        ['Penanggungjawab', 'PEMERINTAH KABUPATEN BANJAR'], ['Ketua', 'PEMERINTAH KABUPATEN BANJAR'],
        ['Anggota', 'PEMERINTAH KABUPATEN BANJAR'], ['Anggota', 'PEMERINTAH KABUPATEN PATI'],
      ]);
      expect((result.subject as PembentukanTimKerjaInput['subject']).susunan.at(-1)).toMatchObject({ nip: pati.pranataKomputer1, linkedCase: p3.caseId, instansi: 'PEMERINTAH KABUPATEN PATI' });
      expect(await getCase(suite.db.pool, p3.caseId)).toMatchObject({ status: 'issued', documents: [{ kind: 'surat-penugasan' }, { kind: 'surat-jawaban-pelibatan' }] });
      expect((await penugasanOf(suite.db.pool, 'banjar', pati.pranataKomputer1)).map((p) => [p.caseId, p.lingkup, p.status])).toEqual([[p3.caseId, 'lintas', 'reserved']]);
    });

    it('banjar: a member from tapin, not on this service, through P3: its named officials take its hops, the Keputusan Bupati lists them with their government', async () => {
      const banjar = demoPeople('banjar');
      const { instansiLuar } = penunjukanKeInstansiLuar('banjar');
      const [member] = tapin.pegawai;
      const dariTapin = { instansiTujuan: 'tapin', unitTujuan: 'DISKOMINFO-APTIKA', tugas: 'mengintegrasikan data antardaerah', kompetensi: ['integrasi sistem informasi'], instansiLuar };
      const input = await planTim('banjar', { anggotaLintasUnit: [], anggotaLintasInstansi: [dariTapin] });
      expect(input.subject.lingkup).toBe('lintas-instansi');
      const p3 = input.lintasInstansi![0].p3;
      expect(p3).toMatchObject({ regions: ['banjar', 'tapin'], subject: { instansiTujuan: { region: 'tapin', pemerintah: 'PEMERINTAH KABUPATEN TAPIN', luarLayanan: true } } });
      // The team's Keputusan Bupati sets the assignment here; tapin issues its own Surat Penugasan there and reports it.
      expect(p3.documents).toEqual([]);
      expect(p3.suratPenugasanLuar).toMatchObject({ title: 'SURAT PENUGASAN', penerbit: { region: 'tapin' } });
      // The answer naming the member takes their slot across agencies (pasal 9(5)), for this team.
      expect(p3.steps.find((s) => s.id === 'jawaban-ppk-tujuan')).toMatchObject({ namesEmployees: true, reserves: [{ lingkup: 'lintas', timKerja: { nama: input.subject.permintaan.nama, peran: 'anggota' } }] });
      const result: CaseView = await suite.scenario('pembentukanTimKerja', 'banjar-lintas-instansi-luar', input, async (h) => {
        const c = await child(p3.caseId);
        const hops: [string, string, { employees?: (typeof member)[] }][] = [
          ['persetujuan-pyb-pemohon', banjar.sekda, {}], ['persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip, {}], ['rekomendasi-puo-tujuan', tapin.puo.nip, {}],
          ['jawaban-ppk-tujuan', tapin.ppk.nip, { employees: [{ ...member }] }], ['persetujuan-jawaban-pyb-tujuan', tapin.pejabatBerwenang.nip, {}],
        ];
        for (const [taskId, actorNip, more] of hops) {
          await openTask(c, taskId);
          await c.executeUpdate(decideUpdate, { args: [{ taskId, actorNip, decision: 'approve', ...more }] });
        }
        await openTask(c, 'laporan-surat-penugasan');
        const { startedAt } = (await c.query(caseQuery)) as CaseView;
        await c.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-surat-penugasan', actorNip: tapin.puo.nip, nomor: '800/21/DISKOMINFO/2027', tanggal: tanggalLokal(startedAt, 'Asia/Makassar') }] });
        expect(await openTask(c, `tanda-terima-${member.nip}`)).toMatchObject({ region: 'tapin' });
        await c.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: member.nip }] });
        const done = await signAndReceive(h, input);
        // The team's work cycle spans tapin, whose key takes its member's reports (and theirs only).
        const cycle = (await suite.env.client.workflow.getHandle(done.siklusKinerja!).query(caseQuery)) as CaseView<{ tim: { anggota: { nip: string }[] } }>;
        expect(cycle).toMatchObject({ procedure: 'siklus-kinerja', regions: ['banjar', 'tapin'] });
        expect(cycle.subject.tim.anggota.map((a) => a.nip)).toContain(member.nip);
        // Each member's report task, as the cycle was planned: the member from tapin's through tapin's key, the others' through banjar's.
        const started = (await suite.env.client.workflow.getHandle(done.siklusKinerja!).fetchHistory()).events![0].workflowExecutionStartedEventAttributes!;
        const planned = defaultPayloadConverter.fromPayload<SiklusKinerjaInput>(started.input!.payloads![0]);
        expect(planned.tim!.laporan.map((l) => [l.assignee.nip, l.region])).toEqual(
          (done.subject as PembentukanTimKerjaInput['subject']).susunan.filter((a) => a.kedudukan === 'anggota' || a.kedudukan === 'sekretaris').map((a) => [a.nip, a.nip === member.nip ? 'tapin' : undefined]),
        );
        // The case names them as tapin's, so that their actions (a kendala) are taken through its key only.
        expect(planned.sisi).toEqual({ [member.nip]: 'tapin' });
        return done;
      });
      expect(result.status).toBe('issued');
      expect(result.subject).toMatchObject({ linkedCases: [{ caseId: p3.caseId, instansi: 'PEMERINTAH KABUPATEN TAPIN', status: 'issued' }] });
      expect((result.subject as PembentukanTimKerjaInput['subject']).susunan.at(-1)).toEqual({
        kedudukan: 'anggota', nip: member.nip, nama: member.nama, jabatan: member.jabatan, golongan: member.golongan,
        unit: 'Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika', instansi: 'PEMERINTAH KABUPATEN TAPIN', region: 'tapin', tugas: dariTapin.tugas, linkedCase: p3.caseId,
      });
      expect(result.documents.map((d) => [d.kind, d.title])).toEqual([['keputusan-bupati', 'KEPUTUSAN BUPATI BANJAR']]);
      const doc = await issuedDocument(result.documents[0].id);
      // The lampiran lists the member from tapin with their government; everyone else is banjar's.
      expect(doc.lampiran!.baris.map((r) => [r[1], r[3], r[4]])).toEqual([
        ...input.subject.susunan.map((a) => [a.nama, expect.any(String), 'PEMERINTAH KABUPATEN BANJAR']),
        [member.nama, 'Anggota', 'PEMERINTAH KABUPATEN TAPIN'],
      ]);
      expect(await getCase(suite.db.pool, p3.caseId)).toMatchObject({
        status: 'issued', documents: [{ kind: 'surat-penugasan', nomor: '800/21/DISKOMINFO/2027', issuedOutside: { pemerintah: 'PEMERINTAH KABUPATEN TAPIN' } }],
      });
      // The ketua rates them (P8); their own PPK and PUO, as the P3 request named them, receive it through tapin's key.
      const rating = await planRating(result, member.nip);
      expect(rating.regions).toEqual(['banjar', 'tapin']);
      expect(rating.subject).toMatchObject({ pegawai: { nip: member.nip, perangkatDaerah: { nama: 'PEMERINTAH KABUPATEN TAPIN' } }, lintasUnit: true, penugasan: { tim: { kedudukan: 'anggota' } } });
      expect(rating.steps.map((st) => [st.id, st.assignee.nip, st.region])).toEqual([['menerima-rekomendasi-ppk', tapin.ppk.nip, 'tapin'], ['menerima-rekomendasi-puo', tapin.puo.nip, 'tapin']]);
      expect((await penugasanOf(suite.db.pool, 'banjar', member.nip)).map((p) => [p.caseId, p.lingkup, p.status])).toEqual([[p3.caseId, 'lintas', 'reserved']]);
    });

    it('banjar: the agency asked refuses; the former is told and the team goes on without', async () => {
      const banjar = demoPeople('banjar');
      const pati = demoPeople('pati');
      const input = await planTim('banjar', { anggotaLintasUnit: [], anggotaLintasInstansi: [dariPati] });
      const p3 = input.lintasInstansi![0].p3;
      const result: CaseView = await suite.scenario('pembentukanTimKerja', 'banjar-lintas-instansi-refused', input, async (h) => {
        const c = await child(p3.caseId);
        await openTask(c, 'persetujuan-pyb-pemohon');
        await c.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-pyb-pemohon', actorNip: banjar.sekda, decision: 'approve' }] });
        await openTask(c, 'persetujuan-pyb-tujuan');
        await c.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-pyb-tujuan', actorNip: pati.sekda, decision: 'refuse', reasons: 'tidak ada pegawai yang dapat dilibatkan' }] });
        const told = await openTask(h, 'anggota-instansi-1-tidak-ditugaskan');
        expect(told).toMatchObject({ kind: 'tindakan', assignee: { nip: input.pemohon.nip }, title: expect.stringContaining('tidak ada pegawai yang dapat dilibatkan') });
        await h.executeUpdate(completeUpdate, { args: [{ taskId: told.id, actorNip: input.pemohon.nip, isi: 'lanjut tanpa anggota dari Pati' }] });
        return signAndReceive(h, input);
      });
      expect(result.status).toBe('issued');
      expect(result.subject).toMatchObject({ linkedCases: [{ caseId: p3.caseId, status: 'refused' }] });
      // The scope was set when formed: the decree is still the Keputusan Bupati.
      expect(result.documents.map((d) => d.kind)).toEqual(['keputusan-bupati']);
    });

    it('bengkalis and pasuruan provide no procedure across agencies: a member from another agency is refused citing it', async () => {
      for (const region of ['bengkalis', 'pasuruan'] as const) {
        const r = await refusalOfPlan(planTim(region, { anggotaLintasInstansi: [{ ...dariPati }] }));
        expect(r).toMatchObject({ code: 'CROSS_AGENCY_NOT_PROVIDED', citation: PROFILES[region].penunjukanLintasInstansi.citation, fields: [{ field: 'anggotaLintasInstansi[0].instansiTujuan' }] });
      }
      const two = await refusalOfPlan(planTim('banjar', { anggotaLintasInstansi: [dariPati, { ...dariPati, instansiTujuan: 'bengkalis' }] }));
      expect(two).toMatchObject({ code: 'ONE_AGENCY_PER_TEAM_REQUEST', fields: [{ field: 'anggotaLintasInstansi[1].instansiTujuan' }] });
    });
  });

  describe('limits of banjar pasal 9(4)–(5) on the team', () => {
    it('an own-unit member already in 3 teams of the unit this year: the formation is refused with pasal 9(4), and the ketua\'s slot taken with it given back', async () => {
      const p = demoPeople('banjar');
      const input = await planTim('banjar', { anggotaLintasUnit: [], anggota: [{ nip: p.statistisi, tugas: 'mengolah data' }] });
      expect(input.batasDalamUnit).toMatchObject({ lingkup: 'dalam-unit', batas: { maksimalKali: 3, maksimalBulan: 12, citation: 'banjar pasal 9(4)' } });
      await seedDalamUnit(p.statistisi, input.subject.permintaan.periode.mulai.slice(0, 4), 3);
      const result: CaseView = await suite.scenario('pembentukanTimKerja', 'banjar-dalam-unit-limit', input, (h) => h.result());
      expect(result).toMatchObject({ status: 'refused', outcome: { citation: 'banjar pasal 9(4)' }, documents: [], tasks: [] });
      expect(result.outcome!.reasons).toContain(`${p.statistisi} is already assigned to 3 tim kerja inside their unit`);
      expect(result.timeline.map((e) => [e.action, e.citation])).toEqual([['diajukan', input.pemohon.citation], ['ditolak', 'banjar pasal 9(4)']]);
      expect(await slots(p.perencana, input.caseId)).toEqual([['dalam-unit', 'released']]);
      expect(await slots(p.statistisi, input.caseId)).toEqual([]);
    });

    it('a team case that ends without its decree gives back the slots of its members', async () => {
      const p = demoPeople('banjar');
      const input = await planTim('banjar', { anggotaLintasUnit: [], anggota: [{ nip: p.statistisi, tugas: 'mengolah data' }] });
      const result = await suite.scenario('pembentukanTimKerja', 'banjar-refused-releases', input, async (h) => {
        await openTask(h, 'penetapan');
        expect(await slots(p.perencana, input.caseId)).toEqual([['dalam-unit', 'reserved']]);
        expect(await slots(p.statistisi, input.caseId)).toEqual([['dalam-unit', 'reserved']]);
        await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: p.kepalaBappeda, decision: 'refuse', reasons: 'sasaran belum ditetapkan dalam perjanjian kinerja' }] });
        return h.result();
      });
      expect(result.status).toBe('refused');
      expect(await slots(p.perencana, input.caseId)).toEqual([['dalam-unit', 'released']]);
      expect(await slots(p.statistisi, input.caseId)).toEqual([['dalam-unit', 'released']]);
    });

    it('a change: one over the limit coming in is refused with pasal 9(4); a member removed gives back their slot, the others keep theirs', async () => {
      const p = demoPeople('banjar');
      const input = await planTim('banjar', { anggotaLintasUnit: [], anggota: [{ nip: p.statistisi, tugas: 'mengolah data' }] });
      await seedDalamUnit(p.pelaksanaPerencanaan, input.subject.permintaan.periode.mulai.slice(0, 4), 3);
      const org = await loadOrg(suite.db.pool, 'banjar', [p.pelaksanaPerencanaan]);
      const result: CaseView = await suite.scenario('pembentukanTimKerja', 'banjar-member-removed', input, async (h) => {
        await signAndReceiveOnly(h, input);
        const tambah = planPerubahan(PROFILES.banjar, org, input.subject, { jenis: 'tambah', baru: { nip: p.pelaksanaPerencanaan, tugas: 'menyiapkan bahan' }, alasan: 'beban kerja bertambah' }, input.pemohon.nip);
        expect(await refusalOf(ubahTim(h, tambah)))
          .toMatchObject({ code: 'ASSIGNMENT_LIMIT', kind: 'unprocessable', citation: 'banjar pasal 9(4)', fields: [{ field: 'employeeNip' }] });
        expect(await slots(p.pelaksanaPerencanaan, input.caseId)).toEqual([]);
        await ubahTim(h, { actorNip: input.pemohon.nip, jenis: 'hapus', nip: p.statistisi, alasan: 'dipindahkan ke tim lain' });
        const sign = await openTask(h, 'penandatanganan-perubahan-1');
        await h.executeUpdate(completeUpdate, { args: [{ taskId: sign.id, actorNip: p.kepalaBappeda, isi: 'ditandatangani' }] });
        return h.result();
      });
      expect(result.status).toBe('issued');
      expect(result.documents).toHaveLength(2);
      expect(await slots(p.statistisi, input.caseId)).toEqual([['dalam-unit', 'released']]);
      expect(await slots(p.perencana, input.caseId)).toEqual([['dalam-unit', 'reserved']]);
    });

    it('a team longer than the limits is refused when planned: 12 months inside the unit (9(4)), 6 with members from elsewhere (9(5))', async () => {
      const year = { mulai: '2027-01-04', selesai: '2028-01-05' };
      expect(await refusalOfPlan(planTim('banjar', { anggotaLintasUnit: [], periode: year })))
        .toMatchObject({ code: 'ASSIGNMENT_TOO_LONG', citation: 'banjar pasal 9(4)', fields: [{ field: 'periode.selesai', message: 'at most 2028-01-04' }] });
      expect(await refusalOfPlan(planTim('banjar', { periode: { mulai: '2027-01-04', selesai: '2027-07-05' } })))
        .toMatchObject({ code: 'ASSIGNMENT_TOO_LONG', citation: 'banjar pasal 9(5)', fields: [{ field: 'periode.selesai', message: 'at most 2027-07-04' }] });
      expect((await planTim('banjar', { anggotaLintasUnit: [], periode: { mulai: '2027-01-04', selesai: '2028-01-04' } })).batasDalamUnit).toBeDefined();
    });

    it('another region has no limits: a team of 13 months is planned, and nothing is reserved', async () => {
      const p = demoPeople('pasuruan');
      const input = await planTim('pasuruan', { anggotaLintasUnit: [], anggota: [{ nip: p.statistisi, tugas: 'mengolah data' }], periode: { mulai: '2027-01-04', selesai: '2028-01-05' } });
      expect(input.batasDalamUnit).toBeUndefined();
      const result: CaseView = await suite.scenario('pembentukanTimKerja', 'pasuruan-unlimited', input, async (h) => {
        await openTask(h, 'penetapan');
        await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: input.steps[0].assignee.nip, decision: 'refuse', reasons: 'ditunda' }] });
        return h.result();
      });
      expect(result.status).toBe('refused');
      expect((await suite.db.pool.query('SELECT 1 FROM penugasan WHERE case_id = $1', [input.caseId])).rowCount).toBe(0);
    });
  });

  describe('refusals of the plan, each citing its article', () => {
    it('the ketua from another unit when members come from elsewhere (banjar 9(3), bengkalis 8(5), pati 7(3))', async () => {
      for (const [region, citation] of [['banjar', 'banjar pasal 9(3)'], ['bengkalis', 'bengkalis pasal 8(5)'], ['pati', 'pati pasal 7(3)']] as const) {
        const p = demoPeople(region);
        const r = await refusalOfPlan(planTim(region, { ketua: { nip: p.pranataKomputer2, tugas: 'memimpin tim' } }));
        expect(r).toMatchObject({ code: 'KETUA_NOT_FROM_OWNING_UNIT', citation, fields: [{ field: 'ketua.nip' }] });
      }
    });
    it('bengkalis 7(6): a Pelaksana is no ketua; banjar lets a Pelaksana lead a team of its unit, but not one with members from elsewhere (9(6))', async () => {
      const b = demoPeople('bengkalis');
      expect(await refusalOfPlan(planTim('bengkalis', { anggotaLintasUnit: [], ketua: { nip: b.pelaksanaPerencanaan, tugas: 'memimpin' } })))
        .toMatchObject({ code: 'KETUA_NOT_ELIGIBLE', citation: 'bengkalis pasal 7(6)', fields: [{ field: 'ketua.nip' }] });
      const j = demoPeople('banjar');
      const ketua = { nip: j.pelaksanaPerencanaan, tugas: 'memimpin' };
      expect((await planTim('banjar', { anggotaLintasUnit: [], ketua })).subject.susunan[1].nip).toBe(j.pelaksanaPerencanaan);
      const r = await refusalOfPlan(planTim('banjar', { ketua }));
      expect(r).toMatchObject({ code: 'KETUA_REQUIREMENTS', citation: 'banjar pasal 9(6)' });
      expect(r.fields!.map((f) => f.message)).toEqual(['pendidikan SMA is below S1', 'golongan II/c is below III/a']);
      // pati and pasuruan set no such requirement.
      for (const region of ['pati', 'pasuruan'] as const)
        expect((await planTim(region, { ketua: { nip: demoPeople(region).pelaksanaPerencanaan, tugas: 'memimpin' } })).subject.lingkup).toBe('lintas-unit');
    });
    it('kedudukan first', async () => {
      const p = demoPeople('banjar');
      const r = await refusalOfPlan(planTim('banjar', { anggota: [{ nip: p.tanpaKedudukan, tugas: 'mengolah data' }] }));
      expect(r).toMatchObject({ code: 'KEDUDUKAN_FIRST', citation: 'banjar lampiran II.A.2', fields: [{ field: 'anggota[0].nip' }] });
    });
    it('bengkalis 7(6): the penanggung jawab an Administrator or JF hasil penyetaraan', async () => {
      const p = demoPeople('bengkalis');
      const r = await refusalOfPlan(planTim('bengkalis', { penanggungJawab: { nip: p.kepalaBappeda, tugas: 'mengarahkan' } }));
      expect(r).toMatchObject({ code: 'PENANGGUNG_JAWAB_NOT_ELIGIBLE', citation: 'bengkalis pasal 7(6)' });
    });
    it('who leads: a structural official is no ketua (banjar), the former must hold the role', async () => {
      const p = demoPeople('banjar');
      const r = await refusalOfPlan(planTim('banjar', { ketua: { nip: p.kabidPerencanaan, tugas: 'memimpin' } }));
      expect(r).toMatchObject({ code: 'KETUA_NOT_ELIGIBLE', citation: 'banjar lampiran III.A.3, II.A.9' });
      const notFormer = await refusalOfPlan(planTim('banjar', {}, p.kabidPerencanaan));
      expect(notFormer).toMatchObject({ code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: 'banjar lampiran III.A.3' });
    });
  });
});
