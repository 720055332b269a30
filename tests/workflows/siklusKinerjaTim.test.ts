// P7 for a Tim Kerja, on the time-skipping test server with real activities against PostgreSQL: the
// ketua of an issued P6 team drafts the rincian kegiatan with the role split, agreed by the leader;
// each member reports to the ketua on the cadence, then the ketua reports the team's work upward; a
// kendala goes to a member's own PUO where the work crosses PUOs; the result goes up the review
// chain of the owning unit.
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../db/masterData';
import { demoPeople } from '../../demo/masterData';
import type { CaseView, ProcedureAction, ResolvedStep } from '../../domain/kasus';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import { involves, perubahanTimOf, plan, type MulaiSiklus, type SiklusKinerjaInput } from '../../procedures/siklusKinerja/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { actUpdate, caseQuery, completeUpdate, decideUpdate, timBerubahSignal } from '../../workflows/shared';
import { DEADLINES, openTask, refusalOf } from '../support/cases';
import { timInForce } from '../support/tim';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();
const DAY = 86_400_000;

const act = (h: WorkflowHandle, a: ProcedureAction) => h.executeUpdate(actUpdate, { args: [a] });
// Each waits for its task to open: the case opens it a moment after the step before.
const complete = async (h: WorkflowHandle, taskId: string, actorNip: string, isi: string) => {
  await openTask(h, taskId);
  return h.executeUpdate(completeUpdate, { args: [{ taskId, actorNip, isi }] });
};
const decide = async (h: WorkflowHandle, taskId: string, actorNip: string, decision: 'approve' | 'refuse', reasons?: string) => {
  await openTask(h, taskId);
  return h.executeUpdate(decideUpdate, { args: [{ taskId, actorNip, decision, reasons }] });
};
/** Each member drafts their own rencana kerja individu, and the ketua agrees it: pelaksanaan waits for them. */
async function rencanaAnggota(h: WorkflowHandle, input: SiklusKinerjaInput) {
  for (const { draft, persetujuan } of input.tim!.rencanaAnggota ?? []) {
    await complete(h, `rencana-anggota-${draft.assignee.nip}-1`, draft.assignee.nip, `rencana kerja individu: ${draft.title}`);
    await decide(h, `persetujuan-rencana-anggota-${draft.assignee.nip}-1`, persetujuan.assignee.nip, 'approve');
  }
}
const view = (h: WorkflowHandle): Promise<CaseView<SiklusKinerjaInput['subject']>> => h.query(caseQuery) as never;
const openIds = async (h: WorkflowHandle) => (await view(h)).tasks.filter((t) => t.status === 'open').map((t) => [t.id, t.assignee.nip]);

/** A work cycle of the demo team in force: two reports a month apart by default. */
async function planTimSiklus(region: Region, actor: string, over: Partial<MulaiSiklus> = {}, tim?: CaseView) {
  const team = tim ?? await timInForce(suite.db.pool, region);
  const req: MulaiSiklus = { penugasan: team.caseId, laporan: { setiapHari: 30, batasHari: 7 }, hariKerja: 60, ...over };
  const related = { [team.caseId]: team };
  const org = await loadOrg(suite.db.pool, region, [actor, ...involves(req, related).nips], []);
  return plan(PROFILES[region], org, req, { caseId: `${region}-p7-test-${randomUUID()}`, actorNip: actor, deadlines: DEADLINES, related });
}

const refusalOfPlan = async (p: Promise<unknown>): Promise<Refusal> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected the plan to refuse');
};

describe('siklus kinerja of a Tim Kerja (P7 on P6)', () => {
  it('banjar: the ketua plans the role split, members report to the ketua, the ketua to the PUO; a kendala to a member\'s own PUO; accepted up the chain', async () => {
    const p = demoPeople('banjar');
    const ketua = p.perencana;
    // The PUO alone, of the "dan/atau" of pasal 17(1)b (both by default: below).
    const input = await planTimSiklus('banjar', ketua, { penerimaLaporan: 'puo-pemilik' });
    const puoPemilik = input.kendala.kepada.nip;
    const leader = input.langkah.persetujuan.assignee.nip;
    const ketuaKepada = input.langkah.laporan.to!.map((o) => o.nip);
    const chain = input.subject.reviu.rantai.map((o) => o.nip);
    // The team as the plan reads it: the ketua leads; the Statistisi (Bappeda) and the Pranata Komputer (Diskominfo, linked) report to them.
    expect(input.subject).toMatchObject({
      pegawai: { nip: ketua }, unit: { kode: 'BAPPEDA-PEREN' }, laporan: { jumlah: 2 },
      tim: { nama: 'Tim Satu Data Perencanaan', anggota: [{ nip: p.statistisi, tugas: 'mengolah dan memvalidasi data' }, { nip: p.pranataKomputer1, tugas: 'membangun dan memelihara portal Satu Data' }], terlewat: 0 },
    });
    expect(input.langkah.rencana).toMatchObject({ assignee: { nip: ketua }, role: 'Ketua Tim', citation: 'banjar lampiran III.B.3.a–b', title: expect.stringContaining('Maya Anggraini, S.Si.: mengolah dan memvalidasi data') });
    // Agreed by the team's penanggung jawab (the Kabid), who sets its target, not the Kepala Bappeda.
    expect(input.langkah.persetujuan).toMatchObject({ assignee: { nip: p.kabidPerencanaan }, role: 'Penanggung Jawab Tim', citation: 'banjar lampiran I.B (penanggung jawab pencapaian target kinerja), lampiran IV (Penanggungjawab)' });
    expect(input.langkah.laporan).toMatchObject({ citation: 'banjar pasal 17(1)b', to: [{ nip: puoPemilik }] });
    expect(input.tim!.laporan.map((l) => [l.assignee.nip, l.to![0].nip, l.citation])).toEqual([[p.statistisi, ketua, 'banjar pasal 17(1)a'], [p.pranataKomputer1, ketua, 'banjar pasal 17(1)a']]);
    // Only the member from Diskominfo's own PUO is another PUO than the owning unit's.
    expect(input.tim!.lintasPuo).toEqual([expect.objectContaining({ nip: p.kadisKominfo, citation: 'banjar lampiran III.A.b.4' })]);
    expect(chain[0]).toBe(p.kabidPerencanaan);

    const result = await suite.scenario('siklusKinerja', 'banjar-tim-kerja', input, async (h) => {
      // Perencanaan: the ketua drafts, not a member; the leader agrees.
      await openTask(h, 'rencana-1');
      expect(await refusalOf(complete(h, 'rencana-1', p.statistisi, 'rencana'))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden' });
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset; Maya validasi data, Rizky portal; anggaran Rp 30 juta');
      await decide(h, 'persetujuan-rencana-1', leader, 'approve');
      await rencanaAnggota(h, input);

      // Report 1: both members report to the ketua; then the ketua's report, with theirs, to the PUO.
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-anggota-1-1');
      expect(await openIds(h)).toEqual([['laporan-anggota-1-1', p.statistisi], ['laporan-anggota-1-2', p.pranataKomputer1]]);
      await complete(h, 'laporan-anggota-1-1', p.statistisi, '4 dataset tervalidasi');
      await complete(h, 'laporan-anggota-1-2', p.pranataKomputer1, 'portal versi beta');
      // Feedback on a member's report is the ketua's, to whom it went.
      expect(await refusalOf(act(h, { action: 'umpan-balik', taskId: 'laporan-anggota-1-1', actorNip: puoPemilik, isi: 'baik' }))).toMatchObject({ code: 'NOT_ASSIGNEE' });
      await act(h, { action: 'umpan-balik', taskId: 'laporan-anggota-1-1', actorNip: ketua, isi: 'tambahkan metadata' });
      // It reaches the member who reported, to read in their inbox.
      expect(await openTask(h, 'umpan-balik-1')).toMatchObject({ assignee: { nip: p.statistisi }, role: 'Anggota Tim', escalateTo: [{ nip: ketua }] });
      await complete(h, 'umpan-balik-1', p.statistisi, 'dibaca');
      const laporan1 = await openTask(h, 'laporan-1');
      expect(laporan1).toMatchObject({ assignee: { nip: ketua }, citation: 'banjar pasal 17(1)b', title: expect.stringContaining('Maya Anggraini, S.Si.: 4 dataset tervalidasi') });
      expect(laporan1.title).toContain(': portal versi beta');
      await complete(h, 'laporan-1', ketua, 'Tim: 4 dari 12 dataset terbit; portal beta');

      // A kendala of the member from Diskominfo: to their own PUO, the work crossing PUOs; another official is no recipient.
      expect(await refusalOf(act(h, { action: 'kendala', actorNip: p.pranataKomputer1, isi: 'server portal penuh', alternatif: ['tambah kapasitas'], kepada: p.kabidAptika }))).toMatchObject({ code: 'NOT_KENDALA_RECIPIENT', citation: 'banjar lampiran III.A.b.4' });
      expect(await refusalOf(act(h, { action: 'kendala', actorNip: p.kabidAptika, isi: 'x', alternatif: ['y'] }))).toMatchObject({ code: 'NOT_ASSIGNEE' });
      // The owning unit's PUO decides it (lampiran III.A.b.3); the member's own PUO receives it to follow up within their duties (b.4).
      await act(h, { action: 'kendala', actorNip: p.pranataKomputer1, isi: 'server portal penuh', alternatif: ['tambah kapasitas server Diskominfo', 'pindah ke cloud pemda'], kepada: p.kadisKominfo });
      await openTask(h, 'kendala-1');
      expect(await openIds(h)).toEqual([['kendala-1', puoPemilik], ['tindak-lanjut-kendala-1', p.kadisKominfo]]);
      expect(await openTask(h, 'tindak-lanjut-kendala-1')).toMatchObject({ kind: 'tindakan', citation: 'banjar lampiran III.A.b.4', isiWajib: true });
      expect(await refusalOf(decide(h, 'kendala-1', p.kadisKominfo, 'approve'))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden' });
      await complete(h, 'tindak-lanjut-kendala-1', p.kadisKominfo, 'kapasitas server Diskominfo ditambah 2 TB');
      await decide(h, 'kendala-1', puoPemilik, 'approve');
      expect((await view(h)).timeline.find((e) => e.taskId === 'kendala-1' && e.action === 'dicatat')).toMatchObject({ actor: { nip: p.pranataKomputer1 }, role: 'Tim Kerja', citation: 'banjar lampiran III.A.b.4' });
      expect((await view(h)).timeline.find((e) => e.taskId === 'kendala-1' && e.action === 'disetujui')).toMatchObject({ actor: { nip: puoPemilik }, citation: 'banjar lampiran III.A.b.3' });

      // Report 2: the Statistisi does not report in time (missed); the ketua's report says so.
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-anggota-2-2');
      await complete(h, 'laporan-anggota-2-2', p.pranataKomputer1, 'portal rilis');
      await suite.env.sleep(8 * DAY);
      const laporan2 = await openTask(h, 'laporan-2');
      expect(laporan2.title).toContain('Maya Anggraini, S.Si.: tidak melapor');
      expect((await view(h)).subject.tim!.terlewat).toBe(1);
      await complete(h, 'laporan-2', ketua, 'Tim: 12 dataset terbit');

      // Evaluasi: the ketua sends the result up the owning unit's chain; returned once, fixed by the ketua, accepted.
      await complete(h, 'hasil-1', ketua, 'Portal Satu Data dengan 12 dataset');
      await decide(h, 'reviu-1-1', chain[0], 'refuse', 'lengkapi panduan pengguna');
      await complete(h, 'perbaikan-1', ketua, 'panduan pengguna ditambahkan');
      for (const [i, nip] of chain.entries()) await decide(h, `reviu-${i + 1}-${i === 0 ? 2 : 1}`, nip, 'approve');
      return (await h.result()) as CaseView<SiklusKinerjaInput['subject']>;
    });
    expect(result.status).toBe('completed');
    expect(result.subject).toMatchObject({ tahap: 'selesai', laporan: { ke: 2, terlewat: 0 }, kendala: 1, tim: { terlewat: 1 }, reviu: { putaran: 1 } });
    expect(ketuaKepada).toEqual([puoPemilik]);
    // The ketua and every member are told the result was accepted and the assignment is done.
    const { rows } = await suite.db.pool.query("SELECT recipient_nip FROM notifications WHERE case_id = $1 AND kind = 'selesai' ORDER BY id", [input.caseId]);
    expect(rows.map((r) => r.recipient_nip)).toEqual([ketua, p.statistisi, p.pranataKomputer1]);
  });

  it('banjar pasal 17(1)b "kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja" (lampiran III.B.3.e): both receive the ketua\'s report by default; the assignment may choose one, who alone gives feedback; a choice the text does not give is refused', async () => {
    const p = demoPeople('banjar');
    const ketua = p.perencana;
    const both = await planTimSiklus('banjar', ketua);
    const puoPemilik = both.kendala.kepada.nip;
    expect(both.langkah.laporan).toMatchObject({
      citation: 'banjar pasal 17(1)b',
      to: [{ nip: puoPemilik, citation: 'banjar pasal 17(1)b' }, { role: 'Pejabat Penilai Kinerja pegawai', citation: 'banjar pasal 17(1)b, lampiran III.B.3.e' }],
    });
    const ppk = both.langkah.laporan.to![1].nip;
    expect(ppk).not.toBe(puoPemilik);
    expect((await planTimSiklus('banjar', ketua, { penerimaLaporan: 'keduanya' })).langkah.laporan.to!.map((o) => o.nip)).toEqual([puoPemilik, ppk]);
    expect((await planTimSiklus('banjar', ketua, { penerimaLaporan: 'puo-pemilik' })).langkah.laporan.to!.map((o) => o.nip)).toEqual([puoPemilik]);
    expect(await refusalOfPlan(planTimSiklus('banjar', ketua, { penerimaLaporan: 'penanggung-jawab' }))).toMatchObject({
      code: 'UNKNOWN_RECEIVER_CHOICE', kind: 'invalid', citation: 'banjar pasal 17(1)b, lampiran III.B.3.e',
      fields: [{ field: 'penerimaLaporan', message: 'one of keduanya, puo-pemilik, ppk-pegawai', citation: 'banjar pasal 17(1)b, lampiran III.B.3.e' }],
    });
    // Where the text names the team's receiver without "dan/atau" (pasuruan lampiran I B.2.A.2.ii.d), there is no choice.
    expect(await refusalOfPlan(planTimSiklus('pasuruan', demoPeople('pasuruan').perencana, { penerimaLaporan: 'ppk-pegawai' }))).toMatchObject({
      code: 'UNKNOWN_RECEIVER_CHOICE', citation: 'pasuruan lampiran I B.2.A.2.ii.d', fields: [{ field: 'penerimaLaporan', message: 'keduanya' }],
    });

    // The PPK alone: the ketua's report goes to them; the PUO, not chosen, gives no feedback on it.
    const input = await planTimSiklus('banjar', ketua, { penerimaLaporan: 'ppk-pegawai' });
    expect(input.langkah.laporan.to!.map((o) => o.nip)).toEqual([ppk]);
    await suite.scenario('siklusKinerja', 'banjar-tim-penerima-ppk', input, async (h) => {
      await openTask(h, 'rencana-1');
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset; Maya validasi data, Rizky portal');
      await decide(h, 'persetujuan-rencana-1', input.langkah.persetujuan.assignee.nip, 'approve');
      await rencanaAnggota(h, input);
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-anggota-1-1');
      await complete(h, 'laporan-anggota-1-1', p.statistisi, '4 dataset tervalidasi');
      await complete(h, 'laporan-anggota-1-2', p.pranataKomputer1, 'portal versi beta');
      const laporan1 = await openTask(h, 'laporan-1');
      expect(laporan1).toMatchObject({ assignee: { nip: ketua }, citation: 'banjar pasal 17(1)b' });
      // Delivered to the PPK (the ketua's atasan too), not to the PUO.
      expect(new Set(laporan1.escalateTo!.map((o) => o.nip))).toEqual(new Set([ppk]));
      await complete(h, 'laporan-1', ketua, 'Tim: 4 dari 12 dataset terbit; portal beta');
      expect(await refusalOf(act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: puoPemilik, isi: 'baik' }))).toMatchObject({ code: 'NOT_ASSIGNEE', message: expect.stringContaining(ppk) });
      await act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: ppk, isi: 'sertakan jadwal rilis' });
      expect(await openTask(h, 'umpan-balik-1')).toMatchObject({ assignee: { nip: ketua } });
    });
  });

  it('banjar: each member drafts their own rencana kerja individu beside the ketua\'s rincian, agreed by the ketua (lampiran III.B.4.a–b); pelaksanaan waits for them', async () => {
    const p = demoPeople('banjar');
    const ketua = p.perencana;
    const input = await planTimSiklus('banjar', ketua);
    const leader = input.langkah.persetujuan.assignee.nip;
    // One plan per member, to the ketua, agreed by the ketua whose ekspektasi they work to (not the penanggung jawab who agrees the rincian).
    expect(input.tim!.rencanaAnggota!.map(({ draft, persetujuan }) => [draft.assignee.nip, draft.role, draft.citation, draft.to![0].nip, persetujuan.assignee.nip, persetujuan.citation])).toEqual([
      [p.statistisi, 'Anggota Tim', 'banjar lampiran III.B.4.a', ketua, ketua, 'banjar lampiran III.B.4.b, III.B.3.b'],
      [p.pranataKomputer1, 'Anggota Tim', 'banjar lampiran III.B.4.a', ketua, ketua, 'banjar lampiran III.B.4.b, III.B.3.b'],
    ]);
    expect(leader).not.toBe(ketua);
    const [maya, rizky] = [`rencana-anggota-${p.statistisi}`, `rencana-anggota-${p.pranataKomputer1}`];
    const result = await suite.scenario('siklusKinerja', 'banjar-tim-rencana-anggota', input, async (h) => {
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset; Maya validasi data, Rizky portal');
      await decide(h, 'persetujuan-rencana-1', leader, 'approve');
      // The rincian agreed, each member's own plan is asked of them, side by side.
      await openTask(h, `${rizky}-1`);
      expect(await openIds(h)).toEqual([[`${maya}-1`, p.statistisi], [`${rizky}-1`, p.pranataKomputer1]]);
      expect(await openTask(h, `${maya}-1`)).toMatchObject({ kind: 'tindakan', role: 'Anggota Tim', citation: 'banjar lampiran III.B.4.a', isiWajib: true, escalateTo: expect.arrayContaining([expect.objectContaining({ nip: ketua })]) });
      expect(await refusalOf(complete(h, `${maya}-1`, ketua, 'rencana'))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden' });
      await complete(h, `${maya}-1`, p.statistisi, 'Validasi 12 dataset, 3 per bulan');
      await complete(h, `${rizky}-1`, p.pranataKomputer1, 'Portal: beta bulan 1, rilis bulan 2');
      // The ketua agrees each; the penanggung jawab does not.
      expect(await openTask(h, `persetujuan-${maya}-1`)).toMatchObject({ kind: 'keputusan', role: 'Ketua Tim', assignee: { nip: ketua }, citation: 'banjar lampiran III.B.4.b, III.B.3.b', title: expect.stringContaining('Validasi 12 dataset, 3 per bulan') });
      expect(await refusalOf(decide(h, `persetujuan-${maya}-1`, leader, 'approve'))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden' });
      // Returned with the ketua's notes: drafted again; the other member's is agreed meanwhile.
      await decide(h, `persetujuan-${maya}-1`, ketua, 'refuse', 'bagi per OPD sumber data');
      await decide(h, `persetujuan-${rizky}-1`, ketua, 'approve');
      await openTask(h, `${maya}-2`);
      const waiting = await view(h);
      expect(waiting.subject).toMatchObject({ tahap: 'perencanaan', rencana: { disepakati: true }, tim: { rencanaAnggota: [{ nip: p.statistisi, versi: 1, disepakati: false }, { nip: p.pranataKomputer1, versi: 1, disepakati: true }] } });
      // No report is due while a member's plan awaits agreement: the cadence starts once every plan is agreed.
      expect(waiting.subject.laporan.berikutnya).toBeUndefined();
      await complete(h, `${maya}-2`, p.statistisi, 'Validasi per OPD: Dinkes, Disdik, Bappeda');
      await decide(h, `persetujuan-${maya}-2`, ketua, 'approve');
      for (let i = 0; (await view(h)).subject.tahap !== 'pelaksanaan'; i++) {
        if (i > 400) throw new Error('pelaksanaan did not start');
        await new Promise((r) => setTimeout(r, 25));
      }
      expect((await view(h)).subject.tim!.rencanaAnggota).toEqual([
        { nip: p.statistisi, nama: 'Maya Anggraini, S.Si.', versi: 2, isi: 'Validasi per OPD: Dinkes, Disdik, Bappeda', disepakati: true },
        { nip: p.pranataKomputer1, nama: expect.any(String), versi: 1, isi: 'Portal: beta bulan 1, rilis bulan 2', disepakati: true },
      ]);
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-anggota-1-1');
      return view(h);
    });
    expect(result.timeline.filter((e) => e.taskId?.startsWith('persetujuan-rencana-anggota-')).map((e) => [e.taskId, e.action, e.actor?.nip])).toEqual([
      [`persetujuan-${maya}-1`, 'dikembalikan', ketua], [`persetujuan-${rizky}-1`, 'disetujui', ketua], [`persetujuan-${maya}-2`, 'disetujui', ketua],
    ]);
  });

  it('every region\'s text sets a member\'s own rencana kerja individu beside the ketua\'s rincian, agreed by the ketua: each planned with its article', async () => {
    const cited: Record<Region, [string, string]> = {
      banjar: ['banjar lampiran III.B.4.a', 'banjar lampiran III.B.4.b, III.B.3.b'],
      bengkalis: ['bengkalis lampiran BAB I §II.C.e.1', 'bengkalis lampiran BAB I §II.C.e.2, §II.C.d.2'],
      pati: ['pati lampiran B.3.d.1', 'pati lampiran B.3.d.2, B.3.c.2'],
      pasuruan: ['pasuruan lampiran I B.2.A.2 d.1', 'pasuruan lampiran I B.2.A.2 d.2, c.2'],
    };
    for (const region of ['banjar', 'bengkalis', 'pati', 'pasuruan'] as const) {
      const input = await planTimSiklus(region, demoPeople(region).perencana);
      const ketua = input.subject.pegawai.nip;
      expect(input.tim!.rencanaAnggota!.map((r) => r.draft.assignee.nip), region).toEqual(input.subject.tim!.anggota.map((a) => a.nip));
      for (const { draft, persetujuan } of input.tim!.rencanaAnggota!) {
        expect([draft.citation, persetujuan.citation], region).toEqual(cited[region]);
        expect([draft.kind, draft.isiWajib, draft.to?.map((o) => o.nip), persetujuan.kind, persetujuan.assignee.nip, persetujuan.role], region).toEqual(['tindakan', true, [ketua], 'keputusan', ketua, 'Ketua Tim']);
      }
    }
  });

  it('a member taken off the team while the members plan: their plan is asked no more once its task ends; the team as it now stands goes on', async () => {
    const p = demoPeople('banjar');
    const ketua = p.perencana;
    const input = await planTimSiklus('banjar', ketua);
    // The team as an amended decree leaves it: the Pranata Komputer taken off.
    const tetap = (xs: { assignee: { nip: string } }[]) => xs.filter((x) => x.assignee.nip !== p.pranataKomputer1);
    const diubah: SiklusKinerjaInput = {
      ...input,
      tim: { ...input.tim!, laporan: tetap(input.tim!.laporan) as ResolvedStep[], rencanaAnggota: input.tim!.rencanaAnggota!.filter((r) => r.draft.assignee.nip !== p.pranataKomputer1) },
      subject: { ...input.subject, tim: { ...input.subject.tim!, anggota: input.subject.tim!.anggota.filter((a) => a.nip !== p.pranataKomputer1) } },
    };
    const rizky = `rencana-anggota-${p.pranataKomputer1}`;
    await suite.scenario('siklusKinerja', 'banjar-tim-rencana-anggota-berubah', input, async (h) => {
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset');
      await decide(h, 'persetujuan-rencana-1', input.langkah.persetujuan.assignee.nip, 'approve');
      await openTask(h, `${rizky}-1`);
      await h.signal(timBerubahSignal, perubahanTimOf(diubah, '800/2/BAPPEDA/2027'));
      await complete(h, `rencana-anggota-${p.statistisi}-1`, p.statistisi, 'Validasi 12 dataset');
      await decide(h, `persetujuan-rencana-anggota-${p.statistisi}-1`, ketua, 'approve');
      // What was open stays with whom it went to, until it ends; then it is not asked again.
      expect((await view(h)).subject.tahap).toBe('perencanaan');
      await suite.env.sleep(8 * DAY);
      for (let i = 0; (await view(h)).subject.tahap !== 'pelaksanaan'; i++) {
        if (i > 400) throw new Error('pelaksanaan did not start');
        await new Promise((r) => setTimeout(r, 25));
      }
      const v = await view(h);
      expect(v.tasks.filter((t) => t.id.startsWith(rizky)).map((t) => [t.id, t.status])).toEqual([[`${rizky}-1`, 'expired']]);
      expect(v.subject.tim!.rencanaAnggota).toEqual([expect.objectContaining({ nip: p.statistisi, disepakati: true })]);
    });
  });

  it('a team whose plan carries no member plans (a text that sets none, or a case planned before them): pelaksanaan follows the ketua\'s rincian alone', async () => {
    const p = demoPeople('banjar');
    const ketua = p.perencana;
    const planned = await planTimSiklus('banjar', ketua);
    // What a profile without tim.rencanaAnggota plans: the team's steps without them.
    const { rencanaAnggota: _, ...tim } = planned.tim!;
    const input: SiklusKinerjaInput = { ...planned, tim };
    await suite.scenario('siklusKinerja', 'banjar-tim-tanpa-rencana-anggota', input, async (h) => {
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset');
      await decide(h, 'persetujuan-rencana-1', input.langkah.persetujuan.assignee.nip, 'approve');
      for (let i = 0; (await view(h)).subject.tahap !== 'pelaksanaan'; i++) {
        if (i > 400) throw new Error('pelaksanaan did not start');
        await new Promise((r) => setTimeout(r, 25));
      }
      expect((await view(h)).subject.tim!.rencanaAnggota).toBeUndefined();
      expect((await view(h)).tasks.filter((t) => t.id.includes('rencana-anggota'))).toEqual([]);
      await suite.env.sleep(30 * DAY);
      expect(await openIds(h)).toEqual([['laporan-anggota-1-1', p.statistisi], ['laporan-anggota-1-2', p.pranataKomputer1]]);
    });
  });

  it('banjar: a report at any time asked of a member, not only the ketua: opened for them, and for them again after continuing as new', async () => {
    const p = demoPeople('banjar');
    const ketua = p.perencana;
    // A report asked for stays open past the next report on cadence (40 days to report it).
    const input = await planTimSiklus('banjar', ketua, { laporan: { setiapHari: 30, batasHari: 40 }, laporanPerRiwayat: 1 });
    const puo = 'oleh' in input.permintaanLaporan ? input.permintaanLaporan.oleh[0].nip : undefined;
    expect(puo).toBe(p.kepalaBappeda);
    await suite.scenario('siklusKinerja', 'banjar-tim-laporan-sewaktu-anggota', input, async (h) => {
      const runId = (h as WorkflowHandle & { firstExecutionRunId: string }).firstExecutionRunId;
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset');
      await decide(h, 'persetujuan-rencana-1', input.langkah.persetujuan.assignee.nip, 'approve');
      await rencanaAnggota(h, input);
      // Only the ketua or a member is asked; the Statistisi is asked, and only they report it.
      expect(await refusalOf(act(h, { action: 'minta-laporan', actorNip: p.kepalaBappeda, kepada: p.kabidAptika }))).toMatchObject({
        code: 'NOT_REPORTER', kind: 'unprocessable', citation: 'banjar pasal 17(2)', fields: [{ field: 'kepada', message: 'not the ketua or a member of the team' }],
      });
      await act(h, { action: 'minta-laporan', actorNip: p.kepalaBappeda, kepada: p.statistisi, isi: 'validasi data untuk rapat' });
      const asked = await openTask(h, 'laporan-sewaktu-1');
      expect(asked).toMatchObject({ assignee: { nip: p.statistisi }, role: 'Anggota Tim', citation: 'banjar pasal 17(2)', escalateTo: expect.arrayContaining([expect.objectContaining({ nip: p.kepalaBappeda })]) });
      expect(await refusalOf(complete(h, 'laporan-sewaktu-1', ketua, 'x'))).toMatchObject({ code: 'NOT_ASSIGNEE' });
      expect((await view(h)).timeline.find((e) => e.taskId === 'laporan-sewaktu-1')).toMatchObject({ actor: { nip: p.kepalaBappeda }, notes: 'laporan diminta dari Maya Anggraini, S.Si.: validasi data untuk rapat' });

      // Report 1 ends the first run (one report a run): the report asked of the member is still theirs in the next.
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-anggota-1-1');
      await complete(h, 'laporan-anggota-1-1', p.statistisi, '4 dataset');
      await complete(h, 'laporan-anggota-1-2', p.pranataKomputer1, 'portal beta');
      await complete(h, 'laporan-1', ketua, 'Tim: 4 dataset');
      for (let i = 0; (await h.describe()).runId === runId; i++) {
        if (i > 400) throw new Error('the case did not continue as new');
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(await openIds(h)).toEqual([['laporan-sewaktu-1', p.statistisi]]);
      expect(await refusalOf(complete(h, 'laporan-sewaktu-1', ketua, 'x'))).toMatchObject({ code: 'NOT_ASSIGNEE' });
      await complete(h, 'laporan-sewaktu-1', p.statistisi, '12 dataset tervalidasi');
      await act(h, { action: 'umpan-balik', taskId: 'laporan-sewaktu-1', actorNip: p.kepalaBappeda, isi: 'terima kasih' });
      const after = await view(h);
      expect(after.subject).toMatchObject({ riwayat: 1, laporan: { sewaktuWaktu: 1 } });
      // What was delivered says who reported it.
      for (let i = 0; ; i++) {
        const { rows } = await suite.db.pool.query("SELECT message FROM notifications WHERE case_id = $1 AND task_id = 'laporan-sewaktu-1' AND kind = 'disampaikan' AND recipient_nip = $2", [input.caseId, p.kepalaBappeda]);
        if (rows.length) {
          expect(rows[0].message).toBe('Laporan sewaktu-waktu dari Maya Anggraini, S.Si.: 12 dataset tervalidasi');
          break;
        }
        if (i > 400) throw new Error('the report was not delivered');
        await new Promise((r) => setTimeout(r, 25));
      }
    });
  });

  it('bengkalis: the ketua\'s report goes up berjenjang, the penanggung jawab passing it to the kepala perangkat daerah; either asks for a report at any time', async () => {
    const p = demoPeople('bengkalis');
    const ketua = p.perencana;
    const input = await planTimSiklus('bengkalis', ketua, { hariKerja: 30 });
    // Pasal 11(3): to the penanggung jawab first, who passes it on; pasal 11(4): the kepala perangkat daerah or the penanggung jawab asks.
    expect(input.langkah.laporan.to).toMatchObject([{ nip: p.kabidPerencanaan, role: 'Penanggung Jawab Tim', citation: 'bengkalis pasal 11(3)' }]);
    expect(input.tim!.teruskan).toMatchObject({ assignee: { nip: p.kabidPerencanaan }, citation: 'bengkalis pasal 11(3)', to: [{ nip: p.kepalaBappeda, citation: 'bengkalis pasal 11(3)' }] });
    expect('oleh' in input.permintaanLaporan && input.permintaanLaporan.oleh.map((o) => [o.nip, o.citation])).toEqual([[p.kepalaBappeda, 'bengkalis pasal 11(4)'], [p.kabidPerencanaan, 'bengkalis pasal 11(4)']]);
    const chain = input.subject.reviu.rantai.map((o) => o.nip);
    const result = await suite.scenario('siklusKinerja', 'bengkalis-tim-berjenjang', input, async (h) => {
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset');
      await decide(h, 'persetujuan-rencana-1', input.langkah.persetujuan.assignee.nip, 'approve');
      await rencanaAnggota(h, input);
      // The penanggung jawab asks a member for a report at any time.
      await act(h, { action: 'minta-laporan', actorNip: p.kabidPerencanaan, kepada: p.statistisi, isi: 'progres validasi' });
      expect(await openTask(h, 'laporan-sewaktu-1')).toMatchObject({ assignee: { nip: p.statistisi }, citation: 'bengkalis pasal 11(4)', escalateTo: expect.arrayContaining([expect.objectContaining({ nip: p.kabidPerencanaan })]) });
      await complete(h, 'laporan-sewaktu-1', p.statistisi, '6 dataset tervalidasi');

      await suite.env.sleep(30 * DAY);
      await complete(h, 'laporan-anggota-1-1', p.statistisi, '12 dataset tervalidasi');
      await complete(h, 'laporan-anggota-1-2', p.pranataKomputer1, 'portal rilis');
      await complete(h, 'laporan-1', ketua, 'Tim: 12 dataset terbit');
      // The penanggung jawab passes it on; then the kepala perangkat daerah has it, and may give feedback, which reaches the ketua.
      expect(await openTask(h, 'teruskan-laporan-1')).toMatchObject({ assignee: { nip: p.kabidPerencanaan }, title: expect.stringContaining('Tim: 12 dataset terbit') });
      await complete(h, 'teruskan-laporan-1', p.kabidPerencanaan, 'diteruskan dengan catatan: sesuai target');
      await act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: p.kepalaBappeda, isi: 'publikasikan di portal' });
      expect(await openTask(h, 'umpan-balik-1')).toMatchObject({ assignee: { nip: ketua } });
      await complete(h, 'umpan-balik-1', ketua, 'dibaca');
      await complete(h, 'hasil-1', ketua, 'Portal Satu Data dengan 12 dataset');
      for (const [i, nip] of chain.entries()) await decide(h, `reviu-${i + 1}-1`, nip, 'approve');
      // Form 5: once the work is done, each member reports in writing to their own PPK; then the case closes.
      await complete(h, 'laporan-akhir-1', p.statistisi, 'Laporan tertulis: validasi 12 dataset');
      expect(await refusalOf(complete(h, 'laporan-akhir-2', p.statistisi, 'x'))).toMatchObject({ code: 'NOT_ASSIGNEE' });
      await complete(h, 'laporan-akhir-2', p.pranataKomputer1, 'Laporan tertulis: portal Satu Data');
      return (await h.result()) as CaseView<SiklusKinerjaInput['subject']>;
    });
    expect(result.status).toBe('completed');
    const { rows } = await suite.db.pool.query("SELECT task_id, recipient_nip FROM notifications WHERE case_id = $1 AND kind = 'disampaikan' AND (task_id IN ('laporan-1', 'teruskan-laporan-1') OR task_id LIKE 'laporan-akhir-%') ORDER BY id", [input.caseId]);
    const ppk = input.tim!.laporanAkhir!.map((l) => [l.assignee.nip, l.to![0].nip, l.citation]);
    expect(ppk).toEqual([
      [p.statistisi, expect.any(String), 'bengkalis lampiran BAB II form 5 (Surat Tugas anggota Tim Kerja, Dengan Ketentuan angka 1)'],
      [p.pranataKomputer1, p.kabidAptika, 'bengkalis lampiran BAB II form 5 (Surat Tugas anggota Tim Kerja, Dengan Ketentuan angka 1)'],
    ]);
    expect(rows.map((r) => [r.task_id, r.recipient_nip])).toEqual([
      ['laporan-1', p.kabidPerencanaan], ['teruskan-laporan-1', p.kepalaBappeda], ['laporan-akhir-1', ppk[0][1]], ['laporan-akhir-2', p.kabidAptika],
    ]);
  });

  it('bengkalis: a kendala of a team within the Perangkat Daerah reaches the Pimpinan PD to decide and the penanggung jawab to follow up (lampiran BAB I §II.C.a.2.c)', async () => {
    const p = demoPeople('bengkalis');
    const ketua = p.perencana;
    const tim = await timInForce(suite.db.pool, 'bengkalis', { anggotaLintasUnit: [] });
    const input = await planTimSiklus('bengkalis', ketua, { hariKerja: 30 }, tim);
    expect(input.kendala.kepada).toMatchObject({ nip: p.kepalaBappeda });
    expect(input.kendala.penanggungJawab).toMatchObject({ nip: p.kabidPerencanaan, role: 'Penanggung Jawab Tim', citation: 'bengkalis lampiran BAB I §II.C.a.2.c' });
    // Across Perangkat Daerah the text names the Pimpinan Perangkat Daerah pemilik kinerja alone (§II.C.b.3); other regions name no penanggung jawab.
    expect((await planTimSiklus('bengkalis', ketua, { hariKerja: 30 })).kendala.penanggungJawab).toBeUndefined();
    expect((await planTimSiklus('banjar', demoPeople('banjar').perencana, { hariKerja: 30 })).kendala.penanggungJawab).toBeUndefined();
    const chain = input.subject.reviu.rantai.map((o) => o.nip);
    const result = await suite.scenario('siklusKinerja', 'bengkalis-tim-kendala-penanggung-jawab', input, async (h) => {
      await complete(h, 'rencana-1', ketua, 'Rincian: 12 dataset');
      await decide(h, 'persetujuan-rencana-1', input.langkah.persetujuan.assignee.nip, 'approve');
      await rencanaAnggota(h, input);
      await act(h, { action: 'kendala', actorNip: p.statistisi, isi: 'data OPD belum lengkap', alternatif: ['surat permintaan data oleh Kepala Bappeda', 'tunda dataset yang belum lengkap'] });
      await openTask(h, 'kendala-1');
      expect(await openIds(h)).toEqual([['kendala-1', p.kepalaBappeda], ['tindak-lanjut-kendala-pj-1', p.kabidPerencanaan]]);
      expect(await openTask(h, 'kendala-1')).toMatchObject({ kind: 'keputusan', title: expect.stringContaining('diterima juga oleh Dewi Lestari, S.T., M.P.P. (Penanggung Jawab Tim)') });
      expect(await openTask(h, 'tindak-lanjut-kendala-pj-1')).toMatchObject({ kind: 'tindakan', role: 'Penanggung Jawab Tim', citation: 'bengkalis lampiran BAB I §II.C.a.2.c', isiWajib: true });
      // The penanggung jawab receives it; the decision stays with the Pimpinan Perangkat Daerah.
      expect(await refusalOf(decide(h, 'kendala-1', p.kabidPerencanaan, 'approve'))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden' });
      await complete(h, 'tindak-lanjut-kendala-pj-1', p.kabidPerencanaan, 'berkoordinasi dengan OPD penghasil data');
      await decide(h, 'kendala-1', p.kepalaBappeda, 'approve');

      await suite.env.sleep(30 * DAY);
      await complete(h, 'laporan-anggota-1-1', p.statistisi, '12 dataset tervalidasi');
      await complete(h, 'laporan-1', ketua, 'Tim: 12 dataset terbit');
      await complete(h, 'teruskan-laporan-1', p.kabidPerencanaan, 'diteruskan');
      await complete(h, 'hasil-1', ketua, 'Portal Satu Data dengan 12 dataset');
      for (const [i, nip] of chain.entries()) await decide(h, `reviu-${i + 1}-1`, nip, 'approve');
      await complete(h, 'laporan-akhir-1', p.statistisi, 'Laporan tertulis: validasi 12 dataset');
      return (await h.result()) as CaseView<SiklusKinerjaInput['subject']>;
    });
    expect(result.status).toBe('completed');
    expect(result.timeline.filter((e) => e.taskId === 'tindak-lanjut-kendala-pj-1' || e.taskId === 'kendala-1').map((e) => [e.action, e.actor?.nip, e.citation])).toEqual([
      ['dicatat', p.statistisi, 'bengkalis lampiran BAB I §II.C.3.3'],
      ['dilaksanakan', p.kabidPerencanaan, 'bengkalis lampiran BAB I §II.C.a.2.c'],
      ['disetujui', p.kepalaBappeda, 'bengkalis lampiran BAB I §II.C.3.3'],
    ]);
  });

  it('a team not in force yet has no work cycle; a member starts none (the ketua, or a leader, does)', async () => {
    const p = demoPeople('pati');
    const tim = await timInForce(suite.db.pool, 'pati');
    const pending = await refusalOfPlan(planTimSiklus('pati', p.perencana, {}, { ...tim, status: 'awaiting-decision', documents: [] }));
    expect(pending).toMatchObject({ code: 'ASSIGNMENT_NOT_ISSUED', fields: [{ field: 'penugasan' }] });
    const member = await refusalOfPlan(planTimSiklus('pati', p.statistisi, {}, tim));
    expect(member).toMatchObject({ code: 'NOT_REQUESTER_ROLE', kind: 'forbidden' });
  });

  it('pasuruan: the team checklist (lampiran I B.2.A.2.i a–h), the ketua reports to the Kepala Unit Organisasi, no kendala to another PUO', async () => {
    const p = demoPeople('pasuruan');
    const input = await planTimSiklus('pasuruan', p.perencana);
    expect(input.subject.checklist!.map((c) => c.butir)).toEqual(PROFILES.pasuruan.siklusKinerja.checklist!.tim.map((c) => c.butir));
    expect(input.langkah.laporan.citation).toBe('pasuruan lampiran I B.2.A.2.ii.d');
    expect(input.tim!.lintasPuo).toEqual([]);
  });
});
