// Which acts the case page offers the signed-in official: only those open to them as the case stands.
// The case's own validators still decide (403 with the article, 409, 400); this keeps the page from
// offering what is not theirs. An auditor, taking no part, is offered nothing.
import { Type } from '@sinclair/typebox';
import { Decision } from '../api/schemas/cases';
import type { CaseView, StandardReasons, Task } from '../domain/kasus';
import { FINAL_STATUSES } from '../domain/kasus';
import { participantsOf } from '../identity/policy';
import { profileOf } from '../profiles';
import { fieldsOf, type Choices, type Field } from './formulir';

export type Tindakan =
  | { kind: 'putuskan'; task: Task; alasan?: StandardReasons; daftar?: Field[] }
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

/**
 * The fields of an answer that lists the employees assigned (P3's PPK of the agency asked, the profile's
 * daftarPegawai step), generated from the decision's schema: each employee a row, chosen among the
 * task's candidates; from an agency not on this service, each named with their identity.
 */
export const DAFTAR = Type.Pick(Decision, ['employeeNips', 'employees']);
export function daftarFields(view: CaseView, task: Task): Field[] | undefined {
  const luar = !!(view.subject as { instansiTujuan?: { luarLayanan?: true } }).instansiTujuan?.luarLayanan;
  // The agency asked words its own list step; one not on this service takes the requesting regulation's.
  const rules = (region: string) => {
    try {
      return (profileOf(region) as unknown as Record<string, { daftarPegawai?: { step: string } } | undefined>)[camel(view.procedure)];
    } catch {
      return undefined;
    }
  };
  const step = rules(luar ? view.region : task.region ?? view.region)?.daftarPegawai?.step;
  if (!step || step !== task.id) return undefined;
  const choices: Choices = { pegawai: (task.candidates ?? []).map((c) => ({ value: c.nip, label: `${c.nama} — ${c.jabatan} (${c.nip})` })), units: [] };
  return fieldsOf(DAFTAR, choices).filter((f) => f.name === (luar ? 'employees' : 'employeeNips')).map((f) => ({ ...f, label: 'Pegawai yang ditugaskan (mengikat)' }));
}

export function tindakanFor(view: CaseView, nip: string): Tindakan[] {
  if (FINAL_STATUSES.includes(view.status)) return [];
  const mine = view.tasks.filter((t) => t.status === 'open' && t.assignee.nip === nip);
  const out: Tindakan[] = mine.map((task) =>
    task.kind === 'tindakan' ? { kind: 'selesaikan', task }
      : task.kind === 'tanda-terima' ? { kind: 'terima', task }
        : { kind: 'putuskan', task, alasan: standardReasons(view), daftar: daftarFields(view, task) });
  if (view.pemohon.nip === nip && view.status === 'awaiting-decision') out.push({ kind: 'tarik' });
  if (view.procedure === 'siklus-kinerja' && participantsOf(view).includes(nip))
    out.push({ kind: 'siklus', actions: Object.keys(AKSI_SIKLUS), laporan: view.tasks.filter((t) => t.status === 'done' && t.kind === 'tindakan') });
  return out;
}
