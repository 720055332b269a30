// P4 Pengajuan sukarela dalam unit (spec P4; e.g. banjar lampiran II.B.2.a, pasuruan lampiran I B.2.B.1).
// Reads top to bottom like the alur: the employee states the wish (or it is recorded for them), the
// PUO approves or refuses with reasons, the Surat Tugas is numbered and issued, the employee receives
// it and, where the region says so, later reports the result.
import type { CaseView } from '../domain/kasus';
import type { PengajuanSukarelaDalamUnitInput } from '../procedures/pengajuanSukarelaDalamUnit/plan';
import { openCase } from './kernel';

export async function pengajuanSukarelaDalamUnit(input: PengajuanSukarelaDalamUnitInput): Promise<CaseView> {
  const kasus = openCase(input);

  // 1. The employee states the wish to take part in a target of their unit (orally: recorded for them).
  kasus.submitted(input.subject.lisan ? 'disampaikan secara lisan' : undefined);

  // 2. The PUO (Pimpinan Perangkat Daerah, Kepala Unit Organisasi) approves, or refuses with reasons.
  for (const langkah of input.steps) {
    const hasil = await kasus.step(langkah);
    if (hasil.ends) return kasus.close(hasil);
  }

  // 3. Approved: the Surat Tugas is numbered and issued for the employee.
  await kasus.issue(input.documents);

  // 4. The employee receives it.
  await kasus.received(input.documents[0]);

  // 5. Where the region says so (pasuruan), the employee reports the result to the Kepala UO and/or PPK.
  if (input.laporan) await kasus.followUp(input.laporan);
  // 6. Issued, and the work itself begins: the assignment's siklus kinerja (P7), a case of its own, named in the write that closes this one.
  return kasus.closeAndWork(input.laporan?.citation ?? input.rules.acknowledgement.citation);
}
