// A form of the lampiran rendered as a PDF: bengkalis BAB II form 7, the rekomendasi penilaian kinerja.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../documents/pdf';
import type { DocumentData } from '../../domain/dokumen';

const ketua = { nama: 'Dr. Hendra Gunawan, S.E., M.Si.', nip: '197201011997031104', pangkat: 'Pembina Utama Muda (IV/c)', jabatan: 'Kepala Badan Perencanaan Pembangunan Daerah' };

const form7: DocumentData = {
  id: 'bengkalis-p8-91ab.rekomendasi-penilaian-kinerja', caseId: 'bengkalis-p8-91ab', kind: 'rekomendasi-penilaian-kinerja',
  title: 'REKOMENDASI PENILAIAN KINERJA', nomor: '800/3/REK-PK/BAPPEDA/2027', region: 'bengkalis',
  pemerintah: 'PEMERINTAH KABUPATEN BENGKALIS', instansi: 'Badan Perencanaan Pembangunan Daerah', tempat: 'Bengkalis', zonaWaktu: 'Asia/Jakarta',
  issuedAt: '2027-04-05T03:00:00.000Z',
  formulir: {
    subjudul: 'PENYUSUNAN DASHBOARD DATA PERENCANAAN',
    identitas: [
      { judul: 'PEGAWAI YANG DINILAI', baris: [['Nama', 'Rizky Pratama, S.Kom.'], ['NIP', '199003152015021106'], ['Pangkat/Gol.', 'Penata Muda Tingkat I (III/b)'], ['Jabatan', 'Pranata Komputer Ahli Pertama'], ['Perangkat Daerah', 'Dinas Komunikasi dan Informatika']] },
      { judul: 'KETUA TIM/PENANGGUNG JAWAB TIM', baris: [['Nama', ketua.nama], ['NIP', ketua.nip], ['Pangkat/Gol.', ketua.pangkat], ['Jabatan', ketua.jabatan], ['Perangkat Daerah', 'Badan Perencanaan Pembangunan Daerah']] },
    ],
    tabel: { kolom: ['NO', 'ASPEK PENILAIAN', 'PENILAIAN KINERJA'], baris: [['1.', 'Hasil Kerja', 'Sesuai Ekspektasi'], ['2.', 'Perilaku Kerja', 'Di atas Ekspektasi'], ['3.', 'Predikat Kinerja', 'Sangat Baik']] },
    catatan: ['Predikat menurut matriks PermenPANRB 6/2022: Baik; dipilih Sangat Baik dengan alasan: dua modul tambahan.'],
    selaku: 'Ketua Tim/Penanggung Jawab Tim',
  },
  penutup: '', tembusan: [], penandatangan: ketua,
  citation: 'bengkalis lampiran BAB I §II.C.d.6, lampiran BAB II form 7', nomorCitation: 'bengkalis lampiran BAB II form 7',
};

/** The text a PDF shows, from its uncompressed content streams (pdfkit writes standard-font text as hex in TJ arrays). */
const shown = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map(([, a]) => [...a.matchAll(/<([0-9a-fA-F]*)>\s*(-?[\d.]+)?/g)].map(([, hex, adj]) => Buffer.from(hex, 'hex').toString('latin1') + (Number(adj) < -100 ? ' ' : '')).join(''))
    .join(' ').replace(/\s+/g, ' ');

describe('form 7 (rekomendasi penilaian kinerja) as a PDF', () => {
  it('shows both parties, the ratings table and the rater signing as ketua tim, on one page', async () => {
    const pdf = await renderPdf(form7, { compress: false });
    const text = shown(pdf);
    for (const s of ['REKOMENDASI PENILAIAN KINERJA', 'PEGAWAI YANG DINILAI', 'KETUA TIM/PENANGGUNG JAWAB TIM', '199003152015021106', 'ASPEK PENILAIAN', 'PENILAIAN KINERJA',
      'Hasil Kerja', 'Sesuai Ekspektasi', 'Perilaku Kerja', 'Di atas Ekspektasi', 'Predikat Kinerja', 'Sangat Baik', 'Bengkalis, 5 April 2027', 'KETUA TIM/PENANGGUNG JAWAB TIM,', `NIP. ${ketua.nip}`])
      expect(text).toContain(s);
    // The signature names the capacity, not the jabatan; a form has no Surat Tugas sections.
    expect(text).not.toContain('KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH,');
    expect(text).not.toContain('MEMERINTAHKAN');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('renders the same bytes for the same document', async () => {
    expect((await renderPdf(form7)).equals(await renderPdf(form7))).toBe(true);
  });
});
