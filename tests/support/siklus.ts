// P7 helpers: an issued assignment case as the projection holds it, and a planned work cycle over the varied org.
import type { CaseView } from '../../domain/kasus';
import { plan, type MulaiSiklus } from '../../procedures/siklusKinerja/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { DEADLINES } from './cases';
import { snapshot, variedOrg } from './orgs';

const org = (region: Region) => snapshot(variedOrg(region));

/** An assignment case as the projection holds it: P1 in a unit, for an employee, with its jangka waktu. */
export function issuedAssignment(region: Region, pegawai: string, unit: string, over: Partial<CaseView> = {}): CaseView {
  const o = org(region);
  const p = o.pegawai[pegawai];
  return {
    caseId: `${region}-p1-assignment`, procedure: 'penunjukan-dalam-unit', region, judul: 'Penunjukan: kajian kebijakan tata pemerintahan',
    status: 'issued', pemohon: { nip: 'x', nama: 'x', jabatan: 'x' },
    subject: { unit: { kode: unit, nama: o.units[unit].nama }, permohonan: { maksud: 'kajian kebijakan tata pemerintahan', jangkaWaktu: { mulai: '2027-01-01', selesai: '2027-12-31' } } },
    assignedEmployee: { nip: p.nip, nama: p.nama, jabatan: p.namaJabatan, golongan: p.golongan, pendidikan: p.pendidikan, unit: p.unit },
    tasks: [], timeline: [], documents: [], startedAt: '2027-01-01T00:00:00.000Z', version: 3, ...over,
  };
}

export const planSiklus = (region: Region, actor: string, assignment: CaseView, over: Partial<MulaiSiklus> = {}, caseId = 'c') =>
  plan(PROFILES[region], org(region), { penugasan: assignment.caseId, laporan: { setiapHari: 30, batasHari: 7 }, ...over }, {
    caseId, actorNip: actor, deadlines: DEADLINES, related: { [assignment.caseId]: assignment },
  });

