// The electronic signature (tanda tangan elektronik, TTE) on every issued PDF: PAdES (CMS detached,
// SubFilter ETSI.CAdES.detached) with the certificate of a PKCS#12 file. In production that file is the
// one the regency's electronic-signature provider (BSrE) issues; `npm start` and the tests make a
// self-signed one whose name says it is a demo.
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import signpdf from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * ASCII only: node-forge decodes a UTF-8 name when it reads a certificate and does not encode it back
 * when it writes the signer's issuer into the CMS, so a non-ASCII name makes a signature no tool matches.
 */
export const DEMO_SIGNER = 'DEMO - bukan sertifikat elektronik BSrE';

export interface Penandatangan {
  p12: Buffer;
  password: string;
  /** The certificate's common name, written as the signature's /Name. */
  nama: string;
}

/** Reads the PKCS#12 file (SIGNING_P12, SIGNING_P12_PASSWORD); a wrong password or file stops the process here. */
export function loadPenandatangan(p12Path: string, password: string): Penandatangan {
  const der = readFileSync(p12Path);
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der.toString('binary')), password);
  const bags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const cert = bags[0]?.cert;
  if (!cert) throw new Error(`${p12Path} holds no certificate`);
  const cn = cert.subject.getField('CN')?.value as string | undefined;
  return { p12: der, password, nama: cn ?? 'tanpa nama' };
}

/** Signs a finished PDF (pdfkit's, PDF 1.3 without object streams) by an incremental update. */
export async function tandaTangani(pdf: Buffer, p: Penandatangan, what: { reason: string; location: string }): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: what.reason,
    location: what.location,
    contactInfo: '',
    // The placeholder writes its strings byte for byte: the dictionary's /Name is kept to ASCII (the
    // certificate itself carries the full name).
    name: p.nama.replace(/[^\x20-\x7e]/g, '?'),
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Sistem-Kerja', // a PDF name object: no spaces
  });
  // A P12Signer reads its key from a buffer it consumes: one signer per signature.
  return signpdf.sign(withPlaceholder, new P12Signer(p.p12, { passphrase: p.password }));
}

/**
 * A self-signed certificate and key as a PKCS#12 file, its common name marking it as a demo (or
 * `nama`). Kept if the file exists, so documents signed before a restart stay signed by the same key.
 */
export function ensureDemoCertificate(p12Path: string, password: string, nama = DEMO_SIGNER): void {
  if (existsSync(p12Path)) return;
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = new Date(Date.now() - 86400e3);
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 86400e3);
  const name = [{ name: 'commonName', value: nama }, { name: 'organizationName', value: 'Sistem Kerja (demo)' }, { name: 'countryName', value: 'ID' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: '3des' });
  mkdirSync(dirname(p12Path), { recursive: true });
  writeFileSync(p12Path, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), { mode: 0o600 });
}
