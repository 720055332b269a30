// Demo master data: the same small org in each of the four regions, enough to run every P2 path.
// Two Perangkat Daerah (Bappeda owns a target and asks Diskominfo for a Pranata Komputer) and the
// Sekretariat Daerah; a Dinas Kesehatan whose UPTD Puskesmas is led by a Pejabat Fungsional. NIPs are valid and distinct per region (the sequence digits carry the region).
import type { MasterDataImport } from '../domain/masterData';
import { PROFILES } from '../profiles';
import type { Region } from '../profiles/schema';

const REGION_DIGIT: Record<Region, number> = { bengkalis: 1, banjar: 2, pati: 3, pasuruan: 4 };
/** Letter codes of each Perangkat Daerah: pasuruan numbers carry 423.<kode PD>. */
const KODE_PD: Record<Region, { setda: string; kominfo: string; bappeda: string; dinkes: string }> = {
  bengkalis: { setda: 'SETDA', kominfo: 'DISKOMINFOTIK', bappeda: 'BAPPEDA', dinkes: 'DISKES' },
  banjar: { setda: 'SETDA', kominfo: 'DISKOMINFO', bappeda: 'BAPPEDALITBANG', dinkes: 'DINKES' },
  pati: { setda: 'SETDA', kominfo: 'DINKOMINFO', bappeda: 'BAPPEDA', dinkes: 'DINKES' },
  pasuruan: { setda: '010', kominfo: '115', bappeda: '060', dinkes: '440' },
};

/** NIP: birth date, TMT, sex, then a sequence whose first digit is the region. */
const nip = (region: Region, birth: string, tmt: string, sex: 1 | 2, n: number) =>
  `${birth}${tmt}${sex}${REGION_DIGIT[region]}${String(n).padStart(2, '0')}`;

export interface DemoPeople {
  sekda: string; kadisKominfo: string; kabidAptika: string; kepalaBappeda: string; kabidPerencanaan: string;
  pranataKomputer1: string; pranataKomputer2: string; pelaksanaAptika: string; perencana: string; tanpaKedudukan: string;
  kadisKesehatan: string; kepalaPuskesmas: string; perawat: string; bidan: string;
  /** Bappeda's own staff for a Tim Kerja (P6): a second JF and a Pelaksana. */
  statistisi: string; pelaksanaPerencanaan: string;
}

export function demoPeople(region: Region): DemoPeople {
  return {
    sekda: nip(region, '19700512', '199503', 1, 1),
    kadisKominfo: nip(region, '19740823', '199903', 1, 2),
    kabidAptika: nip(region, '19800214', '200501', 2, 3),
    kepalaBappeda: nip(region, '19720101', '199703', 1, 4),
    kabidPerencanaan: nip(region, '19820630', '200701', 2, 5),
    pranataKomputer1: nip(region, '19900315', '201502', 1, 6),
    pranataKomputer2: nip(region, '19920720', '201903', 2, 7),
    pelaksanaAptika: nip(region, '19950105', '202003', 1, 8),
    perencana: nip(region, '19880909', '201401', 2, 9),
    tanpaKedudukan: nip(region, '19930404', '202103', 1, 10),
    kadisKesehatan: nip(region, '19710303', '199803', 2, 11),
    kepalaPuskesmas: nip(region, '19750830', '200212', 1, 12),
    perawat: nip(region, '19910419', '201703', 2, 13),
    bidan: nip(region, '19950609', '202003', 2, 14),
    statistisi: nip(region, '19940218', '201903', 2, 15),
    pelaksanaPerencanaan: nip(region, '19960711', '202101', 1, 16),
  };
}

/** The demo regions' domain, kode pos and telephone area code (a kop's address block; the numbers are made up). */
const KONTAK: Record<Region, { domain: string; kodePos: string; kodeArea: string }> = {
  bengkalis: { domain: 'bengkaliskab.go.id', kodePos: '28712', kodeArea: '0766' },
  banjar: { domain: 'banjarkab.go.id', kodePos: '70614', kodeArea: '0511' },
  pati: { domain: 'patikab.go.id', kodePos: '59111', kodeArea: '0295' },
  pasuruan: { domain: 'pasuruankota.go.id', kodePos: '67111', kodeArea: '0343' },
};

export function demoMasterData(region: Region): MasterDataImport {
  const k = KODE_PD[region];
  const c = KONTAK[region];
  /** A Perangkat Daerah's address block: its alamat, a telephone number, its laman and surel under the region's domain. */
  const kop = (alamat: string, nama: string, n: number) => ({
    alamat, telepon: `(${c.kodeArea}) 47200${n}`, laman: `${nama}.${c.domain}`, surel: `${nama}@${c.domain}`, kodePos: c.kodePos,
  });
  const p = demoPeople(region);
  const kedudukanAptika = { ppk: p.kabidAptika, puo: p.kadisKominfo };
  // The Kepala Puskesmas is the PPK of its staff; their PUO is the region's (pati: any unit leader, pasal 1 angka 13).
  const kedudukanPuskesmas = { ppk: p.kepalaPuskesmas, puo: PROFILES[region].puo.scope === 'unit' ? p.kepalaPuskesmas : p.kadisKesehatan };
  return {
    units: [
      { kode: 'SETDA', nama: 'Sekretariat Daerah', induk: null, jenis: 'sekretariat-daerah', kodeSurat: k.setda, ...kop('Jalan Pemuda Nomor 1', 'setda', 11) },
      { kode: 'SETDA-ORG', nama: 'Bagian Organisasi', induk: 'SETDA', jenis: 'bagian', kodeSurat: `${k.setda}.ORG` },
      { kode: 'KOMINFO', nama: 'Dinas Komunikasi dan Informatika', induk: null, jenis: 'dinas', kodeSurat: k.kominfo, ...kop('Jalan Merdeka Nomor 7', 'diskominfo', 27) },
      { kode: 'KOMINFO-APTIKA', nama: 'Bidang Aplikasi Informatika', induk: 'KOMINFO', jenis: 'bidang', kodeSurat: `${k.kominfo}.APTIKA` },
      { kode: 'BAPPEDA', nama: 'Badan Perencanaan Pembangunan Daerah', induk: null, jenis: 'badan', kodeSurat: k.bappeda, ...kop('Jalan Diponegoro Nomor 3', 'bappeda', 33) },
      { kode: 'BAPPEDA-PEREN', nama: 'Bidang Perencanaan dan Pendanaan', induk: 'BAPPEDA', jenis: 'bidang', kodeSurat: `${k.bappeda}.PEREN` },
      { kode: 'DINKES', nama: 'Dinas Kesehatan', induk: null, jenis: 'dinas', kodeSurat: k.dinkes, ...kop('Jalan Ahmad Yani Nomor 12', 'dinkes', 42) },
      { kode: 'PKM-KOTA', nama: 'UPTD Puskesmas Kota', induk: 'DINKES', jenis: 'uptd', kodeSurat: `${k.dinkes}.PKM`, alamat: 'Jalan Sukaramai Nomor 4' },
    ],
    jabatan: [
      { kode: 'SEKDA', nama: 'Sekretaris Daerah', unit: 'SETDA', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'KADIS-KOMINFO', nama: 'Kepala Dinas Komunikasi dan Informatika', unit: 'KOMINFO', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'KABID-APTIKA', nama: 'Kepala Bidang Aplikasi Informatika', unit: 'KOMINFO-APTIKA', jenis: 'administrator', memimpinUnit: true },
      { kode: 'PRAKOM-PERTAMA', nama: 'Pranata Komputer Ahli Pertama', unit: 'KOMINFO-APTIKA', jenis: 'fungsional', jenjang: 'pertama' },
      { kode: 'PRAKOM-MUDA', nama: 'Pranata Komputer Ahli Muda', unit: 'KOMINFO-APTIKA', jenis: 'fungsional', jenjang: 'muda' },
      { kode: 'PENGELOLA-TI', nama: 'Pengelola Layanan Operasional', unit: 'KOMINFO-APTIKA', jenis: 'pelaksana' },
      { kode: 'KABAN-BAPPEDA', nama: 'Kepala Badan Perencanaan Pembangunan Daerah', unit: 'BAPPEDA', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'KABID-PEREN', nama: 'Kepala Bidang Perencanaan dan Pendanaan', unit: 'BAPPEDA-PEREN', jenis: 'administrator', memimpinUnit: true },
      { kode: 'PERENCANA-MUDA', nama: 'Perencana Ahli Muda', unit: 'BAPPEDA-PEREN', jenis: 'fungsional', jenjang: 'muda' },
      { kode: 'KADIS-KESEHATAN', nama: 'Kepala Dinas Kesehatan', unit: 'DINKES', jenis: 'jpt-pratama', memimpinUnit: true },
      // A JF appointed to lead a unit kerja mandiri (pati pasal 6(2), banjar pasal 8(2), bengkalis pasal 6(2)).
      { kode: 'KAPUS-KOTA', nama: 'Dokter Ahli Madya selaku Kepala UPTD Puskesmas Kota', unit: 'PKM-KOTA', jenis: 'fungsional', jenjang: 'madya', memimpinUnit: true },
      { kode: 'PERAWAT-PERTAMA', nama: 'Perawat Ahli Pertama', unit: 'PKM-KOTA', jenis: 'fungsional', jenjang: 'pertama' },
      { kode: 'BIDAN-TERAMPIL', nama: 'Bidan Terampil', unit: 'PKM-KOTA', jenis: 'fungsional', jenjang: 'terampil' },
      { kode: 'STATISTISI-PERTAMA', nama: 'Statistisi Ahli Pertama', unit: 'BAPPEDA-PEREN', jenis: 'fungsional', jenjang: 'pertama' },
      { kode: 'PENGADM-PERENCANAAN', nama: 'Pengadministrasi Perencanaan', unit: 'BAPPEDA-PEREN', jenis: 'pelaksana' },
    ],
    pegawai: [
      { nip: p.sekda, nama: 'Drs. H. Ahmad Fauzi, M.Si.', golongan: 'IV/d', jabatan: 'SEKDA', pendidikan: 'S2', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 30 },
      { nip: p.kadisKominfo, nama: 'Ir. Bambang Sutrisno, M.T.', golongan: 'IV/c', jabatan: 'KADIS-KOMINFO', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 26 },
      { nip: p.kabidAptika, nama: 'Siti Rahmawati, S.Kom., M.M.', golongan: 'IV/a', jabatan: 'KABID-APTIKA', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 20 },
      { nip: p.kepalaBappeda, nama: 'Dr. Hendra Gunawan, S.E., M.Si.', golongan: 'IV/c', jabatan: 'KABAN-BAPPEDA', pendidikan: 'S3', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 28 },
      { nip: p.kabidPerencanaan, nama: 'Dewi Lestari, S.T., M.P.P.', golongan: 'IV/a', jabatan: 'KABID-PEREN', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 18 },
      { nip: p.pranataKomputer1, nama: 'Rizky Pratama, S.Kom.', golongan: 'III/b', jabatan: 'PRAKOM-PERTAMA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 10, kedudukan: kedudukanAptika },
      { nip: p.pranataKomputer2, nama: 'Nur Aisyah, S.T.', golongan: 'III/c', jabatan: 'PRAKOM-MUDA', pendidikan: 'S1', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 7, kedudukan: kedudukanAptika },
      { nip: p.pelaksanaAptika, nama: 'Agus Setiawan', golongan: 'II/c', jabatan: 'PENGELOLA-TI', pendidikan: 'SMA', predikatTerakhir: 'Baik', pengalamanTahun: 6, kedudukan: kedudukanAptika },
      { nip: p.perencana, nama: 'Ratna Sari, S.E., M.E.', golongan: 'III/d', jabatan: 'PERENCANA-MUDA', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 12, kedudukan: { ppk: p.kabidPerencanaan, puo: p.kepalaBappeda } },
      // Not yet given a kedudukan: may not be assigned (banjar lampiran II.A.2, pati lampiran B.2).
      { nip: p.tanpaKedudukan, nama: 'Fajar Nugroho, S.Kom.', golongan: 'III/a', jabatan: 'PRAKOM-PERTAMA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 5 },
      { nip: p.kadisKesehatan, nama: 'dr. Hj. Nurul Hasanah, M.Kes.', golongan: 'IV/c', jabatan: 'KADIS-KESEHATAN', pendidikan: 'S2', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 27, kedudukan: { ppk: p.sekda } },
      { nip: p.kepalaPuskesmas, nama: 'dr. Budi Santoso', golongan: 'IV/b', jabatan: 'KAPUS-KOTA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 22, kedudukan: { ppk: p.kadisKesehatan } },
      { nip: p.perawat, nama: 'Sri Wahyuni, S.Kep., Ns.', golongan: 'III/b', jabatan: 'PERAWAT-PERTAMA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 8, kedudukan: kedudukanPuskesmas },
      { nip: p.bidan, nama: 'Rina Kartika, A.Md.Keb.', golongan: 'II/d', jabatan: 'BIDAN-TERAMPIL', pendidikan: 'D3', predikatTerakhir: 'Baik', pengalamanTahun: 5, kedudukan: kedudukanPuskesmas },
      { nip: p.statistisi, nama: 'Maya Anggraini, S.Si.', golongan: 'III/a', jabatan: 'STATISTISI-PERTAMA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 4, kedudukan: { ppk: p.kabidPerencanaan, puo: p.kepalaBappeda } },
      { nip: p.pelaksanaPerencanaan, nama: 'Dedi Kurniawan', golongan: 'II/c', jabatan: 'PENGADM-PERENCANAAN', pendidikan: 'SMA', predikatTerakhir: 'Baik', pengalamanTahun: 3, kedudukan: { ppk: p.kabidPerencanaan, puo: p.kepalaBappeda } },
    ],
    kepalaDaerah: { nama: KEPALA_DAERAH[region] },
  };
}

/** A fictional kepala daerah per demo region (the name a Keputusan Bupati is signed with). */
const KEPALA_DAERAH: Record<Region, string> = {
  bengkalis: 'Hj. Rahmawati Syarif, S.H.', banjar: 'H. Ahmad Rizani, S.H., M.H.', pati: 'Drs. Bambang Setiadi', pasuruan: 'Ir. Hendro Wibisono',
};
