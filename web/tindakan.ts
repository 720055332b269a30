// Which acts the case page offers the signed-in official: only those open to them as the case stands.
// The case's own validators still decide (403 with the article, 409, 400); this keeps the page from
// offering what is not theirs. An auditor, taking no part, is offered nothing.
import type { CaseView, StandardReasons, Task } from '../domain/kasus';
import { FINAL_STATUSES } from '../domain/kasus';
import { participantsOf } from '../identity/policy';
import { profileOf } from '../profiles';

export type Tindakan =
  | { kind: 'putuskan'; task: Task; alasan?: StandardReasons }
  | { kind: 'selesaikan'; task: Task }
  | { kind: 'terima'; task: Task }
  | { kind: 'tarik' }
  | { kind: 'siklus'; actions: string[]; laporan: Task[] };

/** The work cycle's actions besides its tasks (POST /cases/{id}/actions/{action}; procedures/siklusKinerja/aksi.ts). */
export const AKSI_SIKLUS: Record<string, string> = {
  'minta-laporan': 'Minta laporan', 'umpan-balik': 'Umpan balik atas laporan', kendala: 'Sampaikan kendala',
  'dialog-kinerja': 'Catat dialog kinerja', checklist: 'Centang langkah perencanaan', 'revisi-rencana': 'Revisi rencana',
};

const camel = (id: string) => id.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The region's standard reasons for refusing in this procedure, where its text words them (bengkalis BAB II form 3). */
export function standardReasons(view: CaseView): StandardReasons | undefined {
  try {
    const profile = profileOf(view.region) as unknown as Record<string, { standardReasons?: StandardReasons } | undefined>;
    return profile[camel(view.procedure)]?.standardReasons;
  } catch {
    return undefined;
  }
}

export function tindakanFor(view: CaseView, nip: string): Tindakan[] {
  if (FINAL_STATUSES.includes(view.status)) return [];
  const mine = view.tasks.filter((t) => t.status === 'open' && t.assignee.nip === nip);
  const out: Tindakan[] = mine.map((task) =>
    task.kind === 'tindakan' ? { kind: 'selesaikan', task }
      : task.kind === 'tanda-terima' ? { kind: 'terima', task }
        : { kind: 'putuskan', task, alasan: standardReasons(view) });
  if (view.pemohon.nip === nip && view.status === 'awaiting-decision') out.push({ kind: 'tarik' });
  if (view.procedure === 'siklus-kinerja' && participantsOf(view).includes(nip))
    out.push({ kind: 'siklus', actions: Object.keys(AKSI_SIKLUS), laporan: view.tasks.filter((t) => t.status === 'done' && t.kind === 'tindakan') });
  return out;
}
