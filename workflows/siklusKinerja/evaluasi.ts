// 3. Evaluasi: the result goes up the review chain; returned for perbaikan, fixed and sent up again, done
// only when the top leader accepts it as meeting the target. The workflow awaits what these return.
import type { ResolvedStep } from '../../domain/kasus';
import { tugasKe } from '../../procedures/siklusKinerja/tugas';
import type { StepResult } from '../kernel';
import { untilDone, type SiklusContext } from './context';

/** The employee reports the result (once, when the last report is on record). */
export function hasil(c: SiklusContext): Promise<string> {
  c.view.subject.tahap = 'evaluasi';
  return untilDone(c, c.input.langkah.hasil, 'hasil');
}

/** The review level the result is at, or none when the top leader accepted it. */
export const tingkatReviu = ({ input, view: { subject: s } }: SiklusContext): ResolvedStep | undefined => input.langkah.reviu[s.reviu.tingkat];

/** Returned by `level`: a new round from the first level, after the employee fixes the result with its notes. */
export function perbaikan(c: SiklusContext, level: ResolvedStep, d: Extract<StepResult, { outcome: 'decided' }>): Promise<string> {
  const s = c.view.subject;
  const { perbaikan: L } = c.input.langkah;
  s.reviu = { ...s.reviu, putaran: s.reviu.putaran + 1, tingkat: 0 };
  return untilDone(c, { ...L, title: `${L.title} (catatan ${level.assignee.nama}: ${d.decision.reasons})` }, 'perbaikan');
}

/** The top leader accepted the result: the employee (a team: the ketua and each member) is told the assignment is done. */
export function diterima(c: SiklusContext): Promise<void> {
  const s = c.view.subject;
  const top = c.input.langkah.reviu.at(-1)!;
  s.tahap = 'selesai';
  return c.kasus.inform('selesai', 'selesai', [s.pegawai, ...(s.tim?.anggota ?? [])],
    `${s.penugasan.judul}: hasil diterima oleh ${top.assignee.nama} (${top.role}) sesuai target; penugasan selesai`);
}

/** Each member's written report to their own PPK once the work is done (bengkalis form 5), side by side; one not made in time expires on the timeline. */
export function laporanAkhir(c: SiklusContext): Promise<unknown> {
  return Promise.all(c.input.tim!.laporanAkhir!.map((m, i) => c.kasus.step({ ...m, id: tugasKe('laporan-akhir', i + 1) }, { expireAfterMs: c.input.deadlines.expireAfterMs })));
}
