// P2 Penunjukan lintas unit (spec P2; e.g. banjar lampiran II.B.1.b, pati lampiran B.2.a.2).
// Reads top to bottom like the alur: the request is sent, the destination recommends and decides,
// on approval the documents are numbered and issued, and the employee acknowledges receipt.
// Who acts at each step was resolved from the regional profile when the case started (the input).
import type { CaseView } from '../domain/kasus';
import { upgradeInput, type LegacyInput, type PenunjukanLintasUnitInput } from '../procedures/penunjukanLintasUnit/plan';
import { openCase } from './kernel';

export async function penunjukanLintasUnit(planned: PenunjukanLintasUnitInput | LegacyInput): Promise<CaseView> {
  const input = upgradeInput(planned);
  const kasus = openCase(input);

  // 1. The Surat Permohonan Pelibatan is sent by the owning unit's leader.
  const { tembusan } = input.subject;
  kasus.submitted(tembusan.length ? `tembusan: ${tembusan.join('; ')}` : undefined);

  // 2. The destination recommends and decides, in the order the region's regulation sets.
  for (const langkah of input.steps) {
    const hasil = await kasus.step(langkah);
    if (hasil.ends) return kasus.close(hasil);
  }

  // 3. Approved: the region's documents are numbered and issued for the chosen employee.
  await kasus.issue(input.documents);

  // 4. The employee receives the Surat Tugas and acknowledges it.
  await kasus.received(input.documents[0]);
  // 5. Issued, and the work itself begins: the assignment's siklus kinerja (P7), a case of its own, named in the write that closes this one.
  return kasus.closeAndWork(input.rules.acknowledgement.citation);
}
