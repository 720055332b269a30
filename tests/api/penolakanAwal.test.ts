// Requests refused when they arrive, each citing the article they break, through the real Temporal dev
// server and PostgreSQL (issue 17, Other procedures): an employee without a kedudukan, a unit of another
// government on this service named in a procedure that stays within one agency, and a 4th team inside
// the unit for one employee in a year (banjar pasal 9(4)).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { pembentukanTim } from '../../demo/pembentukanTimKerja';
import { penunjukanDalamUnit, pengusul } from '../../demo/penunjukanDalamUnit';
import { permohonan, requester } from '../../demo/permohonan';
import { api, taskOpen } from '../support/api';
import { loadDemoData } from '../support/cases';
import { startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
  // A Dinas Pendidikan only Pati has on this service.
  await s.db.pool.query(`INSERT INTO units (region, kode, nama, induk, jenis, kode_surat) VALUES ('pati', 'DISDIK', 'Dinas Pendidikan', NULL, 'dinas', 'DISDIK')`);
}, 120_000);
afterAll(async () => s?.close());

const casesOf = async (region: string) => (await s.db.pool.query('SELECT count(*)::int AS n FROM cases WHERE region = $1', [region])).rows[0].n;

describe('an employee whose kedudukan is not set yet', () => {
  it.each([
    ['bengkalis', 'bengkalis pasal 6(4), lampiran BAB I §II.A'],
    ['pasuruan', 'pasuruan lampiran I B.2'],
  ] as const)('%s: a penunjukan dalam unit naming them is refused citing the kedudukan-first rule (%s)', async (region, citation) => {
    const r = await api(s).start(pengusul(region), { procedure: 'penunjukan-dalam-unit', region, ...penunjukanDalamUnit(region, { pegawai: demoPeople(region).tanpaKedudukan }) });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'KEDUDUKAN_FIRST', citation, fields: [{ field: 'pegawai', citation }] });
  });
});

describe('a unit of another government on this service, named without instansiTujuan', () => {
  it('banjar P2: refused as across agencies, naming penunjukan lintas instansi (banjar lampiran II.B.1.c)', async () => {
    const before = await casesOf('banjar');
    const r = await api(s).start(requester('banjar'), { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar', { unitTujuan: 'DISDIK' }) });
    expect(r.statusCode).toBe(422);
    const error = r.json().error;
    expect(error).toMatchObject({ code: 'NOT_SAME_AGENCY', citation: 'banjar lampiran II.B.1.c', fields: [{ field: 'unitTujuan', citation: 'banjar lampiran II.B.1.c' }] });
    expect(error.message).toContain('unit DISDIK is of PEMERINTAH KABUPATEN PATI');
    expect(error.message).toContain('penunjukan-lintas-instansi, banjar lampiran II.B.1.c');
    expect(await casesOf('banjar')).toBe(before);
  });

  it('bengkalis P5: refused citing that pengajuan sukarela stays within one agency (no procedure across agencies there)', async () => {
    const r = await api(s).start(demoPeople('bengkalis').pranataKomputer1, {
      procedure: 'pengajuan-sukarela-lintas-unit', region: 'bengkalis', unitTujuan: 'DISDIK', kinerja: 'penyusunan modul literasi digital',
      kompetensi: ['pengembangan aplikasi web'], jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' }, cv: 'cv-rizky.pdf',
    });
    expect(r.statusCode).toBe(422);
    const error = r.json().error;
    expect(error).toMatchObject({ code: 'NOT_SAME_AGENCY', citation: 'bengkalis lampiran BAB I §II.B.2', fields: [{ field: 'unitTujuan' }] });
    expect(error.message).not.toContain('penunjukan-lintas-instansi');
  });

  it('a unit no government on this service has is still unknown', async () => {
    const r = await api(s).start(requester('banjar'), { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar', { unitTujuan: 'TIDAK-ADA' }) });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('UNIT_NOT_FOUND');
  });
});

describe('banjar pasal 9(4): at most 3 teams inside the unit for one employee in a year', () => {
  it('a 4th is refused at the start, naming the member and the article; nothing is started', async () => {
    const p = demoPeople('banjar');
    for (const n of [1, 2, 3])
      await s.db.pool.query(
        `INSERT INTO penugasan (case_id, nip, region, lingkup, tim_nama, tim_peran, mulai, selesai, status)
         VALUES ($1, $2, 'banjar', 'dalam-unit', $3, 'anggota', '2027-01-04', '2027-03-31', 'reserved')`,
        [`banjar-p6-terdahulu-${n}`, p.perencana, `Tim Kerja ${n}`],
      );
    const before = await casesOf('banjar');
    const r = await api(s).start(requester('banjar'), { procedure: 'pembentukan-tim-kerja', region: 'banjar', ...pembentukanTim('banjar') });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'ASSIGNMENT_LIMIT', citation: 'banjar pasal 9(4)', fields: [{ field: 'ketua.nip', citation: 'banjar pasal 9(4)' }] });
    expect(r.json().error.message).toContain('banjar-p6-terdahulu-3');
    expect(await casesOf('banjar')).toBe(before);
  });
});

describe('a refusal by the schema cites the rule its field serves', () => {
  const start = (region: 'banjar' | 'pati', body: object) => api(s).start(requester(region), { procedure: 'penunjukan-lintas-unit', region, ...body });

  it.each([
    ['banjar', 'target', 'banjar lampiran II.B.1.b.1'],
    ['pati', 'maksud', 'pati lampiran B.2.a.2'],
  ] as const)('%s: a Surat Permohonan without its %s (minimum content, %s)', async (region, field, citation) => {
    const { [field]: _dropped, ...rest } = permohonan(region);
    const r = await start(region, rest);
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'INVALID_REQUEST', citation, fields: [{ field: `body.${field}`, citation }] });
  });

  it('a predikat outside PermenPANRB 6/2022', async () => {
    const r = await api(s).start(requester('banjar'), {
      procedure: 'rekomendasi-penilaian-kinerja', region: 'banjar', penugasan: 'banjar-p2-x', hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Istimewa',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'INVALID_REQUEST', citation: 'PermenPANRB 6/2022 (predikat kinerja pegawai), bengkalis lampiran BAB II form 7', fields: [{ field: 'body.predikat' }] });
  });

  it('a decision value the step does not take, and reasons that are null: the article of the step decided', async () => {
    const client = api(s);
    const started = await start('banjar', permohonan('banjar'));
    const caseId: string = started.json().caseId;
    await client.until(caseId, taskOpen('rekomendasi-puo'));
    const p = demoPeople('banjar');
    for (const body of [{ decision: 'mungkin' }, { decision: 'refuse', reasons: null }]) {
      const r = await client.decide(caseId, 'rekomendasi-puo', p.kadisKominfo, body);
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({ code: 'INVALID_REQUEST', citation: 'banjar lampiran II.B.1.b.3' });
    }
    // A caller who may not see the case learns no article of it.
    const stranger = await client.decide(caseId, 'rekomendasi-puo', p.tanpaKedudukan, { decision: 'mungkin' });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.citation).toBeUndefined();
  });
});
