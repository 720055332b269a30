// The public verification page of an issued document (/v/{kode}, printed on the PDF with its QR code):
// no key. It shows what the register holds of the document — number, date, kind, signer, issuing unit,
// status, the SHA-256 of the issued file — and tells whether an uploaded PDF is byte for byte that file.
// Server-rendered HTML in Bahasa Indonesia, no script, nothing from elsewhere; JSON for a machine that
// asks with Accept: application/json.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findByKode, type VerifiableDocument } from '../../db/documents';
import { sha256 } from '../../documents/berkas';
import { tanggal } from '../../domain/dokumen';
import { ApiError } from '../errors';
import { errors } from '../schemas/common';

/** The largest upload compared: an issued letter with its lampiran is well under 1 MB. */
export const MAX_UPLOAD = 10 * 1024 * 1024;
const KODE = /^[0-9a-z]{12}$/;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Status = 'berlaku' | 'diganti';

function ringkasan(v: VerifiableDocument) {
  const d = v.data;
  const status: Status = v.replacedBy ? 'diganti' : 'berlaku';
  return {
    nomor: d.nomor,
    tanggal: tanggal(d.issuedAt, d.zonaWaktu),
    issuedAt: d.issuedAt,
    jenis: d.title,
    kind: d.kind,
    penandatangan: { ...(d.penandatangan.nama ? { nama: d.penandatangan.nama } : {}), jabatan: d.penandatangan.jabatan },
    unitPenerbit: d.instansi ?? d.pemerintah,
    pemerintah: d.pemerintah,
    status,
    ...(v.replacedBy ? { digantiDengan: { nomor: v.replacedBy.nomor, jenis: v.replacedBy.title, tanggal: tanggal(v.replacedBy.issuedAt, d.zonaWaktu) } } : {}),
    sha256: v.sha256,
  };
}
type Ringkasan = ReturnType<typeof ringkasan>;
interface Hasil {
  asli: boolean;
  sha256Unggahan: string;
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.4rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{font-weight:600}dd{margin:0}
code{word-break:break-all}.status{padding:.6rem .8rem;border-radius:.3rem;font-weight:600}
.berlaku,.asli{background:#e3f4e6;color:#0b5a1c}.diganti{background:#fff4d6;color:#6b4a00}.tidak-asli,.galat{background:#fde4e4;color:#8a1010}
form{margin-top:1.5rem;padding:1rem;border:1px solid #bbb;border-radius:.3rem}button{margin-top:.6rem;padding:.4rem 1rem;font-size:1rem}`;

function page(judul: string, isi: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(judul)}</title><style>${STYLE}</style></head>
<body><main>${isi}</main></body></html>`;
}

const STATUS_TEXT: Record<Status, (r: Ringkasan) => string> = {
  berlaku: () => 'Berlaku',
  diganti: (r) => `Telah diubah dan diganti dengan ${r.digantiDengan!.jenis} Nomor ${r.digantiDengan!.nomor} tanggal ${r.digantiDengan!.tanggal}`,
};

function halaman(kode: string, r: Ringkasan, hasil?: Hasil | { galat: string }): string {
  const field = (label: string, value: string) => `<dt>${esc(label)}</dt><dd>${value}</dd>`;
  const hasilHtml = !hasil ? ''
    : 'galat' in hasil ? `<p class="status galat" role="alert">${esc(hasil.galat)}</p>`
    : hasil.asli
      ? `<p class="status asli" role="status">ASLI: berkas yang diunggah sama persis (byte demi byte) dengan dokumen yang diterbitkan.</p>`
      : `<p class="status tidak-asli" role="status">TIDAK SAMA: berkas yang diunggah bukan dokumen yang diterbitkan (SHA-256 berkas: <code>${esc(hasil.sha256Unggahan)}</code>).</p>`;
  return page(`Verifikasi ${r.jenis} Nomor ${r.nomor}`, `
<h1>Verifikasi dokumen</h1>
<p>Dokumen berikut diterbitkan melalui Sistem Kerja ${esc(r.pemerintah)}.</p>
<p class="status ${r.status}" role="status">Status: ${esc(STATUS_TEXT[r.status](r))}</p>
<dl>
${field('Jenis', esc(r.jenis))}
${field('Nomor', esc(r.nomor))}
${field('Tanggal', esc(r.tanggal))}
${field('Penandatangan', esc([r.penandatangan.nama, r.penandatangan.jabatan].filter(Boolean).join(', ')))}
${field('Unit penerbit', esc(r.unitPenerbit))}
${field('SHA-256 berkas', `<code>${esc(r.sha256)}</code>`)}
</dl>
${hasilHtml}
<form method="post" action="/v/${esc(kode)}" enctype="multipart/form-data">
<label for="berkas">Periksa berkas PDF yang Anda terima (paling besar ${MAX_UPLOAD / 1024 / 1024} MB):</label><br>
<input id="berkas" name="berkas" type="file" accept="application/pdf,.pdf" required>
<br><button type="submit">Periksa keaslian</button>
</form>`);
}

const wantsJson = (req: FastifyRequest) => /application\/json/.test(req.headers.accept ?? '') && !/text\/html/.test(req.headers.accept ?? '');

function sendHtml(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    // Nothing on the page comes from elsewhere or runs: no script at all, styles inline, the form posts here.
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
    .header('x-content-type-options', 'nosniff')
    .send(html);
}

/** The uploaded PDF's SHA-256, or what went wrong with the upload (413 over the limit, 400 none). */
async function uploaded(req: FastifyRequest): Promise<{ sha256: string } | { status: number; galat: string }> {
  try {
    const part = await req.file();
    const bytes = part && (await part.toBuffer());
    if (!bytes?.length) return { status: 400, galat: 'Pilih berkas PDF yang akan diperiksa.' };
    return { sha256: sha256(bytes) };
  } catch (e) {
    const status = (e as { statusCode?: number }).statusCode;
    if (status === 413) return { status, galat: `Berkas lebih besar dari ${MAX_UPLOAD / 1024 / 1024} MB: bukan dokumen yang diterbitkan.` };
    if (status && status < 500) return { status: 400, galat: 'Kirim berkas PDF melalui formulir di halaman ini.' };
    throw e;
  }
}

/** A verification answer: the page for a person, its data for a program (Accept: application/json). */
const VERIFIED = (description: string) => ({
  description,
  content: {
    'text/html': { schema: Type.String({ description: 'the page, in Indonesian' }) },
    'application/json': { schema: Type.Object({}, { additionalProperties: true, description: 'nomor, tanggal, kind, signer, SHA-256 of the issued file (and of the upload)' }) },
  },
});

export const verifikasiRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD, files: 1, fields: 0, parts: 1 } });
  const Params = Type.Object({ kode: Type.String({ maxLength: 64, description: 'the code printed on the document' }) });

  async function find(kode: string, req: FastifyRequest, reply: FastifyReply) {
    const found = KODE.test(kode) ? await findByKode(app.deps.pool, kode) : undefined;
    if (found) return ringkasan(found);
    if (wantsJson(req)) throw new ApiError(404, { code: 'DOCUMENT_NOT_FOUND', message: `no document with verification code ${kode}` });
    await sendHtml(reply, 404, page('Kode verifikasi tidak dikenal', `<h1>Kode verifikasi tidak dikenal</h1>
<p class="status galat" role="alert">Tidak ada dokumen dengan kode verifikasi ini. Periksa kembali alamat pada dokumen; dokumen tanpa kode yang dikenal tidak dapat dipastikan keasliannya.</p>`));
    return undefined;
  }

  app.get('/v/:kode', {
    schema: { operationId: 'getVerification', tags: ['verification'], summary: 'Public verification page of an issued document (no key): HTML, or JSON with Accept: application/json', params: Params, security: [], response: { 200: VERIFIED('The document\'s summary as issued'), ...errors('getVerification') } },
  }, async (req, reply) => {
    const r = await find(req.params.kode, req, reply);
    if (!r) return reply;
    return wantsJson(req) ? r : sendHtml(reply, 200, halaman(req.params.kode, r));
  });

  app.post('/v/:kode', {
    schema: {
      operationId: 'verifyFile',
      tags: ['verification'],
      summary: 'Upload a PDF (multipart field "berkas"): is it byte for byte the issued file?',
      params: Params,
      consumes: ['multipart/form-data'],
      security: [],
      response: { 200: VERIFIED('Whether the upload is byte for byte the issued file, with the document\'s summary'), ...errors('verifyFile') },
    },
  }, async (req, reply) => {
    const r = await find(req.params.kode, req, reply);
    if (!r) return reply;
    const u = await uploaded(req);
    if ('galat' in u) {
      if (wantsJson(req))
        throw u.status === 413
          ? new ApiError(413, { code: 'UPLOAD_TOO_LARGE', message: `the file is larger than ${MAX_UPLOAD} bytes` })
          : new ApiError(400, { code: 'UPLOAD_MISSING', message: 'send the PDF as the multipart field "berkas"' });
      return sendHtml(reply, u.status, halaman(req.params.kode, r, { galat: u.galat }));
    }
    const hasil: Hasil = { asli: u.sha256 === r.sha256, sha256Unggahan: u.sha256 };
    req.log.info({ kode: req.params.kode, asli: hasil.asli }, 'document verified against an upload');
    return wantsJson(req) ? { ...r, ...hasil } : sendHtml(reply, 200, halaman(req.params.kode, r, hasil));
  });
};
