// Helpers of the P8 suites: an issued assignment case as its projection reads, and a planned P8 case on it.
import type { Pool } from 'pg';
import { loadOrg } from '../../db/masterData';
import { rekomendasiPenilaian, penilai } from '../../demo/rekomendasiPenilaianKinerja';
import type { CaseView, PlannedCase } from '../../domain/kasus';
import type { OrgSnapshot } from '../../domain/organisasi';
import { involves, plan, related, type RekomendasiPenilaian } from '../../procedures/rekomendasiPenilaianKinerja/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { DEADLINES } from './cases';

/** The projection of an assignment case once its documents are issued to the employee its plan names. */
export const issued = (c: PlannedCase): CaseView => ({
  caseId: c.caseId, procedure: c.procedure, region: c.region, judul: c.judul, status: 'issued',
  pemohon: { nip: c.pemohon.nip, nama: c.pemohon.nama, jabatan: c.pemohon.jabatan }, subject: c.subject,
  assignedEmployee: c.pegawai, tasks: [], timeline: [], documents: [], startedAt: '2027-01-04T01:00:00.000Z', version: 9,
  outcome: { status: 'issued', at: '2027-01-05T01:00:00.000Z', citation: c.procedureCitation },
});

/** A P8 case rating the member of `penugasan`, by the demo rater unless `actor` is given; `org` may amend the loaded master data. */
export async function planRekomendasiCase(
  pool: Pool, region: Region, caseId: string, penugasan: CaseView,
  o: { over?: Partial<RekomendasiPenilaian>; actor?: string; org?: (org: OrgSnapshot) => void } = {},
) {
  const req = rekomendasiPenilaian(penugasan.caseId, o.over);
  const cases = Object.fromEntries(related(req).map((r) => [r.caseId, penugasan]));
  const actor = o.actor ?? penilai(region);
  const { nips } = involves(req, cases);
  const org = await loadOrg(pool, region, [actor, ...nips]);
  o.org?.(org);
  return plan(PROFILES[region], org, req, { caseId, actorNip: actor, deadlines: DEADLINES, related: cases });
}
