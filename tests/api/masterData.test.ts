import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { variedOrg, variedPeople } from '../support/orgs';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack({ worker: false });
});
afterAll(async () => s?.close());

const post = (region: string, payload: unknown, headers: Record<string, string> = AUTH) =>
  s.app.inject({ method: 'POST', url: `/api/v1/master-data/${region}`, headers, payload: payload as object });

const count = async () => (await s.db.pool.query("SELECT (SELECT count(*) FROM units)::int u, (SELECT count(*) FROM jabatan)::int j, (SELECT count(*) FROM pegawai)::int p")).rows[0];

describe('POST /api/v1/master-data/:region', () => {
  it('401 without an API key', async () => {
    const r = await post('banjar', demoMasterData('banjar'), {});
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('imports, and the same file twice changes nothing', async () => {
    const demo = demoMasterData('pati');
    const [u, j, p] = [demo.units!.length, demo.jabatan!.length, demo.pegawai!.length];
    const first = await post('pati', demo);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ region: 'pati', units: { inserted: u, updated: 0, unchanged: 0 }, pegawai: { inserted: p } });
    const second = await post('pati', demoMasterData('pati'));
    expect(second.json()).toMatchObject({ units: { inserted: 0, updated: 0, unchanged: u }, jabatan: { inserted: 0, updated: 0, unchanged: j }, pegawai: { inserted: 0, updated: 0, unchanged: p } });
    const changed = demoMasterData('pati');
    changed.pegawai![5].golongan = 'III/c';
    expect((await post('pati', changed)).json().pegawai).toEqual({ inserted: 0, updated: 1, unchanged: p - 1 });
    // A new kepala daerah in office: the name their decrees are signed with from now on.
    expect(first.json().kepalaDaerah).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect((await post('pati', { kepalaDaerah: { nama: 'H. Budi Santosa, S.E.' } })).json().kepalaDaerah).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await s.db.pool.query("SELECT nama FROM kepala_daerah WHERE region = 'pati'")).rows).toEqual([{ nama: 'H. Budi Santosa, S.E.' }]);
    expect((await post('pati', { kepalaDaerah: { nama: '' } })).statusCode).toBe(400);
  });

  it('reports every invalid row with its reason and writes nothing', async () => {
    const before = await count();
    const bad = demoMasterData('bengkalis');
    const people = demoPeople('bengkalis');
    const u = bad.units!.length;
    bad.units!.push({ kode: 'YATIM', nama: 'Unit tanpa induk', induk: 'TIDAK-ADA', jenis: 'seksi', kodeSurat: 'X' });
    bad.units!.push({ kode: 'A', nama: 'A', induk: 'B', jenis: 'seksi', kodeSurat: 'A' }, { kode: 'B', nama: 'B', induk: 'A', jenis: 'seksi', kodeSurat: 'B' });
    bad.pegawai![5].nip = '199002302015021106'; // 30 February
    bad.pegawai![6].nip = '12345';
    bad.pegawai![7].kedudukan = { ppk: people.perencana }; // a JF cannot be a PPK
    const r = await post('bengkalis', bad);
    expect(r.statusCode).toBe(422);
    const { error } = r.json();
    expect(error.code).toBe('MASTER_DATA_REJECTED');
    expect(error.fields).toEqual(expect.arrayContaining([
      { field: `units[${u}].induk`, message: 'YATIM: parent unit TIDAK-ADA does not exist' },
      expect.objectContaining({ field: `units[${u + 1}].induk`, message: expect.stringContaining('cycle') }),
      expect.objectContaining({ field: `units[${u + 2}].induk`, message: expect.stringContaining('cycle') }),
      { field: 'pegawai[5].nip', message: '199002302015021106: birth date 19900230 is not a real date' },
      { field: 'pegawai[6].nip', message: '12345: NIP must be exactly 18 digits' },
      expect.objectContaining({ field: 'pegawai[7].kedudukan.ppk', citation: 'bengkalis lampiran BAB I §II.A' }),
    ]));
    expect(await count()).toEqual(before);
  });

  it('a JF leads only a unit kerja mandiri; every duplicated row is reported; a structural official may carry their penilai kinerja', async () => {
    const before = await count();
    const bad = variedOrg('banjar');
    const p = variedPeople('banjar');
    bad.jabatan!.push({ kode: 'JF-KABID', nama: 'Dokter Ahli Madya selaku Kepala Bidang', unit: 'DINKES-KESMAS', jenis: 'fungsional', jenjang: 'madya', memimpinUnit: true });
    bad.pegawai!.push({ ...bad.pegawai![8], nama: 'Salinan' });
    bad.pegawai!.find((x) => x.nip === p.lurah)!.kedudukan = { ppk: p.camat };
    const r = await post('banjar', bad);
    expect(r.statusCode).toBe(422);
    const at = (field: string) => r.json().error.fields.filter((f: { field: string }) => f.field === field);
    expect(at(`jabatan[${bad.jabatan!.length - 1}].memimpinUnit`)).toEqual(expect.arrayContaining([{
      field: `jabatan[${bad.jabatan!.length - 1}].memimpinUnit`, citation: 'banjar pasal 8(2), pasal 1 angka 21',
      message: 'JF-KABID: a jabatan fungsional leads only a unit kerja mandiri (uptd, unit), not a bidang',
    }]));
    for (const row of [8, bad.pegawai!.length - 1])
      expect(at(`pegawai[${row}]`)).toEqual([{ field: `pegawai[${row}]`, message: `${p.perawat1}: duplicate key ${p.perawat1} in this import (rows 8, ${bad.pegawai!.length - 1})` }]);
    expect(r.json().error.fields.some((f: { field: string }) => f.field.startsWith(`pegawai[${bad.pegawai!.findIndex((x) => x.nip === p.lurah)}]`))).toBe(false);
    expect(await count()).toEqual(before);
    // Fixed, the file goes in, the Lurah with the Camat as his penilai kinerja.
    bad.jabatan!.pop();
    bad.pegawai!.pop();
    expect((await post('banjar', bad)).statusCode).toBe(200);
    const { rows } = await s.db.pool.query('SELECT ppk FROM pegawai WHERE region = $1 AND nip = $2', ['banjar', p.lurah]);
    expect(rows).toEqual([{ ppk: p.camat }]);
  });

  it('400 with the field at fault for a malformed file', async () => {
    const r = await post('banjar', { units: [{ kode: 'X', nama: 'X', induk: null, jenis: 'kementerian', kodeSurat: 'X' }] });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body.units[0].jenis' })]));
    expect((await post('jakarta', {})).statusCode).toBe(400);
  });
});
