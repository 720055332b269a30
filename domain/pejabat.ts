// Who holds a role in a case, from the org tree and the kedudukan records (spec §3).
// Kedudukan stored per employee wins; the tree is the fallback.
import type { OfficialRole, RegionalProfile } from '../profiles/schema';
import { headOf, lineage, nearestHead, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from './organisasi';

export interface RoleContext {
  unitPemilik: string;
  unitTujuan: string;
  /** The employee named in the request, if any: their own PPK and PUO take precedence. */
  pegawai?: Pegawai;
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
    case 'ppk-pemilik':
      return nearestHead(org, ctx.unitPemilik);
    case 'puo-tujuan':
      return byNip(org, ctx.pegawai?.puo) ?? puoOf(profile, org, ctx.unitTujuan);
    case 'ppk-tujuan':
      return byNip(org, ctx.pegawai?.ppk) ?? nearestHead(org, ctx.unitTujuan);
    case 'pimpinan-pd-tujuan':
      return pimpinanPd(org, ctx.unitTujuan);
    case 'sekretaris-daerah':
      return sekretarisDaerah(org);
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

/** The head of the Sekretariat Daerah. */
function sekretarisDaerah(org: OrgSnapshot): Pegawai | undefined {
  const setda = Object.values(org.units).find((u) => u.jenis === 'sekretariat-daerah' && u.induk === null);
  return setda && headOf(org, setda.kode);
}

/** Titles as letters and the inbox show them. */
export const ROLE_TITLE: Record<OfficialRole, string> = {
  'puo-pemilik': 'Pimpinan Unit Organisasi pemilik target',
  'pimpinan-pd-pemilik': 'Pimpinan Perangkat Daerah pemilik target',
  'ppk-pemilik': 'Pejabat Penilai Kinerja unit pemilik target',
  'puo-tujuan': 'Pimpinan Unit Organisasi tujuan',
  'ppk-tujuan': 'Pejabat Penilai Kinerja tujuan',
  'pimpinan-pd-tujuan': 'Pimpinan Perangkat Daerah tujuan',
  'sekretaris-daerah': 'Sekretaris Daerah',
};
