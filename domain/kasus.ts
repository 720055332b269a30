// The state of a case (one procedure instance) as the workflow keeps it, the projection stores it
// and the API shows it: one shape for every procedure. What differs by procedure is its `subject`
// (described by that procedure's schema) and what its plan resolved. Plain serialisable data: it
// lives in workflow history.
import type { Static } from '@sinclair/typebox';
import type { Reservasi } from './batasPenugasan';
import type { Golongan, Kriteria } from './kepegawaian';
import type * as schema from './kasusSchema';

// The shapes the case shows are written once, in TypeBox (kasusSchema.ts); these are their types.
export type OfficialRef = Static<typeof schema.OfficialRef>;
export type Candidate = Static<typeof schema.Candidate>;
export type Task = Static<typeof schema.Task>;
export type CaseStatus = Static<typeof schema.CaseStatus>;
export type TimelineEntry = Static<typeof schema.TimelineEntry>;
export type TimelineAction = TimelineEntry['action'];
export type DocumentRef = Static<typeof schema.DocumentRef>;
export type DelegasiTugas = Static<typeof schema.DelegasiTugas>;

/** How the service knew the official who sent a message: signed in, or vouched for by an e-office system. */
export interface Diketahui {
  knownVia?: 'signed-in' | 'vouched';
  vouchedBy?: string;
}
export type Outcome = Static<typeof schema.Outcome>;
/** A case as the workflow keeps it, the projection stores it and the API shows it; `S`: its procedure's subject. */
export type CaseView<S = unknown> = Omit<Static<typeof schema.CaseView>, 'subject'> & { subject: S };

/** The request letter as its sender numbered and dated it (procedures/schemas.ts SuratPermohonan). */
export interface SuratRef {
  nomor: string;
  tanggal: string;
}

export interface Rule {
  citation: string;
  description: string;
}

/** What a task asks of its assignee (each kind described in kasusSchema.ts). */
export type TaskKind = Task['kind'];
/** The kinds of step a plan resolves (tanda-terima is the kernel's own). */
export type StepKind = Exclude<TaskKind, 'tanda-terima'>;

/** An employee as an agency not on this service names them in its answer: no master data here to read them from. */
export type IdentitasPegawai = Omit<Candidate, 'pendidikan'>;

export const FINAL_STATUSES: readonly CaseStatus[] = ['issued', 'refused', 'withdrawn', 'expired', 'completed'];

/** An official with the role they act in and the article that gives it to them. */
export interface Pemohon extends OfficialRef {
  role: string;
  citation: string;
}

export interface ResolvedStep {
  id: string;
  kind: StepKind;
  title: string;
  role: string;
  citation: string;
  assignee: OfficialRef;
  /** The assignee's own superior, who receives the escalation of an undecided step. */
  atasan?: OfficialRef;
  /** Approving this step names the employee assigned (among the candidates found when it opens). */
  choosesEmployee?: boolean;
  /** A tindakan whose content (isi) is required, e.g. a laporan hasil. */
  isiWajib?: boolean;
  /** Who receives what a tindakan delivers (a laporan hasil to the Kepala UO and PPK). */
  to?: OfficialRef[];
  /**
   * Approving this step puts employees into a tim kerja: a slot each within the region's limit
   * (banjar pasal 9(4)–(5)); one without `nip` is for the employee the decision names.
   */
  reserves?: Reservasi[];
  /** Approving this step answers with the list of employees assigned (binding), among the candidates. */
  choosesEmployees?: boolean;
  /**
   * The same answer by an agency not on this service: no candidates from master data, the list names
   * each employee with their identity (DecisionInput.employees).
   */
  namesEmployees?: boolean;
  /** A tindakan by which an agency not on this service reports the document it issued itself: its nomor and tanggal. */
  reportsDocument?: { kind: string; title: string; pemerintah: string };
  /** The region whose official acts (Task.region). */
  region?: string;
}

export interface IssuingUnit {
  kode: string;
  nama: string;
  kodeSurat: string;
  kodePd: string;
  namaPd: string;
  alamat?: string;
}

/**
 * What a document says, written by the procedure's plan in the region's words. `{pegawai}` in any
 * line stands for the assigned employee (name, NIP, pangkat, jabatan), known only when it is issued;
 * `{alasan}` for the reasons of the decision it answers (a penolakan letter).
 */
export interface DocumentText {
  /** Surat Tugas: dasar, kepada (the employee), untuk. */
  dasar?: string[];
  untuk?: string[];
  /** Keputusan: tentang, menimbang, mengingat, diktum. */
  tentang?: string;
  menimbang?: string[];
  mengingat?: string[];
  diktum?: string[];
  /** Surat (a letter to the employee, e.g. a persetujuan or penolakan): hal, the opening, numbered points. */
  hal?: string;
  pembuka?: string;
  butir?: string[];
  /** A letter to an office, not to the employee (a Pejabat yang Berwenang of another agency): its addressee, and where ("di Martapura"). */
  yth?: { jabatan: string; di: string };
  /** Formulir: a form of the lampiran (bengkalis BAB II form 7). */
  formulir?: Formulir;
  /** A personal letter (bengkalis BAB II form 1), with `hal`: written and signed by the employee, countersigned by their atasan langsung. */
  permohonan?: PermohonanPribadi;
  /** A Surat Tugas to several people (a team); absent: to the assigned employee(s). */
  kepada?: (OfficialRef & { golongan: Golongan })[];
  /** A lampiran table (the susunan keanggotaan of a team): heading lines, column titles, rows. */
  lampiran?: Lampiran;
}

/**
 * A personal letter (bengkalis BAB II form 1): no kop and no number of its own; to whom (Yth. lines), who writes
 * (Saya yang bertandatangan di bawah ini: rows), what is asked, and the atasan langsung under "Mengetahui".
 */
export interface PermohonanPribadi {
  lampiran: string;
  yth: string[];
  identitas: [string, string][];
  isi: string[];
  mengetahui: OfficialRef & { golongan: Golongan };
}

/** A form: a line under its title, parties side by side, a table, notes, and the capacity its signatory signs in. */
export interface Formulir {
  subjudul?: string;
  identitas: { judul: string; baris: [string, string][] }[];
  tabel: { kolom: string[]; baris: string[][] };
  catatan: string[];
  /** The signature block's capacity (form 7: KETUA TIM/PENANGGUNG JAWAB TIM) instead of the jabatan. */
  selaku?: string;
}

export interface Lampiran {
  judul: string[];
  kolom: string[];
  baris: string[][];
}

export interface ResolvedDocument {
  kind: string;
  title: string;
  nomorTemplate: string;
  nomorCitation: string;
  citation: string;
  /**
   * `delegasi`: a Plh or Plt signs for the holder the plan named (kernel: issue); `sekretarisDaerah`: signs without NIP and pangkat
   * (Permendagri 1/2023 pasal 44(3)); `atasNama`: the line above the jabatan where they sign for the kepala daerah ("a.n. BUPATI BANJAR").
   */
  signatory: OfficialRef & { golongan: Golongan; delegasi?: DelegasiTugas['jenis']; sekretarisDaerah?: boolean; atasNama?: string };
  issuingUnit: IssuingUnit;
  tembusan: string[];
  penutup: string;
  isi: DocumentText;
  /** A decree the kepala daerah signs (by office, e.g. Bupati Banjar), as `citation` sets it; `signatory` submitted and issues it. */
  penetap?: { jabatan: string; citation: string };
  /** Where another region than the case's issues it: numbered in its sequence, under its letterhead. */
  penerbit?: { region: string; kop: { pemerintah: string; tempat: string; zonaWaktu: string } };
  /** One of several of its kind in a case, each addressed to one person (a team member's own Surat Tugas): its id carries their NIP. */
  penerima?: OfficialRef;
}

/** What employees receive and acknowledge: a document issued here, or one an agency not on this service issued (in its region). */
export interface Receivable {
  title: string;
  signatory: OfficialRef;
  penerbit?: { region: string };
}

export interface Deadlines {
  /** Milliseconds between reminders to the assignee of an open task. */
  remindEveryMs: number;
  /** An undecided step expires this long after it opened (never a refusal). */
  expireAfterMs: number;
  /** How long the employee has to acknowledge receipt before the case closes without it. */
  acknowledgeWithinMs: number;
}

/** Reasons a region words in advance for a refusal (bengkalis BAB II form 3): a decision names one by its kode. */
export interface StandardReasons {
  citation: string;
  reasons: { kode: string; text: string }[];
}

/** The rules every human step of the kernel cites. */
export interface CaseRules {
  refusalReasons: Rule;
  /** Where the region has them: a refusal may give one of these instead of (or before) free text. */
  standardReasons?: StandardReasons;
  acknowledgement: Rule;
  /** Who may be assigned: cited when a deciding official names an employee. */
  employeeMatch: Rule;
  kedudukanFirst: Rule;
}

/**
 * A case as its procedure's plan resolved it at the start: every official, step and document, with
 * the article each comes from. It is the workflow's input, so history carries the rules a case ran under.
 */
export interface PlannedCase<S = unknown> {
  caseId: string;
  procedure: string;
  region: string;
  /** Every region a case spans (the requesting one first), where it spans more than its own. */
  regions?: string[];
  /** Officials of another agency than the case's, by NIP: the region whose key they act through (CaseView.sisi). */
  sisi?: Record<string, string>;
  /** One line that names the case in an inbox or a list. */
  judul: string;
  pemerintah: string;
  kepalaDaerah: string;
  tempat: string;
  zonaWaktu: string;
  regulation: { short: string; title: string };
  procedureCitation: string;
  pemohon: Pemohon;
  /** The official who recorded the request for the requester (stated orally to them), if not the requester. */
  pencatat?: Pemohon;
  /** How the service knew the official who sent the request (the requester, or who recorded it). */
  diajukanVia?: Diketahui;
  /** The procedure-specific part: what is asked (the request, with its units' names). */
  subject: S;
  /** The employee named in the request, checked when the case started. */
  pegawai?: Candidate;
  /** Where a step that chooses the employee finds its candidates. */
  asal?: Asal;
  steps: ResolvedStep[];
  documents: ResolvedDocument[];
  rules: CaseRules;
  deadlines: Deadlines;
  /** How the work of the issued assignment runs (siklus kinerja, P7), where the request sets it; else the deployment's defaults. */
  siklusKinerja?: PengaturanSiklus;
}

/** A request's settings for the work cycle its assignment continues into; what is absent is the deployment's default. */
export interface PengaturanSiklus {
  laporan?: { setiapHari: number; batasHari: number };
  hariKerja?: number;
  laporanPerRiwayat?: number;
  /** Where the text names the receivers of an individual's report "X dan/atau Y": `keduanya` or one of them by role. */
  penerimaLaporan?: string;
}

export interface Asal {
  /** The region whose master data holds the unit, where it is not the case's. */
  region?: string;
  unit: string;
  kriteria?: Kriteria;
  /** Only the employees this PPK assesses (the PPK who decides). */
  ppk?: string;
}

export interface DecisionInput extends Diketahui {
  taskId: string;
  actorNip: string;
  decision: 'approve' | 'refuse';
  reasons?: string;
  /** A refusal's standard reason, by kode (CaseRules.standardReasons); free `reasons` may add to it. */
  alasan?: string;
  notes?: string;
  /** On approving a step that chooses the employee: who. Defaults to the one named in the request. */
  employeeNip?: string;
  /** On approving a step that answers with a list (choosesEmployees): the employees assigned. */
  employeeNips?: string[];
  /** On approving such an answer by an agency not on this service (namesEmployees): the employees, with their identity. */
  employees?: IdentitasPegawai[];
}

/** The assignee of a tindakan confirms it is done, saying what they did or deliver (isi). */
export interface ActionInput extends Diketahui {
  taskId: string;
  actorNip: string;
  isi?: string;
  /** A tindakan that reports a document issued outside this service (reportsDocument): its number and date (yyyy-mm-dd). */
  nomor?: string;
  tanggal?: string;
}

/** Something a procedure lets an official do besides deciding or completing a task (ask for a report, give feedback). */
export interface ProcedureAction extends Diketahui {
  action: string;
  actorNip: string;
  /** The task it concerns, e.g. the report feedback is on. */
  taskId?: string;
  isi?: string;
  /** Alternative recommendations (a kendala). */
  alternatif?: string[];
  /** Whom it is addressed to, where the actor chooses among those the rules allow. */
  kepada?: string;
  /** What an action's body became once the API planned it against the master data (a change of a Tim Kerja). */
  data?: unknown;
}

export interface ActorInput extends Diketahui {
  actorNip: string;
  reasons?: string;
}
