// P7's actions as pure rules (procedures/siklusKinerja/aksi.ts): given a planned work cycle and its case
// as it stands, when an official sends an action, then it is taken or refused with the article.
import { describe, expect, it } from 'vitest';
import type { CaseView, ProcedureAction } from '../../domain/kasus';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import {
  checkChecklist, checkDialogKinerja, checkKendala, checkMintaLaporan, checkRevisiRencana, checkUmpanBalik, type Siklus,
} from '../../procedures/siklusKinerja/aksi';
import { isKe, isLaporanAnggota, laporanAnggota, tugasKe } from '../../procedures/siklusKinerja/tugas';
import type { Region } from '../../profiles/schema';
import { variedPeople } from '../support/orgs';
import { issuedAssignment, planSiklus } from '../support/siklus';

/** Given: a work cycle of the analis kebijakan in the Setda, in pelaksanaan or as `over` says. */
function given(region: Region, over: Partial<CaseView<Siklus['view']['subject']>> = {}): Siklus {
  const p = variedPeople(region);
  const input = planSiklus(region, p.analisKebijakan, issuedAssignment(region, p.analisKebijakan, 'SETDA-PEM'));
  const view: Siklus['view'] = {
    caseId: input.caseId, procedure: input.procedure, region, judul: input.judul, status: 'in-progress', pemohon: input.pemohon,
    subject: structuredClone(input.subject), tasks: [], timeline: [], documents: [], startedAt: '2027-01-04T01:00:00.000Z', version: 1, ...over,
  };
  return { input, view };
}

function refusalOf(check: () => void): Refusal | undefined {
  try {
    check();
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  return undefined;
}

const act = (action: string, actorNip: string, more: Partial<ProcedureAction> = {}): ProcedureAction => ({ action, actorNip, ...more });

describe('minta-laporan: a report at any time', () => {
  it('is asked for by the PUO of the owning unit, of the employee; by anyone else it is refused with the article', () => {
    const c = given('banjar');
    const [puo] = 'oleh' in c.input.permintaanLaporan ? c.input.permintaanLaporan.oleh : [];
    expect(refusalOf(() => checkMintaLaporan(c, act('minta-laporan', puo.nip)))).toBeUndefined();
    expect(refusalOf(() => checkMintaLaporan(c, act('minta-laporan', c.view.subject.pegawai.nip))))
      .toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'banjar pasal 17(2)' });
    expect(refusalOf(() => checkMintaLaporan(c, act('minta-laporan', puo.nip, { kepada: puo.nip }))))
      .toMatchObject({ code: 'NOT_REPORTER', fields: [{ field: 'kepada', message: `only ${c.view.subject.pegawai.nip}` }] });
  });

  it('pasuruan: the text sets none, so none can be asked for', () => {
    const c = given('pasuruan');
    expect(refusalOf(() => checkMintaLaporan(c, act('minta-laporan', c.input.kendala.kepada.nip))))
      .toMatchObject({ code: 'NO_AD_HOC_REPORT', citation: 'pasuruan lampiran I B.2.A' });
  });
});

describe('umpan-balik: feedback on a report', () => {
  it('is given on a delivered report, by whom it went to, saying what it is', () => {
    const c = given('banjar');
    const [penerima] = c.input.langkah.laporan.to!;
    const report = { id: 'laporan-1', kind: 'tindakan', title: 'Laporan', role: 'r', citation: 'banjar pasal 17', assignee: c.view.subject.pegawai, openedAt: '', dueAt: '', remindersSent: 0 } as const;
    c.view.tasks.push({ ...report, status: 'open' });
    expect(refusalOf(() => checkUmpanBalik(c, act('umpan-balik', penerima.nip, { taskId: 'laporan-1', isi: 'baik' })))).toMatchObject({ code: 'STEP_CLOSED' });
    c.view.tasks[0].status = 'done';
    expect(refusalOf(() => checkUmpanBalik(c, act('umpan-balik', penerima.nip, { taskId: 'laporan-1', isi: 'baik' })))).toBeUndefined();
    expect(refusalOf(() => checkUmpanBalik(c, act('umpan-balik', penerima.nip, { taskId: 'laporan-1' })))).toMatchObject({ code: 'CONTENT_REQUIRED', fields: [{ field: 'isi' }] });
    expect(refusalOf(() => checkUmpanBalik(c, act('umpan-balik', c.view.subject.pegawai.nip, { taskId: 'laporan-1', isi: 'baik' }))))
      .toMatchObject({ code: 'NOT_ASSIGNEE', citation: c.input.umpanBalik.citation });
    expect(refusalOf(() => checkUmpanBalik(c, act('umpan-balik', penerima.nip, { taskId: 'rencana-1', isi: 'baik' })))).toMatchObject({ code: 'TASK_NOT_FOUND' });
  });
});

describe('kendala', () => {
  it('is raised by who does the work, with alternatives; to another PUO only where the text has one', () => {
    const banjar = given('banjar');
    const pegawai = banjar.view.subject.pegawai.nip;
    expect(refusalOf(() => checkKendala(banjar, act('kendala', pegawai, { isi: 'server tidak tersedia', alternatif: ['sewa cloud'] })))).toBeUndefined();
    expect(refusalOf(() => checkKendala(banjar, act('kendala', pegawai, { isi: 'server tidak tersedia' }))))
      .toMatchObject({ code: 'ALTERNATIVES_REQUIRED', citation: banjar.input.kendala.kepada.citation });
    expect(refusalOf(() => checkKendala(banjar, act('kendala', banjar.input.kendala.kepada.nip, { isi: 'x', alternatif: ['y'] })))).toMatchObject({ code: 'NOT_ASSIGNEE' });
    const pasuruan = given('pasuruan');
    expect(refusalOf(() => checkKendala(pasuruan, act('kendala', pasuruan.view.subject.pegawai.nip, { isi: 'x', alternatif: ['y'], kepada: '199001012015011001' }))))
      .toMatchObject({ code: 'NO_CROSS_PUO_KENDALA', citation: 'pasuruan lampiran I B.2.A.2.ii.c' });
  });
});

describe('revisi-rencana, checklist, dialog-kinerja', () => {
  it('a plan is revised by its drafter once agreed, during pelaksanaan', () => {
    const c = given('banjar');
    const pegawai = c.view.subject.pegawai.nip;
    c.view.subject.tahap = 'perencanaan';
    expect(refusalOf(() => checkRevisiRencana(c, act('revisi-rencana', pegawai, { isi: 'kegiatan berubah' })))).toMatchObject({ code: 'NOT_REVISABLE', kind: 'conflict' });
    c.view.subject.tahap = 'pelaksanaan';
    c.view.subject.rencana = { versi: 1, isi: 'rencana', disepakati: true };
    expect(refusalOf(() => checkRevisiRencana(c, act('revisi-rencana', pegawai, { isi: 'kegiatan berubah' })))).toBeUndefined();
    expect(refusalOf(() => checkRevisiRencana(c, act('revisi-rencana', c.input.kendala.kepada.nip, { isi: 'x' })))).toMatchObject({ code: 'NOT_ASSIGNEE' });
  });

  it('only pasuruan has SKP planning steps to tick off and a recorded dialog kinerja', () => {
    const banjar = given('banjar');
    const pegawai = banjar.view.subject.pegawai.nip;
    expect(refusalOf(() => checkChecklist(banjar, act('checklist', pegawai, { isi: 'a' })))).toMatchObject({ code: 'NO_CHECKLIST' });
    expect(refusalOf(() => checkDialogKinerja(banjar, act('dialog-kinerja', pegawai, { isi: 'a' })))).toMatchObject({ code: 'NO_DIALOG_RECORD' });
    const pasuruan = given('pasuruan');
    const [butir] = pasuruan.view.subject.checklist!;
    const own = pasuruan.view.subject.pegawai.nip;
    expect(refusalOf(() => checkChecklist(pasuruan, act('checklist', own, { isi: butir.butir })))).toBeUndefined();
    expect(refusalOf(() => checkChecklist(pasuruan, act('checklist', own, { isi: 'zz' })))).toMatchObject({ code: 'UNKNOWN_STEP', fields: [{ field: 'isi' }] });
    expect(refusalOf(() => checkDialogKinerja(pasuruan, act('dialog-kinerja', own, { isi: 'harapan kinerja triwulan I' })))).toBeUndefined();
    expect(refusalOf(() => checkDialogKinerja(pasuruan, act('dialog-kinerja', '199001012015011001', { isi: 'x' })))).toMatchObject({ code: 'NOT_ASSIGNEE' });
  });
});

describe('task ids (procedures/siklusKinerja/tugas.ts)', () => {
  it('tell a repeated step\'s tasks apart from those of a step whose name ends alike', () => {
    expect(tugasKe('persetujuan-rencana', 2)).toBe('persetujuan-rencana-2');
    expect(isKe('rencana', 'rencana-1')).toBe(true);
    expect(isKe('rencana', 'persetujuan-rencana-1')).toBe(false);
    expect(isKe('laporan', 'laporan-12')).toBe(true);
    expect(isKe('laporan', 'laporan-sewaktu-1')).toBe(false);
    expect(isKe('laporan', 'laporan-anggota-1-2')).toBe(false);
    expect(isLaporanAnggota(laporanAnggota(3, 2))).toBe(true);
    expect(isLaporanAnggota('laporan-3')).toBe(false);
  });
});
