// The tests' own signing certificate (self-signed, as `npm start` makes one): one per test process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Penerbitan } from '../../documents/berkas';
import { ensureDemoCertificate, loadPenandatangan } from '../../documents/tandaTangan';

export const TEST_BASE_URL = 'http://sistem-kerja.test';
let cached: Penerbitan | undefined;

export function testPenerbitan(): Penerbitan {
  if (!cached) {
    const p12 = join(mkdtempSync(join(tmpdir(), 'sistem-kerja-tte-')), 'test.p12');
    ensureDemoCertificate(p12, 'test-password');
    cached = { penandatangan: loadPenandatangan(p12, 'test-password'), baseUrl: TEST_BASE_URL };
  }
  return cached;
}
