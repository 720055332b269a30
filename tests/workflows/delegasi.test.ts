// Plt/Plh on the time-skipping test server with real activities against PostgreSQL: a delegation's own
// workflow sleeps to its mulai and sampai, and the P2 case it tells moves its open task to the Plh and
// back; a P7 kendala raised while its PUO is away opens for the Plh. With RECORD_HISTORIES set, the
// histories are written for the replay suite.
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { makeDelegasi } from '../../db/delegasi';
import { loadOrg } from '../../db/masterData';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { PROCEDURES } from '../../procedures';
import type { SiklusKinerjaInput } from '../../procedures/siklusKinerja/plan';
import { planCase } from '../../services/planCase';
import { actUpdate, caseQuery, completeUpdate, decideUpdate, delegasiWorkflowId, TASK_QUEUE, withdrawUpdate, type DelegasiWorkflowInput } from '../../workflows/shared';
import { DEADLINES, openTask, planDemoCase, refusalOf } from '../support/cases';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();
const p = demoPeople('banjar');
const DAY = 86400e3;

it('a delegation starts and ends on its timers: the open rekomendasi moves to the Plh and back', async () => {
  const input = await planDemoCase(suite.db.pool, 'banjar', `banjar-p2-test-${randomUUID()}`);
  await suite.scenario('penunjukanLintasUnit', 'banjar-plh', input, async (h) => {
    expect((await openTask(h, 'rekomendasi-puo')).assignee.nip).toBe(p.kadisKominfo);
    const now = await suite.env.currentTimeMs();
    const id = `banjar-dlg-${randomUUID()}`;
    const mulai = new Date(now + DAY).toISOString(), sampai = new Date(now + 2 * DAY).toISOString();
    const workflowInput: DelegasiWorkflowInput = { id, region: 'banjar', mulai, sampai, nips: [p.kadisKominfo, p.kadisKesehatan] };
    await makeDelegasi(suite.db.pool, { id, region: 'banjar', jabatan: 'KADIS-KOMINFO', pemegangNip: p.kadisKominfo, delegasiNip: p.kadisKesehatan, jenis: 'Plh', mulai, sampai, dasar: { nomor: '800/3/SETDA', tanggal: '2026-12-01' } },
      { nip: p.sekda, via: 'signed-in', client: `official:${p.sekda}` }, () => undefined,
      () => suite.env.client.workflow.start('delegasi', { workflowId: delegasiWorkflowId(id), taskQueue: TASK_QUEUE, args: [workflowInput] }));
    const assignee = async () => ((await h.query(caseQuery)) as CaseView).tasks.find((t) => t.id === 'rekomendasi-puo')!;
    const until = async (nip: string) => {
      for (const end = Date.now() + 20_000; (await assignee()).assignee.nip !== nip; await new Promise((r) => setTimeout(r, 50)))
        if (Date.now() > end) throw new Error(`the task did not move to ${nip}`);
    };

    await suite.env.sleep(DAY + 60e3);
    await until(p.kadisKesehatan);
    expect((await assignee()).delegasi).toMatchObject({ jenis: 'Plh', pemegang: { nip: p.kadisKominfo } });
    await suite.env.sleep(DAY);
    await until(p.kadisKominfo);
    expect((await assignee()).delegasi).toBeUndefined();
    const handle = suite.env.client.workflow.getHandle(delegasiWorkflowId(id));
    await handle.result();
    if (process.env.RECORD_HISTORIES)
      writeFileSync(join(process.env.RECORD_HISTORIES, 'delegasi-banjar-plh.json'), historyToJSON(await handle.fetchHistory()));

    await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: p.kadisKominfo, decision: 'approve', knownVia: 'vouched', vouchedBy: 'eoffice-banjar' }] });
    await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: input.pemohon.nip, reasons: 'tidak diperlukan lagi', knownVia: 'signed-in' }] });
    const view = (await h.result()) as CaseView;
    expect(view.timeline.filter((e) => e.action === 'dialihkan')).toHaveLength(2);
    expect(view.timeline.find((e) => e.action === 'direkomendasikan')).toMatchObject({ knownVia: 'vouched', vouchedBy: 'eoffice-banjar' });
  });
}, 60_000);

it('P7: a kendala raised while the PUO is away opens for the Plh in the Update\'s own write; the holder is refused, the Plh decides', async () => {
  const pegawai = p.pranataKomputer1;
  const { rows: [row] } = await suite.db.pool.query("SELECT nama, golongan, pendidikan FROM pegawai WHERE region = 'banjar' AND nip = $1", [pegawai]);
  // An issued P1 Surat Tugas in Diskominfo's Bidang Aptika, as the projection holds it: the work cycle runs on it.
  const penugasan: CaseView = {
    caseId: `banjar-p1-${randomUUID()}`, procedure: 'penunjukan-dalam-unit', region: 'banjar', judul: 'Penunjukan: aplikasi layanan pengaduan', status: 'issued',
    pemohon: { nip: p.kadisKominfo, nama: 'x', jabatan: 'x' },
    subject: { unit: { kode: 'KOMINFO-APTIKA', nama: 'Bidang Aplikasi Informatika' }, permohonan: { maksud: 'aplikasi layanan pengaduan', jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' } } },
    assignedEmployee: { nip: pegawai, nama: row.nama, jabatan: 'Pranata Komputer Ahli Pertama', golongan: row.golongan, pendidikan: row.pendidikan, unit: 'KOMINFO-APTIKA' },
    tasks: [], timeline: [], documents: [], startedAt: '2027-01-04T00:00:00.000Z', version: 3,
  };
  const input = await planCase((r, nips, staffOf) => loadOrg(suite.db.pool, r, nips, staffOf), PROCEDURES['siklus-kinerja']!, 'banjar',
    { penugasan: penugasan.caseId, laporan: { setiapHari: 10, batasHari: 3 }, hariKerja: 10 }, pegawai,
    { caseId: `banjar-p7-test-${randomUUID()}`, deadlines: DEADLINES, related: { [penugasan.caseId]: penugasan } }) as SiklusKinerjaInput;
  expect(input.kendala.kepada.nip).toBe(p.kadisKominfo);
  await suite.scenario('siklusKinerja', 'banjar-kendala-plh', input, async (h) => {
    await openTask(h, 'rencana-1');
    await h.executeUpdate(completeUpdate, { args: [{ taskId: 'rencana-1', actorNip: pegawai, isi: 'Rencana kegiatan aplikasi pengaduan' }] });
    const setuju = await openTask(h, 'persetujuan-rencana-1');
    await h.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-rencana-1', actorNip: setuju.assignee.nip, decision: 'approve' }] });
    // The Kepala Dinas is away from now on: the Sekretaris Daerah's surat perintah makes the Kepala Dinas Kesehatan Plh.
    // No delegation workflow runs here: nothing starts or ends while the kendala is open, so only its opening routes it.
    const now = await suite.env.currentTimeMs();
    const id = `banjar-dlg-${randomUUID()}`;
    await makeDelegasi(suite.db.pool, {
      id, region: 'banjar', jabatan: 'KADIS-KOMINFO', pemegangNip: p.kadisKominfo, delegasiNip: p.kadisKesehatan, jenis: 'Plh',
      mulai: new Date(now - 60e3).toISOString(), sampai: new Date(now + 30 * DAY).toISOString(), dasar: { nomor: '800/4/SETDA', tanggal: '2026-12-01' },
    }, { nip: p.sekda, via: 'signed-in', client: `official:${p.sekda}` }, () => undefined, async () => undefined);

    await h.executeUpdate(actUpdate, { args: [{ action: 'kendala', actorNip: pegawai, isi: 'server layanan penuh', alternatif: ['tambah kapasitas', 'pindah ke pusat data pemda'] }] });
    // Answered after its write: the inbox (the projection) already has the kendala with the Plh, for the holder.
    const { rows: [inbox] } = await suite.db.pool.query("SELECT assignee_nip, delegasi FROM tasks WHERE case_id = $1 AND task_id = 'kendala-1'", [input.caseId]);
    expect(inbox).toMatchObject({ assignee_nip: p.kadisKesehatan, delegasi: { jenis: 'Plh', pemegang: { nip: p.kadisKominfo } } });
    const view = (await h.query(caseQuery)) as CaseView;
    expect(view.tasks.find((t) => t.id === 'kendala-1')).toMatchObject({
      status: 'open', assignee: { nip: p.kadisKesehatan, jabatan: 'Plh. Kepala Dinas Komunikasi dan Informatika' },
      delegasi: { jenis: 'Plh', pemegang: { nip: p.kadisKominfo }, dasar: 'Surat Perintah Nomor 800/4/SETDA tanggal 2026-12-01' },
    });
    expect(view.timeline.at(-1)).toMatchObject({ action: 'dialihkan', role: 'sistem', taskId: 'kendala-1', citation: expect.stringContaining('UU 30/2014'), delegasi: { jenis: 'Plh' } });

    expect(await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'kendala-1', actorNip: p.kadisKominfo, decision: 'approve' }] }))).toMatchObject({ code: 'NOT_ASSIGNEE' });
    await h.executeUpdate(decideUpdate, { args: [{ taskId: 'kendala-1', actorNip: p.kadisKesehatan, decision: 'approve', knownVia: 'signed-in' }] });
    const decided = ((await h.query(caseQuery)) as CaseView).timeline.find((e) => e.taskId === 'kendala-1' && e.action === 'disetujui');
    expect(decided).toMatchObject({ actor: { nip: p.kadisKesehatan }, delegasi: { jenis: 'Plh', pemegang: { nip: p.kadisKominfo } }, knownVia: 'signed-in' });

    // The cycle goes on to its end: the report, the result, each review level by whoever holds it.
    await suite.env.sleep(10 * DAY);
    await openTask(h, 'laporan-1');
    await h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-1', actorNip: pegawai, isi: 'Aplikasi pengaduan selesai' }] });
    await openTask(h, 'hasil-1');
    await h.executeUpdate(completeUpdate, { args: [{ taskId: 'hasil-1', actorNip: pegawai, isi: 'Aplikasi pengaduan daring' }] });
    for (const level of input.langkah.reviu) {
      const t = await openTask(h, `${level.id}-1`);
      await h.executeUpdate(decideUpdate, { args: [{ taskId: t.id, actorNip: t.assignee.nip, decision: 'approve' }] });
    }
    expect(((await h.result()) as CaseView).status).toBe('completed');
  });
}, 60_000);
