// 2. Members from elsewhere, each through a linked case this case starts and waits for (P2 for another
// unit, P3 for another agency). ABANDON: a linked case is a case of its own, whose officials decide and
// whose Surat Tugas is numbered and acknowledged on its own record; closing the team case must not cut
// it off halfway. 3. One not approved is reported to the former, who names another (P2) or goes on without.
import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { inheritedMemo } from '../kernel/arsip';
import type { AnggotaTim, PembentukanTimKerjaInput } from '../../procedures/pembentukanTimKerja/plan';
import type { TimContext } from './context';

/** A member from another unit, through P2: the one asked for, then each alternate the former names, until one is assigned. */
export async function anggotaLintasUnit({ kasus, input }: TimContext, anggota: PembentukanTimKerjaInput['lintasUnit'][number], i: number) {
  const { subject } = kasus.view;
  for (let pilihan = 0; pilihan < anggota.pilihan.length;) {
    const p2 = anggota.pilihan[pilihan];
    subject.linkedCases[i] = { caseId: p2.caseId, procedure: p2.procedure, unitTujuan: p2.subject.unitTujuan.nama, nip: p2.pegawai!.nip, status: 'berjalan' };
    const child = await startChild('penunjukanLintasUnit', { workflowId: p2.caseId, args: [p2], parentClosePolicy: ParentClosePolicy.ABANDON, ...inheritedMemo() });
    const hasil = await child.result();
    subject.linkedCases[i].status = hasil.status;
    if (hasil.status === 'issued' && hasil.assignedEmployee) {
      const e = hasil.assignedEmployee;
      const member: AnggotaTim = { kedudukan: 'anggota', nip: e.nip, nama: e.nama, jabatan: e.jabatan, golongan: e.golongan, unit: p2.subject.unitTujuan.nama, tugas: anggota.tugas, linkedCase: p2.caseId };
      subject.susunan.push(member);
      return;
    }
    // 3. Not approved: the former is told, and names one of the alternates (isi: their NIP) or goes on without.
    const next = anggota.pilihan.slice(pilihan + 1);
    const step = await kasus.step({
      id: `pengganti-anggota-${i + 1}-${pilihan + 1}`, kind: 'tindakan', role: input.pemohon.role, citation: input.penggantiAnggota.citation,
      title: `${p2.pegawai!.nama} tidak ditugaskan (${hasil.status}${hasil.outcome?.reasons ? `: ${hasil.outcome.reasons}` : ''}); sebutkan NIP pengganti (${next.map((n) => n.pegawai!.nip).join(', ') || 'tidak ada cadangan'}) atau lanjut tanpa`,
      assignee: { nip: input.pemohon.nip, nama: input.pemohon.nama, jabatan: input.pemohon.jabatan },
    });
    const isi = step.outcome === 'done' ? kasus.actionOf(step.step.id)?.isi ?? '' : '';
    const chosen = next.findIndex((n) => isi.includes(n.pegawai!.nip));
    if (chosen < 0) return;
    pilihan += chosen + 1;
  }
}

/** Members from another agency, through P3: it answers with its list (binding), everyone on it joins; a refusal at any hop is reported to the former. */
export async function anggotaLintasInstansi({ kasus, input }: TimContext, { p3, tugas }: NonNullable<PembentukanTimKerjaInput['lintasInstansi']>[number], j: number) {
  const { subject } = kasus.view;
  const i = input.lintasUnit.length + j;
  const child = await startChild('penunjukanLintasInstansi', { workflowId: p3.caseId, args: [p3], parentClosePolicy: ParentClosePolicy.ABANDON, ...inheritedMemo() });
  const hasil = await child.result();
  subject.linkedCases[i].status = hasil.status;
  const { unitTujuan, instansiTujuan } = p3.subject;
  if (hasil.status === 'issued' && hasil.assignedEmployees?.length) {
    for (const e of hasil.assignedEmployees)
      subject.susunan.push({ kedudukan: 'anggota', nip: e.nip, nama: e.nama, jabatan: e.jabatan, golongan: e.golongan, unit: unitTujuan.nama, instansi: instansiTujuan.pemerintah, region: instansiTujuan.region, tugas, linkedCase: p3.caseId });
    return;
  }
  await kasus.step({
    id: `anggota-instansi-${j + 1}-tidak-ditugaskan`, kind: 'tindakan', role: input.pemohon.role, citation: input.penggantiAnggota.citation,
    title: `${unitTujuan.nama} ${instansiTujuan.pemerintah} tidak menugaskan anggota (${hasil.status}${hasil.outcome?.reasons ? `: ${hasil.outcome.reasons}` : ''}); tim dilanjutkan tanpa anggota dari instansi tersebut`,
    assignee: { nip: input.pemohon.nip, nama: input.pemohon.nama, jabatan: input.pemohon.jabatan },
  });
}
