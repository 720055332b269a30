// A regency's org tree as varied as real ones are, for the tests: a Dinas Kesehatan with a UPTD
// Puskesmas led by a Pejabat Fungsional (Dokter Ahli Madya) whose perawat and bidan answer to him;
// a Kecamatan with a Sekretariat, a Seksi and a Kelurahan; the Sekretariat Daerah with an Asisten
// and a Bagian; an RSUD with a Direktur, a Wakil Direktur and a Kepala Bidang; and a Bappeda that
// asks for people. The same tree in every region; NIPs distinct per region.
import type { MasterDataImport } from '../../domain/masterData';
import type { OrgSnapshot } from '../../domain/organisasi';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';

const REGION_DIGIT: Record<Region, number> = { bengkalis: 1, banjar: 2, pati: 3, pasuruan: 4 };

const PEOPLE = {
  sekda: ['19680105', '199203', 1], asisten: ['19700611', '199503', 1], kabagPem: ['19780920', '200312', 2], analisKebijakan: ['19890214', '201403', 2],
  kadinkes: ['19710303', '199803', 2], kabidKesmas: ['19790707', '200503', 1], epidemiolog: ['19870312', '201203', 2],
  kapus: ['19750830', '200212', 1], perawat1: ['19910419', '201703', 2], perawat2: ['19930122', '201903', 1], bidan: ['19950609', '202003', 2], pengadministrasiPkm: ['19970101', '202103', 1],
  camat: ['19760415', '200103', 1], sekcam: ['19800812', '200603', 2], kasiPem: ['19840228', '200912', 1], pelaksanaKec: ['19920905', '201803', 2],
  lurah: ['19820117', '200803', 1], pelaksanaKel: ['19940330', '202003', 1],
  direktur: ['19690923', '199603', 1], wadir: ['19770510', '200303', 2], kabidYanmed: ['19810102', '200703', 1], perawatRsud: ['19900728', '201503', 2],
  kaban: ['19720220', '199903', 1], kabidPeren: ['19830606', '200903', 2], perencana: ['19880808', '201303', 1],
  kasubagTuPkm: ['19850404', '201003', 2], pelaksanaPustu: ['19960712', '202103', 1],
} as const satisfies Record<string, readonly [string, string, 1 | 2]>;
export type VariedPeople = Record<keyof typeof PEOPLE, string>;

/** NIP: birth date, TMT, sex, then a sequence (from 601) whose first digit is the region. */
export function variedPeople(region: Region): VariedPeople {
  return Object.fromEntries(Object.entries(PEOPLE).map(([k, [birth, tmt, sex]], i) =>
    [k, `${birth}${tmt}${sex}${REGION_DIGIT[region]}${String(60 + i).padStart(2, '0')}`])) as VariedPeople;
}

export function variedOrg(region: Region): MasterDataImport {
  const p = variedPeople(region);
  // The PUO stored with a JF or Pelaksana is the region's: the unit's leader where any leader is one
  // (pati pasal 1 angka 13), else the head of the Perangkat Daerah.
  const unitScope = PROFILES[region].puo.scope === 'unit';
  const kedudukan = (ppk: string, pdHead: string) => ({ ppk, puo: unitScope ? ppk : pdHead });
  const pkm = kedudukan(p.kapus, p.kadinkes);
  return {
    units: [
      { kode: 'SETDA', nama: 'Sekretariat Daerah', induk: null, jenis: 'sekretariat-daerah', kodeSurat: 'SETDA', alamat: 'Jalan Pemuda Nomor 1' },
      { kode: 'SETDA-AS1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', induk: 'SETDA', jenis: 'asisten', kodeSurat: 'SETDA.AS1' },
      { kode: 'SETDA-PEM', nama: 'Bagian Tata Pemerintahan', induk: 'SETDA-AS1', jenis: 'bagian', kodeSurat: 'SETDA.PEM' },
      { kode: 'DINKES', nama: 'Dinas Kesehatan', induk: null, jenis: 'dinas', kodeSurat: 'DINKES', alamat: 'Jalan Ahmad Yani Nomor 12' },
      { kode: 'DINKES-KESMAS', nama: 'Bidang Kesehatan Masyarakat', induk: 'DINKES', jenis: 'bidang', kodeSurat: 'DINKES.KESMAS' },
      { kode: 'PKM-KOTA', nama: 'UPTD Puskesmas Kota', induk: 'DINKES', jenis: 'uptd', kodeSurat: 'PKM.KOTA', alamat: 'Jalan Sukaramai Nomor 4' },
      { kode: 'PUSTU-SUKA', nama: 'Puskesmas Pembantu Sukamaju', induk: 'PKM-KOTA', jenis: 'unit', kodeSurat: 'PKM.KOTA.SUKA' },
      { kode: 'KEC-KOTA', nama: 'Kecamatan Kota', induk: null, jenis: 'kecamatan', kodeSurat: 'KEC.KOTA', alamat: 'Jalan Kecamatan Nomor 2' },
      { kode: 'KEC-KOTA-SEKRE', nama: 'Sekretariat Kecamatan Kota', induk: 'KEC-KOTA', jenis: 'sekretariat', kodeSurat: 'KEC.KOTA.SEKRE' },
      { kode: 'KEC-KOTA-PEM', nama: 'Seksi Pemerintahan', induk: 'KEC-KOTA', jenis: 'seksi', kodeSurat: 'KEC.KOTA.PEM' },
      { kode: 'KEL-PASAR', nama: 'Kelurahan Pasar', induk: 'KEC-KOTA', jenis: 'kelurahan', kodeSurat: 'KEL.PASAR' },
      { kode: 'RSUD', nama: 'Rumah Sakit Umum Daerah', induk: null, jenis: 'rsud', kodeSurat: 'RSUD', alamat: 'Jalan Rumah Sakit Nomor 1' },
      { kode: 'RSUD-WADIR-YAN', nama: 'Wakil Direktur Pelayanan', induk: 'RSUD', jenis: 'bidang', kodeSurat: 'RSUD.WADIR' },
      { kode: 'RSUD-YANMED', nama: 'Bidang Pelayanan Medik', induk: 'RSUD-WADIR-YAN', jenis: 'bidang', kodeSurat: 'RSUD.YANMED' },
      { kode: 'BAPPEDA', nama: 'Badan Perencanaan Pembangunan Daerah', induk: null, jenis: 'badan', kodeSurat: 'BAPPEDA', alamat: 'Jalan Diponegoro Nomor 3' },
      { kode: 'BAPPEDA-PEREN', nama: 'Bidang Perencanaan dan Pendanaan', induk: 'BAPPEDA', jenis: 'bidang', kodeSurat: 'BAPPEDA.PEREN' },
    ],
    jabatan: [
      { kode: 'SEKDA', nama: 'Sekretaris Daerah', unit: 'SETDA', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'ASISTEN-1', nama: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', unit: 'SETDA-AS1', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'KABAG-PEM', nama: 'Kepala Bagian Tata Pemerintahan', unit: 'SETDA-PEM', jenis: 'administrator', memimpinUnit: true },
      { kode: 'ANALIS-KEBIJAKAN-MUDA', nama: 'Analis Kebijakan Ahli Muda', unit: 'SETDA-PEM', jenis: 'fungsional', jenjang: 'muda' },
      { kode: 'KADINKES', nama: 'Kepala Dinas Kesehatan', unit: 'DINKES', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'KABID-KESMAS', nama: 'Kepala Bidang Kesehatan Masyarakat', unit: 'DINKES-KESMAS', jenis: 'administrator', memimpinUnit: true },
      { kode: 'EPIDEMIOLOG-MUDA', nama: 'Epidemiolog Kesehatan Ahli Muda', unit: 'DINKES-KESMAS', jenis: 'fungsional', jenjang: 'muda' },
      // The Kepala UPTD Puskesmas: a Dokter Ahli Madya appointed to lead the unit kerja mandiri.
      { kode: 'KAPUS-KOTA', nama: 'Dokter Ahli Madya selaku Kepala UPTD Puskesmas Kota', unit: 'PKM-KOTA', jenis: 'fungsional', jenjang: 'madya', memimpinUnit: true },
      { kode: 'PERAWAT-PERTAMA', nama: 'Perawat Ahli Pertama', unit: 'PKM-KOTA', jenis: 'fungsional', jenjang: 'pertama' },
      { kode: 'BIDAN-TERAMPIL', nama: 'Bidan Terampil', unit: 'PKM-KOTA', jenis: 'fungsional', jenjang: 'terampil' },
      { kode: 'PENGADMINISTRASI-PKM', nama: 'Pengadministrasi Perkantoran', unit: 'PKM-KOTA', jenis: 'pelaksana' },
      // A Pengawas inside the Puskesmas who leads no unit of their own, yet is the PPK of its Pelaksana.
      { kode: 'KASUBAG-TU-PKM', nama: 'Kepala Subbagian Tata Usaha UPTD Puskesmas Kota', unit: 'PKM-KOTA', jenis: 'pengawas' },
      { kode: 'PENGADMINISTRASI-PUSTU', nama: 'Pengadministrasi Umum', unit: 'PUSTU-SUKA', jenis: 'pelaksana' },
      { kode: 'CAMAT', nama: 'Camat Kota', unit: 'KEC-KOTA', jenis: 'administrator', memimpinUnit: true },
      { kode: 'SEKCAM', nama: 'Sekretaris Kecamatan Kota', unit: 'KEC-KOTA-SEKRE', jenis: 'administrator', memimpinUnit: true },
      { kode: 'KASI-PEM', nama: 'Kepala Seksi Pemerintahan', unit: 'KEC-KOTA-PEM', jenis: 'pengawas', memimpinUnit: true },
      { kode: 'PENGADMINISTRASI-KEC', nama: 'Pengadministrasi Pemerintahan', unit: 'KEC-KOTA-PEM', jenis: 'pelaksana' },
      { kode: 'LURAH', nama: 'Lurah Pasar', unit: 'KEL-PASAR', jenis: 'pengawas', memimpinUnit: true },
      { kode: 'PENGADMINISTRASI-KEL', nama: 'Pengadministrasi Umum', unit: 'KEL-PASAR', jenis: 'pelaksana' },
      { kode: 'DIREKTUR-RSUD', nama: 'Direktur Rumah Sakit Umum Daerah', unit: 'RSUD', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'WADIR-YAN', nama: 'Wakil Direktur Pelayanan', unit: 'RSUD-WADIR-YAN', jenis: 'administrator', memimpinUnit: true },
      { kode: 'KABID-YANMED', nama: 'Kepala Bidang Pelayanan Medik', unit: 'RSUD-YANMED', jenis: 'administrator', memimpinUnit: true },
      { kode: 'PERAWAT-MUDA-RSUD', nama: 'Perawat Ahli Muda', unit: 'RSUD-YANMED', jenis: 'fungsional', jenjang: 'muda' },
      { kode: 'KABAN-BAPPEDA', nama: 'Kepala Badan Perencanaan Pembangunan Daerah', unit: 'BAPPEDA', jenis: 'jpt-pratama', memimpinUnit: true },
      { kode: 'KABID-PEREN', nama: 'Kepala Bidang Perencanaan dan Pendanaan', unit: 'BAPPEDA-PEREN', jenis: 'administrator', memimpinUnit: true },
      { kode: 'PERENCANA-MUDA', nama: 'Perencana Ahli Muda', unit: 'BAPPEDA-PEREN', jenis: 'fungsional', jenjang: 'muda' },
    ],
    pegawai: [
      { nip: p.sekda, nama: 'Dr. H. Rahmat Hidayat, M.Si.', golongan: 'IV/d', jabatan: 'SEKDA', pendidikan: 'S3', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 32 },
      { nip: p.asisten, nama: 'Drs. Suryadi, M.M.', golongan: 'IV/c', jabatan: 'ASISTEN-1', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 29 },
      { nip: p.kabagPem, nama: 'Linda Marlina, S.IP., M.Si.', golongan: 'IV/a', jabatan: 'KABAG-PEM', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 21 },
      { nip: p.analisKebijakan, nama: 'Yuliana Putri, S.Sos.', golongan: 'III/c', jabatan: 'ANALIS-KEBIJAKAN-MUDA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 11, kedudukan: kedudukan(p.kabagPem, p.sekda) },
      // A Kepala Dinas is assessed by the Sekretaris Daerah: stored here, as the master data may.
      { nip: p.kadinkes, nama: 'dr. Hj. Nurul Hasanah, M.Kes.', golongan: 'IV/c', jabatan: 'KADINKES', pendidikan: 'S2', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 27, kedudukan: { ppk: p.sekda } },
      { nip: p.kabidKesmas, nama: 'Andi Saputra, S.K.M., M.Kes.', golongan: 'IV/a', jabatan: 'KABID-KESMAS', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 20 },
      { nip: p.epidemiolog, nama: 'Maya Anggraini, S.K.M.', golongan: 'III/c', jabatan: 'EPIDEMIOLOG-MUDA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 13, kedudukan: kedudukan(p.kabidKesmas, p.kadinkes) },
      { nip: p.kapus, nama: 'dr. Budi Santoso', golongan: 'IV/b', jabatan: 'KAPUS-KOTA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 22, kedudukan: { ppk: p.kadinkes } },
      { nip: p.perawat1, nama: 'Sri Wahyuni, S.Kep., Ns.', golongan: 'III/b', jabatan: 'PERAWAT-PERTAMA', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 8, kedudukan: pkm },
      { nip: p.perawat2, nama: 'Ahmad Rizal, S.Kep., Ns.', golongan: 'III/a', jabatan: 'PERAWAT-PERTAMA', pendidikan: 'S1', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 6, kedudukan: pkm },
      { nip: p.bidan, nama: 'Rina Kartika, A.Md.Keb.', golongan: 'II/d', jabatan: 'BIDAN-TERAMPIL', pendidikan: 'D3', predikatTerakhir: 'Baik', pengalamanTahun: 5, kedudukan: pkm },
      { nip: p.kasubagTuPkm, nama: 'Yeni Marlina, S.E.', golongan: 'III/c', jabatan: 'KASUBAG-TU-PKM', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 14 },
      { nip: p.pengadministrasiPkm, nama: 'Dedi Kurniawan', golongan: 'II/a', jabatan: 'PENGADMINISTRASI-PKM', pendidikan: 'SMA', predikatTerakhir: 'Baik', pengalamanTahun: 4, kedudukan: kedudukan(p.kasubagTuPkm, p.kadinkes) },
      // At the Pustu, which has no head of its own; the PPK is the Kasubbag TU in the Puskesmas above.
      { nip: p.pelaksanaPustu, nama: 'Rudi Hartono', golongan: 'II/a', jabatan: 'PENGADMINISTRASI-PUSTU', pendidikan: 'SMA', predikatTerakhir: 'Baik', pengalamanTahun: 3, kedudukan: kedudukan(p.kasubagTuPkm, p.kadinkes) },
      { nip: p.camat, nama: 'H. Syamsul Bahri, S.STP., M.Si.', golongan: 'IV/a', jabatan: 'CAMAT', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 24 },
      { nip: p.sekcam, nama: 'Wulan Sari, S.IP.', golongan: 'III/d', jabatan: 'SEKCAM', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 18 },
      { nip: p.kasiPem, nama: 'Eko Prasetyo, S.H.', golongan: 'III/c', jabatan: 'KASI-PEM', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 15 },
      { nip: p.pelaksanaKec, nama: 'Lestari Handayani', golongan: 'II/c', jabatan: 'PENGADMINISTRASI-KEC', pendidikan: 'SMA', predikatTerakhir: 'Baik', pengalamanTahun: 6, kedudukan: kedudukan(p.kasiPem, p.camat) },
      { nip: p.lurah, nama: 'Hendri Wijaya, S.Sos.', golongan: 'III/d', jabatan: 'LURAH', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 16 },
      // Kelurahan: the Lurah is the PPK (pati lampiran B.1 c.2); the Camat leads the Perangkat Daerah.
      { nip: p.pelaksanaKel, nama: 'Joko Susilo', golongan: 'II/b', jabatan: 'PENGADMINISTRASI-KEL', pendidikan: 'SMA', predikatTerakhir: 'Baik', pengalamanTahun: 4, kedudukan: kedudukan(p.lurah, p.camat) },
      { nip: p.direktur, nama: 'dr. Indra Kusuma, Sp.PD., M.A.R.S.', golongan: 'IV/c', jabatan: 'DIREKTUR-RSUD', pendidikan: 'S2', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 28 },
      { nip: p.wadir, nama: 'dr. Fitri Ramadhani, M.Kes.', golongan: 'IV/b', jabatan: 'WADIR-YAN', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 21 },
      { nip: p.kabidYanmed, nama: 'Taufik Hidayat, S.Kep., M.Kes.', golongan: 'IV/a', jabatan: 'KABID-YANMED', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 17 },
      { nip: p.perawatRsud, nama: 'Dewi Anggraeni, S.Kep., Ns.', golongan: 'III/c', jabatan: 'PERAWAT-MUDA-RSUD', pendidikan: 'S1', predikatTerakhir: 'Baik', pengalamanTahun: 10, kedudukan: kedudukan(p.kabidYanmed, p.direktur) },
      { nip: p.kaban, nama: 'Ir. Herman Susanto, M.T.', golongan: 'IV/c', jabatan: 'KABAN-BAPPEDA', pendidikan: 'S2', predikatTerakhir: 'Sangat Baik', pengalamanTahun: 28 },
      { nip: p.kabidPeren, nama: 'Novita Sari, S.E., M.Ec.Dev.', golongan: 'IV/a', jabatan: 'KABID-PEREN', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 17 },
      { nip: p.perencana, nama: 'Bayu Aji, S.T., M.P.W.K.', golongan: 'III/d', jabatan: 'PERENCANA-MUDA', pendidikan: 'S2', predikatTerakhir: 'Baik', pengalamanTahun: 12, kedudukan: kedudukan(p.kabidPeren, p.kaban) },
    ],
  };
}

/** An import as the rules see it once stored (what loadOrg reads from PostgreSQL). */
export function snapshot(data: MasterDataImport): OrgSnapshot {
  const jabatan = new Map(data.jabatan!.map((j) => [j.kode, j]));
  return {
    units: Object.fromEntries(data.units!.map((u) => [u.kode, u])),
    pegawai: Object.fromEntries(data.pegawai!.map((p) => {
      const j = jabatan.get(p.jabatan)!;
      return [p.nip, {
        nip: p.nip, nama: p.nama, golongan: p.golongan, jabatan: j.kode, namaJabatan: j.nama, jenisJabatan: j.jenis, jenjang: j.jenjang,
        unit: j.unit, memimpinUnit: !!j.memimpinUnit, pendidikan: p.pendidikan, predikatTerakhir: p.predikatTerakhir,
        pengalamanTahun: p.pengalamanTahun, hasilPenyetaraan: !!p.hasilPenyetaraan, ppk: p.kedudukan?.ppk, puo: p.kedudukan?.puo,
      }];
    })),
  };
}
