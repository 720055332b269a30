// P3 to an agency not on this service (Tapin, declared as EXTERNAL_AGENCIES would), on the
// time-skipping test server with real activities against PostgreSQL: the officials the request names
// take the hops the requesting regulation gives the agency asked; its PPK's answer names each
// employee with their identity; its PUO reports the Surat Penugasan it issued there.
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../db/masterData';
import { demoPeople } from '../../demo/masterData';
import { requester } from '../../demo/permohonan';
import { penunjukanKeInstansiLuar, tapin } from '../../demo/penunjukanLintasInstansi';
import { tanggalLokal } from '../../domain/dokumen';
import type { CaseView } from '../../domain/kasus';
import { RuleViolation } from '../../domain/refusal';
import type { SiklusKinerjaInput } from '../../procedures/siklusKinerja/plan';
import { plan, type PenunjukanLintasInstansiInput, type PermohonanLintasInstansi } from '../../procedures/penunjukanLintasInstansi/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { acknowledgeUpdate, caseQuery, completeUpdate, decideUpdate } from '../../workflows/shared';
import { DEADLINES, openTask, refusalOf } from '../support/cases';
import { delivered, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
type Handle = WorkflowHandle<(i: PenunjukanLintasInstansiInput) => Promise<CaseView>>;
const scenario = <T>(name: string, input: PenunjukanLintasInstansiInput, body: (h: Handle) => Promise<T>) =>
  suite.scenario('penunjukanLintasInstansi', name, input, (h) => body(h as Handle));

const TODAY = new Date().toISOString().slice(0, 10);
const employees = tapin.pegawai.map((e) => ({ ...e }));

/** Planned as the API plans it: the own master data only, tapin declared. */
async function planCase(pool: Pool, region: Region, over: Partial<PermohonanLintasInstansi> = {}, instansiLuar = ['tapin']) {
  const actor = requester(region);
  const org = await loadOrg(pool, region, [actor]);
  return plan(PROFILES[region], org, penunjukanKeInstansiLuar(region, over), {
    caseId: `${region}-p3-luar-test-${randomUUID()}`, actorNip: actor, deadlines: DEADLINES, instansiLuar, today: TODAY,
  });
}

const decide = (h: Handle, taskId: string, actorNip: string, more: Record<string, unknown> = {}) =>
  openTask(h, taskId).then(() => h.executeUpdate(decideUpdate, { args: [{ taskId, actorNip, decision: 'approve', ...more }] }));

/** The hops of the agency asked up to its PyB's approval of the answer. */
async function throughAnswer(h: Handle, sekda: string) {
  await decide(h, 'persetujuan-pyb-pemohon', sekda);
  await decide(h, 'persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip);
  await decide(h, 'rekomendasi-puo-tujuan', tapin.puo.nip);
  await decide(h, 'jawaban-ppk-tujuan', tapin.ppk.nip, { employees });
  await decide(h, 'persetujuan-jawaban-pyb-tujuan', tapin.pejabatBerwenang.nip);
}

describe('penunjukan lintas instansi (P3) to an agency not on this service', () => {
  it('banjar asks tapin: the named officials take its hops, the answer names the employees, tapin reports its Surat Penugasan, banjar issues the Keputusan Bupati', async () => {
    const banjar = demoPeople('banjar');
    const input = await planCase(suite.db.pool, 'banjar');
    expect(input.regions).toEqual(['banjar', 'tapin']);
    expect(input.subject.instansiTujuan).toEqual({ region: 'tapin', pemerintah: 'PEMERINTAH KABUPATEN TAPIN', luarLayanan: true });
    expect(input.asal).toBeUndefined(); // no master data there to find candidates in
    // Banjar's alur for the agency asked (II.B.1.c.3-5), taken by the officials the request names.
    expect(input.steps.map((s) => [s.id, s.region, s.assignee.nip, s.kind, s.citation])).toEqual([
      ['persetujuan-pyb-pemohon', 'banjar', banjar.sekda, 'keputusan', 'banjar lampiran II.B.1.c.2'],
      ['persetujuan-pyb-tujuan', 'tapin', tapin.pejabatBerwenang.nip, 'keputusan', 'banjar lampiran II.B.1.c.3'],
      ['rekomendasi-puo-tujuan', 'tapin', tapin.puo.nip, 'rekomendasi', 'banjar lampiran II.B.1.c.4'],
      ['jawaban-ppk-tujuan', 'tapin', tapin.ppk.nip, 'keputusan', 'banjar lampiran II.B.1.c.4, banjar lampiran II.B.1.c.5.a'],
      ['persetujuan-jawaban-pyb-tujuan', 'tapin', tapin.pejabatBerwenang.nip, 'keputusan', 'banjar lampiran II.B.1.c.5.a'],
      ['laporan-surat-penugasan', 'tapin', tapin.puo.nip, 'tindakan', 'banjar lampiran II.B.1.c.5.c'],
    ]);
    expect(input.steps[3]).toMatchObject({ namesEmployees: true });
    expect(input.steps[3].choosesEmployees).toBeUndefined();
    expect(input.documents.map((d) => d.kind)).toEqual(['keputusan-bupati']);
    expect(input.documents[0].tembusan).toEqual(['Sekretaris Daerah Kabupaten Tapin']);

    const result = await scenario('luar-banjar-tapin-issued', input, async (h) => {
      await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
      await decide(h, 'persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip);
      await decide(h, 'rekomendasi-puo-tujuan', tapin.puo.nip);
      await openTask(h, 'jawaban-ppk-tujuan');
      const answer = (more: Record<string, unknown>) =>
        refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: tapin.ppk.nip, decision: 'approve', ...more }] }));
      expect(await answer({})).toMatchObject({ code: 'EMPLOYEE_LIST_REQUIRED', kind: 'invalid', fields: [{ field: 'employees' }] });
      expect(await answer({ employees: [] })).toMatchObject({ code: 'EMPLOYEE_LIST_REQUIRED' });
      // By NIP alone: there are no candidates here to choose from.
      expect(await answer({ employeeNips: [employees[0].nip] })).toMatchObject({ code: 'LIST_NOT_EXPECTED', fields: [{ field: 'employeeNips' }] });
      const bad = await answer({
        employees: [employees[0], { ...employees[1], nip: '199413322019032002', nama: ' ' }, { ...employees[0], jabatan: 'Pranata Komputer Ahli Muda' }],
      });
      expect(bad).toMatchObject({ code: 'EMPLOYEE_LIST_INVALID', kind: 'invalid', citation: 'banjar lampiran II.B.1.c.4, banjar lampiran II.B.1.c.5.a' });
      expect(bad.fields).toEqual([
        { field: 'employees[1].nip', message: 'birth date 19941332 is not a real date' },
        { field: 'employees[1].nama', message: 'required' },
        { field: 'employees[2].nip', message: 'on the list more than once' },
      ]);
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: tapin.ppk.nip, decision: 'approve', employees }] });
      expect(((await h.query(caseQuery)) as CaseView).assignedEmployees).toEqual(employees);
      await decide(h, 'persetujuan-jawaban-pyb-tujuan', tapin.pejabatBerwenang.nip);

      // Tapin numbers its Surat Penugasan itself and reports it: both nomor and a possible tanggal.
      await openTask(h, 'laporan-surat-penugasan');
      const { startedAt } = (await h.query(caseQuery)) as CaseView;
      const dated = tanggalLokal(startedAt, 'Asia/Makassar'); // the day the request was made, in banjar
      const report = (a: Record<string, unknown>) => h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-surat-penugasan', actorNip: tapin.puo.nip, ...a }] });
      expect(await refusalOf(report({}))).toMatchObject({ code: 'DOCUMENT_REPORT_INVALID', fields: [{ field: 'nomor' }, { field: 'tanggal' }] });
      expect(await refusalOf(report({ nomor: '800/12/DISKOMINFO/2027', tanggal: '2027-02-30' }))).toMatchObject({ fields: [{ field: 'tanggal', message: expect.stringContaining('yyyy-mm-dd') }] });
      expect(await refusalOf(report({ nomor: '800/12/DISKOMINFO/2027', tanggal: '2001-01-01' }))).toMatchObject({ fields: [{ field: 'tanggal', message: expect.stringContaining('between the request') }] });
      expect(await refusalOf(report({ nomor: '800/12/DISKOMINFO/2027', tanggal: dated, actorNip: tapin.ppk.nip }))).toMatchObject({ code: 'NOT_ASSIGNEE' });
      await report({ nomor: '800/12/DISKOMINFO/2027', tanggal: dated, isi: 'disampaikan kepada pegawai' });
      // (Banjar's own Keputusan Bupati may be numbered by then too: a local activity of the same task.)
      expect(((await h.query(caseQuery)) as CaseView).documents.filter((d) => d.kind === 'surat-penugasan')).toEqual([{
        id: `${input.caseId}.surat-penugasan`, kind: 'surat-penugasan', title: 'SURAT PENUGASAN', nomor: '800/12/DISKOMINFO/2027',
        issuedAt: `${dated}T00:00:00.000Z`, issuedOutside: { pemerintah: 'PEMERINTAH KABUPATEN TAPIN', tanggal: dated },
      }]);

      // Each employee acknowledges in tapin's region (its own key); the first alone does not close it.
      const first = await openTask(h, `tanda-terima-${employees[0].nip}`);
      expect(first).toMatchObject({ region: 'tapin', title: 'Tanda terima SURAT PENUGASAN oleh Muhammad Arif, S.Kom.', escalateTo: [tapin.puo] });
      await openTask(h, `tanda-terima-${employees[1].nip}`);
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: employees[0].nip }] });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: employees[1].nip }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => e.action)).toEqual([
      'diajukan', 'disetujui', 'disetujui', 'direkomendasikan', 'disetujui', 'disetujui', 'diterbitkan', 'diterbitkan', 'diterima', 'diterima',
    ]);
    expect(result.timeline[6]).toMatchObject({ actor: tapin.puo, taskId: 'laporan-surat-penugasan', nomor: '800/12/DISKOMINFO/2027', notes: expect.stringContaining('diterbitkan oleh PEMERINTAH KABUPATEN TAPIN') });
    expect(result.documents.map((d) => [d.kind, !!d.issuedOutside])).toEqual([['surat-penugasan', true], ['keputusan-bupati', false]]);
    // Only the Keputusan Bupati (pasal 14(1)) is numbered and stored here.
    const { rows } = await suite.db.pool.query('SELECT kind, region, data FROM documents WHERE case_id = $1', [input.caseId]);
    expect(rows.map((r) => [r.kind, r.region])).toEqual([['keputusan-bupati', 'banjar']]);
    const keputusan = rows[0].data;
    expect(keputusan).toMatchObject({ title: 'KEPUTUSAN BUPATI BANJAR', citation: 'banjar pasal 14(1)', tembusan: ['Sekretaris Daerah Kabupaten Tapin'] });
    expect(keputusan.tentang).toContain('antara PEMERINTAH KABUPATEN BANJAR dan PEMERINTAH KABUPATEN TAPIN');
    expect(keputusan.diktum[0]).toContain('Muhammad Arif, S.Kom., NIP 199205172017081001, Penata Muda (III/a), Pranata Komputer Ahli Pertama');
    expect(keputusan.diktum[0]).toContain('Nurul Hidayah, S.T., NIP 199408032019032002');
    // The requester learns the reported number; the Keputusan reaches the requester and both employees.
    const { rows: told } = await suite.db.pool.query("SELECT kind, recipient_nip, message FROM notifications WHERE case_id = $1 AND kind = 'disampaikan'", [input.caseId]);
    expect(told).toEqual([{ kind: 'disampaikan', recipient_nip: banjar.kepalaBappeda, message: expect.stringContaining('SURAT PENUGASAN Nomor 800/12/DISKOMINFO/2027') }]);
    expect((await delivered(suite.db, input.caseId)).map((d) => d.recipient_nip).sort()).toEqual([banjar.kepalaBappeda, ...employees.map((e) => e.nip)].sort());
    const tasks = await suite.db.pool.query('SELECT task_id, region FROM tasks WHERE case_id = $1 ORDER BY opened_at, task_id', [input.caseId]);
    expect(tasks.rows.map((r) => r.region)).toEqual(['banjar', 'tapin', 'tapin', 'tapin', 'tapin', 'tapin', 'tapin', 'tapin']);
  });

  it('before 08:00 WITA a Surat Penugasan dated that local day is taken: today is banjar\'s date, not the UTC one', async () => {
    const banjar = demoPeople('banjar');
    const input = await planCase(suite.db.pool, 'banjar');
    await scenario('luar-banjar-tapin-pagi', input, async (h) => {
      await throughAnswer(h, banjar.sekda);
      await openTask(h, 'laporan-surat-penugasan');
      // On to 07:30 WITA: 23:30 UTC, still the day before in UTC.
      const now = await suite.env.currentTimeMs();
      const day = new Date(now).toISOString().slice(0, 10);
      const pagi = Date.parse(`${day}T23:30:00Z`) + (Date.parse(`${day}T23:30:00Z`) > now ? 0 : 86400e3);
      await suite.env.sleep(pagi - now);
      const utc = new Date(pagi).toISOString().slice(0, 10);
      const lokal = tanggalLokal(new Date(pagi).toISOString(), 'Asia/Makassar');
      expect(lokal > utc).toBe(true);
      const report = (tanggal: string) =>
        h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-surat-penugasan', actorNip: tapin.puo.nip, nomor: '800/13/DISKOMINFO/2027', tanggal }] });
      const besok = new Date(Date.parse(`${lokal}T00:00:00Z`) + 86400e3).toISOString().slice(0, 10);
      expect(await refusalOf(report(besok))).toMatchObject({ fields: [{ field: 'tanggal', message: expect.stringContaining(`today (${lokal})`) }] });
      await report(lokal);
      expect(((await h.query(caseQuery)) as CaseView).documents[0]).toMatchObject({ nomor: '800/13/DISKOMINFO/2027', issuedOutside: { tanggal: lokal } });
    });
  });

  it('pati asks tapin: the same hops under pati\'s alur, no Keputusan (pati has none): the reported Surat Penugasan is all there is', async () => {
    const pati = demoPeople('pati');
    const input = await planCase(suite.db.pool, 'pati');
    expect(input.steps.map((s) => s.citation)).toEqual([
      'pati lampiran B.2.a.3.b', 'pati lampiran B.2.a.3.c', 'pati lampiran B.2.a.3.d', 'pati lampiran B.2.a.3.d, pati lampiran B.2.a.3.e.1',
      'pati lampiran B.2.a.3.e.1', 'pati lampiran B.2.a.3.e.3',
    ]);
    expect(input.documents).toEqual([]);
    const result = await scenario('luar-pati-tapin-issued', input, async (h) => {
      await throughAnswer(h, pati.sekda);
      await openTask(h, 'laporan-surat-penugasan');
      const { startedAt } = (await h.query(caseQuery)) as CaseView;
      const dated = tanggalLokal(startedAt, 'Asia/Jakarta');
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-surat-penugasan', actorNip: tapin.puo.nip, nomor: '800/7/DISKOMINFO/2027', tanggal: dated }] });
      for (const e of employees) {
        await openTask(h, `tanda-terima-${e.nip}`);
        await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: e.nip }] });
      }
      const done = await h.result();
      // Each employee's work cycle: their own PPK and PUO are tapin's, as the request named them, and act
      // through tapin's key; the PUO of the owning unit asks for reports and decides a kendala (pati pasal 10–11, lampiran B.3.b.3–4).
      expect(done.siklusKinerjaPegawai?.map((c) => c.nip)).toEqual(employees.map((e) => e.nip));
      const [first] = done.siklusKinerjaPegawai!;
      const started = (await suite.env.client.workflow.getHandle(first.caseId).fetchHistory()).events![0].workflowExecutionStartedEventAttributes!;
      const planned = defaultPayloadConverter.fromPayload<SiklusKinerjaInput>(started.input!.payloads![0]);
      expect(planned.regions).toEqual(['pati', 'tapin']);
      expect(planned.sisi).toEqual({ [employees[0].nip]: 'tapin', [tapin.ppk.nip]: 'tapin', [tapin.puo.nip]: 'tapin' });
      expect(planned.subject).toMatchObject({ pegawai: { nip: employees[0].nip, nama: employees[0].nama }, instansiPegawai: { region: 'tapin', pemerintah: 'PEMERINTAH KABUPATEN TAPIN' } });
      const side = (st: { assignee: { nip: string }; region?: string; citation: string }) => [st.assignee.nip, st.region, st.citation];
      expect(side(planned.langkah.rencana)).toEqual([employees[0].nip, 'tapin', 'pati lampiran D.4.a']);
      // Agreed by the owning unit's PUO, who sets the ekspektasi (pati lampiran D).
      expect(side(planned.langkah.persetujuan)).toEqual([pati.kabidPerencanaan, undefined, 'pati lampiran D.1.a–D.9.a']);
      // The report to their PPK there (pati pasal 10) and to the owning unit's PUO here (pati lampiran B.4.a).
      expect(planned.langkah.laporan.to).toEqual([
        { ...tapin.ppk, role: 'Pejabat Penilai Kinerja pegawai', citation: 'pati pasal 10', region: 'tapin' }, expect.objectContaining({ nip: pati.kabidPerencanaan, citation: 'pati lampiran B.4.a' }),
      ]);
      expect(planned.langkah.reviu.map((r) => r.region)).toEqual(planned.langkah.reviu.map(() => undefined)); // the owning unit's chain, here
      expect(planned.permintaanLaporan).toMatchObject({ oleh: [{ nip: pati.kabidPerencanaan }] }); // pati's PUO: the nearest unit leader (pasal 1 angka 13)
      expect(planned.kendala).toMatchObject({ kepada: { nip: pati.kabidPerencanaan }, lintasPuo: { nip: tapin.puo.nip, region: 'tapin', citation: 'pati lampiran B.3.b.4' } });
      return done;
    });
    expect(result.status).toBe('issued');
    expect(result.outcome?.citation).toBe('pati lampiran B.2.a.3.e.4');
    expect(result.documents).toEqual([expect.objectContaining({ kind: 'surat-penugasan', nomor: '800/7/DISKOMINFO/2027', issuedOutside: expect.any(Object) })]);
    expect((await suite.db.pool.query('SELECT 1 FROM documents WHERE case_id = $1', [input.caseId])).rowCount).toBe(0);
  });

  it('a refusal at a hop of the agency asked ends the case with its reasons, told to the requester', async () => {
    const banjar = demoPeople('banjar');
    const input = await planCase(suite.db.pool, 'banjar');
    const result = await scenario('luar-banjar-refused-jawaban-ppk-tujuan', input, async (h) => {
      await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
      await decide(h, 'persetujuan-pyb-tujuan', tapin.pejabatBerwenang.nip);
      await decide(h, 'rekomendasi-puo-tujuan', tapin.puo.nip);
      await openTask(h, 'jawaban-ppk-tujuan');
      // A refusal carries no list.
      const withList = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: tapin.ppk.nip, decision: 'refuse', reasons: 'x', employees }] }));
      expect(withList).toMatchObject({ code: 'LIST_NOT_EXPECTED', fields: [{ field: 'employees' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: tapin.ppk.nip, decision: 'refuse', reasons: 'tidak ada pranata komputer yang tersedia' }] });
      return h.result();
    });
    expect(result.status).toBe('refused');
    expect(result.outcome).toMatchObject({ reasons: 'tidak ada pranata komputer yang tersedia', citation: 'banjar lampiran II.B.1.c.2-5, banjar lampiran II.B.1.b.4' });
    expect(result.documents).toEqual([]);
    expect(result.tasks.map((t) => t.id)).not.toContain('laporan-surat-penugasan');
    expect(await delivered(suite.db, input.caseId)).toEqual([
      { kind: 'ditolak', recipient_nip: banjar.kepalaBappeda, message: expect.stringContaining('tidak ada pranata komputer yang tersedia') },
    ]);
  });

  it('the request: an undeclared agency, missing or impossible officials, the PPK by NIP; bengkalis has no such procedure', async () => {
    const pool = suite.db.pool;
    expect(await refused(planCase(pool, 'banjar', {}, []))).toMatchObject({ code: 'AGENCY_NOT_ON_SERVICE', citation: 'banjar lampiran II.B.1.c', fields: [{ field: 'instansiTujuan' }] });
    expect(await refused(planCase(pool, 'banjar', { instansiLuar: undefined }))).toMatchObject({ code: 'AGENCY_OFFICIALS_REQUIRED', kind: 'invalid', fields: [{ field: 'instansiLuar' }] });
    const luar = penunjukanKeInstansiLuar('banjar').instansiLuar!;
    const wrong = await refused(planCase(pool, 'banjar', {
      ppkTujuan: tapin.ppk.nip,
      instansiLuar: { ...luar, namaUnitTujuan: ' ', ppk: { ...luar.ppk, nip: '198104122006042000' }, puo: { ...luar.puo, nip: '207508202000031003', jabatan: '' } },
    }));
    expect(wrong).toMatchObject({ code: 'AGENCY_OFFICIALS_INVALID', kind: 'invalid', citation: 'banjar lampiran II.B.1.c' });
    expect(wrong.fields).toEqual([
      { field: 'ppkTujuan', message: expect.stringContaining('instansiLuar.ppk') },
      { field: 'instansiLuar.namaUnitTujuan', message: 'required' },
      { field: 'instansiLuar.ppk.nip', message: 'sequence 000 is not issued' },
      { field: 'instansiLuar.puo.nip', message: 'birth date 2075-08-20 is in the future' },
      { field: 'instansiLuar.puo.nip', message: 'TMT 2000-03 is before the 18th birthday (2075-08-20)' },
      { field: 'instansiLuar.puo.jabatan', message: 'required' },
    ]);
    // The requesting regulation's own rules come first: bengkalis provides no cross-agency procedure.
    expect(await refused(planCase(pool, 'bengkalis'))).toMatchObject({ code: 'CROSS_AGENCY_NOT_PROVIDED', citation: 'bengkalis lampiran BAB I §II.B.1' });
  });
});

async function refused(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected a refusal');
}
