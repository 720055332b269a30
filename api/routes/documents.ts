import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { getDocument } from '../../db/documents';
import { listRegister, registerGaps, type RegisterEntry, type RegisterFilter, type RegisterGap } from '../../db/register';
import { issuedFile, verificationUrl } from '../../documents/berkas';
import { ApiError } from '../errors';
import { getCase } from '../../db/cases';
import { decodeCursor, encodeCursor } from '../cursor';
import { authorize, caseFacts, viewerOf } from '../authorize';
import { Cursor, errors, Id, IsoDateTime, Region } from '../schemas/common';

const RegisterRow = Type.Object({
  id: Type.String(),
  nomor: Type.String(),
  issuedAt: IsoDateTime,
  kind: Type.String({ examples: ['surat-tugas'] }),
  title: Type.String(),
  region: Type.String(),
  unit: Type.String({ description: 'kode of the issuing unit' }),
  year: Type.Integer(),
  seq: Type.Integer({ description: 'the number in its sequence (region, unit, year, kind)' }),
  caseId: Type.String(),
  penandatangan: Type.Object({ nama: Type.Optional(Type.String()), nip: Type.Optional(Type.String()), jabatan: Type.String() }),
  sha256: Type.String({ description: 'SHA-256 of the issued (signed) PDF as served' }),
  verificationUrl: Type.String({ description: 'the public page printed on the PDF as a QR code' }),
});
const Gap = Type.Object({ region: Type.String(), unit: Type.String(), year: Type.Integer(), kind: Type.String(), seq: Type.Integer() });
const Register = Type.Object({
  documents: Type.Array(RegisterRow),
  gaps: Type.Array(Gap, { description: 'numbers a sequence skipped (over the whole filter): empty unless a row was removed or renumbered outside the service' }),
  nextAfter: Type.Optional(Type.String()),
});

/** The register's rows with their files' hashes; a document issued before files were kept gets its file fixed now. */
async function withFiles(app: FastifyInstance, entries: RegisterEntry[]) {
  const { pool, penerbitan } = app.deps;
  const rows = [];
  for (const e of entries) {
    const file = e.sha256 ? { sha256: e.sha256, kode: e.kode! } : await issuedFile(pool, penerbitan, (await getDocument(pool, e.id))!);
    const { kode: _kode, ...entry } = e;
    rows.push({ ...entry, sha256: file.sha256, verificationUrl: verificationUrl(penerbitan.baseUrl, file.kode) });
  }
  return rows;
}

const CSV_COLUMNS = ['nomor', 'tanggal', 'jenis', 'judul', 'wilayah', 'unit', 'tahun', 'urut', 'penandatangan', 'nip_penandatangan', 'jabatan_penandatangan', 'perkara', 'sha256', 'verifikasi', 'keterangan'];
/** Every field quoted; a leading = + - @ would be a formula to a spreadsheet, so it is prefixed with '. */
const csvField = (v: string | number | undefined) => `"${String(v ?? '').replace(/^[=+\-@]/, "'$&").replace(/"/g, '""')}"`;
const csvLine = (fields: (string | number | undefined)[]) => `${fields.map(csvField).join(',')}\r\n`;
const PAGE = 200;

/** The whole register of the filter as CSV, page by page, its gaps as rows of their own at the end. */
async function* registerCsv(app: FastifyInstance, filter: RegisterFilter, gaps: RegisterGap[]) {
  yield csvLine(CSV_COLUMNS);
  for (let after: { issuedAt: string; id: string } | undefined; ;) {
    const page = await listRegister(app.deps.pool, filter, { after, limit: PAGE });
    for (const d of await withFiles(app, page))
      yield csvLine([d.nomor, d.issuedAt, d.kind, d.title, d.region, d.unit, d.year, d.seq, d.penandatangan.nama, d.penandatangan.nip, d.penandatangan.jabatan, d.caseId, d.sha256, d.verificationUrl, '']);
    if (page.length < PAGE) break;
    after = { issuedAt: page.at(-1)!.issuedAt, id: page.at(-1)!.id };
  }
  for (const g of gaps) yield csvLine(['', '', g.kind, '', g.region, g.unit, g.year, g.seq, '', '', '', '', '', '', 'CELAH: nomor urut ini tidak tercatat pada dokumen mana pun']);
}

export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/documents', {
    schema: {
      operationId: 'listDocuments',
      tags: ['documents'],
      summary: 'The register of letters (buku agenda surat keluar): issued documents in the order of issue',
      description: 'Number, date, kind, signer, case and the SHA-256 of each issued file, with the numbers any sequence skipped (`gaps`). '
        + 'Filter by region, unit (kode), year and kind; page with ?after=<nextAfter>. `Accept: text/csv` or `format=csv`: the whole register of the filter as CSV, gaps as rows marked CELAH.',
      querystring: Type.Object({
        region: Type.Optional(Region),
        unit: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        year: Type.Optional(Type.String({ pattern: '^\\d{4}$', maxLength: 4 })),
        kind: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
        limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9]\\d|1\\d\\d|200)$', maxLength: 3, description: '1-200, default 50' })),
        after: Type.Optional(Cursor),
      }),
      response: {
        200: {
          description: 'A page of the register (JSON), or the whole register of the filter (CSV)',
          content: {
            'application/json': { schema: Register },
            'text/csv': { schema: Type.String({ description: 'a header row, then one row per document and per gap (marked CELAH)' }) },
          },
        },
        ...errors('listDocuments'),
      },
    },
  }, async (req, reply) => {
    const { region, unit, year, kind, format, limit, after } = req.query;
    await authorize(app, req, { op: 'register.read', region });
    // An official reads the register of the regions they audit; a key, of its regions.
    const { official } = await viewerOf(app, req);
    const filter: RegisterFilter = { regions: region ? [region] : official ? official.roles.auditor : req.regions, unit, kind, ...(year ? { year: Number(year) } : {}) };
    const gaps = await registerGaps(app.deps.pool, filter);
    if (gaps.length) req.log.warn({ gaps: gaps.length, filter }, 'register has gaps');
    if (format === 'csv' || (!format && /\btext\/csv\b/.test(req.headers.accept ?? ''))) {
      const name = ['buku-agenda', region, unit, year, kind].filter(Boolean).join('-').replace(/[^A-Za-z0-9.-]+/g, '_');
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(Readable.from(registerCsv(app, filter, gaps)) as never); // a stream goes out as it is, not through the JSON schema
    }
    const cursor = after ? decodeCursor(after, ['issuedAt', 'id'] as const, 'issuedAt') : undefined;
    const n = Number(limit ?? 50);
    const page = await listRegister(app.deps.pool, filter, { after: cursor, limit: n });
    const last = page.at(-1);
    return { documents: await withFiles(app, page), gaps, nextAfter: page.length === n && last ? encodeCursor({ issuedAt: last.issuedAt, id: last.id }) : undefined };
  });

  app.get('/documents/:documentId', {
    schema: {
      operationId: 'getDocument',
      tags: ['documents'],
      summary: 'An issued document: the signed PDF, or its data with ?format=json',
      description: 'Document ids are <caseId>.<kind>, e.g. banjar-p2-….surat-tugas; the case lists them. The PDF is the file fixed when it was issued (the same bytes on every read; its SHA-256 is in the register and on its verification page).',
      params: Type.Object({ documentId: Id({ maxLength: 250 }) }),
      querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('pdf'), Type.Literal('json')])) }),
      response: {
        200: {
          description: 'The signed PDF as issued (X-Sha256: its SHA-256), or with ?format=json the document\'s data',
          content: {
            'application/pdf': { schema: Type.String({ contentMediaType: 'application/pdf', description: 'the signed PDF' }) },
            'application/json': { schema: Type.Object({}, { additionalProperties: true, description: 'the document\'s data: nomor, tanggal, kind, text, signer, recipients' }) },
          },
        },
        ...errors('getDocument'),
      },
    },
  }, async (req, reply) => {
    const id = req.params.documentId;
    const notFound = () => new ApiError(404, { code: 'DOCUMENT_NOT_FOUND', message: `no document ${id}` });
    const doc = await getDocument(app.deps.pool, id);
    const of = doc && (await getCase(app.deps.pool, doc.caseId));
    if (!doc || !of) throw notFound();
    // Whoever may see its case, in its issuing region or any region the case involves (the other agency is copied).
    await authorize(app, req, { op: 'case.read', case: caseFacts(of, doc.region) }, notFound);
    if (req.query.format === 'json') return doc;
    const file = await issuedFile(app.deps.pool, app.deps.penerbitan, doc);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${doc.nomor.replace(/[^A-Za-z0-9.-]+/g, '_')}.pdf"`)
      .header('x-sha256', file.sha256)
      .send(file.pdf);
  });
};
