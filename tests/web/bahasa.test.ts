// What the pages show beside a field is in Bahasa Indonesia: a schema's messages the API says in Bahasa
// itself when the app asks (ajv-i18n, tests/api/bahasa.test.ts); the service's own words of a rule's
// refusal are given their Bahasa here (web/bahasa.ts) — every literal field message in the source has one.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../web/api';
import { pesanIsian, pesanPokok } from '../../web/bahasa';

const ROOT = join(__dirname, '..', '..');
const sources = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
});

describe('a rule\'s field message in Bahasa Indonesia', () => {
  it('the words of a rule, and those that name what the case holds', () => {
    expect(pesanIsian('required when refusing')).toBe('wajib diisi bila menolak');
    expect(pesanIsian('unknown NIP')).toBe('NIP tidak dikenal');
    // A message that is the name of an object's own property is a message, not a lookup of the table's prototype.
    expect(pesanIsian('constructor')).toBe('constructor');
    expect(pesanPokok('toString')).toBeUndefined();
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
    expect(problem.message).toBe('alasan wajib diisi untuk menolak');
  });
});

/**
 * A refusal's lead messages as written in the source: each `message:` of a refusal (not a field's), a
 * template's `${…}` (what the case holds) read as a sample word. Returns [file, message] pairs.
 */
function leadMessages(): [string, string][] {
  const found: [string, string][] = [];
  for (const dir of ['api', 'domain', 'procedures', 'workflows'])
    for (const file of sources(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(field(?:\s*:\s*(?:`[^`]*`|[^,{}]+))?,\s*)?message:\s*(['`])/g)) {
        if (m[1]) continue;
        const at = m.index! + m[0].length;
        found.push([file.slice(ROOT.length + 1), m[2] === "'" ? quoted(text, at) : template(text, at)]);
      }
    }
  return found;
}
const quoted = (text: string, at: number) => {
  let out = '';
  for (let i = at; text[i] !== "'"; i++) out += text[i] === '\\' ? text[++i] : text[i];
  return out;
};
/** A template literal up to its closing backtick, each top-level `${…}` (nested templates and all) as "X", `+ '…'` continuations joined. */
function template(text: string, at: number): string {
  let out = '';
  let i = at;
  for (; text[i] !== '`'; i++) {
    if (text[i] === '\\') { out += text[++i]; continue; }
    if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      for (i++; ; i++) {
        if (text[i] === '`') i = skipTemplate(text, i + 1);
        else if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      out += 'X';
      continue;
    }
    out += text[i];
  }
  // A message continued with `+ (…)` or `+ '…'` (api/unanswered.ts): the rest read as a sample word.
  return /^`\s*\+/.test(text.slice(i, i + 20)) ? `${out}X` : out;
}
function skipTemplate(text: string, i: number): number {
  for (; text[i] !== '`'; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      for (i++; ; i++) {
        if (text[i] === '`') i = skipTemplate(text, i + 1);
        else if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
    }
  }
  return i;
}

/**
 * The sources whose refusals the pages do not give in Bahasa (yet): the page shows the code's heading in
 * Bahasa and the article, never the English. Each with why.
 */
const TANPA_BAHASA: Record<string, string> = {
  // Said to an e-office system or an operator, never to a page: the app sends its own well-formed JSON with
  // its own token (no API key, no X-Acting-Official), reads no feed, webhook, health or cursor.
  'api/cursor.ts': 'pagination of the API\'s lists; the pages read the first page',
  'api/idempotency.ts': 'the app sends each form with a fresh Idempotency-Key',
  'api/plugins/auth.ts': 'a key\'s or token\'s refusal; the app signs in again (web/sesi.ts) before any page says it',
  'api/routes/audit.ts': 'an API key\'s chain',
  'api/routes/events.ts': 'the event feed of e-office systems',
  'api/routes/health.ts': 'the operator\'s readiness probe',
  'api/routes/masterData.ts': 'master data imports (kepegawaian systems), not a page',
  'api/routes/verifikasi.ts': 'the public verification page (/v) writes its own Bahasa',
  'api/routes/webhooks.ts': 'webhook subscriptions of e-office systems',
  'api/routes/documents.ts': 'a document link the case page gives only for a document it lists',
  // Said in Bahasa already: a reminder's text, not a refusal.
  'workflows/kernel/step.ts': 'a reminder\'s text (Bahasa already), not a refusal',
  // Delegations are made through the API (an e-office system or the kepegawaian admin), no page of the app.
  'api/routes/delegasi.ts': 'no page of the app makes a delegation',
  'domain/delegasi.ts': 'no page of the app makes a delegation',
};

/** Messages of the sources that are given, said only to an API client (never to a page), with why. */
const BUKAN_HALAMAN = [
  // api/errors.ts: the transport's refusals; the app sends JSON it built to routes it knows.
  'the body is larger than this route takes', 'Content-Length does not match the body', 'send the body as application/json',
  'the path is not valid percent-encoded UTF-8', 'a path segment is too long', 'X takes X, not X', 'no route X X; see /docs',
  // api/plugins/inputPolicy.ts: the same, but for its refusal of a form's text (given: the app shows it).
  'JSON is UTF-8, not X: send application/json; charset=utf-8', 'the body is empty: send a JSON object, or no Content-Type',
  'the body is not valid UTF-8: send JSON encoded in UTF-8', 'the body is not valid JSON: X', 'not valid percent-encoded UTF-8',
  'the path and query are longer than X characters',
  // api/routes/cases.ts: an API key's region.
  'X of case X is taken by an official of X; the API key of X is for X',
  // api/routes/cases.ts: the change was made but its answer could not be read; the page reads the case again.
  'the change was carried out (case X, version X, X) but the case cannot be read now: X',
];

/**
 * Messages that join others whole (each given above, so the pages read them when the whole matches one
 * form): domain/penugasan.ts's "<nama>: <why not eligible>", procedures/pembentukanTimKerja/plan.ts's
 * problems joined by "; ", procedures/pengajuanSukarelaLintasUnit/plan.ts's "<who>: <the profile's
 * description>". A join of several reads as the heading and the fields (each in Bahasa) only.
 */
const GABUNGAN = ['X: X', 'XX'];

describe('a refusal\'s lead message in Bahasa Indonesia', () => {
  it('the words of a rule, those that name what the case holds, a profile\'s English description left out', () => {
    expect(pesanPokok('reasons are required to refuse: A refusal answers with the reasons the request cannot be approved.')).toBe('alasan wajib diisi untuk menolak');
    expect(pesanPokok('task t2 is done; it can no longer be decided')).toBe('langkah t2 sudah selesai; tidak dapat lagi diputuskan');
    expect(pesanPokok('case banjar-P2-1 is closed (issued); nothing can change it')).toBe('perkara banjar-P2-1 sudah selesai (terbit); tidak ada yang dapat mengubahnya');
    expect(pesanPokok('Rekomendasi PUO is decided by the puo, Budi Santoso (197001011995031001)'))
      .toBe('Rekomendasi PUO diputuskan oleh puo, Budi Santoso (197001011995031001)');
    expect(pesanPokok('Budi Santoso: golongan III/a is below III/c')).toBe('Budi Santoso: golongannya III/a, di bawah III/c');
    expect(pesanPokok('the work cycle of Budi Santoso is started by the Pejabat Penilai Kinerja pegawai or Pimpinan Unit Organisasi pegawai'))
      .toBe('siklus kinerja Budi Santoso dimulai oleh Pejabat Penilai Kinerja pegawai atau Pimpinan Unit Organisasi pegawai');
  });

  it('a message with no Bahasa is not shown: only the heading of its code and its article', () => {
    expect(pesanPokok('a message the service may say one day')).toBeUndefined();
    const problem = problemOf({ error: { code: 'RULE', message: 'a message the service may say one day', citation: 'PP 60/2008' } });
    expect(problem).toEqual({ code: 'RULE', message: '', citation: 'PP 60/2008' });
  });

  it('every literal refusal message the pages may show has its Bahasa; the sources left out are named with why', () => {
    const found = leadMessages();
    expect(found.length).toBeGreaterThan(150);
    const files = new Set(found.map(([f]) => f));
    // The list of those left out names only sources that refuse.
    expect(Object.keys(TANPA_BAHASA).filter((f) => !files.has(f))).toEqual([]);
    const shown = found.filter(([f, m]) => !TANPA_BAHASA[f] && !BUKAN_HALAMAN.includes(m) && !GABUNGAN.includes(m));
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.filter(([, m]) => pesanPokok(m) === undefined)).toEqual([]);
    expect(BUKAN_HALAMAN.filter((m) => !found.some(([, f]) => f === m))).toEqual([]);
  });
});
