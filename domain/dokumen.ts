// The contents of an issued document, composed from the case: what a Surat Tugas or a Keputusan
// says, in the region's words. Rendering to PDF is separate (documents/pdf.ts).
import { pangkatGolongan, type Golongan } from './kepegawaian';
import type { Candidate, PenunjukanLintasUnitInput, ResolvedDocument } from './kasus';

export interface Person {
  nama: string;
  nip: string;
  pangkat: string; // "Penata Muda (III/a)"
  jabatan: string;
}

export interface DocumentData {
  id: string;
  caseId: string;
  kind: ResolvedDocument['kind'];
  title: string; // SURAT TUGAS / KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR
  nomor: string;
  region: string;
  pemerintah: string; // kop: PEMERINTAH KABUPATEN BANJAR
  instansi: string; // kop: the issuing Perangkat Daerah
  alamat?: string;
  tempat: string;
  zonaWaktu: string;
  issuedAt: string; // ISO
  /** Surat Tugas */
  dasar?: string[];
  kepada?: Person[];
  untuk?: string[];
  /** Keputusan */
  tentang?: string;
  menimbang?: string[];
  mengingat?: string[];
  diktum?: string[];
  penutup: string;
  tembusan: string[];
  penandatangan: Person;
  /** Where the document's form and number come from. */
  citation: string;
  nomorCitation: string;
}

const person = (p: { nama: string; nip: string; jabatan: string; golongan: Golongan }): Person => ({
  nama: p.nama, nip: p.nip, jabatan: p.jabatan, pangkat: pangkatGolongan(p.golongan),
});

export const zonaWaktuOf = (input: Pick<PenunjukanLintasUnitInput, 'zonaWaktu'>) => input.zonaWaktu ?? 'Asia/Jakarta';
/** "12 Maret 2026", in the region's local time. */
export const tanggal = (iso: string, zonaWaktu = 'Asia/Jakarta') =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zonaWaktu }).format(new Date(iso));
/** The year a letter is numbered in: local, so a letter issued on 31 December at 23:30 WITA counts in that year. */
export const tahun = (iso: string, zonaWaktu = 'Asia/Jakarta') =>
  Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: zonaWaktu }).format(new Date(iso)));

export function composeDocument(
  input: PenunjukanLintasUnitInput,
  doc: ResolvedDocument,
  employee: Candidate,
  id: string,
  nomor: string,
  issuedAt: string,
): DocumentData {
  const p = input.permohonan;
  const periode = `${tanggal(p.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(p.jangkaWaktu.selesai, 'UTC')}`; // plain dates
  const tugas = [
    `Melaksanakan tugas pada ${input.unitPemilik.nama} dalam rangka ${p.maksud}`,
    `Target yang diharapkan: ${p.target}`,
    ...(p.kompetensi.length ? [`Kompetensi yang dibutuhkan: ${p.kompetensi.join(', ')}`] : []),
    `Jangka waktu penugasan: ${periode}`,
  ];
  const common = {
    id, caseId: input.caseId, kind: doc.kind, title: doc.title, nomor, region: input.region,
    pemerintah: input.pemerintah, instansi: doc.issuingUnit.namaPd, alamat: doc.issuingUnit.alamat, tempat: input.tempat, zonaWaktu: zonaWaktuOf(input),
    issuedAt, penutup: doc.penutup, tembusan: doc.tembusan, penandatangan: person(doc.signatory),
    citation: doc.citation, nomorCitation: doc.nomorCitation,
  };
  const dasarHukum = [
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi',
    input.regulation.title,
  ];
  if (doc.kind === 'keputusan-sekda')
    return {
      ...common,
      tentang: `Penugasan Pegawai Lintas Unit Organisasi pada ${input.unitPemilik.nama}`,
      menimbang: [
        `bahwa ${input.unitPemilik.nama} membutuhkan keterlibatan pegawai dari ${input.unitTujuan.nama} dalam rangka ${p.maksud}`,
        `bahwa penugasan lintas Unit Organisasi ditetapkan dengan Keputusan Sekretaris Daerah (${doc.citation})`,
      ],
      mengingat: dasarHukum,
      diktum: [
        `Menugaskan ${employee.nama}, NIP ${employee.nip}, ${pangkatGolongan(employee.golongan)}, ${employee.jabatan}, pada ${input.unitPemilik.nama}.`,
        ...tugas.slice(1).map((t) => `${t}.`),
        'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      ],
    };
  return {
    ...common,
    dasar: [...dasarHukum, `Surat Permohonan Pelibatan dari ${input.pemohon.jabatan} (perkara ${input.caseId})`],
    kepada: [person(employee)],
    untuk: tugas,
  };
}
