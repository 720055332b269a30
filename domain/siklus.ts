// The work cycle of an assignment (siklus kinerja): who reviews its result, and what an issued
// assignment case says about the work. Pure functions over the org tree and a case view.
import type { OfficialRole, RegionalProfile } from '../profiles/schema';
import type { CaseView, OfficialRef } from './kasus';
import { headOf, lineage, type JenisUnit, type OrgSnapshot, type Pegawai } from './organisasi';
import { ROLE_TITLE } from './pejabat';
import { refuse } from './refusal';

/**
 * The review chain of a work result, nearest first: the head of every unit from the one that owns
 * the target up to its Perangkat Daerah, skipping units without a head and the employee themselves.
 * So a Setda Bagian goes Kepala Bagian → Asisten → Sekretaris Daerah, a Dinas bidang Administrator →
 * Kepala Dinas, a Kecamatan seksi the Kasi → Camat directly, an RSUD bidang Kabid → Wakil Direktur →
 * Direktur (banjar lampiran I.A.3.c, I.D.3.c, I.E.3.c.2); it ends at the head of a unit of a kind in `selesaiDi`.
 */
export function rantaiReviu(org: OrgSnapshot, unitKode: string, pegawaiNip: string, selesaiDi: readonly JenisUnit[] = []): Pegawai[] {
  const chain: Pegawai[] = [];
  for (const u of lineage(org.units, unitKode)) {
    const head = headOf(org, u.kode);
    if (head && head.nip !== pegawaiNip && !chain.some((c) => c.nip === head.nip)) {
      chain.push(head);
      // A one-level unit whose own head accepts the work (pati's Puskesmas, Kecamatan, Kelurahan): nobody above.
      if (selesaiDi.includes(u.jenis)) break;
    }
  }
  return chain;
}

/** What the work cycle takes from the assignment it continues: the employee, the unit owning the target, the period. */
export interface Penugasan {
  caseId: string;
  judul: string;
  procedure: string;
  pegawai: OfficialRef;
  /** The unit whose target the work serves. */
  unit: string;
  jangkaWaktu?: { mulai: string; selesai: string };
}

type Subjects = {
  permohonan?: { jangkaWaktu?: { mulai: string; selesai: string } };
  pengajuan?: { jangkaWaktu?: { mulai: string; selesai: string } };
  unitPemilik?: { kode: string };
  unitTarget?: { kode: string };
  unitTujuan?: { kode: string };
  unit?: { kode: string };
};

/**
 * Reads an issued assignment of any procedure (P1, P2, P4, P5): the unit owning the target is the
 * requester's (P2), the target's (P4), the destination a volunteer joins (P5) or the unit itself (P1).
 */
export function penugasanOf(view: CaseView): Omit<Penugasan, 'pegawai'> & { pegawai?: OfficialRef } {
  const s = view.subject as Subjects;
  const unit = (s.unitPemilik ?? s.unitTarget ?? s.unitTujuan ?? s.unit)?.kode;
  const e = view.assignedEmployee;
  return {
    caseId: view.caseId, judul: view.judul, procedure: view.procedure, unit: unit ?? '',
    pegawai: e && { nip: e.nip, nama: e.nama, jabatan: e.jabatan },
    jangkaWaktu: s.permohonan?.jangkaWaktu ?? s.pengajuan?.jangkaWaktu,
  };
}

/** Both receivers a text names "X dan/atau Y": the default choice. */
export const KEDUANYA = 'keduanya';

/** The rule naming who receive a report: an individual's (`laporan`), or a team's ketua's (`tim.laporanKetua`). */
export type AturanPenerima = RegionalProfile['siklusKinerja']['laporan'];

/** Whose report the rule's receivers take: a team's (the ketua reports its work) or an individual's. */
export const aturanPenerima = (profile: RegionalProfile, tim: boolean): [AturanPenerima, string] =>
  tim ? [profile.siklusKinerja.tim.laporanKetua, 'a team\'s'] : [profile.siklusKinerja.laporan, 'an individual\'s'];

/**
 * Who receive a report (and may give feedback on it), an individual's or a team's ketua's (`tim`): where the
 * text names them "X dan/atau Y" (banjar pasal 16, 17(1)b), the assignment's choice — `keduanya`, or one of
 * them by role — else the rule's `bawaan`, else both; where it names them without a choice, all of them. A
 * choice the text does not give is refused at `field`, with the article.
 */
export function penerimaLaporanDipilih(profile: RegionalProfile, pilihan: string | undefined, field: string, tim = false) {
  const [laporan, whose] = aturanPenerima(profile, tim);
  const pilihanSah = [KEDUANYA, ...laporan.penerima.map((r) => r.actor)];
  const ditolak = (citation: string, message: string): never =>
    refuse({ code: 'UNKNOWN_RECEIVER_CHOICE', kind: 'invalid', citation, message, fields: [{ field, message: laporan.danAtau ? `one of ${pilihanSah.join(', ')}` : KEDUANYA, citation }] });
  if (pilihan !== undefined && !laporan.danAtau && pilihan !== KEDUANYA)
    ditolak(laporan.citation, `${laporan.citation} names who receive ${whose} reports without a choice (${laporan.penerima.map((r) => ROLE_TITLE[r.actor]).join(' and ')}): ${laporan.description}`);
  const dipilih = pilihan ?? laporan.danAtau?.bawaan ?? KEDUANYA;
  if (dipilih === KEDUANYA) return laporan.penerima;
  const satu = laporan.penerima.filter((r) => r.actor === (dipilih as OfficialRole));
  if (!satu.length)
    ditolak(laporan.danAtau!.citation, `penerimaLaporan is ${KEDUANYA} or one of the receivers the text names for ${whose} reports: ${laporan.penerima.map((r) => `${r.actor} (${ROLE_TITLE[r.actor]})`).join(', ')}; ${laporan.danAtau!.description}`);
  return satu;
}
