// The signing certificate as the configuration gives it: a PKCS#12 file and its password.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { loadPenerbitan, newKode, verificationUrl } from '../../documents/berkas';
import { DEMO_SIGNER, ensureDemoCertificate, loadPenandatangan } from '../../documents/tandaTangan';

describe('signing certificate', () => {
  const p12 = join(mkdtempSync(join(tmpdir(), 'tte-')), 'demo.p12');

  it('the demo certificate is made once, named as a demo, and kept across restarts', () => {
    ensureDemoCertificate(p12, 'rahasia');
    const first = readFileSync(p12);
    ensureDemoCertificate(p12, 'rahasia');
    expect(Buffer.compare(readFileSync(p12), first)).toBe(0);
    expect(loadPenandatangan(p12, 'rahasia').nama).toBe(DEMO_SIGNER);
  });

  it('a wrong password stops the process at start, not at the first document', () => {
    expect(() => loadPenandatangan(p12, 'salah')).toThrow(/password/i);
    expect(() => loadPenerbitan(loadConfig({ SIGNING_P12: p12, SIGNING_P12_PASSWORD: 'salah' }))).toThrow(/password/i);
  });

  it('reads SIGNING_P12 and PUBLIC_BASE_URL from the configuration', () => {
    expect(loadPenerbitan(loadConfig({}))).toBeUndefined();
    const p = loadPenerbitan(loadConfig({ SIGNING_P12: p12, SIGNING_P12_PASSWORD: 'rahasia', PUBLIC_BASE_URL: 'https://sistemkerja.banjarkab.go.id/' }))!;
    expect(p.penandatangan.nama).toBe(DEMO_SIGNER);
    expect(verificationUrl(p.baseUrl, 'abc')).toBe('https://sistemkerja.banjarkab.go.id/v/abc');
    expect(loadConfig({}).PUBLIC_BASE_URL).toBe('http://127.0.0.1:3000');
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'sistemkerja.banjarkab.go.id' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('verification codes are 12 characters of Crockford base 32, all different', () => {
    const codes = Array.from({ length: 1000 }, newKode);
    for (const c of codes) expect(c).toMatch(/^[0-9abcdefghjkmnpqrstvwxyz]{12}$/);
    expect(new Set(codes).size).toBe(1000);
  });
});
