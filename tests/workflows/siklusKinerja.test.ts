// P7 workflow on the time-skipping test server with real activities against PostgreSQL: a full
// 12-month assignment (reports on cadence, a late one and its reminder, a report asked for at any
// time, feedback, a kendala decided, continue-as-new twice, rework twice up a three-level chain),
// and pasuruan's differences.
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import type { CaseView, ProcedureAction } from '../../domain/kasus';
import type { SiklusKinerjaInput } from '../../procedures/siklusKinerja/plan';
import { archivedCase, archivedRuns } from '../../services/arsip';
import { PostgresArsip } from '../../services/arsipStore';
import { actUpdate, caseQuery, completeUpdate, decideUpdate } from '../../workflows/shared';
import { issuedAssignment, planSiklus } from '../support/siklus';
import { openTask, refusalOf } from '../support/cases';
import { variedPeople } from '../support/orgs';
import { drainArchive, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
const DAY = 86_400_000;
const caseId = (region: string) => `${region}-p7-test-${randomUUID()}`;

const act = (h: WorkflowHandle, a: ProcedureAction) => h.executeUpdate(actUpdate, { args: [a] });
const complete = (h: WorkflowHandle, taskId: string, actorNip: string, isi: string) => h.executeUpdate(completeUpdate, { args: [{ taskId, actorNip, isi }] });
const decide = (h: WorkflowHandle, taskId: string, actorNip: string, decision: 'approve' | 'refuse', reasons?: string) =>
  h.executeUpdate(decideUpdate, { args: [{ taskId, actorNip, decision, reasons }] });
const view = (h: WorkflowHandle): Promise<CaseView<SiklusKinerjaInput['subject']>> => h.query(caseQuery) as never;

/** History size of every run of a case: events and bytes (JSON as the CLI exports it). */
async function historySize(h: WorkflowHandle, runIds: string[]) {
  const runs = [];
  for (const runId of runIds) {
    const history = await suite.env.client.workflow.getHandle(h.workflowId, runId).fetchHistory();
    runs.push({ runId, events: history.events?.length ?? 0, bytes: Buffer.byteLength(JSON.stringify(history)) });
  }
  return runs;
}

describe('siklus kinerja (P7)', () => {
  it('pati: a 12-month assignment from plan to acceptance, continuing as new twice on the way', async () => {
    const p = variedPeople('pati');
    const input = planSiklus('pati', p.analisKebijakan, issuedAssignment('pati', p.analisKebijakan, 'SETDA-PEM'), { laporanPerRiwayat: 5 }, caseId('pati'));
    const puo = input.kendala.kepada.nip;
    const penerima = input.langkah.laporan.to![0].nip;
    expect(input.subject.laporan.jumlah).toBe(12);
    const result = await suite.scenario('siklusKinerja', 'pati-twelve-months', input, async (h) => {
      const runIds = [(h as WorkflowHandle & { firstExecutionRunId: string }).firstExecutionRunId];
      // Perencanaan: the plan is returned once with notes, drafted again, agreed.
      await openTask(h, 'rencana-1');
      expect(await refusalOf(complete(h, 'rencana-1', p.analisKebijakan, ''))).toMatchObject({ code: 'CONTENT_REQUIRED', fields: [{ field: 'isi' }] });
      await complete(h, 'rencana-1', p.analisKebijakan, 'Kajian kebijakan: 4 kegiatan, anggaran Rp 40 juta');
      await openTask(h, 'persetujuan-rencana-1');
      expect(await refusalOf(decide(h, 'persetujuan-rencana-1', p.kabagPem, 'refuse'))).toMatchObject({ code: 'REASONS_REQUIRED', fields: [{ field: 'reasons' }] });
      await decide(h, 'persetujuan-rencana-1', p.kabagPem, 'refuse', 'rinci anggaran per kegiatan');
      await complete(h, 'rencana-2', p.analisKebijakan, 'Kajian kebijakan: 4 kegiatan, anggaran per kegiatan Rp 10 juta');
      const agreed = await decide(h, 'persetujuan-rencana-2', p.kabagPem, 'approve');
      expect(agreed.status).toBe('in-progress');

      // Report 1 on cadence, with feedback from its receiver (only them).
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-1');
      expect(await refusalOf(act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: penerima, isi: 'baik' }))).toMatchObject({ code: 'STEP_CLOSED' });
      await complete(h, 'laporan-1', p.analisKebijakan, 'Kegiatan 1 selesai 100%');
      expect(await refusalOf(act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: p.analisKebijakan, isi: 'baik' }))).toMatchObject({ code: 'NOT_ASSIGNEE', citation: 'pati lampiran D.4.b' });
      await act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: penerima, isi: 'Lanjutkan; lampirkan notulen' });
      // The feedback reaches the employee: a task to read it in their inbox; read, the one who gave it is told.
      expect(await openTask(h, 'umpan-balik-1')).toMatchObject({ kind: 'tindakan', assignee: { nip: p.analisKebijakan }, citation: 'pati lampiran D.4.b', escalateTo: [{ nip: penerima }] });
      await complete(h, 'umpan-balik-1', p.analisKebijakan, 'dibaca');

      // Report 2 is late: a reminder after two days, then it comes.
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-2');
      await suite.env.sleep(3 * DAY);
      expect((await view(h)).timeline.filter((e) => e.taskId === 'laporan-2' && e.action === 'pengingat')).toHaveLength(1);
      await complete(h, 'laporan-2', p.analisKebijakan, 'Kegiatan 2 berjalan 60%');

      // Reports 3–4 on cadence: the dates stay on the schedule, however late the last one came.
      for (const ke of [3, 4]) {
        await suite.env.sleep((ke === 3 ? 27 : 30) * DAY);
        await openTask(h, `laporan-${ke}`);
        await complete(h, `laporan-${ke}`, p.analisKebijakan, `Laporan bulan ke-${ke}`);
      }
      // Month 5: the PUO asks for a report at any time; a kendala goes to the PUO with alternatives.
      await suite.env.sleep(30 * DAY);
      await openTask(h, 'laporan-5');
      expect(await refusalOf(act(h, { action: 'minta-laporan', actorNip: p.analisKebijakan }))).toMatchObject({ code: 'NOT_ASSIGNEE', citation: 'pati pasal 11(3)' });
      await act(h, { action: 'minta-laporan', actorNip: puo, isi: 'progres untuk rapat pimpinan' });
      expect(await refusalOf(act(h, { action: 'kendala', actorNip: p.analisKebijakan, isi: 'data kecamatan terlambat' }))).toMatchObject({ code: 'ALTERNATIVES_REQUIRED', citation: 'pati lampiran B.3.b.3' });
      await act(h, { action: 'kendala', actorNip: p.analisKebijakan, isi: 'data kecamatan terlambat', alternatif: ['surat Sekda ke camat', 'pakai data tahun lalu'] });
      expect((await view(h)).tasks.filter((t) => t.status === 'open').map((t) => [t.id, t.assignee.nip])).toEqual([
        ['laporan-5', p.analisKebijakan], ['laporan-sewaktu-1', p.analisKebijakan], ['kendala-1', puo],
      ]);
      // Feedback, then the fifth report: the case continues as new, the other two tasks still open. (An Update
      // racing the boundary itself is not sent here: the time-skipping test server may leave it unanswered.)
      await act(h, { action: 'umpan-balik', taskId: 'laporan-4', actorNip: penerima, isi: 'percepat kegiatan 3' });
      await complete(h, 'laporan-5', p.analisKebijakan, 'Laporan bulan ke-5');
      for (let i = 0; (await h.describe()).runId === runIds[0]; i++) {
        if (i > 400) throw new Error('the case did not continue as new');
        await new Promise((r) => setTimeout(r, 25));
      }
      runIds.push((await h.describe()).runId);
      const after = await view(h);
      expect(after.subject.riwayat).toBe(1);
      expect(after.subject.laporan).toMatchObject({ ke: 5, terlewat: 0, sewaktuWaktu: 1 });
      expect(after.timeline.find((e) => e.notes === 'umpan balik: percepat kegiatan 3')).toBeDefined();
      expect(after.tasks.filter((t) => t.status === 'open').map((t) => t.id)).toEqual(['laporan-sewaktu-1', 'kendala-1', 'umpan-balik-2']);
      // The open tasks go on in the new run: the feedback is read, the report asked for delivered, the kendala decided.
      await complete(h, 'umpan-balik-2', p.analisKebijakan, 'dibaca');
      await complete(h, 'laporan-sewaktu-1', p.analisKebijakan, 'Progres 45%, kendala data kecamatan');
      await decide(h, 'kendala-1', puo, 'approve', undefined);
      const kendala = (await view(h)).timeline.find((e) => e.taskId === 'kendala-1' && e.action === 'disetujui');
      expect(kendala).toMatchObject({ actor: { nip: puo }, citation: 'pati lampiran B.3.b.3' });

      // Reports 6–12; one more boundary after the tenth.
      for (let ke = 6; ke <= 12; ke++) {
        await suite.env.sleep(30 * DAY);
        await openTask(h, `laporan-${ke}`);
        await complete(h, `laporan-${ke}`, p.analisKebijakan, `Laporan bulan ke-${ke}`);
      }
      runIds.push((await h.describe()).runId);

      // Evaluasi: up Kabag → Asisten → Sekda; returned twice (by the Asisten, then the Sekda), fixed by the employee each time.
      await complete(h, 'hasil-1', p.analisKebijakan, 'Dokumen kajian kebijakan final');
      await decide(h, 'reviu-1-1', p.kabagPem, 'approve');
      expect(await refusalOf(decide(h, 'reviu-2-1', p.kabagPem, 'approve'))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'pati lampiran D.4.c, D.5.c, D.6.c' });
      expect(await refusalOf(decide(h, 'reviu-2-1', p.asisten, 'refuse'))).toMatchObject({ code: 'REASONS_REQUIRED', citation: 'pati lampiran D.4.c' });
      await decide(h, 'reviu-2-1', p.asisten, 'refuse', 'rekomendasi belum terukur');
      expect(await refusalOf(decide(h, 'reviu-2-1', p.asisten, 'approve'))).toMatchObject({ code: 'STEP_CLOSED' });
      await complete(h, 'perbaikan-1', p.analisKebijakan, 'Rekomendasi dengan indikator');
      await decide(h, 'reviu-1-2', p.kabagPem, 'approve');
      await decide(h, 'reviu-2-2', p.asisten, 'approve');
      await decide(h, 'reviu-3-1', p.sekda, 'refuse', 'tambahkan analisis anggaran');
      await complete(h, 'perbaikan-2', p.analisKebijakan, 'Analisis anggaran ditambahkan');
      await decide(h, 'reviu-1-3', p.kabagPem, 'approve');
      await decide(h, 'reviu-2-3', p.asisten, 'approve');
      await decide(h, 'reviu-3-2', p.sekda, 'approve', undefined);
      const done = (await h.result()) as CaseView<SiklusKinerjaInput['subject']>;
      const sizes = await historySize(h, runIds);
      if (process.env.RECORD_HISTORIES) {
        // The first run too: it ends by continuing as new, which replay must reproduce.
        const first = await suite.env.client.workflow.getHandle(h.workflowId, runIds[0]).fetchHistory();
        writeFileSync(join(process.env.RECORD_HISTORIES, 'siklusKinerja-pati-first-run-continued-as-new.json'), historyToJSON(first));
      }
      console.log(`P7 12-month case history: ${JSON.stringify(sizes)}; total ${sizes.reduce((n, r) => n + r.events, 0)} events, ${sizes.reduce((n, r) => n + r.bytes, 0)} bytes`);
      // The archive: each run queued by the next, then the case as it closed; every run archived, in order.
      const queued = await suite.db.pool.query('SELECT run_id, whole FROM archive_queue WHERE case_id = $1 ORDER BY queued_at', [h.workflowId]);
      expect(queued.rows).toEqual(runIds.map((runId, i) => ({ run_id: runId, whole: i === runIds.length - 1 })));
      await drainArchive(suite.env, async () => !!(await archivedCase(new PostgresArsip(suite.db.pool), h.workflowId)));
      expect((await archivedRuns(new PostgresArsip(suite.db.pool), h.workflowId)).map((r) => r.runId)).toEqual(runIds);
      return done;
    });
    expect(result.status).toBe('completed');
    expect(result.outcome?.citation).toBe('pati lampiran D.4.c, D.5.c, D.6.c');
    expect(result.subject).toMatchObject({ tahap: 'selesai', riwayat: 2, laporan: { ke: 12, terlewat: 0, sewaktuWaktu: 1 }, reviu: { putaran: 2, tingkat: 3 }, kendala: 1 });
    const actions = (id: string) => result.timeline.filter((e) => e.taskId === id).map((e) => e.action);
    expect(actions('persetujuan-rencana-1')).toEqual(['dikembalikan']);
    expect(actions('reviu-2-1')).toEqual(['dikembalikan']);
    expect(actions('reviu-3-1')).toEqual(['dikembalikan']);
    expect(actions('reviu-3-2')).toEqual(['disetujui']);
    expect(result.timeline.filter((e) => /^laporan-\d+$/.test(e.taskId ?? '') && e.action === 'dilaksanakan')).toHaveLength(12);
    const { rows } = await suite.db.pool.query("SELECT kind, task_id, recipient_nip FROM notifications WHERE case_id = $1 AND kind IN ('pengingat', 'eskalasi')", [input.caseId]);
    expect(rows).toEqual([{ kind: 'pengingat', task_id: 'laporan-2', recipient_nip: p.analisKebijakan }]);
    // Every report reached its receiver.
    const { rows: sent } = await suite.db.pool.query("SELECT task_id FROM notifications WHERE case_id = $1 AND kind = 'disampaikan' AND recipient_nip = $2", [input.caseId, penerima]);
    expect(sent.map((r) => r.task_id)).toEqual(expect.arrayContaining([...Array.from({ length: 12 }, (_, i) => `laporan-${i + 1}`), 'laporan-sewaktu-1', 'umpan-balik-1', 'umpan-balik-2']));
    // The employee was told of each feedback, and that the result was accepted and the assignment is done.
    const { rows: told } = await suite.db.pool.query('SELECT task_id, kind, message FROM notifications WHERE case_id = $1 AND recipient_nip = $2 AND kind IN ($3, $4) ORDER BY id', [input.caseId, p.analisKebijakan, 'disampaikan', 'selesai']);
    expect(told.map((r) => [r.task_id, r.kind])).toEqual([['umpan-balik-1', 'disampaikan'], ['umpan-balik-2', 'disampaikan'], ['selesai', 'selesai']]);
    expect(told[0].message).toContain('Lanjutkan; lampirkan notulen');
    expect(told[2].message).toMatch(/hasil diterima oleh .* sesuai target; penugasan selesai/);
  });

  it('bengkalis: the report reaches the kepala perangkat daerah and the PPK; each gives feedback, which reaches the employee', async () => {
    const p = variedPeople('bengkalis');
    const input = planSiklus('bengkalis', p.analisKebijakan, issuedAssignment('bengkalis', p.analisKebijakan, 'SETDA-PEM'), { laporan: { setiapHari: 10, batasHari: 3 }, hariKerja: 10 }, caseId('bengkalis'));
    // Pasal 11(2): the kepala perangkat daerah; lampiran BAB I §I.2.b, §II.C.f.3, §II.D.a: the PPK, the atasan langsung.
    expect(input.langkah.laporan.to).toMatchObject([
      { nip: p.sekda, citation: 'bengkalis pasal 11(2)' }, { nip: p.kabagPem, citation: 'bengkalis lampiran BAB I §I.2.b, §II.C.f.3, §II.D.a' },
    ]);
    const result = await suite.scenario('siklusKinerja', 'bengkalis-umpan-balik-ppk', input, async (h) => {
      await openTask(h, 'rencana-1');
      await complete(h, 'rencana-1', p.analisKebijakan, 'Rencana kegiatan');
      await decide(h, 'persetujuan-rencana-1', p.kabagPem, 'approve');
      await suite.env.sleep(10 * DAY);
      await openTask(h, 'laporan-1');
      await complete(h, 'laporan-1', p.analisKebijakan, 'Kajian selesai');
      // Both receivers give feedback (the PPK's was refused before); one who is neither is refused with the article.
      await act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: p.kabagPem, isi: 'tambahkan data 2026' });
      await act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: p.sekda, isi: 'selaraskan dengan RPJMD' });
      expect(await refusalOf(act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: p.asisten, isi: 'x' }))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'bengkalis lampiran BAB I §I.2.b, §II.C.2.d' });
      await openTask(h, 'umpan-balik-2');
      // In the employee's inbox (the projection), each to read.
      const { rows: inbox } = await suite.db.pool.query("SELECT task_id, title FROM tasks WHERE case_id = $1 AND assignee_nip = $2 AND status = 'open' AND task_id LIKE 'umpan-balik-%' ORDER BY task_id", [input.caseId, p.analisKebijakan]);
      expect(inbox.map((r) => r.task_id)).toEqual(['umpan-balik-1', 'umpan-balik-2']);
      expect(inbox[0].title).toContain('tambahkan data 2026');
      await complete(h, 'umpan-balik-1', p.analisKebijakan, 'dibaca');
      await complete(h, 'hasil-1', p.analisKebijakan, 'Dokumen kajian');
      for (const [id, nip] of [['reviu-1-1', p.kabagPem], ['reviu-2-1', p.asisten], ['reviu-3-1', p.sekda]]) await decide(h, id, nip, 'approve');
      return h.result() as Promise<CaseView<SiklusKinerjaInput['subject']>>;
    });
    expect(result.status).toBe('completed');
    expect(result.timeline.filter((e) => e.notes?.startsWith('umpan balik:')).map((e) => e.actor?.nip)).toEqual([p.kabagPem, p.sekda]);
    const { rows } = await suite.db.pool.query('SELECT task_id, kind, recipient_nip FROM notifications WHERE case_id = $1 AND kind IN ($2, $3) ORDER BY id', [input.caseId, 'disampaikan', 'selesai']);
    expect(rows.map((r) => [r.task_id, r.kind, r.recipient_nip])).toEqual([
      ['rencana-1', 'disampaikan', p.kabagPem], ['laporan-1', 'disampaikan', p.sekda], ['laporan-1', 'disampaikan', p.kabagPem],
      ['umpan-balik-1', 'disampaikan', p.analisKebijakan], ['umpan-balik-2', 'disampaikan', p.analisKebijakan],
      ['umpan-balik-1', 'disampaikan', p.kabagPem], // read: the PPK is told
      ['hasil-1', 'disampaikan', p.kabagPem], ['selesai', 'selesai', p.analisKebijakan],
    ]);
  });

  it('pati, a Puskesmas: the Kepala Puskesmas (PUO) agrees the plan; the report reaches the PPK and the PUO, the PPK\'s feedback reaches the employee; the Kepala Puskesmas accepts, nobody above', async () => {
    const p = variedPeople('pati');
    const pegawai = p.pengadministrasiPkm;
    const input = planSiklus('pati', pegawai, issuedAssignment('pati', pegawai, 'PKM-KOTA'), { laporan: { setiapHari: 10, batasHari: 3 }, hariKerja: 10 }, caseId('pati'));
    expect(input.langkah.reviu.map((r) => [r.assignee.nip, r.citation])).toEqual([[p.kapus, 'pati lampiran D.4.c, D.5.c, D.6.c']]);
    const result = await suite.scenario('siklusKinerja', 'pati-puskesmas', input, async (h) => {
      await openTask(h, 'rencana-1');
      await complete(h, 'rencana-1', pegawai, 'Rencana kegiatan administrasi pelayanan');
      await openTask(h, 'persetujuan-rencana-1');
      expect(await refusalOf(decide(h, 'persetujuan-rencana-1', p.kasubagTuPkm, 'approve'))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden' });
      await decide(h, 'persetujuan-rencana-1', p.kapus, 'approve');
      await suite.env.sleep(10 * DAY);
      await openTask(h, 'laporan-1');
      await complete(h, 'laporan-1', pegawai, 'Register pelayanan lengkap');
      await act(h, { action: 'umpan-balik', taskId: 'laporan-1', actorNip: p.kasubagTuPkm, isi: 'rekap per minggu' });
      expect(await openTask(h, 'umpan-balik-1')).toMatchObject({ assignee: { nip: pegawai }, title: expect.stringContaining('rekap per minggu') });
      await complete(h, 'umpan-balik-1', pegawai, 'dibaca');
      await openTask(h, 'hasil-1');
      await complete(h, 'hasil-1', pegawai, 'Laporan administrasi pelayanan');
      await openTask(h, 'reviu-1-1');
      await decide(h, 'reviu-1-1', p.kapus, 'approve');
      return h.result() as Promise<CaseView<SiklusKinerjaInput['subject']>>;
    });
    expect(result).toMatchObject({ status: 'completed', subject: { tahap: 'selesai', reviu: { tingkat: 1 } } });
    expect(result.tasks.some((t) => t.assignee.nip === p.kadinkes)).toBe(false);
    const { rows } = await suite.db.pool.query("SELECT recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'laporan-1' AND kind = 'disampaikan' ORDER BY id", [input.caseId]);
    expect(rows.map((r) => r.recipient_nip)).toEqual([p.kasubagTuPkm, p.kapus]);
  });

  it('pasuruan: no plan agreed before the dialog kinerja; the leader reopens planning on a change of activity; no report or result before the revision is agreed', async () => {
    const p = variedPeople('pasuruan');
    const input = planSiklus('pasuruan', p.analisKebijakan, issuedAssignment('pasuruan', p.analisKebijakan, 'SETDA-PEM'), { laporan: { setiapHari: 10, batasHari: 5 }, hariKerja: 10 }, caseId('pasuruan'));
    const leader = input.langkah.persetujuan.assignee.nip;
    const result = await suite.scenario('siklusKinerja', 'pasuruan-dialog-perubahan', input, async (h) => {
      await openTask(h, 'rencana-1');
      expect(await refusalOf(complete(h, 'laporan-1', p.analisKebijakan, 'x'))).toMatchObject({ code: 'PLAN_NOT_AGREED', kind: 'conflict', citation: 'pasuruan lampiran I B.2' });
      await complete(h, 'rencana-1', p.analisKebijakan, 'Rencana SKP: kajian');
      await openTask(h, 'persetujuan-rencana-1');
      // Lampiran I B.2.A.1.i.i: the target is set after the dialog kinerja.
      expect(await refusalOf(decide(h, 'persetujuan-rencana-1', leader, 'approve'))).toMatchObject({ code: 'DIALOG_KINERJA_REQUIRED', kind: 'conflict', citation: 'pasuruan lampiran I B.2.A.1.i.i' });
      await act(h, { action: 'dialog-kinerja', actorNip: leader, isi: 'ekspektasi: kajian dengan 3 rekomendasi' });
      await decide(h, 'persetujuan-rencana-1', leader, 'approve');
      // The activity changes: the leader reopens planning (lampiran I B.2); the employee drafts anew, and no report is taken meanwhile.
      expect(await refusalOf(act(h, { action: 'revisi-rencana', actorNip: p.asisten, isi: 'x' }))).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'pasuruan lampiran I B.2' });
      await act(h, { action: 'revisi-rencana', actorNip: leader, isi: 'kegiatan berubah: tambah survei lapangan' });
      expect(await openTask(h, 'rencana-2')).toMatchObject({ assignee: { nip: p.analisKebijakan } });
      expect(await refusalOf(complete(h, 'laporan-1', p.analisKebijakan, 'x'))).toMatchObject({ code: 'PLAN_NOT_AGREED', citation: 'pasuruan lampiran I B.2' });
      await complete(h, 'rencana-2', p.analisKebijakan, 'Rencana SKP: kajian dan survei lapangan');
      await decide(h, 'persetujuan-rencana-2', leader, 'approve');
      // The employee revises while the last report is due: the result waits for the revision's agreement.
      await suite.env.sleep(10 * DAY);
      await openTask(h, 'laporan-1');
      await act(h, { action: 'revisi-rencana', actorNip: p.analisKebijakan, isi: 'survei dipindah ke triwulan berikut' });
      await complete(h, 'laporan-1', p.analisKebijakan, 'Kajian selesai');
      await openTask(h, 'persetujuan-rencana-3');
      expect(await refusalOf(complete(h, 'hasil-1', p.analisKebijakan, 'x'))).toMatchObject({ code: 'PLAN_NOT_AGREED', citation: 'pasuruan lampiran I B.2' });
      await decide(h, 'persetujuan-rencana-3', leader, 'approve');
      await openTask(h, 'hasil-1');
      await complete(h, 'hasil-1', p.analisKebijakan, 'Hasil kajian');
      for (const [id, nip] of [['reviu-1-1', p.kabagPem], ['reviu-2-1', p.asisten], ['reviu-3-1', p.sekda]]) {
        await openTask(h, id);
        await decide(h, id, nip, 'approve');
      }
      return h.result() as Promise<CaseView<SiklusKinerjaInput['subject']>>;
    });
    expect(result.status).toBe('completed');
    expect(result.subject.rencana).toEqual({ versi: 3, isi: 'survei dipindah ke triwulan berikut', disepakati: true });
    expect(result.timeline.filter((e) => e.notes?.startsWith('perencanaan dibuka kembali'))).toMatchObject([{ actor: { nip: leader }, citation: 'pasuruan lampiran I B.2' }]);
  });

  it('pasuruan: no report at any time and no kendala to another PUO (refused with the citation); a missed report; the Kepala Unit Organisasi makes the fix', async () => {
    const p = variedPeople('pasuruan');
    const input = planSiklus('pasuruan', p.analisKebijakan, issuedAssignment('pasuruan', p.analisKebijakan, 'SETDA-PEM'), { laporan: { setiapHari: 10, batasHari: 3 }, hariKerja: 20 }, caseId('pasuruan'));
    const result = await suite.scenario('siklusKinerja', 'pasuruan-short', input, async (h) => {
      await openTask(h, 'rencana-1');
      await act(h, { action: 'checklist', actorNip: p.analisKebijakan, isi: 'a' });
      expect(await refusalOf(act(h, { action: 'checklist', actorNip: p.analisKebijakan, isi: 'z' }))).toMatchObject({ code: 'UNKNOWN_STEP' });
      await act(h, { action: 'dialog-kinerja', actorNip: p.kabagPem, isi: 'ekspektasi: kajian dengan 3 rekomendasi' });
      await complete(h, 'rencana-1', p.analisKebijakan, 'Rencana SKP');
      await decide(h, 'persetujuan-rencana-1', p.kabagPem, 'approve');
      expect(await refusalOf(act(h, { action: 'minta-laporan', actorNip: p.sekda }))).toMatchObject({ code: 'NO_AD_HOC_REPORT', kind: 'unprocessable', citation: 'pasuruan lampiran I B.2.A' });
      expect(await refusalOf(act(h, { action: 'kendala', actorNip: p.analisKebijakan, isi: 'x', alternatif: ['y'], kepada: p.kadinkes }))).toMatchObject({ code: 'NO_CROSS_PUO_KENDALA', citation: 'pasuruan lampiran I B.2.A.2.ii.c' });
      // Report 1 is never sent: reminders, then it is recorded as missed; the case goes on.
      await suite.env.sleep(10 * DAY);
      await openTask(h, 'laporan-1');
      await suite.env.sleep(10 * DAY);
      await openTask(h, 'laporan-2');
      await complete(h, 'laporan-2', p.analisKebijakan, 'Laporan akhir periode');
      await complete(h, 'hasil-1', p.analisKebijakan, 'Hasil');
      await decide(h, 'reviu-1-1', p.kabagPem, 'refuse', 'target belum tercapai');
      const fix = await openTask(h, 'perbaikan-1');
      expect(fix).toMatchObject({ assignee: { nip: p.sekda }, citation: 'pasuruan lampiran I B.2.A.1.iii.c' });
      await complete(h, 'perbaikan-1', p.sekda, 'Target disesuaikan oleh Kepala Unit Organisasi');
      for (const [id, nip] of [['reviu-1-2', p.kabagPem], ['reviu-2-1', p.asisten], ['reviu-3-1', p.sekda]]) await decide(h, id, nip, 'approve');
      return h.result() as Promise<CaseView<SiklusKinerjaInput['subject']>>;
    });
    expect(result.status).toBe('completed');
    expect(result.subject.laporan).toMatchObject({ ke: 2, terlewat: 1 });
    expect(result.subject.checklist?.filter((c) => c.selesai).map((c) => c.butir)).toEqual(['a']);
    expect(result.timeline.find((e) => e.notes?.startsWith('dialog kinerja'))).toMatchObject({ citation: 'pasuruan lampiran I B.2.A.2.i', actor: { nip: p.kabagPem } });
    expect(result.timeline.filter((e) => e.taskId === 'laporan-1').map((e) => e.action)).toEqual(['eskalasi', 'kedaluwarsa']);
  });
});
