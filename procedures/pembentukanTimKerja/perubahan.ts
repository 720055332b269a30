// Changing a Tim Kerja while its decree stands: a member added, replaced or removed, or the ketua
// replaced. The API plans the change against the org (planPerubahan: the same rules as the
// formation), the running team case validates it against the team as it stands (checkPerubahan),
// and a new numbered decree names the one it changes.
import type { CaseView, Pemohon } from '../../domain/kasus';
import type { OrgSnapshot } from '../../domain/organisasi';
import { officialRef } from '../../domain/penugasan';
import { refuse } from '../../domain/refusal';
import { requestChecks } from '../../domain/rencana';
import type { RegionalProfile } from '../../profiles/schema';
import { checkSusunan, type AnggotaTim, type PembentukanTimKerjaSubject } from './plan';

export type JenisPerubahan = 'tambah' | 'ganti' | 'hapus' | 'ganti-ketua';

/** The change as the API takes it: `nip` whom it concerns (ganti, hapus), `baru` who comes in (tambah, ganti, ganti-ketua). */
export interface PermintaanPerubahan {
  jenis: JenisPerubahan;
  nip?: string;
  baru?: { nip: string; tugas: string };
  alasan: string;
}

/** The change as the team case receives it: whoever comes in, resolved from the master data. */
export interface PerubahanInput {
  actorNip: string;
  jenis: JenisPerubahan;
  nip?: string;
  baru?: AnggotaTim;
  alasan: string;
}

const field = (f: string, message: string, citation: string) => ({ field: f, message, citation });

/** Resolves who comes in and checks them by the formation's rules (the region's leadership rules for a new ketua). */
export function planPerubahan(profile: RegionalProfile, org: OrgSnapshot, s: PembentukanTimKerjaSubject, req: PermintaanPerubahan, actorNip: string): PerubahanInput {
  if (req.jenis !== 'hapus' && !req.baru)
    refuse({ code: 'MEMBER_REQUIRED', kind: 'invalid', message: `a change of kind ${req.jenis} names who comes in`, fields: [{ field: 'baru', message: 'required' }] });
  if (!req.baru) return { actorNip, jenis: req.jenis, nip: req.nip, alasan: req.alasan };
  const p = requestChecks(profile, org).employee('baru.nip', req.baru.nip);
  const ketua = req.jenis === 'ganti-ketua';
  checkSusunan(profile, org, s.unitPemilik.kode, s.lingkup !== 'dalam-unit', [['baru.nip', p]], ketua ? 'baru.nip' : undefined);
  const baru: AnggotaTim = { ...officialRef(org, p), kedudukan: ketua ? 'ketua' : 'anggota', golongan: p.golongan, unit: org.units[p.unit].nama, tugas: req.baru.tugas };
  return { actorNip, jenis: req.jenis, nip: req.nip, baru, alasan: req.alasan };
}

/** The Update's validator: the former asks, the decree stands, and the change fits the team as it is. */
export function checkPerubahan(pemohon: Pemohon, citation: string, view: CaseView<PembentukanTimKerjaSubject>, c: PerubahanInput): void {
  if (c.actorNip !== pemohon.nip)
    refuse({ code: 'NOT_REQUESTER', kind: 'forbidden', citation: pemohon.citation, message: `only the former of the team, ${pemohon.nama} (${pemohon.nip}), changes it` });
  if (view.status !== 'in-force')
    refuse({ code: 'NOT_IN_FORCE', kind: 'conflict', citation, message: `the case is ${view.status}; a team is changed only while its decree stands` });
  if (!c.alasan.trim())
    refuse({ code: 'REASONS_REQUIRED', kind: 'invalid', citation, message: 'a change says why', fields: [{ field: 'alasan', message: 'required' }] });
  const { susunan } = view.subject;
  const member = (nip?: string) => susunan.find((a) => a.nip === nip);
  if (c.baru && member(c.baru.nip))
    refuse({ code: 'ALREADY_MEMBER', kind: 'conflict', citation, message: `${c.baru.nama} is already in the team`, fields: [field('baru.nip', 'already a member', citation)] });
  if (c.jenis === 'ganti' || c.jenis === 'hapus') {
    const m = member(c.nip);
    if (!m || m.kedudukan === 'penanggungJawab' || m.kedudukan === 'ketua')
      refuse({
        code: 'NOT_A_MEMBER', kind: 'unprocessable', citation,
        message: m ? `${m.nama} is the ${m.kedudukan}: replace the ketua with ganti-ketua` : `${c.nip ?? '-'} is not a member of the team`,
        fields: [field('nip', 'not a member to replace or remove', citation)],
      });
  }
}

/** The team after the change. */
export function applyPerubahan(susunan: AnggotaTim[], c: PerubahanInput): AnggotaTim[] {
  switch (c.jenis) {
    case 'tambah': return [...susunan, c.baru!];
    case 'hapus': return susunan.filter((a) => a.nip !== c.nip);
    case 'ganti': return susunan.map((a) => (a.nip === c.nip ? { ...c.baru!, kedudukan: a.kedudukan } : a));
    case 'ganti-ketua': return susunan.map((a) => (a.kedudukan === 'ketua' ? c.baru! : a));
  }
}
