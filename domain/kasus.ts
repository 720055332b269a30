// The state of a case (one procedure instance) as the workflow keeps it, the projection stores it
// and the API shows it. Plain serialisable data: it lives in workflow history.
import type { Golongan, Jenjang, Pendidikan } from './kepegawaian';

export interface OfficialRef {
  nip: string;
  nama: string;
  jabatan: string;
}

export interface Rule {
  citation: string;
  description: string;
}

export type TaskKind = 'rekomendasi' | 'keputusan' | 'tanda-terima';
export type TaskStatus = 'open' | 'done' | 'expired' | 'cancelled';

export interface Candidate extends OfficialRef {
  golongan: Golongan;
  pendidikan: Pendidikan;
  unit: string;
}

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
}

export type CaseStatus =
  | 'awaiting-decision'
  | 'issuing'
  | 'awaiting-acknowledgement'
  | 'issued'
  | 'refused'
  | 'withdrawn'
  | 'expired';

export const FINAL_STATUSES: readonly CaseStatus[] = ['issued', 'refused', 'withdrawn', 'expired'];

export type TimelineAction =
  | 'diajukan' // request sent
  | 'direkomendasikan'
  | 'tidak-direkomendasikan'
  | 'disetujui'
  | 'ditolak'
  | 'ditarik' // withdrawn by the requester
  | 'pengingat' // reminder
  | 'eskalasi' // last reminder, copied to the requester
  | 'kedaluwarsa' // expired: never a refusal
  | 'diterbitkan' // document numbered and issued
  | 'diterima'; // receipt acknowledged by the employee

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
  documentId?: string;
  nomor?: string;
}

export interface DocumentRef {
  id: string;
  kind: string;
  title: string;
  nomor: string;
  issuedAt: string;
}

export interface Kriteria {
  jenisJabatan?: 'fungsional' | 'pelaksana';
  namaJabatan?: string;
  jenjang?: Jenjang[];
  golonganMin?: Golongan;
  pendidikanMin?: Pendidikan;
}

/** Surat Permohonan Pelibatan: minimum contents per banjar lampiran II.B.1.b and pati lampiran B.2.a.2. */
export interface PermohonanPelibatan {
  unitPemilik: string;
  unitTujuan: string;
  maksud: string;
  kompetensi: string[];
  target: string;
  jangkaWaktu: { mulai: string; selesai: string };
  pegawai?: string;
  kriteria?: Kriteria;
}

export interface ResolvedStep {
  id: string;
  kind: 'rekomendasi' | 'keputusan';
  title: string;
  role: string;
  citation: string;
  assignee: OfficialRef;
  /** The assignee's own superior, who receives the escalation of an undecided step. */
  atasan?: OfficialRef;
}

export interface IssuingUnit {
  kode: string;
  nama: string;
  kodeSurat: string;
  kodePd: string;
  namaPd: string;
  alamat?: string;
}

export interface ResolvedDocument {
  kind: 'surat-tugas' | 'keputusan-sekda';
  title: string;
  nomorTemplate: string;
  nomorCitation: string;
  citation: string;
  signatory: OfficialRef & { golongan: Golongan };
  issuingUnit: IssuingUnit;
  tembusan: string[];
  penutup: string;
}

export interface Deadlines {
  /** Milliseconds between reminders to the assignee of an open task. */
  remindEveryMs: number;
  /** An undecided step expires this long after it opened (never a refusal). */
  expireAfterMs: number;
  /** How long the employee has to acknowledge receipt before the case closes without it. */
  acknowledgeWithinMs: number;
}

export interface PenunjukanLintasUnitInput {
  caseId: string;
  procedure: 'penunjukan-lintas-unit';
  region: string;
  pemerintah: string;
  kepalaDaerah: string;
  tempat: string;
  /** Absent in cases started before it was recorded: WIB. */
  zonaWaktu?: string;
  regulation: { short: string; title: string };
  procedureCitation: string;
  permohonan: PermohonanPelibatan;
  pemohon: OfficialRef & { role: string; citation: string };
  unitPemilik: { kode: string; nama: string };
  unitTujuan: { kode: string; nama: string };
  /** Named employee, checked when the case started. */
  pegawai?: Candidate;
  /** The requester's own side, copied on the request (tembusan PPK bersangkutan) where the region says so. */
  tembusanPermohonan: string[];
  steps: ResolvedStep[];
  documents: ResolvedDocument[];
  rules: {
    employeeMatch: Rule;
    refusalReasons: Rule;
    acknowledgement: Rule;
    kedudukanFirst: Rule;
  };
  deadlines: Deadlines;
}

export interface Outcome {
  status: CaseStatus;
  at: string;
  reasons?: string;
  citation: string;
}

export interface CaseView {
  caseId: string;
  procedure: string;
  region: string;
  status: CaseStatus;
  pemohon: OfficialRef;
  unitPemilik: { kode: string; nama: string };
  unitTujuan: { kode: string; nama: string };
  permohonan: PermohonanPelibatan;
  assignedEmployee?: Candidate;
  tasks: Task[];
  timeline: TimelineEntry[];
  documents: DocumentRef[];
  outcome?: Outcome;
  startedAt: string;
  /** Bumped on every change, so that projections never go back in time. */
  version: number;
}

export interface DecisionInput {
  taskId: string;
  actorNip: string;
  decision: 'approve' | 'refuse';
  reasons?: string;
  notes?: string;
  /** On approving a keputusan: the employee to assign. Defaults to the one named in the request. */
  employeeNip?: string;
}

export interface ActorInput {
  actorNip: string;
  reasons?: string;
}
