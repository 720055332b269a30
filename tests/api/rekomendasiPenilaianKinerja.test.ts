// P8 through the public API, on the real Temporal dev server and PostgreSQL: an assignment issued
// through P2 end to end, then its member rated; the home PPK's inbox holds the recommendation to receive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { permohonan, requester } from '../../demo/permohonan';
import { penilai, rekomendasiPenilaian } from '../../demo/rekomendasiPenilaianKinerja';
import type { Region } from '../../profiles/schema';
import { loadDemoData } from '../support/cases';
import { api } from '../support/api';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

const body = (region: Region, penugasan: string, over: object = {}) => ({ procedure: 'rekomendasi-penilaian-kinerja', region, ...rekomendasiPenilaian(penugasan), ...over });
const document = (id: string, json = false) => s.app.inject({ method: 'GET', url: `/api/v1/documents/${id}${json ? '?format=json' : ''}`, headers: AUTH });

/** The demo P2 case driven through the API until its Surat Tugas is issued and acknowledged. */
async function issuedAssignment(region: Region): Promise<string> {
  return (await api(s).drive(requester(region), { procedure: 'penunjukan-lintas-unit', region, ...permohonan(region) }, (x) => x.status === 'issued')).caseId;
}

describe('P8 rekomendasi penilaian kinerja through the API', () => {
  const FORMAT = {
    bengkalis: /^800\/\d+\/REK-PK\/BAPPEDA\/\d{4}$/,
    banjar: /^800\/\d+\/REK-PK\/BAPPEDALITBANG\/\d{4}$/,
    pati: /^800\/\d+\/REK-PK\/BAPPEDA\.PEREN\/\d{4}$/,
    pasuruan: /^800\/\d+\/423\.060\/\d{4}$/,
  };
  it.each(['bengkalis', 'banjar', 'pati', 'pasuruan'] as const)('%s: the leader rates the member of an issued P2 assignment; the home PPK receives it from their inbox', async (region) => {
    const p = demoPeople(region);
    const c = api(s);
    const penugasan = await issuedAssignment(region);
    const started = await c.start(penilai(region), body(region, penugasan));
    expect(started.statusCode).toBe(201);
    const caseId: string = started.json().caseId;
    expect(caseId).toMatch(new RegExp(`^${region}-p8-`));
    // Its home PPK and its PUO (bengkalis: Pimpinan PD) receive it at once.
    let view = await c.until(caseId, (x) => x.tasks.filter((t) => t.status === 'open').length === 2);
    expect(view.tasks.map((t) => t.assignee.nip)).toEqual([p.kabidAptika, p.kadisKominfo]);
    expect(view.subject).toMatchObject({ penugasan: { caseId: penugasan }, penilaian: { predikat: 'Baik', saran: 'Baik' }, lintasUnit: true });

    // The member's home PPK (Bidang Aplikasi Informatika) sees the recommendation to receive.
    const inbox = await c.inbox(p.kabidAptika, '?procedure=rekomendasi-penilaian-kinerja');
    expect(inbox.tasks).toEqual([expect.objectContaining({ caseId, taskId: 'menerima-rekomendasi-ppk', kind: 'tindakan', procedure: 'rekomendasi-penilaian-kinerja' })]);
    const [doc] = view.documents;
    expect(doc).toMatchObject({ kind: 'rekomendasi-penilaian-kinerja', nomor: expect.stringMatching(FORMAT[region]) });

    const pdf = await document(doc.id);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const json = await document(doc.id, true);
    expect(json.json()).toMatchObject({
      nomor: doc.nomor, title: 'REKOMENDASI PENILAIAN KINERJA', penandatangan: { nip: penilai(region) },
      formulir: {
        identitas: [{ judul: 'PEGAWAI YANG DINILAI', baris: expect.arrayContaining([['NIP', p.pranataKomputer1]]) }, { judul: 'KETUA TIM/PENANGGUNG JAWAB TIM' }],
        tabel: { kolom: ['NO', 'ASPEK PENILAIAN', 'PENILAIAN KINERJA'], baris: [['1.', 'Hasil Kerja', 'Di atas Ekspektasi'], ['2.', 'Perilaku Kerja', 'Sesuai Ekspektasi'], ['3.', 'Predikat Kinerja', 'Baik']] },
      },
    });

    // Every recipient receives it; the case closes.
    for (const task of view.tasks.filter((t) => t.status === 'open')) {
      const r = await c.act(caseId, `tasks/${task.id}/complete`, task.assignee.nip, {});
      expect(r.statusCode).toBe(200);
    }
    view = await c.until(caseId, (x) => x.status === 'issued');
    expect(view.outcome?.reasons).toBeUndefined();
    expect((await c.inbox(p.kabidAptika, '?procedure=rekomendasi-penilaian-kinerja')).tasks).toEqual([]);
  });

  it('refuses bad ratings, the wrong rater and an unknown or unissued assignment', async () => {
    const c = api(s);
    const region = 'bengkalis';
    const p = demoPeople(region);
    const penugasan = await issuedAssignment(region);

    const deviation = await c.start(penilai(region), body(region, penugasan, { predikat: 'Sangat Baik' }));
    expect(deviation.statusCode).toBe(400);
    expect(deviation.json().error).toMatchObject({ code: 'DEVIATION_REASON_REQUIRED', citation: 'bengkalis lampiran BAB II form 7', fields: [{ field: 'alasanDeviasi' }] });

    const wrong = await c.start(p.kadisKominfo, body(region, penugasan));
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'bengkalis lampiran BAB I §II.C.d.6, §II.C.a.7' });

    const unknown = await c.start(penilai(region), body(region, 'bengkalis-p2-no-such-case'));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'RELATED_CASE_NOT_FOUND', fields: [{ field: 'penugasan' }] });

    const notRated = await c.start(penilai(region), body(region, penugasan, { hasilKerja: 'luar biasa' }));
    expect(notRated.statusCode).toBe(400);

    // A P8 case is not an assignment to rate.
    const first = await c.start(penilai(region), body(region, penugasan));
    expect(first.statusCode).toBe(201);
    await c.until(first.json().caseId, (x) => x.status === 'awaiting-submission');
    const onItself = await c.start(penilai(region), body(region, first.json().caseId));
    expect(onItself.statusCode).toBe(422);
    expect(onItself.json().error).toMatchObject({ code: 'NOT_AN_ISSUED_ASSIGNMENT', fields: [{ field: 'penugasan' }] });
  });
});
