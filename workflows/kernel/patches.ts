// Every patched() id the workflows use, in the order they were added (as the SDK keeps its flags in
// flags.ts), with the committed histories that run without it. A change to the commands a running case
// emits goes behind a new id here; tests/replay checks that the bundle uses exactly these ids.
import { patched } from '@temporalio/workflow';

export const PATCHES = {
  /** Outcomes delivered through the notification outbox (kernel: deliver). */
  'deliver-outcomes': 'P2 cases started before it (penunjukanLintasUnit-*.v1 histories) deliver nothing',
  /** A step goes on once the Update that settled its task has answered (kernel: the human step). */
  'step-after-update': 'P1 and P2 cases started before it (penunjukanDalamUnit-*.v1, penunjukanLintasUnit-*.v2) go on at once',
  /** Marks the cases that reserve team slots (banjar pasal 9(4)–(5)), for a later change of that path (kernel: ledger). */
  'batas-penugasan': 'a marker only: no case runs without it',
  /** An issued assignment starts its work cycle, P7 (kernel: work). */
  'siklus-kinerja': 'cases of every procedure issued before it (their .v1 histories) start none',
  /** A team case is on record from its start, before its linked cases (P6). */
  'tim-tercatat': 'P6 cases started before it (pembentukanTimKerja-*.v1 and .v2) are first written later',
  /** A changed team tells its work cycle (kernel: workChanged). */
  'siklus-tim-berubah': 'P6 teams changed before it (pembentukanTimKerja-*.v1) tell nothing',
  /** P7: an Update that opens a task writes it once, in its own write. */
  'aksi-satu-tulis': 'P7 cases that raised these before it (siklusKinerja-*.v1) wrote twice at once',
  /** The case's search attributes (Region, Procedure, CaseStatus, Pemohon, Pegawai, Unit) upserted as it moves (kernel: publish). */
  'atribut-pencarian': 'cases of every procedure started before it (every history recorded before it) upsert none',
} as const;

export type PatchId = keyof typeof PATCHES;

/** patched() for an id on the list: true in a case that has run (or now runs) the patched code. */
export const patch = (id: PatchId): boolean => patched(id);
