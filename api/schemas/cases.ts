import { Type } from '@sinclair/typebox';
import { GOLONGAN, JENJANG, PENDIDIKAN } from '../../domain/kepegawaian';
import { permohonan } from '../../demo/permohonan';
import { IsoDate, IsoDateTime, Nip, Region } from './common';

const literals = (xs: readonly string[]) => Type.Union(xs.map((x) => Type.Literal(x)));

export const Kriteria = Type.Object({
  jenisJabatan: Type.Optional(Type.Union([Type.Literal('fungsional'), Type.Literal('pelaksana')])),
  namaJabatan: Type.Optional(Type.String({ minLength: 1, examples: ['Pranata Komputer'] })),
  jenjang: Type.Optional(Type.Array(literals(JENJANG), { minItems: 1 })),
  golonganMin: Type.Optional(literals(GOLONGAN)),
  pendidikanMin: Type.Optional(literals(PENDIDIKAN)),
}, { additionalProperties: false });

const Permohonan = {
  unitPemilik: Type.String({ minLength: 1, description: 'unit that owns the target (the requester leads it)' }),
  unitTujuan: Type.String({ minLength: 1, description: 'destination unit whose employee is requested' }),
  maksud: Type.String({ minLength: 3, description: 'purpose of the involvement' }),
  kompetensi: Type.Array(Type.String({ minLength: 1 }), { description: 'required competencies' }),
  target: Type.String({ minLength: 1, description: 'expected target' }),
  jangkaWaktu: Type.Object({ mulai: IsoDate, selesai: IsoDate }, { additionalProperties: false }),
  pegawai: Type.Optional(Nip),
  kriteria: Type.Optional(Kriteria),
};

export const StartPenunjukanLintasUnit = Type.Object({
  procedure: Type.Literal('penunjukan-lintas-unit'),
  region: Region,
  ...Permohonan,
}, {
  additionalProperties: false,
  $id: 'StartPenunjukanLintasUnit',
  // The demo request, so the example always runs against `npm start`.
  examples: [{ procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') }],
});

const Official = Type.Object({ nip: Type.String(), nama: Type.String(), jabatan: Type.String() });
const Candidate = Type.Object({
  nip: Type.String(), nama: Type.String(), jabatan: Type.String(), golongan: Type.String(), pendidikan: Type.String(), unit: Type.String(),
});

const Task = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('rekomendasi'), Type.Literal('keputusan'), Type.Literal('tanda-terima')]),
  title: Type.String(),
  role: Type.String(),
  citation: Type.String(),
  assignee: Official,
  status: Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('expired'), Type.Literal('cancelled')]),
  openedAt: IsoDateTime,
  dueAt: IsoDateTime,
  remindersSent: Type.Integer(),
  candidates: Type.Optional(Type.Array(Candidate)),
  escalateTo: Type.Optional(Type.Array(Official, { description: 'who besides the assignee receives the last reminder' })),
});

const TimelineEntry = Type.Object({
  at: IsoDateTime,
  action: Type.String({ description: 'diajukan, direkomendasikan, tidak-direkomendasikan, disetujui, ditolak, ditarik, pengingat, eskalasi, kedaluwarsa, diterbitkan, diterima' }),
  actor: Type.Optional(Official),
  role: Type.String(),
  citation: Type.String(),
  taskId: Type.Optional(Type.String()),
  reasons: Type.Optional(Type.String()),
  notes: Type.Optional(Type.String()),
  employee: Type.Optional(Official),
  documentId: Type.Optional(Type.String()),
  nomor: Type.Optional(Type.String()),
});

export const CaseStatus = Type.Union([
  Type.Literal('awaiting-decision'), Type.Literal('issuing'), Type.Literal('awaiting-acknowledgement'),
  Type.Literal('issued'), Type.Literal('refused'), Type.Literal('withdrawn'), Type.Literal('expired'),
]);

export const CaseList = Type.Object({
  cases: Type.Array(Type.Object({
    caseId: Type.String(), region: Type.String(), procedure: Type.String(), status: CaseStatus, requesterNip: Type.String(),
    startedAt: IsoDateTime, updatedAt: IsoDateTime,
    openTasks: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), assignee: Official })),
  })),
  nextAfter: Type.Optional(Type.String({ description: 'pass as ?after= for the next page' })),
});

export const CaseView = Type.Object({
  caseId: Type.String(),
  procedure: Type.String(),
  region: Type.String(),
  status: CaseStatus,
  pemohon: Official,
  unitPemilik: Type.Object({ kode: Type.String(), nama: Type.String() }),
  unitTujuan: Type.Object({ kode: Type.String(), nama: Type.String() }),
  permohonan: Type.Object(Permohonan),
  assignedEmployee: Type.Optional(Candidate),
  tasks: Type.Array(Task),
  timeline: Type.Array(TimelineEntry),
  documents: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), title: Type.String(), nomor: Type.String(), issuedAt: IsoDateTime })),
  outcome: Type.Optional(Type.Object({ status: Type.String(), at: IsoDateTime, reasons: Type.Optional(Type.String()), citation: Type.String() })),
  startedAt: IsoDateTime,
  version: Type.Integer(),
}, { $id: 'Case', title: 'Case' });

export const Decision = Type.Object({
  decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')], { description: 'on a rekomendasi task: recommend or not' }),
  reasons: Type.Optional(Type.String({ description: 'required when refusing' })),
  notes: Type.Optional(Type.String()),
  employeeNip: Type.Optional(Nip),
}, { additionalProperties: false, examples: [{ decision: 'approve', notes: 'kompetensi sesuai' }, { decision: 'refuse', reasons: 'pegawai sedang menangani proyek prioritas' }] });

export const ActorBody = Type.Object({ reasons: Type.Optional(Type.String()) }, { additionalProperties: false });

export const InboxItem = Type.Object({
  caseId: Type.String(),
  taskId: Type.String(),
  procedure: Type.String(),
  region: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  role: Type.String(),
  citation: Type.String({ description: 'the article that gives this official this step' }),
  openedAt: IsoDateTime,
  dueAt: IsoDateTime,
  remindersSent: Type.Integer(),
  case: Type.Ref(CaseView),
});
