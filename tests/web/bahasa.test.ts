// What the pages show beside a field is in Bahasa Indonesia: a schema's messages the API says in Bahasa
// itself when the app asks (ajv-i18n, tests/api/bahasa.test.ts); the service's own words of a rule's
// refusal are given their Bahasa here (web/bahasa.ts) — every literal field message in the source has one.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../web/api';
import { pesanIsian } from '../../web/bahasa';

const ROOT = join(__dirname, '..', '..');
const sources = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
});

describe('a rule\'s field message in Bahasa Indonesia', () => {
  it('the words of a rule, and those that name what the case holds', () => {
    expect(pesanIsian('required when refusing')).toBe('wajib diisi bila menolak');
    expect(pesanIsian('unknown NIP')).toBe('NIP tidak dikenal');
    expect(pesanIsian('one of 197001011995031001, 198002142005012203')).toBe('salah satu dari 197001011995031001, 198002142005012203');
    expect(pesanIsian('required when the predikat is not Baik')).toBe('wajib diisi bila predikat bukan Baik');
    expect(pesanIsian('between the request (2027-01-04) and today (2027-01-10)')).toBe('antara tanggal permohonan (2027-01-04) dan hari ini (2027-01-10)');
    expect(pesanIsian('Budi Santoso holds a structural position; only a JF or Pelaksana is assigned'))
      .toBe('Budi Santoso memegang jabatan struktural; hanya JF atau Pelaksana yang ditugaskan');
    expect(pesanIsian('contains the control character U+0007; only tab and line feed are accepted, in free text'))
      .toBe('memuat karakter kendali U+0007; hanya tab dan ganti baris yang diterima, dalam teks bebas');
    // An action's body (TypeBox's words).
    expect(pesanIsian('Expected string length greater or equal to 3')).toBe('tidak boleh lebih pendek dari 3 karakter');
    expect(pesanIsian('Expected required property')).toBe('wajib diisi');
  });

  it('a message already in Bahasa (the API\'s for a schema, a profile\'s own description) stays as it is', () => {
    expect(pesanIsian('tidak boleh lebih pendek dari 3 karakter')).toBe('tidak boleh lebih pendek dari 3 karakter');
  });

  it('every literal field message of the rules and the API has its Bahasa', () => {
    const literal = /field(?:\s*:\s*[^,{}]+)?,\s*message:\s*'([^']+)'|field\('[^']+',\s*'([^']+)'/g;
    const found = new Set<string>();
    for (const dir of ['domain', 'procedures', 'workflows', 'api'])
      for (const file of sources(join(ROOT, dir))) for (const m of readFileSync(file, 'utf8').matchAll(literal)) found.add(m[1] ?? m[2]);
    expect(found.size).toBeGreaterThan(40);
    expect([...found].filter((m) => pesanIsian(m) === m)).toEqual([]);
  });

  it('the pages read a refusal with its fields in Bahasa, the field names and articles unchanged', () => {
    const problem = problemOf({ error: { code: 'REASONS_REQUIRED', message: 'reasons are required to refuse', citation: 'banjar lampiran II.B.1.b.3', fields: [{ field: 'reasons', message: 'required when refusing', citation: 'banjar lampiran II.B.1.b.3' }] } });
    expect(problem.fields).toEqual([{ field: 'reasons', message: 'wajib diisi bila menolak', citation: 'banjar lampiran II.B.1.b.3' }]);
    expect(problem.citation).toBe('banjar lampiran II.B.1.b.3');
  });
});
