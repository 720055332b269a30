// P1 Penunjukan dalam unit (spec P1; e.g. bengkalis lampiran BAB I §II.B.1.a, banjar lampiran II.B.1.a).
// Reads top to bottom like the alur: the request is made (a proposal, or the appointment itself),
// the appointing official decides on a proposal, the Surat Tugas is numbered and issued, and the
// employee acknowledges receipt. Who acts was resolved from the regional profile at the start.
import type { CaseView } from '../domain/kasus';
import type { PenunjukanDalamUnitInput } from '../procedures/penunjukanDalamUnit/plan';
import { openCase } from './kernel';

export async function penunjukanDalamUnit(input: PenunjukanDalamUnitInput): Promise<CaseView> {
  const kasus = openCase(input);

  // 1. The PPK or PUO proposes (bengkalis, pati) or appoints directly (banjar, pasuruan).
  kasus.submitted(input.subject.catatan);

  // 2. On a proposal, the appointing official decides and names the employee.
  for (const langkah of input.steps) {
    const hasil = await kasus.step(langkah);
    if (hasil.ends) return kasus.close(hasil);
  }

  // 3. The Surat Tugas is numbered and issued for the appointed employee.
  await kasus.issue(input.documents);

  // 4. The employee receives it and acknowledges it.
  await kasus.received(input.documents[0]);
  // 5. Issued, and the work itself begins: the assignment's siklus kinerja (P7), a case of its own, named in the write that closes this one.
  return kasus.closeAndWork(input.rules.acknowledgement.citation);
}
