// 2. Pelaksanaan: a report on every cadence date, open for its grace period (reminders while late, then
// missed); a team's members report to the ketua first. A year of reports must not grow one history
// without bound: the case continues as new every `laporanPerRiwayat` reports (or when Temporal suggests it).
// The workflow awaits what these return, at the depth it always had (no async layer of their own).
import { allHandlersFinished, condition, workflowInfo } from '@temporalio/workflow';
import type { ResolvedStep } from '../../domain/kasus';
import { laporanAnggota, tugasKe } from '../../procedures/siklusKinerja/tugas';
import type { StepResult } from '../kernel';
import { isiOf, type SiklusContext } from './context';

/** Reports are still due. */
export const melapor = ({ view: { subject: s } }: SiklusContext) => s.tahap === 'pelaksanaan' && s.laporan.ke < s.laporan.jumlah;

/** Waits for the report's date: true when the plan was revised before it (a changed activity: planning again). */
export const rencanaDirevisi = ({ view: { subject: s } }: SiklusContext, due: number): Promise<boolean> =>
  condition(() => !s.rencana.disepakati, Math.max(due - Date.now(), 1));

/** A team: each member's ke-th report to the ketua, side by side; what each said, for the ketua's report. */
export function laporanTim(c: SiklusContext, ke: number): Promise<string[]> {
  const s = c.view.subject;
  return Promise.all(c.input.tim!.laporan.map(async (m, i) => {
    const id = laporanAnggota(ke, i + 1);
    const done = (await c.kasus.step({ ...m, id, title: `${m.title} ke-${ke} dari ${s.laporan.jumlah}` }, { expireAfterMs: c.input.irama.laporanDalamMs })).outcome === 'done';
    if (!done) s.tim!.terlewat += 1;
    return `${m.assignee.nama}: ${done ? isiOf(c, id) : 'tidak melapor'}`;
  }));
}

/** The ke-th report of the employee (the ketua), with the members' reports where there is a team. */
export function laporan(c: SiklusContext, ke: number, dariAnggota: string[]): ResolvedStep {
  const { laporan: L } = c.input.langkah;
  const { jumlah } = c.view.subject.laporan;
  return { ...L, id: tugasKe('laporan', ke), title: `${L.title} ke-${ke} dari ${jumlah}${dariAnggota.length ? ` (laporan anggota — ${dariAnggota.join('; ')})` : ''}` };
}

/** The ke-th report is on record, made or missed; the next falls due a cadence after this one. True when the run is to continue as new. */
export function dilaporkan(c: SiklusContext, ke: number, due: number, r: StepResult): boolean {
  const s = c.view.subject;
  if (r.outcome !== 'done') s.laporan.terlewat += 1;
  s.laporan.ke = ke;
  s.laporan.berikutnya = new Date(due + c.input.irama.laporanSetiapMs).toISOString();
  c.laporanRun += 1;
  return s.laporan.ke < s.laporan.jumlah && (c.laporanRun >= c.input.irama.laporanPerRiwayat || workflowInfo().continueAsNewSuggested);
}

/** Nothing half done, to continue as new: every Update answered, every watched task still waiting on its assignee. */
export const quiet = ({ view, watching }: SiklusContext) => () =>
  allHandlersFinished() && [...watching].every((id) => view.tasks.find((t) => t.id === id)?.status === 'open');
