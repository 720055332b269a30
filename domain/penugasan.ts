// Who may be assigned (penugasan) to a target: the rules every assignment procedure shares. Only a
// JF or Pelaksana is assigned, only after their kedudukan is set, and only one who matches what the
// request asks for.
import { golonganAtLeast, isStruktural, pendidikanAtLeast, type Golongan, type Jenjang, type Pendidikan } from './kepegawaian';
import type { Candidate, CaseRules, OfficialRef } from './kasus';
import { isWithin, jabatanLengkap, type OrgSnapshot, type Pegawai } from './organisasi';

/** What a request may ask of the employee instead of naming one. */
export interface Kriteria {
  jenisJabatan?: 'fungsional' | 'pelaksana';
  namaJabatan?: string;
  jenjang?: Jenjang[];
  golonganMin?: Golongan;
  pendidikanMin?: Pendidikan;
}

export const officialRef = (org: OrgSnapshot, p: Pegawai): OfficialRef => ({ nip: p.nip, nama: p.nama, jabatan: jabatanLengkap(org, p) });

export const asCandidate = (org: OrgSnapshot, p: Pegawai): Candidate => ({
  ...officialRef(org, p), golongan: p.golongan, pendidikan: p.pendidikan, unit: p.unit,
});

export interface Problem {
  message: string;
  citation: string;
}

/** Why an employee cannot be assigned from `unit` by this request; empty when they can. */
export function eligibilityProblems(
  rules: Pick<CaseRules, 'employeeMatch' | 'kedudukanFirst'>,
  org: OrgSnapshot,
  req: { unit: string; kriteria?: Kriteria },
  p: Pegawai,
): Problem[] {
  const match = rules.employeeMatch.citation;
  const problems: Problem[] = [];
  if (!isWithin(org.units, p.unit, req.unit))
    problems.push({ message: `${p.nama} (${p.nip}) is not in ${org.units[req.unit]?.nama ?? req.unit}`, citation: match });
  if (isStruktural(p.jenisJabatan))
    problems.push({ message: `${p.nama} holds a structural position; only a JF or Pelaksana is assigned`, citation: match });
  else if (p.memimpinUnit) // a JF appointed to lead a unit kerja mandiri is its PPK and PUO, not its staff
    problems.push({ message: `${p.nama} leads ${org.units[p.unit]?.nama ?? p.unit}; only a JF or Pelaksana of its staff is assigned`, citation: match });
  if (!p.ppk) problems.push({ message: `${p.nama} has no kedudukan (PPK) yet`, citation: rules.kedudukanFirst.citation });
  for (const m of kriteriaMismatches(p, req.kriteria)) problems.push({ message: `${p.nama}: ${m}`, citation: match });
  return problems;
}

export function kriteriaMismatches(p: Pegawai, k: Kriteria | undefined): string[] {
  if (!k) return [];
  const out: string[] = [];
  if (k.jenisJabatan && p.jenisJabatan !== k.jenisJabatan) out.push(`jabatan is ${p.jenisJabatan}, not ${k.jenisJabatan}`);
  if (k.namaJabatan && !p.namaJabatan.toLowerCase().includes(k.namaJabatan.toLowerCase()))
    out.push(`jabatan ${p.namaJabatan} is not ${k.namaJabatan}`);
  if (k.jenjang?.length && (!p.jenjang || !k.jenjang.includes(p.jenjang)))
    out.push(`jenjang ${p.jenjang ?? '-'} is not one of ${k.jenjang.join(', ')}`);
  if (k.golonganMin && !golonganAtLeast(p.golongan, k.golonganMin)) out.push(`golongan ${p.golongan} is below ${k.golonganMin}`);
  if (k.pendidikanMin && !pendidikanAtLeast(p.pendidikan, k.pendidikanMin))
    out.push(`pendidikan ${p.pendidikan} is below ${k.pendidikanMin}`);
  return out;
}
