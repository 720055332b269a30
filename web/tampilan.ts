// How the pages word and show things in Bahasa Indonesia: times in the region's own zone (WIB, WITA),
// the timeline's actions, the statuses, a task held as Plt/Plh.
import { PROCEDURES } from '../procedures';
import { profileOf } from '../profiles';

const ZONA: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** A time as the region's officials read it: "4 Des 2026 09.30 WITA". A region not on this service (an agency asked) reads WIB. */
export function waktu(iso: string | undefined, region: string): string {
  if (!iso) return '';
  let timeZone = 'Asia/Jakarta';
  try { timeZone = profileOf(region).zonaWaktu; } catch { /* an agency not on this service */ }
  const text = new Intl.DateTimeFormat('id-ID', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  return `${text} ${ZONA[timeZone]}`;
}

export const STATUS: Record<string, string> = {
  'awaiting-decision': 'menunggu keputusan', issuing: 'sedang diterbitkan', 'awaiting-acknowledgement': 'menunggu tanda terima',
  'awaiting-submission': 'menunggu penyampaian', 'in-force': 'berlaku', issued: 'terbit', refused: 'ditolak', withdrawn: 'ditarik',
  expired: 'kedaluwarsa', 'in-progress': 'berjalan', completed: 'selesai', starting: 'sedang dimulai',
};

export const AKSI: Record<string, string> = {
  diajukan: 'Diajukan', direkomendasikan: 'Direkomendasikan', 'tidak-direkomendasikan': 'Tidak direkomendasikan', disetujui: 'Disetujui',
  ditolak: 'Ditolak', dilaksanakan: 'Dilaksanakan', ditarik: 'Ditarik', pengingat: 'Pengingat', eskalasi: 'Eskalasi', kedaluwarsa: 'Kedaluwarsa',
  diterbitkan: 'Diterbitkan', diterima: 'Diterima', dikembalikan: 'Dikembalikan untuk perbaikan', diubah: 'Diubah', dicatat: 'Dicatat',
  dialihkan: 'Dialihkan',
};

export const JENIS_TUGAS: Record<string, string> = { rekomendasi: 'Rekomendasi', keputusan: 'Keputusan', tindakan: 'Tindakan', 'tanda-terima': 'Tanda terima' };

export const namaProsedur = (id: string) => PROCEDURES[id]?.title ?? id;

/** A task an official holds for another as Plt or Plh (the delegation the inbox may carry). */
export interface Delegasi { jenis: 'Plt' | 'Plh' | 'Pj' | 'Pjs'; pemegang: { nip: string; nama: string; jabatan: string }; dasar: string }

/** "Plh. Kepala Bidang … (atas nama …)": the office the task is held in, and the holder it is held for. */
export const atasNama = (d: Delegasi) => `${d.jenis}. ${d.pemegang.jabatan} (atas nama ${d.pemegang.nama})`;

/** The refusals an official meets most, in their words; the API's own message follows for the detail. */
export const GALAT: Record<string, string> = {
  REASONS_REQUIRED: 'Penolakan wajib disertai alasan.',
  NOT_ASSIGNEE: 'Langkah ini bukan untuk Anda.',
  STEP_CLOSED: 'Langkah ini sudah ditutup.',
  STEP_NOT_OPEN: 'Langkah ini belum dibuka.',
  CASE_CLOSED: 'Perkara ini sudah selesai; tidak ada yang dapat diubah.',
  CASE_NOT_FOUND: 'Perkara ini tidak ada, atau tidak dapat Anda lihat.',
  READ_ONLY_ROLE: 'Peran Anda hanya membaca.',
  INVALID_REQUEST: 'Ada isian yang perlu diperbaiki.',
  CONTENT_REQUIRED: 'Isi wajib diisi.',
  DEVIATION_REASON_REQUIRED: 'Predikat yang berbeda dari saran matriks wajib disertai alasan.',
  UNKNOWN_REASON: 'Alasan baku tidak dikenal.',
  EMPLOYEE_LIST_REQUIRED: 'Daftar pegawai yang ditugaskan wajib diisi.',
  EMPLOYEE_LISTED_TWICE: 'Setiap pegawai hanya boleh tercantum sekali.',
  EMPLOYEE_LIST_INVALID: 'Daftar pegawai yang ditugaskan perlu diperbaiki.',
  EMPLOYEE_NOT_ELIGIBLE: 'Pegawai ini tidak memenuhi kriteria permohonan.',
  NOT_AN_AUDITOR: 'Hanya auditor wilayah ini yang dapat melakukannya.',
};

/** What a subject holds, as label and text rows (nested objects flattened: "Jangka waktu › Mulai"). */
export function ringkasan(value: unknown, label = ''): [string, string][] {
  const name = (k: string) => k.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return [[label, value.join(', ')]];
    return value.flatMap((v, i) => ringkasan(v, `${label} ${i + 1}`));
  }
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => ringkasan(v, label ? `${label} › ${name(k)}` : name(k)));
  return [[label, String(value)]];
}
