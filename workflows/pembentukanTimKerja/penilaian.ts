// 7. The team's period has ended: each member's rating task opens for the rater the region names (the
// ketua; bengkalis: the penanggung jawab), a P8 case of its own that outlives this one (ABANDON), with
// the PermenPANRB 6/2022 matrix shown. Nobody has to remember to start it. Its case id is one per team
// and member, never reused: a start that finds it (open, or already rated and closed; a team case reset past
// its end) leaves it as it is.
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/common';
import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { inheritedMemo } from '../kernel/arsip';
import { planPenilaianTim } from '../kernel/activities';
import type { TimContext } from './context';

export async function penilaianAkhirPeriode({ kasus, input }: TimContext): Promise<void> {
  const { view } = kasus;
  const planned = await planPenilaianTim({ tim: view });
  for (const t of planned.tidak)
    kasus.record({ action: 'dicatat', role: 'sistem', citation: t.citation ?? input.procedureCitation, notes: `tugas penilaian kinerja ${t.nama} tidak dibuka: ${t.message}` });
  for (const { input: tugas } of planned.tugas) {
    const sudah = await startChild('rekomendasiPenilaianKinerja', { workflowId: tugas.caseId, args: [tugas], parentClosePolicy: ParentClosePolicy.ABANDON, workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE, ...inheritedMemo() })
      .then(() => false, (e) => {
        if (e instanceof WorkflowExecutionAlreadyStartedError) return true;
        throw e;
      });
    kasus.record({
      action: 'dicatat', role: 'sistem', citation: tugas.tugas!.step.citation,
      notes: `tugas penilaian kinerja ${tugas.subject.pegawai.nama} ${sudah ? 'sudah dibuka' : 'dibuka'} untuk ${tugas.pemohon.nama} (${tugas.pemohon.role}): kasus ${tugas.caseId}`,
    });
  }
  await kasus.publish();
}
