// The electronic signature (tanda tangan elektronik, TTE) on every issued PDF: PAdES (CMS detached,
// SubFilter ETSI.CAdES.detached) with the certificate of a PKCS#12 file. In production that file is the
// one the regency's electronic-signature provider (BSrE) issues; `npm start` and the tests make a
// self-signed one whose name says it is a demo.
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import signpdf from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { constants, createPrivateKey, privateEncrypt, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * ASCII only: node-forge decodes a UTF-8 name when it reads a certificate and does not encode it back
 * when it writes the signer's issuer into the CMS, so a non-ASCII name makes a signature no tool matches.
 */
export const DEMO_SIGNER = 'DEMO - bukan sertifikat elektronik BSrE';

export interface Penandatangan {
  signer: Signer;
  /** The certificate's common name, written as the signature's /Name. */
  nama: string;
}

/** DER of the DigestInfo of a SHA-256 digest, up to the digest itself (RFC 8017 section 9.2, note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/**
 * The CMS SignedData (detached, SHA-256, signed attributes in the order EU validators expect) as
 * @signpdf's P12Signer builds it with node-forge, but with the key and certificates read once, at
 * start, and the RSA operation done by Node's crypto: P12Signer decrypts the PKCS#12 file and signs in
 * JavaScript on every document, some 100–300 ms of the worker's CPU each.
 */
class CertificateSigner extends Signer {
  constructor(private readonly key: KeyObject, private readonly certificate: forge.pki.Certificate, private readonly chain: forge.pki.Certificate[]) {
    super();
  }

  async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    for (const c of this.chain) p7.addCertificate(c);
    // forge asks the key to sign the digest of the signed attributes: PKCS#1 v1.5 over its DigestInfo.
    const key = {
      sign: (md: forge.md.MessageDigest) =>
        privateEncrypt({ key: this.key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')])).toString('binary'),
    };
    p7.addSigner({
      key: key as unknown as forge.pki.rsa.PrivateKey,
      certificate: this.certificate,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

/** Reads the PKCS#12 file (SIGNING_P12, SIGNING_P12_PASSWORD); a wrong password or file stops the process here. */
export function loadPenandatangan(p12Path: string, password: string): Penandatangan {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(readFileSync(p12Path).toString('binary')), password);
  const chain = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).flatMap((b) => (b.cert ? [b.cert] : []));
  const key = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error(`${p12Path} holds no RSA private key`);
  // The signer's certificate is the one whose public key is the private key's.
  const certificate = chain.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!certificate) throw new Error(`${p12Path} holds no certificate for its private key`);
  const cn = certificate.subject.getField('CN')?.value as string | undefined;
  return { signer: new CertificateSigner(createPrivateKey(forge.pki.privateKeyToPem(key)), certificate, chain), nama: cn ?? 'tanpa nama' };
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
  return signpdf.sign(withPlaceholder, p.signer);
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
