// Beside the decree, where the region's text gives one (pasuruan lampiran II): a Surat Tugas for each member
// it assigns, naming their place in the team, signed by the decree's signer and numbered as every Surat Tugas.
import { tanggal } from '../../domain/dokumen';
import type { DocumentRef } from '../../domain/kasus';
import { isiSuratTugasAnggota } from '../../procedures/pembentukanTimKerja/plan';
import { anggotaTim, type TimContext } from './context';

/** Issues each member's Surat Tugas, citing the decree just issued by its number and date; answers them. */
export async function suratTugasAnggota({ kasus, input }: TimContext, keputusan: DocumentRef): Promise<DocumentRef[]> {
  const { document, sebagai } = input.suratTugasAnggota!;
  const dasar = { title: keputusan.title, nomor: keputusan.nomor, tanggal: tanggal(keputusan.issuedAt, input.zonaWaktu) };
  const { subject } = kasus.view;
  const each = anggotaTim(subject.susunan).map((a) => ({
    ...document, penerima: { nip: a.nip, nama: a.nama, jabatan: a.jabatan },
    isi: isiSuratTugasAnggota(input.format, subject, a, sebagai[a.kedudukan as keyof typeof sebagai], dasar),
  }));
  const issued = await kasus.issue(each);
  return issued.slice(-each.length);
}
