// The issued file (berkas) of a document: rendered once with the QR code and short URL of its public
// verification page, signed (PAdES), and stored with its SHA-256, so every later read serves the same
// bytes and the hash on the verification page is the hash of what was served.
import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { getIssuedFile, storeIssuedFile, type IssuedFile } from '../db/documents';
import type { DocumentData } from '../domain/dokumen';
import { renderPdf } from './pdf';
import type { Config } from '../config';
import { loadPenandatangan, tandaTangani, type Penandatangan } from './tandaTangan';

export interface Penerbitan {
  penandatangan: Penandatangan;
  /** PUBLIC_BASE_URL: where the public reaches this service's /v/{kode} pages. */
  baseUrl: string;
}

/** The signing certificate and public base URL of the configuration; undefined when SIGNING_P12 is not set. */
export function loadPenerbitan(c: Pick<Config, 'SIGNING_P12' | 'SIGNING_P12_PASSWORD' | 'PUBLIC_BASE_URL'>): Penerbitan | undefined {
  return c.SIGNING_P12 ? { penandatangan: loadPenandatangan(c.SIGNING_P12, c.SIGNING_P12_PASSWORD), baseUrl: c.PUBLIC_BASE_URL } : undefined;
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford's base 32: no i, l, o, u to misread
/**
 * 12 characters of 5 random bits each (60 bits): short enough to type from paper, too many to guess
 * (each byte's low 5 bits, and 256 is a multiple of 32, so every character is equally likely).
 */
export const newKode = () => [...randomBytes(12)].map((b) => ALPHABET[b & 31]).join('');

export const verificationUrl = (baseUrl: string, kode: string) => `${baseUrl.replace(/\/+$/, '')}/v/${kode}`;

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The document's file: the one fixed before, or fixed now. */
export async function issuedFile(pool: Pool, p: Penerbitan, doc: DocumentData): Promise<IssuedFile> {
  return (await getIssuedFile(pool, doc.id)) ?? fixIssuedFile(pool, p, doc);
}

/**
 * Renders, signs and stores the document's file, for a document that has none yet (just numbered, or
 * found without one): a file fixed meanwhile (a concurrent first read, a retried activity) is kept instead.
 */
export async function fixIssuedFile(pool: Pool, p: Penerbitan, doc: DocumentData): Promise<IssuedFile> {
  const kode = newKode();
  const pdf = await tandaTangani(await renderPdf(doc, { verifikasi: { url: verificationUrl(p.baseUrl, kode) } }), p.penandatangan, {
    reason: `${doc.title} Nomor ${doc.nomor}`,
    location: doc.tempat,
  });
  return storeIssuedFile(pool, { documentId: doc.id, kode, pdf, sha256: sha256(pdf) });
}
