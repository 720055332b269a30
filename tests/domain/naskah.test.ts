// What a letter says, pure: who it is copied to, how its signer is named (Permendagri 1/2023 pasal
// 44), how it cites the law and the request letter it answers.
import { describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { namaPenandatangan, tanpaGelar, type DocumentData } from '../../domain/dokumen';
import { dalamKalimat, judulDalamKalimat, pasalHukum, planKit } from '../../domain/rencana';
import { plan as planP2 } from '../../procedures/penunjukanLintasUnit/plan';
import { PROFILES } from '../../profiles';
import { DEADLINES } from '../support/cases';
import { snapshot } from '../support/orgs';

describe('tembusan', () => {
  // Pati: the Kepala Puskesmas is both the PPK and the PUO of its perawat (pati pasal 1 angka 13).
  const org = snapshot(demoMasterData('pati'));
  const p = demoPeople('pati');
  const kit = planKit(PROFILES.pati, org, { unitPemilik: 'PKM-KOTA', pegawai: org.pegawai[p.perawat] });

  it('names one official holding two of the roles copied once', () => {
    expect(kit.tembusan([{ role: 'ppk-pegawai' }, { role: 'puo-pegawai' }], 'pati lampiran B.2')).toEqual(['Dokter Ahli Madya selaku Kepala UPTD Puskesmas Kota, Dinas Kesehatan']);
  });

  it('never copies the signer their own letter', () => {
    const [doc] = kit.documents([{
      kind: 'surat-tugas', title: 'SURAT TUGAS', nomor: '{n}', nomorCitation: 'pati lampiran B.2', signatory: 'ppk-pegawai', penutup: '', citation: 'pati lampiran B.2',
      tembusan: [{ role: 'puo-pegawai' }, { role: 'sekretaris-daerah' }],
    }], () => ({}));
    expect(doc.signatory.nip).toBe(p.kepalaPuskesmas);
    expect(doc.tembusan).toEqual(['Sekretaris Daerah']);
  });
});

describe('the signer under the signature (Permendagri 1/2023 pasal 44)', () => {
  const kadis = { nama: 'Ir. Bambang Sutrisno, M.T.', nip: '197408231999031202', pangkat: 'Pembina Utama Muda (IV/c)', jabatan: 'Kepala Dinas Komunikasi dan Informatika' };
  const doc = (over: Partial<DocumentData>) => ({ penandatangan: kadis, ...over });

  it('a penugasan or korespondensi: with gelar, pangkat/golongan and NIP', () => {
    expect(namaPenandatangan(doc({}))).toEqual({ nama: 'Ir. Bambang Sutrisno, M.T.', pangkat: 'Pembina Utama Muda (IV/c)', nip: 'NIP. 197408231999031202' });
  });

  it('a penetapan: without gelar, still with pangkat/golongan and NIP for an official other than the sekretaris daerah', () => {
    expect(namaPenandatangan(doc({ diktum: ['…'] }))).toEqual({ nama: 'Bambang Sutrisno', pangkat: 'Pembina Utama Muda (IV/c)', nip: 'NIP. 197408231999031202' });
  });

  it('the sekretaris daerah and the kepala daerah: the name alone', () => {
    const sekda = { nama: 'Drs. H. Ahmad Fauzi, M.Si.', nip: '197005121995031201', pangkat: 'Pembina Utama Madya (IV/d)', jabatan: 'Sekretaris Daerah', sekretarisDaerah: true };
    expect(namaPenandatangan(doc({ penandatangan: sekda, diktum: ['…'] }))).toEqual({ nama: 'H. Ahmad Fauzi' });
    expect(namaPenandatangan(doc({ penandatangan: sekda }))).toEqual({ nama: 'Drs. H. Ahmad Fauzi, M.Si.' });
    expect(namaPenandatangan(doc({ penandatangan: { jabatan: 'Bupati Pati', nama: 'Drs. Bambang Setiadi' }, diktum: ['…'] }))).toEqual({ nama: 'Bambang Setiadi' });
  });

  it('gelar: academic ones before the name and all after its comma go; a religious title stays', () => {
    expect(tanpaGelar('dr. Hj. Nurul Hasanah, M.Kes.')).toBe('Hj. Nurul Hasanah');
    expect(tanpaGelar('Prof. Dr. Ir. Siti Aminah, M.Sc., Ph.D.')).toBe('Siti Aminah');
    expect(tanpaGelar('Agus Setiawan')).toBe('Agus Setiawan');
  });
});

describe('citations as the law writes them', () => {
  it.each([
    ['banjar', 'banjar pasal 14(2)', 'Pasal 14 ayat (2) Peraturan Bupati Banjar Nomor 39 Tahun 2024'],
    ['bengkalis', 'bengkalis pasal 7(8)b, lampiran BAB II angka 6', 'Pasal 7 ayat (8) Peraturan Bupati Bengkalis Nomor 31 Tahun 2024'],
    ['pasuruan', 'pasuruan pasal 5', 'Pasal 5 Peraturan Walikota Pasuruan Nomor 41 Tahun 2023'],
  ] as const)('%s: %s', (region, citation, law) => {
    expect(pasalHukum(PROFILES[region], citation)).toBe(law);
  });
});

describe('the Dasar cites the request letter by its number and date, never the case id', () => {
  const org = snapshot(demoMasterData('banjar'));
  const p = demoPeople('banjar');
  const request = {
    unitPemilik: 'BAPPEDA', unitTujuan: 'KOMINFO', maksud: 'pengembangan dasbor perencanaan', kompetensi: ['pemrograman web'],
    target: 'dasbor terbit', jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-06-30' }, pegawai: p.pranataKomputer1,
  };
  const dasar = (over: object, today?: string) => {
    const planned = planP2(PROFILES.banjar, org, { ...request, ...over }, { caseId: 'banjar-p2-kasus-7', actorNip: p.kepalaBappeda, deadlines: DEADLINES, today });
    return planned.documents.find((d) => d.kind === 'surat-tugas')!.isi.dasar!;
  };

  it('as the request numbered and dated it', () => {
    const d = dasar({ surat: { nomor: '800.1.11.1/27/BAPPEDA/2027', tanggal: '2027-01-02' } }, '2027-01-04');
    expect(d.at(-1)).toBe('Surat Kepala Badan Perencanaan Pembangunan Daerah Nomor 800.1.11.1/27/BAPPEDA/2027 tanggal 2 Januari 2027 hal Permohonan Pelibatan');
    expect(d.join(' ')).not.toContain('kasus-7');
  });

  it('a request without a number: the day it arrived', () => {
    expect(dasar({}, '2027-01-04').at(-1)).toBe('Surat Kepala Badan Perencanaan Pembangunan Daerah tanggal 4 Januari 2027 hal Permohonan Pelibatan');
  });
});

describe('values inserted into a sentence read as part of it', () => {
  it('a value written as a sentence of its own starts small; an abbreviation stays', () => {
    expect(dalamKalimat('Tersedianya data perencanaan')).toBe('tersedianya data perencanaan');
    expect(dalamKalimat('SPBE terpadu')).toBe('SPBE terpadu');
    expect(dalamKalimat('eKinerja terisi')).toBe('eKinerja terisi');
    expect(judulDalamKalimat('KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR')).toBe('Keputusan Sekretaris Daerah Kabupaten Banjar');
  });
});
