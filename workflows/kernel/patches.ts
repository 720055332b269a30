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
  /** Plt/Plh: a decision task opens for whoever acts for its holder, and moves when a delegation starts or ends (kernel: delegasi). */
  'delegasi': 'cases of every procedure started before it (their .v1–.v4 histories) route no task',
  /** A closing case (and a long case's run that continues as new) starts its archive; the cases it starts carry its memo (kernel: arsip). */
  'arsip-kasus': 'cases of every procedure closed before it (their histories before .v3 of P7, .v2/.v3 elsewhere) archive nothing',
  /** P7: feedback on a report reaches its reporter (a notification and a task to read it in their inbox). */
  'umpan-balik-sampai': 'P7 cases given feedback before it (siklusKinerja-*.v1 and .v2) only recorded it',
  /** P7: the result accepted, the employee (and a team's members) is told the assignment is done. */
  'siklus-selesai-diberitahukan': 'P7 cases completed before it (siklusKinerja-*.v1 and .v2) told nobody',
  /** P7: a team's report goes up berjenjang, the penanggung jawab passing it on (bengkalis pasal 11(3)). */
  'laporan-berjenjang': 'bengkalis team cases reporting before it (no siklusKinerja-bengkalis-tim history was recorded) delivered to the kepala perangkat daerah only',
  /** P7: a plan revised while the last report was due is agreed before the result is asked for. */
  'rencana-sebelum-hasil': 'P7 cases that went on to the result with a revised plan unagreed (no recorded history has one) replay without it',
  /** P7: a kendala sent to a member's own PUO is decided by the owning unit's PUO; the member's PUO follows it up. */
  'kendala-pemilik-memutuskan': 'P7 team cases that sent a kendala to a member\'s own PUO before it (siklusKinerja-banjar-tim-kerja.v1–.v3) had that PUO decide it',
  /** The case's search attributes (Region, Procedure, CaseStatus, Pemohon, Pegawai, Unit) upserted as it moves (kernel: publish). */
  'atribut-pencarian': 'cases of every procedure started before it (every history recorded before it) upsert none',
  /** P7: each team member reports in writing to their own PPK once the work is done (bengkalis form 5). */
  'laporan-akhir-anggota': 'bengkalis team cases that closed before it (siklusKinerja-bengkalis-tim-berjenjang.v1) asked for none',
  /** A closing case (and a long case's continued run) queues its archive in a local write instead of starting arsipKasus (kernel: arsip). */
  'arsip-antrean': 'cases of every procedure closed before it (their histories recorded before it) start arsipKasus through mulaiArsip',
  /** A document is numbered by a local activity (kernel: issue). */
  'nomor-lokal': 'cases of every procedure that issued documents before it (their histories recorded before it) number through a regular activity',
  /** P6: when a team's period ends, each member's rating task (P8) opens for the rater the region names. */
  'penilaian-akhir-periode': 'P6 teams whose period ended before it (every pembentukanTimKerja history recorded before it) opened none',
  /** P7: a team's kendala reaches its penanggung jawab too, to follow up (bengkalis lampiran BAB I §II.C.a.2.c). */
  'kendala-penanggung-jawab': 'P7 team cases that raised a kendala before it (no recorded history has a penanggung jawab to receive one) replay without it',
  /** P7: a decision task an Update opens (a kendala) goes to whoever acts for its holder when it opens (kernel: opened). */
  'aksi-dialihkan': 'P7 cases that raised a kendala before it (every siklusKinerja history recorded before it) routed it only when a delegation started or ended',
  /** P6: the decree is addressed to every member of the team, each acknowledging their own receipt. */
  'tanda-terima-tiap-anggota': 'P6 cases whose decree was issued before it (every pembentukanTimKerja history recorded before it) had the ketua receive it for the team',
  /** P6 (pasuruan lampiran II): beside the decree, a Surat Tugas for each member it assigns. */
  'surat-tugas-anggota': 'pasuruan P6 cases whose decree was issued before it (every pembentukanTimKerja-pasuruan history recorded before it) issued the decree alone',
  /** P6 (pasuruan lampiran II): whoever an amendment brings in receives their own Surat Tugas citing the new decree, and acknowledges both. */
  'surat-tugas-anggota-perubahan': 'pasuruan P6 cases amended before it (pembentukanTimKerja-pasuruan-amended and its older .vN) issued the new decree alone, received by nobody',
  /** P7: in a team, each member drafts their own rencana kerja individu beside the ketua's rincian, agreed by the ketua; pelaksanaan waits for them. */
  'rencana-kerja-anggota': 'P7 team cases planned before it (siklusKinerja-*-tim-* histories recorded before it; their inputs carry no member plan) went on with the ketua\'s rincian alone',
  /**
   * A generation: one marker standing for every id above it. Each id's own marker also upserts
   * TemporalChangeVersion, a visibility write each (eight in a P2 case); a run that recorded the
   * generation takes every id above without one. An id added below it gets its own marker again.
   */
  'generasi-1': 'cases started before it (every history recorded before it) mark each id above as they reach it',
  /** An issued assignment starts its work cycle from a local activity, not as a child workflow it waits a workflow task for (kernel: work). */
  'siklus-dari-aktivitas': 'cases of every procedure that started their cycle before it (every history recorded before it) started it as a child workflow',
  /** An outcome's notification and a closing case's archive queue go in the projection write that follows, not in local activities of their own (kernel: deliver, finish). */
  'tulis-bersama': 'cases that delivered an outcome or closed before it (every history recorded before it) ran notify and antreArsip',
  /** A generation as generasi-1, standing for every id above it (generasi-1 and the ids above that too). */
  'generasi-2': 'cases started before it (every history recorded before it) mark generasi-1, or each id, as they did',
  /** The write that records an assignment issued (or a team's decree in force) names its work cycle, started just before it (kernel: closeAndWork). */
  'siklus-ditulis-bersama': 'cases issued or put in force before it (every history recorded before it) wrote the outcome, then the cycle in a write of its own',
  /** A generation as generasi-2, standing for every id above it. */
  'generasi-3': 'cases started before it (every history recorded before it) mark generasi-2, or an older one, or each id, as they did',
} as const;

export type PatchId = keyof typeof PATCHES;

const ids = Object.keys(PATCHES) as PatchId[];
const before = (generation: PatchId) => new Set(ids.slice(0, ids.indexOf(generation)));
/** The generations, newest first: the ids each stands for (every id above it), and its marker asked. */
const GENERATIONS = [
  { standsFor: before('generasi-3'), ask: () => patched('generasi-3') },
  { standsFor: before('generasi-2'), ask: () => patched('generasi-2') },
  { standsFor: before('generasi-1'), ask: () => patched('generasi-1') },
];

/**
 * Whether this run recorded each generation, the newest asked first at its first patch() and kept: a run
 * started before it replays without its marker and goes on as it did (an older generation, or each id
 * marked). Module state is the run's own (the worker gives each workflow its own module instances; keep
 * this module out of preloadModules).
 */
const recorded: (boolean | undefined)[] = [];

/** patched() for an id on the list: true in a case that has run (or now runs) the patched code. */
export const patch = (id: PatchId): boolean =>
  GENERATIONS.some(({ standsFor, ask }, i) => standsFor.has(id) && (recorded[i] ??= ask())) || patched(id);
