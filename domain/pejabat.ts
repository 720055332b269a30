// Who holds a role in a case, from the org tree and the kedudukan records (spec §3).
// Kedudukan stored per employee wins; the tree is the fallback.
import type { OfficialRole, RegionalProfile } from '../profiles/schema';
import { isStruktural } from './kepegawaian';
import { headOf, lineage, nearestHead, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from './organisasi';

export interface RoleContext {
  /** The unit that owns the target. */
  unitPemilik: string;
  /** The unit a request is addressed to, where it goes to another unit. */
  unitTujuan?: string;
  /** Who sends the request. */
  pemohon?: Pegawai;
  /** The employee named in the request, if any: their own PPK and PUO take precedence. */
  pegawai?: Pegawai;
  /** A request by criteria: the PPK of the matching employees (matchingPpk), who stands for the employee's PPK. */
  ppkKriteria?: Pegawai;
}

/** PUO of a unit: the head of its Perangkat Daerah, or the nearest head, as the region defines it. */
export function puoOf(profile: RegionalProfile, org: OrgSnapshot, unitKode: string): Pegawai | undefined {
  if (profile.puo.scope === 'unit') return nearestHead(org, unitKode);
  const pd = perangkatDaerahOf(org.units, unitKode);
  return pd && headOf(org, pd.kode);
}

const pimpinanPd = (org: OrgSnapshot, unitKode: string) => {
  const pd = perangkatDaerahOf(org.units, unitKode);
  return pd && headOf(org, pd.kode);
};

const byNip = (org: OrgSnapshot, nip: string | undefined) => (nip ? org.pegawai[nip] : undefined);

export function resolveRole(
  role: OfficialRole,
  profile: RegionalProfile,
  org: OrgSnapshot,
  ctx: RoleContext,
): Pegawai | undefined {
  switch (role) {
    case 'puo-pemilik':
      return puoOf(profile, org, ctx.unitPemilik);
    case 'pimpinan-pd-pemilik':
      return pimpinanPd(org, ctx.unitPemilik);
    case 'ppk-pemohon':
      return ctx.pemohon && penilaiKinerjaOf(org, ctx.pemohon);
    case 'puo-tujuan':
      return byNip(org, ctx.pegawai?.puo) ?? (ctx.unitTujuan ? puoOf(profile, org, ctx.unitTujuan) : undefined);
    case 'ppk-tujuan':
      return byNip(org, ctx.pegawai?.ppk) ?? ctx.ppkKriteria ?? (ctx.unitTujuan ? nearestHead(org, ctx.unitTujuan) : undefined);
    case 'pimpinan-pd-tujuan':
      return ctx.unitTujuan ? pimpinanPd(org, ctx.unitTujuan) : undefined;
    case 'ppk-pegawai':
      return byNip(org, ctx.pegawai?.ppk) ?? ctx.ppkKriteria;
    case 'puo-pegawai':
      return byNip(org, ctx.pegawai?.puo) ?? (ctx.pegawai ? puoOf(profile, org, ctx.pegawai.unit) : undefined);
    case 'pimpinan-pd-pegawai':
      return ctx.pegawai ? pimpinanPd(org, ctx.pegawai.unit) : undefined;
    case 'kepala-unit-pegawai':
      return ctx.pegawai && atasanOf(org, ctx.pegawai);
    case 'sekretaris-daerah':
      return sekretarisDaerah(org);
    case 'pegawai':
      return ctx.pegawai;
    default: {
      const unknown: never = role;
      throw new Error(`unknown role ${String(unknown)}`);
    }
  }
}

/**
 * Whether an official holds a role. The PUO over a unit, where the region lets any unit leader be a
 * PUO (scope 'unit'), is any head on the way up from it; every other role has exactly one holder.
 */
export function holdsRole(role: OfficialRole, profile: RegionalProfile, org: OrgSnapshot, ctx: RoleContext, nip: string): boolean {
  if (role === 'puo-pemilik' && profile.puo.scope === 'unit')
    return lineage(org.units, ctx.unitPemilik).some((u) => headOf(org, u.kode)?.nip === nip);
  return resolveRole(role, profile, org, ctx)?.nip === nip;
}

/**
 * The superior of an official: the nearest head above the unit they lead (or sit in). A head of a
 * Perangkat Daerah answers to the Sekretaris Daerah, who coordinates the Perangkat Daerah.
 */
export function atasanOf(org: OrgSnapshot, p: Pegawai): Pegawai | undefined {
  const above = lineage(org.units, p.unit).slice(p.memimpinUnit ? 1 : 0);
  for (const u of above) {
    const head = headOf(org, u.kode);
    if (head && head.nip !== p.nip) return head;
  }
  const sekda = sekretarisDaerah(org);
  return sekda && sekda.nip !== p.nip ? sekda : undefined;
}

/**
 * Who assesses an official's performance (penilai kinerja). A JF or Pelaksana has the PPK of their
 * kedudukan; a unit leader — structural, or a JF appointed to lead a unit kerja mandiri — has the one
 * the master data names, else their superior (a Kepala Dinas is assessed by the Sekretaris Daerah, a
 * Lurah by the Camat, a Kepala UPTD Puskesmas by the Kepala Dinas).
 */
export function penilaiKinerjaOf(org: OrgSnapshot, p: Pegawai): Pegawai | undefined {
  if (p.ppk) return org.pegawai[p.ppk];
  return isStruktural(p.jenisJabatan) || p.memimpinUnit ? atasanOf(org, p) : undefined;
}

/** The head of the Sekretariat Daerah. */
export function sekretarisDaerah(org: OrgSnapshot): Pegawai | undefined {
  const setda = Object.values(org.units).find((u) => u.jenis === 'sekretariat-daerah' && u.induk === null);
  return setda && headOf(org, setda.kode);
}

/**
 * The roles held in the assigned employee's own agency. For an employee lent by another agency (P3)
 * they stay there: the assignment sets no new kedudukan (banjar lampiran III.A.c.5: "di mana Pejabat
 * Fungsional dan Pelaksana dimaksud berada").
 */
export const PERAN_ASAL_PEGAWAI: readonly OfficialRole[] = ['ppk-pegawai', 'puo-pegawai', 'pimpinan-pd-pegawai', 'kepala-unit-pegawai'];

/** Titles as letters and the inbox show them. */
export const ROLE_TITLE: Record<OfficialRole, string> = {
  'puo-pemilik': 'Pimpinan Unit Organisasi pemilik target',
  'pimpinan-pd-pemilik': 'Pimpinan Perangkat Daerah pemilik target',
  'ppk-pemohon': 'Pejabat Penilai Kinerja pemohon',
  'puo-tujuan': 'Pimpinan Unit Organisasi tujuan',
  'ppk-tujuan': 'Pejabat Penilai Kinerja tujuan',
  'pimpinan-pd-tujuan': 'Pimpinan Perangkat Daerah tujuan',
  'ppk-pegawai': 'Pejabat Penilai Kinerja pegawai',
  'puo-pegawai': 'Pimpinan Unit Organisasi pegawai',
  'pimpinan-pd-pegawai': 'Pimpinan Perangkat Daerah pegawai',
  'kepala-unit-pegawai': 'Kepala Unit Kerja pegawai',
  'sekretaris-daerah': 'Sekretaris Daerah',
  pegawai: 'Pejabat Fungsional/Pelaksana yang bersangkutan',
};
