// The team-assignment ledger against PostgreSQL: the count under the per-employee lock, the two
// limits apart, the window, and release — each idempotent, as the retried activities need.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { penugasanOf, releasePenugasan, reservePenugasan } from '../../db/penugasan';
import type { JendelaPenugasan, Penugasan } from '../../domain/batasPenugasan';
import { PROFILES } from '../../profiles';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

const { dalamUnit, lintas, periodeKinerja } = PROFILES.banjar.batasPenugasan;
const YEAR: JendelaPenugasan = { kind: 'performance-year' };
let n = 10;
const employee = () => `19900315201502${n++}10`; // one employee per test
const slot = (nip: string, lingkup: Penugasan['lingkup'], mulai: string, selesai: string, caseId = `banjar-p2-${randomUUID()}`): Penugasan => ({
  region: 'banjar', caseId, nip, lingkup, timKerja: { nama: `Tim ${caseId.slice(-4)}`, peran: 'anggota' }, periode: { mulai, selesai },
  batas: lingkup === 'lintas' ? lintas! : dalamUnit!, jendelaCitation: periodeKinerja!.citation,
});

describe('penugasan ledger', () => {
  it('lets exactly 3 of 8 simultaneous reservations for one employee through, and refuses the rest citing pasal 9(5)', async () => {
    const nip = employee();
    const results = await Promise.all(Array.from({ length: 8 }, () => reservePenugasan(db.pool, slot(nip, 'lintas', '2027-02-01', '2027-03-31'), YEAR)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.refusal.citation)).toEqual(Array(5).fill('banjar pasal 9(5)'));
    expect((await penugasanOf(db.pool, 'banjar', nip)).filter((p) => p.status === 'reserved')).toHaveLength(3);
  });

  it('counts the limits inside the unit (pasal 9(4)) and across units (pasal 9(5)) apart', async () => {
    const nip = employee();
    for (let i = 0; i < 3; i++) expect((await reservePenugasan(db.pool, slot(nip, 'dalam-unit', '2027-01-01', '2027-12-31'), YEAR)).ok).toBe(true);
    const fourthInside = await reservePenugasan(db.pool, slot(nip, 'dalam-unit', '2027-03-01', '2027-04-30'), YEAR);
    expect(fourthInside).toMatchObject({ ok: false, refusal: { code: 'ASSIGNMENT_LIMIT', citation: 'banjar pasal 9(4)' } });
    expect((await reservePenugasan(db.pool, slot(nip, 'lintas', '2027-03-01', '2027-04-30'), YEAR)).ok).toBe(true);
  });

  it('counts per performance year by default, or a rolling window when configured', async () => {
    const nip = employee();
    for (const [m, s] of [['2026-01-05', '2026-03-31'], ['2026-04-01', '2026-06-30'], ['2026-09-01', '2026-12-31']])
      expect((await reservePenugasan(db.pool, slot(nip, 'lintas', m, s), YEAR)).ok).toBe(true);
    // 2027 is another performance year; over the last 365 days the three of 2026 count.
    expect((await reservePenugasan(db.pool, slot(nip, 'lintas', '2027-01-04', '2027-03-31'), YEAR)).ok).toBe(true);
    const rolling = await reservePenugasan(db.pool, slot(nip, 'lintas', '2027-01-04', '2027-03-31'), { kind: 'duration', ms: 365 * 86400e3 });
    expect(rolling).toMatchObject({ ok: false, refusal: { code: 'ASSIGNMENT_LIMIT' } });
  });

  it('a retried reservation finds its own row; a released case frees its slot, once', async () => {
    const nip = employee();
    const cases = [0, 1, 2].map(() => slot(nip, 'lintas', '2027-02-01', '2027-03-31'));
    for (const c of cases) expect((await reservePenugasan(db.pool, c, YEAR)).ok).toBe(true);
    expect((await reservePenugasan(db.pool, cases[0], YEAR)).ok).toBe(true); // the same case again: not a fourth
    const next = slot(nip, 'lintas', '2027-05-01', '2027-06-30');
    expect((await reservePenugasan(db.pool, next, YEAR)).ok).toBe(false);
    expect(await releasePenugasan(db.pool, { caseId: cases[1].caseId })).toBe(1);
    expect(await releasePenugasan(db.pool, { caseId: cases[1].caseId })).toBe(0);
    expect((await reservePenugasan(db.pool, next, YEAR)).ok).toBe(true);
    expect((await penugasanOf(db.pool, 'banjar', nip)).map((p) => p.status).sort()).toEqual(['released', 'reserved', 'reserved', 'reserved']);
  });
});
