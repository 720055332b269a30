// Beside the decree, where the region's text gives one (pasuruan lampiran II): a Surat Tugas for each member
// it assigns, naming their place in the team, signed by the decree's signer and numbered as every Surat Tugas.
import { tanggal } from '../../domain/dokumen';
import type { DocumentRef } from '../../domain/kasus';
import { isiSuratTugasAnggota } from '../../procedures/pembentukanTimKerja/plan';
import { anggotaTim, type TimContext } from './context';

/**
 * Issues each member's Surat Tugas (by default every member the decree assigns; after an amendment, whoever it
 * brings in, `revision` its number), citing the decree just issued by its number and date; answers them.
 */
export async function suratTugasAnggota({ kasus, input }: TimContext, keputusan: DocumentRef, anggota = anggotaTim(kasus.view.subject.susunan), revision?: number): Promise<DocumentRef[]> {
  const { document, sebagai } = input.suratTugasAnggota!;
  const { subject } = kasus.view;
  const dasar = { title: keputusan.title, nomor: keputusan.nomor, tanggal: tanggal(keputusan.issuedAt, input.zonaWaktu), ...(revision ? { perubahan: true } : {}) };
  const each = anggota.map((a) => ({
    ...document, penerima: { nip: a.nip, nama: a.nama, jabatan: a.jabatan },
    isi: isiSuratTugasAnggota(input.format, subject, a, sebagai[a.kedudukan as keyof typeof sebagai], dasar),
  }));
  const issued = await kasus.issue(each, revision ? { revision } : {});
  return issued.slice(-each.length);
}
