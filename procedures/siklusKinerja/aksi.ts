// What may be done at any time in a work cycle (P7), as pure rules: who may ask for a report, give
// feedback, record a dialog kinerja, raise a kendala (and to whom), revise the plan or tick off a
// planning step. The workflow runs them as its action validators; they read the case as it stands.
import type { ActionInput, CaseView, DecisionInput, OfficialRef, ProcedureAction } from '../../domain/kasus';
import { refuse } from '../../domain/refusal';
import type { SiklusKinerjaInput } from './plan';
import { isKe, isLaporanAnggota } from './tugas';

/** A work cycle as its actions read it: its input (whose steps follow a changed team) and its view. */
export interface Siklus {
  input: SiklusKinerjaInput;
  view: CaseView<SiklusKinerjaInput['subject']>;
}

/** Who may ask for a report at any time (none where the region's text sets no such request). */
export const pemintaLaporan = ({ input }: Siklus) => ('oleh' in input.permintaanLaporan ? input.permintaanLaporan.oleh : []);

/** Who does the work: the employee, and for a team its ketua (the employee) and each member. */
export const pelaksana = ({ view: { subject: s } }: Siklus) => [s.pegawai, ...(s.tim?.anggota ?? [])];

/** The employee's own PUO, and for a team each member's own PUO, where they are another than the owning unit's. */
const lintasPuo = ({ input }: Siklus) => [...('tidakAda' in input.kendala.lintasPuo ? [] : [input.kendala.lintasPuo]), ...(input.tim?.lintasPuo ?? [])];

/** Whom a kendala goes to: the owning unit's PUO, or the one named where collaboration across PUOs is needed. */
export const kendalaKepada = (c: Siklus, nip?: string) =>
  (nip && nip !== c.input.kendala.kepada.nip && lintasPuo(c).find((l) => l.nip === nip)) || c.input.kendala.kepada;

/** The receivers of a report, who may give feedback on it; undefined for a task that is no report. */
export function penerimaLaporan(c: Siklus, taskId: string): OfficialRef[] | undefined {
  const { input, view: { subject: s } } = c;
  // A team's report that went up berjenjang: whom it was passed on to, too.
  if (isKe('laporan', taskId)) return [...(input.langkah.laporan.to ?? []), ...(input.tim?.teruskan?.to ?? [])];
  if (isKe('laporan-sewaktu', taskId)) return pemintaLaporan(c);
  if (isKe('hasil', taskId) || isKe('perbaikan', taskId)) return s.reviu.rantai;
  if (isLaporanAnggota(taskId)) return [s.pegawai]; // a member's report, to the ketua
  return undefined;
}

/** An official of this case, by NIP: who does the work, their reviewers, who asks for reports, who agrees the plan and receives reports (as any report on cadence does). */
export function pejabatOf(c: Siklus, nip: string): OfficialRef | undefined {
  const { input: { langkah: L }, view: { subject: s } } = c;
  return [...pelaksana(c), ...s.reviu.rantai, ...pemintaLaporan(c), L.persetujuan.assignee, ...(penerimaLaporan(c, 'laporan-1') ?? [])].find((o) => o.nip === nip);
}

const mustSay = (a: ProcedureAction, citation: string) => {
  if (!a.isi?.trim()) refuse({ code: 'CONTENT_REQUIRED', kind: 'invalid', citation, message: `${a.action}: say what it is (isi)`, fields: [{ field: 'isi', message: 'required' }] });
};

/**
 * The PUO (or penanggung jawab) may ask for a report at any time, of the ketua or a member
 * (bengkalis pasal 11(4), banjar pasal 17(2), pati pasal 11(3)); `kepada` names them, the ketua (the employee) by default.
 */
export function checkMintaLaporan(c: Siklus, a: ProcedureAction): void {
  const { input, view: { subject: s } } = c;
  if ('tidakAda' in input.permintaanLaporan) {
    const { citation, description } = input.permintaanLaporan.tidakAda;
    refuse({ code: 'NO_AD_HOC_REPORT', kind: 'unprocessable', citation, message: `no report can be asked for here: ${description}` });
  }
  const asker = input.permintaanLaporan.oleh;
  if (!asker.some((o) => o.nip === a.actorNip))
    refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: asker[0].citation, message: `a report at any time is asked for by the ${asker[0].role}, ${asker[0].nama} (${asker[0].nip})` });
  const tim = pelaksana(c);
  if (a.kepada && !tim.some((o) => o.nip === a.kepada))
    refuse({
      code: 'NOT_REPORTER', kind: 'unprocessable', citation: asker[0].citation,
      message: `a report at any time is asked of ${s.tim ? 'the ketua or a member of the team: ' : ''}${tim.map((o) => `${o.nama} (${o.nip})`).join(', ')}`,
      fields: [{ field: 'kepada', message: s.tim ? 'not the ketua or a member of the team' : `only ${s.pegawai.nip}` }],
    });
}

/** Umpan balik on a delivered report, by whom it went to (banjar lampiran I.A.2.b, pati lampiran D.4.b). */
export function checkUmpanBalik(c: Siklus, a: ProcedureAction): void {
  const { input, view } = c;
  const task = view.tasks.find((t) => t.id === a.taskId);
  const penerima = a.taskId ? penerimaLaporan(c, a.taskId) : undefined;
  if (!task || !penerima)
    refuse({ code: 'TASK_NOT_FOUND', kind: 'not-found', message: `case ${view.caseId} has no report ${a.taskId ?? '(taskId missing)'}`, fields: [{ field: 'taskId', message: 'a report of this case' }] });
  if (task.status !== 'done')
    refuse({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `${task.title} is ${task.status}: feedback is given on a report that was delivered` });
  if (!penerima.some((o) => o.nip === a.actorNip))
    refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: input.umpanBalik.citation, message: `feedback on ${task.title} is given by whom it went to: ${penerima.map((o) => `${o.nama} (${o.nip})`).join(', ')}` });
  mustSay(a, input.umpanBalik.citation);
}

/** The recorded dialog kinerja (pasuruan lampiran I B.2.A.2.i). */
export function checkDialogKinerja(c: Siklus, a: ProcedureAction): void {
  const { input, view: { subject: s } } = c;
  if (!input.dialogKinerja)
    refuse({ code: 'NO_DIALOG_RECORD', kind: 'unprocessable', citation: input.procedureCitation, message: 'this region\'s text sets no recorded dialog kinerja; give feedback on a report instead' });
  if (!pejabatOf(c, a.actorNip))
    refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: input.dialogKinerja.citation, message: `a dialog kinerja is recorded by ${s.pegawai.nama} or their leaders in this case` });
  mustSay(a, input.dialogKinerja.citation);
}

/**
 * A kendala with alternative recommendations, for the owning unit's PUO to decide; to the employee's
 * own PUO only where collaboration across PUOs is needed (banjar lampiran III.A.b.4, pati lampiran B.3.b.4).
 */
export function checkKendala(c: Siklus, a: ProcedureAction): void {
  const { input, view: { subject: s } } = c;
  const { kepada, lintasPuo } = input.kendala;
  const tim = pelaksana(c);
  if (!tim.some((o) => o.nip === a.actorNip))
    refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: kepada.citation, message: `a kendala is raised by ${tim.map((o) => `${o.nama} (${o.nip})`).join(', ')}, who do${s.tim ? '' : 'es'} the work` });
  mustSay(a, kepada.citation);
  if (!a.alternatif?.some((x) => x.trim()))
    refuse({ code: 'ALTERNATIVES_REQUIRED', kind: 'invalid', citation: kepada.citation, message: 'a kendala comes with alternative recommendations (alternatif rekomendasi)', fields: [{ field: 'alternatif', message: 'at least one' }] });
  if (a.kepada && a.kepada !== kepada.nip) {
    if ('tidakAda' in lintasPuo)
      refuse({ code: 'NO_CROSS_PUO_KENDALA', kind: 'unprocessable', citation: lintasPuo.tidakAda.citation, message: lintasPuo.tidakAda.description, fields: [{ field: 'kepada', message: `only ${kepada.nip}` }] });
    if (kendalaKepada(c, a.kepada) === kepada)
      refuse({ code: 'NOT_KENDALA_RECIPIENT', kind: 'unprocessable', citation: lintasPuo.citation, message: `a kendala goes to ${kepada.nama} (${kepada.nip}), or where collaboration across PUOs is needed to ${[lintasPuo, ...(input.tim?.lintasPuo ?? [])].map((l) => `${l.nama} (${l.nip})`).join(' or ')}`, fields: [{ field: 'kepada', message: 'not a recipient' }] });
  }
}

/** Whose revision reopens planning: the employee who drafted the plan; where the text says so, the leader who agrees it too. */
export const perevisi = ({ input }: Siklus): OfficialRef[] => [input.langkah.rencana.assignee, ...(input.perubahanRencana ? [input.langkah.persetujuan.assignee] : [])];

/** The rule a revision of the plan stands on: the region's change of activity, or the drafting of the plan. */
export const aturanRevisi = ({ input }: Siklus) => input.perubahanRencana ?? input.langkah.rencana;

/** A changed activity re-opens planning: the employee (or the leader, where the text says so) revises the agreed plan, during pelaksanaan. */
export function checkRevisiRencana(c: Siklus, a: ProcedureAction): void {
  const { view: { subject: s } } = c;
  const { citation } = aturanRevisi(c);
  const boleh = perevisi(c);
  if (!boleh.some((o) => o.nip === a.actorNip))
    refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation, message: `the plan is revised by ${boleh.map((o) => `${o.nama} (${o.nip})`).join(' or ')}` });
  if (s.tahap !== 'pelaksanaan' || !s.rencana.disepakati)
    refuse({ code: 'NOT_REVISABLE', kind: 'conflict', citation, message: `the case is in ${s.tahap}${s.rencana.disepakati ? '' : ' with a plan awaiting agreement'}: a plan is revised once agreed, during pelaksanaan` });
  mustSay(a, citation);
}

/** The role a recorded dialog kinerja carries on the timeline: how a case knows one took place. */
export const DIALOG_KINERJA = 'Dialog kinerja';

/** Pasuruan: the plan (its target) is agreed only after a dialog kinerja is on record (lampiran I B.2.A.1.i.i, B.2.A.2.i). */
export function checkPersetujuanRencana(c: Siklus, d: DecisionInput): void {
  const rule = c.input.rencanaSetelahDialog;
  if (!rule || d.decision !== 'approve' || !isKe('persetujuan-rencana', d.taskId)) return;
  if (!c.view.timeline.some((e) => e.role === DIALOG_KINERJA))
    refuse({ code: 'DIALOG_KINERJA_REQUIRED', kind: 'conflict', citation: rule.citation, message: `record the dialog kinerja first (action dialog-kinerja), then agree the plan: ${rule.description}` });
}

/** While the plan awaits agreement (drafted, or reopened by a change of activity), no report or result is taken: the plan first. */
export function checkRencanaDisepakati(c: Siklus, a: ActionInput): void {
  const { view } = c;
  const s = view.subject;
  const langkahKerja = isKe('laporan', a.taskId) || isKe('hasil', a.taskId) || isLaporanAnggota(a.taskId);
  if (s.rencana.disepakati || !langkahKerja || view.tasks.some((t) => t.id === a.taskId && t.status === 'open')) return;
  const { citation } = aturanRevisi(c);
  refuse({
    code: 'PLAN_NOT_AGREED', kind: 'conflict', citation,
    message: `the plan (versi ${s.rencana.versi}) awaits agreement: ${a.taskId} opens once it is agreed${s.rencana.versi > 1 ? ' again after its revision' : ''}`,
  });
}

/** Pasuruan's SKP planning steps, ticked off as they are done (lampiran I B.2.A.1.i a–i). */
export function checkChecklist(c: Siklus, a: ProcedureAction): void {
  const { input, view: { subject: s } } = c;
  const L = input.langkah;
  if (!s.checklist)
    refuse({ code: 'NO_CHECKLIST', kind: 'unprocessable', citation: input.procedureCitation, message: 'this region\'s text lists no SKP planning steps to tick off' });
  if (!pejabatOf(c, a.actorNip))
    refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: L.rencana.citation, message: `the planning steps are ticked off by ${s.pegawai.nama} or their leaders in this case` });
  if (!s.checklist.some((x) => x.butir === a.isi))
    refuse({ code: 'UNKNOWN_STEP', kind: 'invalid', citation: L.rencana.citation, message: `isi names a planning step: one of ${s.checklist.map((x) => x.butir).join(', ')}`, fields: [{ field: 'isi', message: 'a butir' }] });
}
