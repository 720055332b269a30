// P8 workflow on the time-skipping test server with real activities against PostgreSQL.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import type { RekomendasiPenilaianKinerjaInput } from '../../procedures/rekomendasiPenilaianKinerja/plan';
import { completeUpdate } from '../../workflows/shared';
import { openTask, planDemoCase, planSukarelaCase, refusalOf } from '../support/cases';
import { issued, planRekomendasiCase } from '../support/rekomendasi';
import { delivered as deliveredIn, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
type Handle = WorkflowHandle<(i: RekomendasiPenilaianKinerjaInput) => Promise<CaseView>>;
const scenario = <T>(name: string, input: RekomendasiPenilaianKinerjaInput, body: (h: Handle) => Promise<T>) =>
  suite.scenario('rekomendasiPenilaianKinerja', name, input, (h) => body(h as Handle));
const id = (region: string, code = 'p8') => `${region}-${code}-test-${randomUUID()}`;

/** The P2 demo assignment (Bappeda involves Diskominfo's Pranata Komputer), issued. */
const p2 = async (region: 'bengkalis' | 'banjar' | 'pati' | 'pasuruan') => issued(await planDemoCase(suite.db.pool, region, id(region, 'p2')));

const refusalOfPlan = async (p: Promise<unknown>): Promise<Refusal> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected the plan to refuse');
};

describe('rekomendasi penilaian kinerja (P8)', () => {
  it('bengkalis: the Pimpinan PD rates a member from another PD; form 7 goes to the home PPK and Pimpinan PD, who both receive it at once', async () => {
    const people = demoPeople('bengkalis');
    const input = await planRekomendasiCase(suite.db.pool, 'bengkalis', id('bengkalis'), await p2('bengkalis'));
    expect(input.pemohon).toMatchObject({ nip: people.kepalaBappeda, citation: 'bengkalis lampiran BAB I §II.C.d.6, §II.C.a.7' });
    expect(input.subject).toMatchObject({
      lintasUnit: true, pegawai: { nip: people.pranataKomputer1, perangkatDaerah: { kode: 'KOMINFO' } },
      penilaian: { hasilKerja: 'di-atas-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Baik', saran: 'Baik' },
    });
    // The member's home PPK (Diskominfo), not anyone at Bappeda.
    expect(input.tahapan).toEqual([['menerima-rekomendasi-ppk', 'menerima-rekomendasi-pimpinan-pd']]);
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([
      ['menerima-rekomendasi-ppk', people.kabidAptika],
      ['menerima-rekomendasi-pimpinan-pd', people.kadisKominfo],
    ]);
    const result = await scenario('bengkalis-received', input, async (h) => {
      // Both are open together, after the recommendation is issued.
      await openTask(h, 'menerima-rekomendasi-ppk');
      await openTask(h, 'menerima-rekomendasi-pimpinan-pd');
      const wrong = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-ppk', actorNip: people.kepalaBappeda }] }));
      expect(wrong).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'bengkalis lampiran BAB I §II.C.d.6' });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-pimpinan-pd', actorNip: people.kadisKominfo }] });
      const again = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-pimpinan-pd', actorNip: people.kadisKominfo }] }));
      expect(again).toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict' });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-ppk', actorNip: people.kabidAptika, isi: 'diterima sebagai bahan penilaian SKP' }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.outcome).toMatchObject({ status: 'issued', citation: 'bengkalis lampiran BAB I §II.C.d.6' });
    expect(result.outcome?.reasons).toBeUndefined();
    expect(result.timeline.map((e) => [e.action, e.actor?.nip])).toEqual([
      ['diajukan', people.kepalaBappeda], ['diterbitkan', people.kepalaBappeda], ['dilaksanakan', people.kadisKominfo], ['dilaksanakan', people.kabidAptika],
    ]);
    expect(result.timeline[0].notes).toBe('Hasil Kerja Di atas Ekspektasi, Perilaku Kerja Sesuai Ekspektasi: predikat Baik; sesuai matriks');
    expect(result.documents).toMatchObject([{ kind: 'rekomendasi-penilaian-kinerja', title: 'REKOMENDASI PENILAIAN KINERJA', nomor: expect.stringMatching(/^800\/\d+\/REK-PK\/BAPPEDA\/\d{4}$/) }]);
    // The rater and the member learn it was issued.
    expect(await deliveredIn(suite.db, input.caseId)).toEqual(
      [people.kepalaBappeda, people.pranataKomputer1].sort().map((nip) => ({ kind: 'diterbitkan', recipient_nip: nip, message: expect.stringContaining('REKOMENDASI PENILAIAN KINERJA Nomor') })),
    );
  });

  it('banjar, a JF ahli madya: the PPT (PPK and PUO at once) receives it at once, the Administrator\'s recommendation beside it', async () => {
    const people = demoPeople('banjar');
    const madya = '19780101200501' + '1299';
    // An ahli madya of Diskominfo whose PPK is the PPT Pratama (banjar lampiran I.A.2.d, I.B.2.c).
    const amend = (org: import('../../domain/organisasi').OrgSnapshot) => {
      org.pegawai[madya] = {
        nip: madya, nama: 'Ir. Yusuf Hidayat, M.Kom.', golongan: 'IV/b', jabatan: 'PRAKOM-MADYA', namaJabatan: 'Pranata Komputer Ahli Madya', jenisJabatan: 'fungsional', jenjang: 'madya',
        unit: 'KOMINFO-APTIKA', memimpinUnit: false, pendidikan: 'S2', pengalamanTahun: 20, hasilPenyetaraan: false, ppk: people.kadisKominfo, puo: people.kadisKominfo,
      };
    };
    const assignment = await p2('banjar');
    assignment.assignedEmployee = { ...assignment.assignedEmployee!, nip: madya, nama: 'Ir. Yusuf Hidayat, M.Kom.', golongan: 'IV/b', jabatan: 'Pranata Komputer Ahli Madya, Dinas Komunikasi dan Informatika' };
    const input = await planRekomendasiCase(suite.db.pool, 'banjar', id('banjar'), assignment, { org: amend });
    expect(input.pemohon.nip).toBe(people.kepalaBappeda);
    // The PPK and the PUO are one official here: one task; the rating reaches them at once, the Administrator's
    // recommendation beside it (banjar lampiran I.A.2.d), not before it.
    expect(input.tahapan).toEqual([['menerima-rekomendasi-ppk', 'rekomendasi-administrator']]);
    expect(input.steps.map((s) => [s.id, s.assignee.nip, s.citation])).toEqual([
      ['menerima-rekomendasi-ppk', people.kadisKominfo, 'banjar lampiran III.B.3'],
      ['rekomendasi-administrator', people.kabidAptika, 'banjar lampiran I.A.2.d, I.B.2.c'],
    ]);
    const result = await scenario('banjar-ahli-madya', input, async (h) => {
      await openTask(h, 'rekomendasi-administrator');
      await openTask(h, 'menerima-rekomendasi-ppk');
      const empty = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'rekomendasi-administrator', actorNip: people.kabidAptika }] }));
      expect(empty).toMatchObject({ code: 'CONTENT_REQUIRED', fields: [{ field: 'isi' }] });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'rekomendasi-administrator', actorNip: people.kabidAptika, isi: 'direkomendasikan predikat Baik' }] });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-ppk', actorNip: people.kadisKominfo }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'diterbitkan', 'dilaksanakan', 'dilaksanakan']);
    // The Administrator's recommendation reaches the PPT.
    const { rows } = await suite.db.pool.query("SELECT recipient_nip, message FROM notifications WHERE case_id = $1 AND kind = 'disampaikan'", [input.caseId]);
    expect(rows).toEqual([{ recipient_nip: people.kadisKominfo, message: expect.stringContaining('direkomendasikan predikat Baik') }]);
  });

  it('pasuruan: a deviation from the matrix is recorded with its reason; a receipt not confirmed gets reminders, an escalation, and expires (the recommendation stands)', async () => {
    const people = demoPeople('pasuruan');
    const input = await planRekomendasiCase(suite.db.pool, 'pasuruan', id('pasuruan'), await p2('pasuruan'), {
      over: { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Sangat Baik', alasanDeviasi: 'menyelesaikan dua modul tambahan di luar target' },
    });
    expect(input.subject.penilaian).toEqual({
      hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Sangat Baik', saran: 'Baik', alasanDeviasi: 'menyelesaikan dua modul tambahan di luar target',
    });
    expect(input.documents[0].isi.formulir?.catatan).toContain('Predikat menurut matriks Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022: Baik; dipilih Sangat Baik dengan alasan: menyelesaikan dua modul tambahan di luar target.');
    const result = await scenario('pasuruan-receipt-expired', input, async (h) => {
      await openTask(h, 'menerima-rekomendasi-puo');
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-puo', actorNip: people.kadisKominfo }] });
      return h.result(); // the PPK never confirms: time skips to the expiry
    });
    expect(result.status).toBe('issued');
    expect(result.outcome?.reasons).toBe('Menerima rekomendasi penilaian kinerja sebagai Pejabat Penilai Kinerja tidak disampaikan dalam batas waktu');
    expect(result.timeline[0].notes).toBe('Hasil Kerja Sesuai Ekspektasi, Perilaku Kerja Di atas Ekspektasi: predikat Sangat Baik; menyimpang dari matriks (Baik): menyelesaikan dua modul tambahan di luar target');
    expect(result.tasks.map((t) => [t.id, t.status])).toEqual([['menerima-rekomendasi-ppk', 'expired'], ['menerima-rekomendasi-puo', 'done']]);
    const { rows } = await suite.db.pool.query("SELECT kind, recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'menerima-rekomendasi-ppk' ORDER BY seq, recipient_nip", [input.caseId]);
    // 7 days, a reminder every 2: days 2 and 4 remind the PPK, day 6 escalates to their superior and the rater too.
    expect(rows).toEqual([
      { kind: 'pengingat', recipient_nip: people.kabidAptika },
      { kind: 'pengingat', recipient_nip: people.kabidAptika },
      ...[people.kabidAptika, people.kadisKominfo, people.kepalaBappeda].sort().map((nip) => ({ kind: 'eskalasi', recipient_nip: nip })),
    ]);
  });

  it('pati: a member who volunteered across units (P5) is rated by a leader over the owning unit; their home PPK and PUO receive it', async () => {
    const people = demoPeople('pati');
    const assignment = issued(await planSukarelaCase(suite.db.pool, 'pati', id('pati', 'p5')));
    const input = await planRekomendasiCase(suite.db.pool, 'pati', id('pati'), assignment, { actor: people.kabidPerencanaan });
    expect(input.subject).toMatchObject({ lintasUnit: true, penugasan: { procedure: 'pengajuan-sukarela-lintas-unit', unitPemilik: { kode: 'BAPPEDA-PEREN' } } });
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([
      ['menerima-rekomendasi-ppk', people.kabidAptika],
      ['menerima-rekomendasi-puo', people.kadisKominfo],
    ]);
    const result = await scenario('pati-sukarela', input, async (h) => {
      await openTask(h, 'menerima-rekomendasi-ppk');
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-ppk', actorNip: people.kabidAptika }] });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-puo', actorNip: people.kadisKominfo }] });
      return h.result();
    });
    expect(result).toMatchObject({ status: 'issued', documents: [{ nomor: expect.stringMatching(/^800\/\d+\/REK-PK\/BAPPEDA\.PEREN\/\d{4}$/) }] });
  });

  it('pati: a member whose PPK and PUO are the rater: form 7 is issued and the case ends, no one asked to receive what he signed', async () => {
    const people = demoPeople('pati');
    const assignment = issued(await planSukarelaCase(suite.db.pool, 'pati', id('pati', 'p5')));
    // As a unit led by one official has it: he assigns its work, assesses its people, and rates them.
    const input = await planRekomendasiCase(suite.db.pool, 'pati', id('pati'), assignment, {
      actor: people.kabidPerencanaan,
      org: (o) => { o.pegawai[people.pranataKomputer1] = { ...o.pegawai[people.pranataKomputer1], ppk: people.kabidPerencanaan, puo: people.kabidPerencanaan }; },
    });
    expect([input.steps, input.tahapan]).toEqual([[], []]);
    const result = await scenario('pati-penilai-penerima', input, (h) => h.result());
    expect(result).toMatchObject({ status: 'issued', tasks: [], documents: [{ kind: 'rekomendasi-penilaian-kinerja' }] });
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'diterbitkan']);
  });

  it('refuses a rating by an official who did not lead the assignment (403, with the article)', async () => {
    const people = demoPeople('bengkalis');
    const refusal = await refusalOfPlan(planRekomendasiCase(suite.db.pool, 'bengkalis', id('bengkalis'), await p2('bengkalis'), { actor: people.kadisKominfo }));
    expect(refusal).toMatchObject({ code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: 'bengkalis lampiran BAB I §II.C.d.6, §II.C.a.7' });
    expect(refusal.message).toContain(people.kepalaBappeda);
  });

  it('refuses a predikat other than the matrix suggests without its reason (400 naming alasanDeviasi)', async () => {
    const refusal = await refusalOfPlan(planRekomendasiCase(suite.db.pool, 'banjar', id('banjar'), await p2('banjar'), { over: { predikat: 'Sangat Baik' } }));
    expect(refusal).toMatchObject({
      code: 'DEVIATION_REASON_REQUIRED', kind: 'invalid', citation: 'banjar lampiran III.B.3, bengkalis lampiran BAB II form 7 (the only form of the four regulations)',
      fields: [{ field: 'alasanDeviasi' }],
    });
  });

  it('refuses to rate on an assignment not issued, or a member it did not assign', async () => {
    const people = demoPeople('pati');
    const pending = { ...(await p2('pati')), status: 'awaiting-decision' as const };
    expect(await refusalOfPlan(planRekomendasiCase(suite.db.pool, 'pati', id('pati'), pending))).toMatchObject({
      code: 'NOT_AN_ISSUED_ASSIGNMENT', kind: 'unprocessable', citation: 'pati lampiran B.3.c.5', fields: [{ field: 'penugasan' }],
    });
    expect(await refusalOfPlan(planRekomendasiCase(suite.db.pool, 'pati', id('pati'), await p2('pati'), { over: { pegawai: people.pranataKomputer2 } }))).toMatchObject({
      code: 'NOT_A_MEMBER', kind: 'unprocessable', fields: [{ field: 'pegawai' }],
    });
  });
});
