// Helpers of the team suites of P7 and P8: an issued Tim Kerja (P6) as its projection reads it once
// its linked P2 member is in and its decree stands, planned directly or driven through the API.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Pool } from 'pg';
import { loadOrg } from '../../db/masterData';
import { demoPeople } from '../../demo/masterData';
import { pembentukanTim } from '../../demo/pembentukanTimKerja';
import { requester } from '../../demo/permohonan';
import type { CaseView } from '../../domain/kasus';
import { involves, plan, type PembentukanTim, type PembentukanTimKerjaSubject } from '../../procedures/pembentukanTimKerja/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { api } from './api';
import { DEADLINES } from './cases';
import type { Stack } from './stack';

/**
 * The demo team (Bappeda's Tim Satu Data Perencanaan: the Kabid as penanggung jawab, the Perencana
 * as ketua, the Statistisi as a member named directly, Diskominfo's Pranata Komputer through P2) in
 * force, as the P6 workflow leaves its projection once the linked case issued.
 */
export async function timInForce(pool: Pool, region: Region, over: Partial<PembentukanTim> = {}): Promise<CaseView<PembentukanTimKerjaSubject>> {
  const p = demoPeople(region);
  const req = pembentukanTim(region, { anggota: [{ nip: p.statistisi, tugas: 'mengolah dan memvalidasi data' }], ...over });
  const org = await loadOrg(pool, region, [requester(region), ...involves(req).nips], []);
  const c = plan(PROFILES[region], org, req, { caseId: `${region}-p6-test-${randomUUID()}`, actorNip: requester(region), deadlines: DEADLINES });
  // A team of the owning unit alone (anggotaLintasUnit: []) has no linked member.
  const [linked] = c.lintasUnit.map((l) => l.pilihan[0]);
  const e = linked?.pegawai;
  const subject: PembentukanTimKerjaSubject = {
    ...c.subject,
    susunan: [...c.subject.susunan, ...(e ? [{ kedudukan: 'anggota' as const, nip: e.nip, nama: e.nama, jabatan: e.jabatan, golongan: e.golongan, unit: linked.subject.unitTujuan.nama, tugas: c.lintasUnit[0].tugas, linkedCase: linked.caseId }] : [])],
    linkedCases: c.subject.linkedCases.map((l) => ({ ...l, status: 'issued' })),
  };
  return {
    caseId: c.caseId, procedure: c.procedure, region: c.region, judul: c.judul, status: 'in-force',
    pemohon: { nip: c.pemohon.nip, nama: c.pemohon.nama, jabatan: c.pemohon.jabatan }, subject, assignedEmployee: c.pegawai,
    tasks: [], timeline: [], startedAt: '2027-01-04T01:00:00.000Z', version: 12,
    documents: [{ id: `${c.caseId}-keputusan`, kind: c.documents[0].kind, title: c.documents[0].title, nomor: '1 TAHUN 2027', issuedAt: '2027-01-05T01:00:00.000Z' }],
  };
}

const openTask = (c: CaseView) => c.tasks.find((t) => t.status === 'open');

/**
 * The demo team through the API: every open task of the team case or of its linked cases done by its
 * assignee (a decision approves, with `answers[taskId]` where the step needs more, e.g. a P3 answer's
 * employeeNips), each receipt acknowledged, until the decree stands; its case id once in force.
 */
export async function teamThroughApi(s: Stack, region: Region, over: object = {}, answers: Record<string, object> = {}): Promise<string> {
  const client = api(s);
  const started = await client.start(requester(region), { procedure: 'pembentukan-tim-kerja', region, ...pembentukanTim(region), ...over });
  expect(started.statusCode).toBe(201);
  const caseId: string = started.json().caseId;
  for (const end = Date.now() + 60_000; Date.now() < end;) {
    const team = await client.getCase(caseId);
    if (team.status === 'in-force') return caseId;
    const linked = await Promise.all((team.subject as PembentukanTimKerjaSubject).linkedCases.map((l) => client.getCase(l.caseId)));
    const [c, task] = [team, ...linked].map((x) => [x, x.status ? openTask(x) : undefined] as const).find(([, t]) => t) ?? [];
    if (c && task) {
      const r = task.kind === 'tanda-terima' ? await client.act(c.caseId, 'acknowledge', task.assignee.nip)
        : task.kind === 'tindakan' ? await client.act(c.caseId, `tasks/${task.id}/complete`, task.assignee.nip, { isi: 'disampaikan' })
        : await client.decide(c.caseId, task.id, task.assignee.nip, { decision: 'approve', ...answers[task.id] });
      expect(r.statusCode).toBe(200);
      await client.until(c.caseId, (x) => !x.tasks.some((t) => t.id === task.id && t.status === 'open'));
    } else await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`team case ${caseId} did not come into force`);
}
