// The verification by replay (services/verifikasi.ts) and the case export (services/ekspor.ts) as the contract shows them.
import { Type } from '@sinclair/typebox';
import { IsoDateTime } from './common';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const Run = Type.Object({
  runId: Type.String(),
  continuedFrom: Nullable(Type.String({ description: 'the run this one continued as new from' })),
  build: Nullable(Type.String({ description: 'the build the run started under (its memo)' })),
  history: Type.Object({ events: Type.Array(Type.Any()) }, { additionalProperties: true, description: 'as the Temporal CLI exports it' }),
});

export const Verification = Type.Object({
  caseId: Type.String(),
  source: Type.Union([Type.Literal('temporal'), Type.Literal('archive'), Type.Literal('export')], { description: 'whose history was replayed' }),
  runs: Type.Array(Type.Object({ runId: Type.String(), build: Nullable(Type.String()) })),
  deterministic: Type.Boolean({ description: 'the history replays against this build\'s workflow code' }),
  divergence: Type.Optional(Type.Object({
    runId: Type.String(),
    eventId: Type.Union([Type.Integer(), Type.Null()]),
    expected: Nullable(Type.String({ description: 'the event the history recorded there (the command that made it)' })),
    found: Nullable(Type.String({ description: 'what the code did instead, as the SDK names it' })),
    message: Type.String(),
  })),
  build: Type.Object({
    replayedWith: Type.String({ description: 'this build (BUILD_ID, or the commit)' }),
    ranWith: Nullable(Type.String({ description: 'the build the case started under (its memo); null: started before builds were recorded' })),
    same: Type.Boolean(),
  }),
  comparisons: Type.Array(Type.Object({
    against: Type.Union([Type.Literal('projection'), Type.Literal('archive'), Type.Literal('export')]),
    matches: Type.Boolean(),
    differences: Type.Array(Type.Object({ path: Type.String(), replayed: Type.Any(), stored: Type.Any() }), { description: 'field by field, the first 50' }),
  }), { description: 'the view the replay projects against each stored one' }),
  findings: Type.Array(Type.Object({
    kind: Type.Union([Type.Literal('attribution'), Type.Literal('audit'), Type.Literal('document'), Type.Literal('chain')]),
    message: Type.String(),
  }), { description: 'a decision in the history by another official than its task\'s or its audit row\'s; a document row unlike the history or the archive; an audit row changed since archived' }),
  verified: Type.Boolean({ description: 'deterministic, every comparison matches, nothing found' }),
});

const Link = Type.Object({ seq: Type.Integer(), prevHash: Type.String(), hash: Type.String() });
const Anchor = Type.Object({ chain: Type.String(), seq: Type.Integer(), hash: Type.String(), at: IsoDateTime });

export const CaseExportSchema = Type.Object({
  format: Type.Literal('sistem-kerja/ekspor-kasus@1'),
  caseId: Type.String(),
  exportedAt: IsoDateTime,
  source: Type.Union([Type.Literal('temporal'), Type.Literal('archive')]),
  exportedBy: Type.String({ description: 'the build that made the export' }),
  runs: Type.Array(Run, { description: 'every run of the case, first to last' }),
  // Every field the workflow projected (the Case schema answers fewer): the view is compared field by field.
  view: Type.Object({ caseId: Type.String() }, { additionalProperties: true, description: 'the case as projected (the Case of getCase, with every field the workflow wrote)' }),
  documents: Type.Array(Type.Object({
    id: Type.String(), kind: Type.String(), unit: Type.String(), year: Type.Integer(), seq: Type.Integer(), nomor: Type.String(), issuedAt: IsoDateTime,
    data: Type.Object({}, { additionalProperties: true, description: 'the document\'s content as numbered' }),
    file: Type.Union([Type.Object({ kode: Type.String(), sha256: Type.String(), pdf: Type.String({ contentEncoding: 'base64', description: 'the issued, signed PDF' }) }), Type.Null()]),
  })),
  audit: Type.Object({
    rows: Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'the case\'s rows, each as GET /audit answers it' }),
    proofs: Type.Array(Type.Object({
      chain: Type.String(),
      links: Type.Array(Link, { description: 'every row of the chain from the case\'s first on, as its link (other cases\' rows: hashes only)' }),
      anchor: Type.Union([Anchor, Type.Null()], { description: 'the latest anchor Temporal recorded, where the links end; null: the case\'s last row is not anchored yet (see note)' }),
      note: Type.Optional(Type.String()),
    })),
  }),
});
