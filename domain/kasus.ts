// The state of a case (one procedure instance) as the workflow keeps it, the projection stores it
// and the API shows it: one shape for every procedure. What differs by procedure is its `subject`
// (described by that procedure's schema) and what its plan resolved. Plain serialisable data: it
// lives in workflow history.
import type { Reservasi } from './batasPenugasan';
import type { Golongan, Kriteria, Pendidikan } from './kepegawaian';

export interface OfficialRef {
  nip: string;
  nama: string;
  jabatan: string;
}

export interface Rule {
  citation: string;
  description: string;
}

/**
 * rekomendasi: recommends or not, the case goes on either way; keputusan: approves or refuses,
 * a refusal ends the case; tindakan: the assignee does what the step says (forwards a letter,
 * submits a report) and confirms it, nothing is decided; tanda-terima: the employee acknowledges a document.
 */
export type TaskKind = 'rekomendasi' | 'keputusan' | 'tindakan' | 'tanda-terima';
/** The kinds of step a plan resolves (tanda-terima is the kernel's own). */
export type StepKind = Exclude<TaskKind, 'tanda-terima'>;
export type TaskStatus = 'open' | 'done' | 'expired' | 'cancelled';

export interface Candidate extends OfficialRef {
  golongan: Golongan;
  /** Absent for an employee of an agency not on this service, named with their identity (IdentitasPegawai). */
  pendidikan?: Pendidikan;
  unit: string;
}

/** An employee as an agency not on this service names them in its answer: no master data here to read them from. */
export type IdentitasPegawai = Omit<Candidate, 'pendidikan'>;

export interface Task {
  id: string;
  kind: TaskKind;
  title: string;
  role: string;
  citation: string;
  assignee: OfficialRef;
  status: TaskStatus;
  openedAt: string;
  dueAt: string;
  remindersSent: number;
  /** For a decision that chooses the employee: who qualifies, resolved when the step opened. */
  candidates?: Candidate[];
  /** Who besides the assignee receives the last reminder before the step expires. */
  escalateTo?: OfficialRef[];
  /** A tindakan that must say what it delivers (isi). */
  isiWajib?: boolean;
  /** The region whose officials act on it, where a case spans two (penunjukan lintas instansi); absent: the case's. */
  region?: string;
  /** A keputusan whose refusal does not end the case (a work result returned for perbaikan): the action recorded. */
  continuesOnRefusal?: 'dikembalikan' | 'ditolak';
}

export type CaseStatus =
  | 'awaiting-decision'
  | 'issuing'
  | 'awaiting-acknowledgement'
  | 'awaiting-submission'
  /** The documents stand and the case stays open for changes until its period ends (a Tim Kerja). */
  | 'in-force'
  | 'issued'
  | 'refused'
  | 'withdrawn'
  | 'expired'
  // A case that runs for a period (the work of an assignment): running, then done.
  | 'in-progress'
  | 'completed';

export const FINAL_STATUSES: readonly CaseStatus[] = ['issued', 'refused', 'withdrawn', 'expired', 'completed'];

export type TimelineAction =
  | 'diajukan' // request sent
  | 'direkomendasikan'
  | 'tidak-direkomendasikan'
  | 'disetujui'
  | 'ditolak'
  | 'dilaksanakan' // a tindakan done by its assignee
  | 'ditarik' // withdrawn by the requester
  | 'pengingat' // reminder
  | 'eskalasi' // last reminder, copied to the requester
  | 'kedaluwarsa' // expired: never a refusal
  | 'diterbitkan' // document numbered and issued
  | 'diterima' // receipt acknowledged by the employee
  | 'dikembalikan' // returned for perbaikan: the case goes on
  | 'diubah' // a change asked of what was issued (a team's susunan)
  | 'dicatat'; // something a procedure records (feedback, a report request, a dialog), by its actor

export interface TimelineEntry {
  at: string;
  action: TimelineAction;
  /** Absent for what the system did by itself (reminders, expiry, numbering). */
  actor?: OfficialRef;
  role: string;
  citation: string;
  taskId?: string;
  reasons?: string;
  notes?: string;
  employee?: OfficialRef;
  /** The list of employees a decision assigned. */
  employees?: OfficialRef[];
  /** Whose request it is, where another official recorded it for them (an oral request). */
  atasNama?: OfficialRef;
  documentId?: string;
  nomor?: string;
}

export interface DocumentRef {
  id: string;
  kind: string;
  title: string;
  nomor: string;
  issuedAt: string;
  /**
   * Issued by an agency not on this service, which reported its nomor and date (tanggal): numbered
   * there, not here, and without a PDF of this service; `issuedAt` is that date.
   */
  issuedOutside?: { pemerintah: string; tanggal: string };
}

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
  /** Formulir: a form of the lampiran (bengkalis BAB II form 7). */
  formulir?: Formulir;
  /** A Surat Tugas to several people (a team); absent: to the assigned employee(s). */
  kepada?: (OfficialRef & { golongan: Golongan })[];
  /** A lampiran table (the susunan keanggotaan of a team): heading lines, column titles, rows. */
  lampiran?: Lampiran;
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
  signatory: OfficialRef & { golongan: Golongan };
  issuingUnit: IssuingUnit;
  tembusan: string[];
  penutup: string;
  isi: DocumentText;
  /** A decree the kepala daerah signs (by office, e.g. Bupati Banjar), as `citation` sets it; `signatory` submitted and issues it. */
  penetap?: { jabatan: string; citation: string };
  /** Where another region than the case's issues it: numbered in its sequence, under its letterhead. */
  penerbit?: { region: string; kop: { pemerintah: string; tempat: string; zonaWaktu: string } };
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
}

export interface Asal {
  /** The region whose master data holds the unit, where it is not the case's. */
  region?: string;
  unit: string;
  kriteria?: Kriteria;
  /** Only the employees this PPK assesses (the PPK who decides). */
  ppk?: string;
}

export interface Outcome {
  status: CaseStatus;
  at: string;
  reasons?: string;
  citation: string;
}

export interface CaseView<S = unknown> {
  caseId: string;
  procedure: string;
  region: string;
  /** Every region the case spans (PlannedCase.regions); absent: only `region`. */
  regions?: string[];
  /** Officials of another agency, by NIP: the region whose key they act through; everyone else acts through the case's. */
  sisi?: Record<string, string>;
  judul: string;
  status: CaseStatus;
  pemohon: OfficialRef;
  subject: S;
  assignedEmployee?: Candidate;
  /** The list of employees assigned, where a decision answers with one (the first is assignedEmployee). */
  assignedEmployees?: Candidate[];
  tasks: Task[];
  timeline: TimelineEntry[];
  documents: DocumentRef[];
  outcome?: Outcome;
  /** The work cycle (P7) the issued assignment continued into: its case id. */
  siklusKinerja?: string;
  /** An assignment of a list of employees lent by another agency (P3): the work cycle of each, by NIP. */
  siklusKinerjaPegawai?: { nip: string; caseId: string }[];
  startedAt: string;
  /** Bumped on every change, so that projections never go back in time. */
  version: number;
}

export interface DecisionInput {
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
export interface ActionInput {
  taskId: string;
  actorNip: string;
  isi?: string;
  /** A tindakan that reports a document issued outside this service (reportsDocument): its number and date (yyyy-mm-dd). */
  nomor?: string;
  tanggal?: string;
}

/** Something a procedure lets an official do besides deciding or completing a task (ask for a report, give feedback). */
export interface ProcedureAction {
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

export interface ActorInput {
  actorNip: string;
  reasons?: string;
}
