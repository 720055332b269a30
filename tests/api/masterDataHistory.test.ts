// Master data with history: every import a version of its region, recorded with who imported it,
// through which system, and each row it added or changed (before and after); readable by the region's
// auditors, kepegawaian admins and e-office systems; each case records the version it was planned against.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { permohonan, requester } from '../support/cases';
import { startIdentity, type TestIdentity } from '../support/identity';
import { AUTH, BANJAR_AUTH, startStack, TEST_KEYS, type Stack } from '../support/stack';

const banjar = demoPeople('banjar');
const ADMIN = banjar.tanpaKedudukan;
const AUDITOR = banjar.statistisi;
let s: Stack;
let idp: TestIdentity;

beforeAll(async () => {
  idp = await startIdentity();
  const keys = new Map(TEST_KEYS);
  keys.set('bkpsdm-banjar-key', { name: 'bkpsdm-banjar', regions: ['banjar'], rights: ['master-data', 'read'] });
  s = await startStack({ config: { oidc: idp.oidc, apiKeys: keys, roles: { auditor: new Map([[AUDITOR, ['banjar']]]), kepegawaian: new Map([[ADMIN, ['banjar']]]) } } });
  // The first import (version 1) through the BKPSDM's system: the master data the admin and auditor sign in against.
  const first = await s.app.inject({ method: 'POST', url: '/api/v1/master-data/banjar', headers: { authorization: 'Bearer bkpsdm-banjar-key' }, payload: demoMasterData('banjar') });
  expect(first.json().version).toBe(1);
}, 60_000);
afterAll(async () => {
  await idp?.provider.close();
  await s?.close();
});

const importAs = async (headers: Record<string, string>, payload: object) =>
  s.app.inject({ method: 'POST', url: '/api/v1/master-data/banjar', headers, payload });
const changes = async (headers: Record<string, string>, query = '') =>
  s.app.inject({ method: 'GET', url: `/api/v1/master-data/banjar/changes${query}`, headers });

describe('master data with history', () => {
  it('records each import as a version: who, through which system, and each row added or changed, before and after', async () => {
    const all = (await changes(AUTH)).json();
    expect(all.version).toBe(1);
    expect(all.changes.length).toBe(demoMasterData('banjar').units!.length + demoMasterData('banjar').jabatan!.length + demoMasterData('banjar').pegawai!.length + 1);
    expect(all.changes[0]).toMatchObject({ version: 1, client: 'bkpsdm-banjar', tabel: 'units', kunci: 'SETDA', perubahan: 'added', sebelum: null, sesudah: { nama: 'Sekretariat Daerah', induk: null } });
    expect(all.changes[0].actor).toBeUndefined();

    // The kepegawaian admin, signed in, renames the Bupati and promotes an employee.
    const changed = demoMasterData('banjar');
    const row = changed.pegawai!.find((p) => p.nip === banjar.perencana)!;
    const before = row.golongan;
    row.golongan = 'IV/a';
    const admin = await idp.bearer(ADMIN);
    const second = await importAs(admin, { pegawai: [row], kepalaDaerah: { nama: 'H. Saidi Mansyur, S.Pd.I.' } });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ version: 2, pegawai: { updated: 1 }, kepalaDaerah: { updated: 1 } });

    const since1 = (await changes(await idp.bearer(AUDITOR), '?since=1')).json();
    expect(since1).toMatchObject({ region: 'banjar', version: 2, since: 1 });
    expect(since1.changes).toEqual([
      expect.objectContaining({ version: 2, client: `official:${ADMIN}`, actor: { nip: ADMIN, via: 'signed-in' }, tabel: 'pegawai', kunci: banjar.perencana, perubahan: 'changed',
        sebelum: expect.objectContaining({ golongan: before }), sesudah: expect.objectContaining({ golongan: 'IV/a' }) }),
      expect.objectContaining({ version: 2, tabel: 'kepala_daerah', kunci: 'banjar', perubahan: 'changed', sebelum: { nama: expect.any(String) }, sesudah: { nama: 'H. Saidi Mansyur, S.Pd.I.' } }),
    ]);
    // Paged by change id.
    const page = (await changes(AUTH, '?limit=2')).json();
    expect(page.changes.length).toBe(2);
    const next = (await changes(AUTH, `?limit=2&after=${page.nextAfter}`)).json();
    expect(next.changes[0].id).toBeGreaterThan(page.changes[1].id);
  });

  it('refuses an import without the right, and the history to an official who neither audits nor administers', async () => {
    const byKey = await importAs(BANJAR_AUTH, { kepalaDaerah: { nama: 'Orang Lain' } });
    expect(byKey.statusCode).toBe(403);
    expect(byKey.json().error.code).toBe('MASTER_DATA_NOT_GRANTED');
    const byOfficial = await importAs(await idp.bearer(banjar.kadisKominfo), { kepalaDaerah: { nama: 'Orang Lain' } });
    expect(byOfficial.statusCode).toBe(403);
    expect(byOfficial.json().error).toMatchObject({ code: 'MASTER_DATA_NOT_GRANTED', citation: expect.stringContaining('PP 11/2017') });
    const auditorImport = await importAs(await idp.bearer(AUDITOR), { kepalaDaerah: { nama: 'Orang Lain' } });
    expect(auditorImport.statusCode).toBe(403);
    expect((await changes(await idp.bearer(banjar.kadisKominfo))).json().error.code).toBe('MASTER_DATA_HISTORY_NOT_GRANTED');
    expect((await s.db.pool.query("SELECT nama FROM kepala_daerah WHERE region = 'banjar'")).rows[0].nama).not.toBe('Orang Lain');
  });

  it('a case records the version it was planned against: the changes since show the org as the case saw it', async () => {
    const started = await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'x-acting-official': requester('banjar'), 'idempotency-key': `history-${Date.now()}` },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
    });
    expect(started.statusCode, started.body).toBe(201);
    const caseId = started.json().caseId;
    const at = (await s.db.pool.query<{ v: number }>("SELECT coalesce(max(version), 0) AS v FROM master_data_imports WHERE region = 'banjar'")).rows[0].v;
    expect((await changes(AUTH, `?case=${caseId}`)).json()).toMatchObject({ plannedAgainst: at, since: at, changes: [] });

    const moved = demoMasterData('banjar').pegawai!.find((p) => p.nip === banjar.pranataKomputer2)!;
    const renamed = { ...moved, nama: `${moved.nama} (berganti nama)` };
    expect((await importAs({ authorization: 'Bearer bkpsdm-banjar-key' }, { pegawai: [renamed] })).statusCode).toBe(200);
    const since = (await changes(await idp.bearer(AUDITOR), `?case=${caseId}`)).json();
    expect(since.plannedAgainst).toBe(at);
    expect(since.changes).toEqual([expect.objectContaining({ version: at + 1, kunci: banjar.pranataKomputer2, sebelum: expect.objectContaining({ nama: moved.nama }) })]);
    // The case is the auditor's to see; an official with no part in it is told of no such case.
    const hidden = await changes(await idp.bearer(ADMIN), `?case=${caseId}`);
    expect(hidden.statusCode).toBe(404);
  });
});
