// A varied org tree through the public API: imported in all four regions, then P2 across it —
// Bappeda asks the UPTD Puskesmas, led by a Dokter Ahli Madya, for a perawat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../domain/kasus';
import { PROFILES, REGIONS } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { variedOrg, variedPeople } from '../support/orgs';
import { api } from '../support/api';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
const imported = new Map<Region, { statusCode: number; body: unknown }>();
beforeAll(async () => {
  s = await startStack();
  for (const region of REGIONS) {
    const r = await s.app.inject({ method: 'POST', url: `/api/v1/master-data/${region}`, headers: AUTH, payload: variedOrg(region) as object });
    imported.set(region, { statusCode: r.statusCode, body: r.json() });
  }
});
afterAll(async () => s?.close());

let keys = 0;
const permohonan = (over: object = {}) => ({
  unitPemilik: 'BAPPEDA-PEREN', unitTujuan: 'PKM-KOTA',
  maksud: 'survei kesehatan ibu dan anak untuk perencanaan daerah', kompetensi: ['pendataan kesehatan keluarga'],
  target: 'data 500 keluarga pada akhir Maret', jangkaWaktu: { mulai: '2027-02-01', selesai: '2027-03-31' },
  kriteria: { namaJabatan: 'Perawat' }, ...over,
});
const start = (region: Region, over: object = {}, actor = variedPeople(region).kaban) => s.app.inject({
  method: 'POST', url: '/api/v1/cases',
  headers: { ...AUTH, 'idempotency-key': `orgs-${Date.now()}-${keys++}`, 'x-acting-official': actor },
  payload: { procedure: 'penunjukan-lintas-unit', region, ...permohonan(over) },
});
const decide = (caseId: string, taskId: string, actor: string, payload: object) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/${taskId}/decision`, headers: { ...AUTH, 'x-acting-official': actor }, payload });
const act = (caseId: string, what: 'withdraw' | 'acknowledge', actor: string) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/${what}`, headers: { ...AUTH, 'x-acting-official': actor }, payload: {} });
const until = (caseId: string, ok: (c: CaseView) => boolean) => api(s).until(caseId, ok);
const anyOpen = (c: CaseView) => c.tasks.some((t) => t.status === 'open');

describe('a varied org tree through POST /api/v1/master-data/:region', () => {
  it.each(REGIONS)('%s accepts it, JF-headed UPTD Puskesmas included', (region) => {
    const org = variedOrg(region);
    expect(imported.get(region)).toEqual({
      statusCode: 200,
      body: {
        region,
        version: 1,
        units: { inserted: org.units!.length, updated: 0, unchanged: 0 },
        jabatan: { inserted: org.jabatan!.length, updated: 0, unchanged: 0 },
        pegawai: { inserted: org.pegawai!.length, updated: 0, unchanged: 0 },
        kepalaDaerah: { inserted: 0, updated: 0, unchanged: 0 }, // the varied org names none
      },
    });
  });
});

describe('P2 across it: Bappeda asks the Puskesmas for a perawat', () => {
  const expected: Record<Region, { steps: (p: ReturnType<typeof variedPeople>) => [string, string][]; signer: 'kapus' | 'kadinkes'; nomor: RegExp }> = {
    banjar: { steps: (p) => [['rekomendasi-puo', p.kadinkes], ['keputusan-ppk', p.kapus]], signer: 'kadinkes', nomor: /^\d+ TAHUN \d{4}$/ },
    pati: { steps: (p) => [['rekomendasi-puo', p.kapus], ['keputusan-ppk', p.kapus]], signer: 'kapus', nomor: /^800\/\d+\/PKM\.KOTA\/\d{4}$/ },
    pasuruan: { steps: (p) => [['rekomendasi-ppk', p.kapus], ['keputusan-kepala-uo', p.kadinkes]], signer: 'kadinkes', nomor: /^800\/\d+\/423\.DINKES\/\d{4}$/ },
    bengkalis: { steps: (p) => [['keputusan', p.kadinkes]], signer: 'kadinkes', nomor: /^800\/\d+\/SPT\/DINKES\/\d{4}$/ },
  };

  it.each(REGIONS)('%s: the region\'s officials decide, the decider picks among the Puskesmas perawat, the Surat Tugas is issued', async (region) => {
    const p = variedPeople(region);
    const started = await start(region);
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    const decided: [string, string][] = [];
    let c = await until(caseId, anyOpen);
    while (c.status === 'awaiting-decision') {
      const task = c.tasks.find((t) => t.status === 'open')!;
      decided.push([task.id, task.assignee.nip]);
      const choose = task.candidates ? { employeeNip: p.perawat2 } : {};
      if (task.candidates) expect(task.candidates.map((x) => x.nip).sort()).toEqual([p.perawat1, p.perawat2].sort());
      expect((await decide(caseId, task.id, task.assignee.nip, { decision: 'approve', ...choose })).statusCode).toBe(200);
      c = await until(caseId, (x) => x.status !== 'awaiting-decision' || x.tasks.some((t) => t.status === 'open' && t.id !== task.id));
    }
    expect(decided).toEqual(expected[region].steps(p));
    c = await until(caseId, (x) => x.status === 'awaiting-acknowledgement');
    expect(c.documents[0].nomor).toMatch(expected[region].nomor);
    expect(c.timeline.find((e) => e.action === 'diterbitkan')?.actor?.nip).toBe(p[expected[region].signer]);
    const st = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${c.documents[0].id}?format=json`, headers: AUTH })).json();
    expect(st.kepada).toEqual([expect.objectContaining({ nip: p.perawat2 })]);
    // Tembusan PPK bersangkutan: the Kepala Badan's own penilai kinerja, the Sekretaris Daerah.
    if (PROFILES[region].penunjukanLintasUnit.tembusanPermohonan.length) expect(c.subject).toMatchObject({ tembusan: ['Sekretaris Daerah'] });
    expect((await act(caseId, 'acknowledge', p.perawat2)).statusCode).toBe(200);
    await until(caseId, (x) => x.status === 'issued');
  });

  it('banjar: a request to the whole Dinas whose matching JF have different PPKs names the PPK; only that PPK\'s staff are candidates', async () => {
    const p = variedPeople('banjar');
    const fungsional = { unitTujuan: 'DINKES', kriteria: { jenisJabatan: 'fungsional' } };
    const unnamed = await start('banjar', fungsional);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error).toMatchObject({ code: 'PPK_REQUIRED', citation: 'banjar lampiran II.B.1.b.2', fields: [{ field: 'ppkTujuan' }] });
    const wrong = await start('banjar', { ...fungsional, ppkTujuan: p.kadinkes });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'PPK_NOT_OF_MATCHING', citation: 'banjar lampiran II.B.1.b.2' });
    const none = await start('banjar', { kriteria: { namaJabatan: 'Apoteker' } });
    expect(none.statusCode).toBe(422);
    expect(none.json().error).toMatchObject({ code: 'NO_MATCHING_EMPLOYEE', citation: 'banjar lampiran II.B.1.b.2' });

    const caseId = (await start('banjar', { ...fungsional, ppkTujuan: p.kabidKesmas })).json().caseId;
    expect((await decide(caseId, 'rekomendasi-puo', p.kadinkes, { decision: 'approve' })).statusCode).toBe(200);
    const c = await until(caseId, (x) => x.tasks.some((t) => t.id === 'keputusan-ppk' && t.status === 'open'));
    const task = c.tasks.find((t) => t.id === 'keputusan-ppk')!;
    expect(task.assignee.nip).toBe(p.kabidKesmas);
    expect(task.candidates?.map((x) => x.nip)).toEqual([p.epidemiolog]);
    const other = await decide(caseId, 'keputusan-ppk', p.kabidKesmas, { decision: 'approve', employeeNip: p.perawat1 });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('EMPLOYEE_NOT_ELIGIBLE');
    expect((await act(caseId, 'withdraw', p.kaban)).statusCode).toBe(200);
  });
});

describe('P2 across it: the destination PPK is whoever the matching staff answer to', () => {
  it.each(['banjar', 'pati', 'pasuruan'] as const)('%s: a request for the Puskesmas Pelaksana goes to its Kasubbag TU, a Pengawas who leads no unit', async (region) => {
    const p = variedPeople(region);
    const caseId = (await start(region, { kriteria: { jenisJabatan: 'pelaksana' } })).json().caseId;
    const c = await until(caseId, anyOpen);
    const ppkTask = c.tasks.find((t) => t.role === 'Pejabat Penilai Kinerja tujuan');
    const { steps } = PROFILES[region].penunjukanLintasUnit;
    expect(steps.find((st) => st.actor === 'ppk-tujuan')).toBeDefined();
    // The first open task is the destination PPK's (pasuruan) or the PUO's (banjar, pati): either way, the PPK is the Kasubbag TU.
    if (ppkTask) expect(ppkTask.assignee.nip).toBe(p.kasubagTuPkm);
    else {
      const first = c.tasks.find((t) => t.status === 'open')!;
      expect((await decide(caseId, first.id, first.assignee.nip, { decision: 'approve' })).statusCode).toBe(200);
      const next = await until(caseId, (x) => x.tasks.some((t) => t.role === 'Pejabat Penilai Kinerja tujuan' && t.status === 'open'));
      const task = next.tasks.find((t) => t.role === 'Pejabat Penilai Kinerja tujuan')!;
      expect(task.assignee.nip).toBe(p.kasubagTuPkm);
      // The Pelaksana of the Puskesmas and of the Pustu below it, both the Kasubbag TU's.
      expect(task.candidates?.map((x) => x.nip).sort()).toEqual([p.pengadministrasiPkm, p.pelaksanaPustu].sort());
    }
    expect((await act(caseId, 'withdraw', p.kaban)).statusCode).toBe(200);
  });

  it('pasuruan: a request to the Pustu, which has no head, goes to the PPK of its Pelaksana in the Puskesmas above, not to the nearest head', async () => {
    const p = variedPeople('pasuruan');
    const caseId = (await start('pasuruan', { unitTujuan: 'PUSTU-SUKA', kriteria: { jenisJabatan: 'pelaksana' } })).json().caseId;
    const c = await until(caseId, anyOpen);
    expect(c.tasks.find((t) => t.status === 'open')).toMatchObject({ id: 'rekomendasi-ppk', assignee: { nip: p.kasubagTuPkm } });
    expect((await act(caseId, 'withdraw', p.kaban)).statusCode).toBe(200);
  });
});

describe('P2 request contents through the API, per region', () => {
  it.each(REGIONS)('%s: a request to another government is refused, naming the procedure across agencies where there is one', async (region) => {
    const r = await start(region, { instansiTujuan: 'PEMERINTAH KABUPATEN TANAH LAUT' });
    expect(r.statusCode).toBe(422);
    const { crossAgency } = PROFILES[region].penunjukanLintasUnit;
    expect(r.json().error).toMatchObject({ code: 'NOT_SAME_AGENCY', citation: crossAgency.citation, fields: [{ field: 'instansiTujuan' }] });
    expect(r.json().error.message).toContain(`stays within ${PROFILES[region].pemerintah}`);
    if (region === 'banjar' || region === 'pati') expect(r.json().error.message).toContain('penunjukan lintas instansi (P3)');
    else expect(r.json().error.message).toContain('no procedure across agencies');
  });

  it.each(REGIONS)('%s: no competencies listed reaches the minimum-contents rule where the region sets one', async (region) => {
    const rule = PROFILES[region].penunjukanLintasUnit.minimumContents;
    const r = await start(region, { kompetensi: [], maksud: '   ' });
    if (rule) {
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({
        code: 'MINIMUM_CONTENTS', citation: rule.citation,
        fields: [{ field: 'maksud', message: 'required', citation: rule.citation }, { field: 'kompetensi', message: 'required', citation: rule.citation }],
      });
    } else {
      expect(r.statusCode).toBe(201); // bengkalis and pasuruan set no minimum contents
      const caseId = r.json().caseId;
      await until(caseId, anyOpen);
      expect((await act(caseId, 'withdraw', variedPeople(region).kaban)).statusCode).toBe(200);
    }
  });

  it('a missing duration is a schema error naming the field', async () => {
    const r = await s.app.inject({
      method: 'POST', url: '/api/v1/cases',
      headers: { ...AUTH, 'idempotency-key': `orgs-nojangka-${keys++}`, 'x-acting-official': variedPeople('pati').kaban },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'pati', ...permohonan(), jangkaWaktu: undefined },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields.map((f: { field: string }) => f.field)).toContain('body.jangkaWaktu');
  });
});
