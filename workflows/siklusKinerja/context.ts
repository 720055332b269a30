// A work cycle's state, which its parts share: the kernel's case, the input as it now stands (a change
// of the team replaces its steps, never the workflow's own input), the view and what is watched beside
// the main flow. Each part is a set of functions over it.
import type { CaseView, ResolvedStep } from '../../domain/kasus';
import { pemintaLaporan, type Siklus } from '../../procedures/siklusKinerja/aksi';
import type { SiklusKinerjaInput } from '../../procedures/siklusKinerja/plan';
import { isKe, tugasKe } from '../../procedures/siklusKinerja/tugas';
import { openCase, type StepResult } from '../kernel';

export interface SiklusContext extends Siklus {
  readonly kasus: ReturnType<typeof openCase<SiklusKinerjaInput['subject']>>;
  /** The input as it now stands: its steps and team follow a change of the team (tim.ts). */
  input: SiklusKinerjaInput;
  readonly view: CaseView<SiklusKinerjaInput['subject']>;
  /** Who may ask for a report at any time. */
  readonly peminta: ReturnType<typeof pemintaLaporan>;
  /** The ids of the tasks watched beside the main flow (watch.ts). */
  readonly watching: Set<string>;
  /** Reports in this run: after `laporanPerRiwayat` of them the case continues as new (pelaksanaan.ts). */
  laporanRun: number;
}

/** A case that continued as new goes on from the view it carries (`lanjutan`). */
export function createSiklus(input: SiklusKinerjaInput): SiklusContext {
  const kasus = openCase(input, input.lanjutan);
  const c = { kasus, input, view: kasus.view, watching: new Set<string>(), laporanRun: 0 };
  return { ...c, peminta: pemintaLaporan(c) };
}

// Task ids (procedures/siklusKinerja/tugas.ts): a case that continued as new finds the task it was waiting on;
// a repeated step takes the open task of its base, or the next one.
const ofBase = ({ view }: SiklusContext, base: string) => view.tasks.filter((t) => isKe(base, t.id));
export const slot = (c: SiklusContext, base: string) => ofBase(c, base).find((t) => t.status === 'open')?.id ?? tugasKe(base, ofBase(c, base).length + 1);

/** What the assignee said they did in a done task. */
export const isiOf = ({ view }: SiklusContext, taskId: string) =>
  [...view.timeline].reverse().find((e) => e.taskId === taskId && e.action === 'dilaksanakan')?.notes;

/** A step done by its assignee, opened again (with its reminders) until it is done. */
export async function untilDone(c: SiklusContext, step: ResolvedStep, base: string, ms = c.input.deadlines.expireAfterMs) {
  for (;;) {
    const id = slot(c, base);
    const r = await c.kasus.step({ ...step, id }, { expireAfterMs: ms });
    if (r.outcome === 'done') return id;
  }
}

/** A review or agreement: approved, or returned (refused, or not decided in time: asked again). */
export async function decided(c: SiklusContext, step: ResolvedStep, base: string): Promise<Extract<StepResult, { outcome: 'decided' }>> {
  for (;;) {
    const r = await c.kasus.step({ ...step, id: slot(c, base) }, { expireAfterMs: c.input.deadlines.expireAfterMs, continuesOnRefusal: 'dikembalikan' });
    if (r.outcome === 'decided') return r;
  }
}
