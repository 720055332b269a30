import { Type } from '@sinclair/typebox';
import { PROCEDURES } from '../../procedures';
import { PengaturanSiklus } from '../../procedures/siklusKinerja/request';
import { GOLONGAN } from '../../domain/kepegawaian';
import { Id, LIMITS, Line, List, literals, Text } from '../../procedures/schemas';
import { CaseStatus, caseViewOf, DelegasiTugas, OfficialRef } from '../../domain/kasusSchema';
import { IsoDateTime, Nip, Region } from './common';

export { CaseStatus };

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


export const CaseList = Type.Object({
  cases: Type.Array(Type.Object({
    caseId: Type.String(), region: Type.String(), procedure: Type.String(), status: CaseStatus, requesterNip: Type.String(),
    startedAt: IsoDateTime, updatedAt: IsoDateTime,
    openTasks: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), assignee: OfficialRef })),
  })),
  nextAfter: Type.Optional(Type.String({ description: 'pass as ?after= for the next page' })),
});

/**
 * The case as the API shows it: the domain's one shape (domain/kasusSchema.ts), with the subject of
 * each procedure, less `sisi` (which region's key each official of another agency acts through: the
 * API's own routing, not part of the case a reader sees). A field the domain adds appears here too.
 */
export const CaseView = Type.Omit(caseViewOf(
  // The response is serialised by the first member that matches: the most specific first, or a P3
  // subject (a P2 subject and its agencies) would be written as P2's and lose instansiPemohon/instansiTujuan.
  Type.Union(
    Object.values(PROCEDURES).map((p) => p.subject).sort((a, b) => (b.required?.length ?? 0) - (a.required?.length ?? 0)),
    { description: 'what the procedure is about; its shape follows `procedure`' },
  ),
), ['sisi'], { $id: 'Case', title: 'Case' });

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
  case: Type.Object({ judul: Type.String(), status: CaseStatus, pemohon: OfficialRef, startedAt: IsoDateTime }, { description: 'a short summary; GET /cases/{caseId} has the whole case' }),
  delegasi: Type.Optional(DelegasiTugas),
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
