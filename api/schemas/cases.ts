import { Type } from '@sinclair/typebox';
import { PROCEDURES } from '../../procedures';
import { PengaturanSiklus } from '../../procedures/siklusKinerja/request';
import { GOLONGAN } from '../../domain/kepegawaian';
import { Id, LIMITS, Line, List, literals, Text } from '../../procedures/schemas';
import { IsoDateTime, Nip, Region } from './common';

/** The body of POST /cases: one shape per built procedure, told apart by `procedure`. */
export const StartCase = Type.Unsafe<{ procedure: string; region: string } & Record<string, unknown>>({
  $id: 'StartCase',
  title: 'StartCase',
  type: 'object',
  oneOf: Object.values(PROCEDURES).map((p) => Type.Object({
    procedure: Type.Literal(p.id),
    region: Region,
    ...p.request.properties,
    ...(p.bekerja ? { siklusKinerja: Type.Optional(PengaturanSiklus) } : {}),
  }, {
    additionalProperties: false,
    title: p.id,
    description: p.title,
    // The demo request, so the example always runs against `npm start`.
    examples: [{ procedure: p.id, region: 'banjar', ...p.example('banjar') }],
  })),
  discriminator: { propertyName: 'procedure' },
});

const Official = Type.Object({ nip: Type.String(), nama: Type.String(), jabatan: Type.String() });
const Candidate = Type.Object({
  nip: Type.String(), nama: Type.String(), jabatan: Type.String(), golongan: Type.String(),
  pendidikan: Type.Optional(Type.String({ description: 'absent for an employee an agency not on this service named' })), unit: Type.String(),
});

const Task = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('rekomendasi'), Type.Literal('keputusan'), Type.Literal('tindakan'), Type.Literal('tanda-terima')], { description: 'tindakan: done by its assignee and confirmed with /complete' }),
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
  region: Type.Optional(Type.String({ description: 'the region whose official takes it, where the case spans two (penunjukan lintas instansi); absent: the case\'s' })),
});

const TimelineEntry = Type.Object({
  at: IsoDateTime,
  action: Type.String({ description: 'diajukan, direkomendasikan, tidak-direkomendasikan, disetujui, ditolak, dilaksanakan, ditarik, pengingat, eskalasi, kedaluwarsa, diterbitkan, diubah, diterima' }),
  actor: Type.Optional(Official),
  role: Type.String(),
  citation: Type.String(),
  taskId: Type.Optional(Type.String()),
  reasons: Type.Optional(Type.String()),
  notes: Type.Optional(Type.String()),
  employee: Type.Optional(Official),
  employees: Type.Optional(Type.Array(Official, { description: 'the list of employees a decision assigned' })),
  atasNama: Type.Optional(Official),
  documentId: Type.Optional(Type.String()),
  nomor: Type.Optional(Type.String()),
});

export const CaseStatus = Type.Union([
  Type.Literal('awaiting-decision'), Type.Literal('issuing'), Type.Literal('awaiting-acknowledgement'),
  Type.Literal('awaiting-submission'), Type.Literal('in-force'), Type.Literal('issued'), Type.Literal('refused'), Type.Literal('withdrawn'), Type.Literal('expired'),
  Type.Literal('in-progress'), Type.Literal('completed'),
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
  regions: Type.Optional(Type.Array(Type.String(), { description: 'every region the case involves (the requesting one first), where it spans two; a key of any of them reads it' })),
  judul: Type.String({ description: 'one line naming the case' }),
  status: CaseStatus,
  pemohon: Official,
  // The response is serialised by the first member that matches: the most specific first, or a P3
  // subject (a P2 subject and its agencies) would be written as P2's and lose instansiPemohon/instansiTujuan.
  subject: Type.Union(
    Object.values(PROCEDURES).map((p) => p.subject).sort((a, b) => (b.required?.length ?? 0) - (a.required?.length ?? 0)),
    { description: 'what the procedure is about; its shape follows `procedure`' },
  ),
  assignedEmployee: Type.Optional(Candidate),
  assignedEmployees: Type.Optional(Type.Array(Candidate, { description: 'the list of employees assigned, where a decision answered with one' })),
  tasks: Type.Array(Task),
  timeline: Type.Array(TimelineEntry),
  documents: Type.Array(Type.Object({
    id: Type.String(), kind: Type.String(), title: Type.String(), nomor: Type.String(), issuedAt: IsoDateTime,
    issuedOutside: Type.Optional(Type.Object({ pemerintah: Type.String(), tanggal: Type.String() }, {
      description: 'issued and numbered by an agency not on this service, which reported its nomor and tanggal: no PDF here',
    })),
  })),
  outcome: Type.Optional(Type.Object({ status: Type.String(), at: IsoDateTime, reasons: Type.Optional(Type.String()), citation: Type.String() })),
  siklusKinerja: Type.Optional(Type.String({ description: 'the work cycle (P7) the issued assignment continued into: its case id' })),
  siklusKinerjaPegawai: Type.Optional(Type.Array(Type.Object({ nip: Type.String(), caseId: Type.String() }), { description: 'an assignment of employees lent by another agency (P3): the work cycle of each' })),
  startedAt: IsoDateTime,
  version: Type.Integer(),
}, { $id: 'Case', title: 'Case' });

export const Decision = Type.Object({
  decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')], { description: 'on a rekomendasi task: recommend or not' }),
  reasons: Type.Optional(Text({ description: 'required when refusing, unless a standard reason (alasan) is given' })),
  alasan: Type.Optional(Line({ minLength: 1, maxLength: LIMITS.code, description: "a refusal's standard reason where the region words them (bengkalis: kualifikasi-tidak-sesuai, tim-penuh)" })),
  notes: Type.Optional(Text()),
  employeeNip: Type.Optional(Nip),
  employeeNips: Type.Optional(List(Nip, { minItems: 1, description: 'approving an answer with the list of employees assigned (penunjukan lintas instansi): their NIPs' })),
  employees: Type.Optional(List(Type.Object({
    nip: Nip, nama: Line(), jabatan: Line(), golongan: literals(GOLONGAN), unit: Line({ description: 'the unit they work in, as their agency names it' }),
  }, { additionalProperties: false }), {
    description: 'the same answer by an agency not on this service (no master data here): each employee assigned with their identity',
  })),
}, { additionalProperties: false, examples: [{ decision: 'approve', notes: 'kompetensi sesuai' }, { decision: 'refuse', reasons: 'pegawai sedang menangani proyek prioritas' }] });

export const Completion = Type.Object({
  isi: Type.Optional(Text({ description: 'what was done or is delivered; required where the task says so (a laporan hasil)' })),
  nomor: Type.Optional(Line({ maxLength: LIMITS.name, description: 'reporting a document issued outside this service (penunjukan lintas instansi): its number' })),
  tanggal: Type.Optional(Line({ maxLength: 10, description: 'and its date, yyyy-mm-dd' })),
}, { additionalProperties: false, examples: [{ isi: 'Surat permohonan yang telah disetujui disampaikan kepada PPK, tembusan PUO' }] });

export const ActorBody = Type.Object({ reasons: Type.Optional(Text()) }, { additionalProperties: false });

/** A procedure's own action (e.g. siklus-kinerja: minta-laporan, umpan-balik, kendala, dialog-kinerja, revisi-rencana, checklist). */
export const ActionBody = Type.Object({
  taskId: Type.Optional(Id({ description: 'the task it concerns (the report feedback is on)' })),
  isi: Type.Optional(Text()),
  alternatif: Type.Optional(List(Text({ maxLength: 1000 }), { maxItems: 20, description: 'alternative recommendations (a kendala)' })),
  kepada: Type.Optional(Type.String({ pattern: '^\\d{18}$', maxLength: 18, description: 'NIP of whom it is addressed to, where the rules allow a choice (kendala: the PUO it goes to; minta-laporan: the ketua or the member of the team asked, default the ketua or the employee)' })),
}, { additionalProperties: false, examples: [{ taskId: 'laporan-1', isi: 'Lanjutkan; lengkapi data triwulan' }] });

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
  overdue: Type.Boolean({ description: 'past its due time (it expires then; reminders were sent)' }),
  remindersSent: Type.Integer(),
  case: Type.Object({ judul: Type.String(), status: CaseStatus, pemohon: Official, startedAt: IsoDateTime }, { description: 'a short summary; GET /cases/{caseId} has the whole case' }),
});

export const Inbox = Type.Object({
  nip: Type.String(),
  counts: Type.Object({
    open: Type.Integer({ description: 'open tasks matching the filters' }),
    overdue: Type.Integer(),
    byProcedure: Type.Record(Type.String(), Type.Integer()),
  }),
  tasks: Type.Array(InboxItem),
  nextAfter: Type.Optional(Type.String({ description: 'pass as ?after= for the next page' })),
});

/** The answer to a start whose workflow exists but that no worker has set up yet (202). */
export const CaseStarting = Type.Object({
  caseId: Type.String(),
  status: Type.Literal('starting', { description: 'the case exists; its view follows once a worker has taken it' }),
  message: Type.String(),
}, { title: 'CaseStarting' });
