// Who may be assigned (penugasan) to a target: the rules every assignment procedure shares. Only a
// JF or Pelaksana is assigned, only after their kedudukan is set, and only one who matches what the
// request asks for.
import { golonganAtLeast, isStruktural, pendidikanAtLeast, type Kriteria } from './kepegawaian';
import type { Candidate, CaseRules, OfficialRef } from './kasus';
import { isWithin, jabatanLengkap, type OrgSnapshot, type Pegawai } from './organisasi';
import { refuse } from './refusal';

/** What a request may ask of the employee instead of naming one. */
/** As tasks and the timeline name an official: a Plt or Pj acting in a vacant position as "Plt. <jabatan>". */
export const officialRef = (org: OrgSnapshot, p: Pegawai): OfficialRef => ({ nip: p.nip, nama: p.nama, jabatan: `${p.lowong ? `${p.lowong.jenis}. ` : ''}${jabatanLengkap(org, p)}` });

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

/**
 * The PPK a request by criteria goes to: the PPK of the unit's matching JF or Pelaksana (pati
 * B.2.a.2.b, banjar II.B.1.b.2), or, where they have different PPKs, the one the request names in
 * `named.field`, checked against them. A `proposer` who is such a PPK is the one (they choose among
 * their own staff); one who is not is answered by the requester-role rule, naming the first.
 */
export function matchingPpk(
  rules: Pick<CaseRules, 'employeeMatch' | 'kedudukanFirst'>,
  org: OrgSnapshot,
  req: { unit: string; kriteria?: Kriteria },
  named: { field: string; nip?: string },
  citation: string,
  proposer?: string,
): Pegawai {
  const matching = Object.values(org.pegawai).filter((p) => eligibilityProblems(rules, org, req, p).length === 0);
  const ppks = [...new Set(matching.map((p) => p.ppk!))];
  const unit = org.units[req.unit].nama;
  if (!ppks.length)
    refuse({
      code: 'NO_MATCHING_EMPLOYEE', kind: 'unprocessable', citation,
      message: `no JF or Pelaksana of ${unit} with a kedudukan matches the criteria, so there is no PPK to address the request to`,
      fields: [{ field: 'kriteria', message: 'matches no one' }],
    });
  if (proposer !== undefined) return org.pegawai[ppks.includes(proposer) ? proposer : ppks[0]];
  if (named.nip) {
    if (!ppks.includes(named.nip))
      refuse({
        code: 'PPK_NOT_OF_MATCHING', kind: 'unprocessable', citation,
        message: `${named.nip} is not the PPK of a matching employee of ${unit}; their PPKs are ${ppks.join(', ')}`,
        fields: [{ field: named.field, message: `one of ${ppks.join(', ')}` }],
      });
    return org.pegawai[named.nip];
  }
  if (ppks.length > 1)
    refuse({
      code: 'PPK_REQUIRED', kind: 'invalid', citation,
      message: `the employees matching the criteria have different PPKs (${ppks.map((n) => `${org.pegawai[n]?.nama ?? n} ${n}`).join('; ')}): name the one the request is addressed to in ${named.field}`,
      fields: [{ field: named.field, message: `required: one of ${ppks.join(', ')}` }],
    });
  return org.pegawai[ppks[0]];
}
