// The case's shape written once, in TypeBox: the workflow keeps it, the projection stores it, the API
// shows it (api/schemas/cases.ts derives its response schema from this one), and domain/kasus.ts
// derives its types from it (`import type` only, so the workflow bundle does not carry TypeBox).
// Values from a fixed list the API does not filter by are strings with an `enum`: written as plain strings.
import { Type, type TSchema } from '@sinclair/typebox';
import { GOLONGAN, PENDIDIKAN } from './kepegawaian';

const enumOf = <T extends string>(xs: readonly T[], options: { description?: string } = {}) => Type.Unsafe<T>(Type.String({ enum: [...xs], ...options }));
const IsoDateTime = Type.String({ format: 'date-time' });

export const OfficialRef = Type.Object({ nip: Type.String(), nama: Type.String(), jabatan: Type.String() });

/** A task routed to whoever acts for its holder (Plt/Plh), and an act done so: the kind, the holder, the surat perintah. */
export const DelegasiTugas = Type.Object({
  jenis: Type.Union([Type.Literal('Plt'), Type.Literal('Plh'), Type.Literal('Pj'), Type.Literal('Pjs')], { description: 'Plh: the holder is temporarily away; Plt: the position is vacant; Pj: a penjabat of the vacant Sekretaris Daerah; Pjs: a penjabat sementara' }),
  pemegang: OfficialRef,
  dasar: Type.String({ description: 'the surat perintah(s): "Surat Perintah Nomor … tanggal …"' }),
}, { description: 'the holder this task (or act) is for, where a Plt or Plh takes it (UU 30/2014 Pasal 14)' });

export const Candidate = Type.Object({
  ...OfficialRef.properties,
  golongan: enumOf(GOLONGAN),
  pendidikan: Type.Optional(enumOf(PENDIDIKAN, { description: 'absent for an employee an agency not on this service named (with their identity)' })),
  unit: Type.String(),
});

export const Task = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('rekomendasi'), Type.Literal('keputusan'), Type.Literal('tindakan'), Type.Literal('tanda-terima')], {
    description: 'rekomendasi: recommends or not, the case goes on either way; keputusan: approves or refuses, a refusal ends the case; '
      + 'tindakan: done by its assignee and confirmed with /complete, nothing is decided; tanda-terima: the employee acknowledges a document',
  }),
  title: Type.String(),
  role: Type.String(),
  citation: Type.String(),
  assignee: OfficialRef,
  status: Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('expired'), Type.Literal('cancelled')]),
  openedAt: IsoDateTime,
  dueAt: IsoDateTime,
  remindersSent: Type.Integer(),
  candidates: Type.Optional(Type.Array(Candidate, { description: 'for a decision that chooses the employee: who qualifies, resolved when the step opened' })),
  escalateTo: Type.Optional(Type.Array(OfficialRef, { description: 'who besides the assignee receives the last reminder' })),
  isiWajib: Type.Optional(Type.Boolean({ description: 'a tindakan that must say what it delivers (isi)' })),
  region: Type.Optional(Type.String({ description: "the region whose official takes it, where the case spans two (penunjukan lintas instansi); absent: the case's" })),
  continuesOnRefusal: Type.Optional(enumOf(['dikembalikan', 'ditolak'] as const, { description: 'a keputusan whose refusal does not end the case (a work result returned for perbaikan): the action recorded' })),
  delegasi: Type.Optional(DelegasiTugas),
});

// As literals one by one: the API's type provider reads them so (a filter of GET /cases).
export const CaseStatus = Type.Union([
  Type.Literal('awaiting-decision'), Type.Literal('issuing'), Type.Literal('awaiting-acknowledgement'), Type.Literal('awaiting-submission'),
  Type.Literal('in-force'), // the documents stand and the case stays open for changes until its period ends (a Tim Kerja)
  Type.Literal('issued'), Type.Literal('refused'), Type.Literal('withdrawn'), Type.Literal('expired'),
  Type.Literal('in-progress'), Type.Literal('completed'), // a case that runs for a period (the work of an assignment): running, then done
]);

const TIMELINE_ACTIONS = [
  'diajukan', // request sent
  'direkomendasikan', 'tidak-direkomendasikan', 'disetujui', 'ditolak',
  'dilaksanakan', // a tindakan done by its assignee
  'ditarik', // withdrawn by the requester
  'pengingat', // reminder
  'eskalasi', // last reminder, copied to the requester
  'kedaluwarsa', // expired: never a refusal
  'diterbitkan', // document numbered and issued
  'diterima', // receipt acknowledged by the employee
  'dikembalikan', // returned for perbaikan: the case goes on
  'diubah', // a change asked of what was issued (a team's susunan)
  'dicatat', // something a procedure records (feedback, a report request, a dialog), by its actor
  'dialihkan', // a task moved to whoever acts for its holder (Plt/Plh), or back to the holder
] as const;

export const TimelineEntry = Type.Object({
  at: IsoDateTime,
  action: enumOf(TIMELINE_ACTIONS),
  actor: Type.Optional(OfficialRef),
  role: Type.String(),
  citation: Type.String(),
  taskId: Type.Optional(Type.String()),
  reasons: Type.Optional(Type.String()),
  notes: Type.Optional(Type.String()),
  employee: Type.Optional(OfficialRef),
  employees: Type.Optional(Type.Array(OfficialRef, { description: 'the list of employees a decision assigned' })),
  atasNama: Type.Optional(OfficialRef),
  documentId: Type.Optional(Type.String()),
  nomor: Type.Optional(Type.String()),
  delegasi: Type.Optional(DelegasiTugas),
  knownVia: Type.Optional(enumOf(['signed-in', 'vouched'] as const, { description: 'how the service knew the actor: signed in themselves, or vouched for by an e-office system (vouchedBy)' })),
  vouchedBy: Type.Optional(Type.String({ description: 'the e-office system that vouched for the actor' })),
}, { description: 'absent actor: what the system did by itself (reminders, expiry, numbering); atasNama: whose request it is, where another official recorded it for them; delegasi: the holder a Plt/Plh acted for' });

export const DocumentRef = Type.Object({
  id: Type.String(), kind: Type.String(), title: Type.String(), nomor: Type.String(), issuedAt: IsoDateTime,
  issuedOutside: Type.Optional(Type.Object({ pemerintah: Type.String(), tanggal: Type.String() }, {
    description: 'issued and numbered by an agency not on this service, which reported its nomor and tanggal (issuedAt is that date): no PDF here',
  })),
});

export const Outcome = Type.Object({ status: CaseStatus, at: IsoDateTime, reasons: Type.Optional(Type.String()), citation: Type.String() });

/** A case of any procedure; `subject`: what its procedure's schema describes (`subjectOf`). */
export const caseViewOf = <S extends TSchema>(subject: S) => Type.Object({
  caseId: Type.String(),
  procedure: Type.String(),
  region: Type.String(),
  regions: Type.Optional(Type.Array(Type.String(), { description: 'every region the case involves (the requesting one first), where it spans two; a key of any of them reads it' })),
  sisi: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'officials of another agency, by NIP: the region whose key they act through; everyone else acts through the case\'s' })),
  judul: Type.String({ description: 'one line naming the case' }),
  status: CaseStatus,
  pemohon: OfficialRef,
  subject,
  assignedEmployee: Type.Optional(Candidate),
  assignedEmployees: Type.Optional(Type.Array(Candidate, { description: 'the list of employees assigned, where a decision answered with one (the first is assignedEmployee)' })),
  tasks: Type.Array(Task),
  timeline: Type.Array(TimelineEntry),
  documents: Type.Array(DocumentRef),
  outcome: Type.Optional(Outcome),
  siklusKinerja: Type.Optional(Type.String({ description: 'the work cycle (P7) the issued assignment continued into: its case id' })),
  siklusKinerjaPegawai: Type.Optional(Type.Array(Type.Object({ nip: Type.String(), caseId: Type.String() }), { description: 'an assignment of employees lent by another agency (P3): the work cycle of each' })),
  startedAt: IsoDateTime,
  version: Type.Integer({ description: 'bumped on every change, so that projections never go back in time' }),
});
export const CaseView = caseViewOf(Type.Unknown());
