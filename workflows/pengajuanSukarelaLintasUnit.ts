// P5 Pengajuan sukarela lintas unit (spec P5; e.g. banjar lampiran II.B.2.b, bengkalis lampiran BAB I §II.B.2.2).
// Reads top to bottom like the alur: the employee's request goes to the destination, which decides;
// the employee forwards the approval to their own side, which decides and issues the Surat
// Penugasan; the employee acknowledges receipt. The order of both sides' steps, and who acts at
// each, was resolved from the regional profile when the case started (the input).
import type { CaseView } from '../domain/kasus';
import type { PengajuanSukarelaLintasUnitInput } from '../procedures/pengajuanSukarelaLintasUnit/plan';
import { openCase } from './kernel';

export async function pengajuanSukarelaLintasUnit(input: PengajuanSukarelaLintasUnitInput): Promise<CaseView> {
  const kasus = openCase(input);

  // 1. The surat permohonan is sent to the destination's PUO, tembusan the employee's own side.
  const { tembusan } = input.subject;
  kasus.submitted(tembusan.length ? `tembusan: ${tembusan.join('; ')}` : undefined);

  // 2. Both sides act in the region's order: the destination decides, the employee forwards its
  //    approval (a tindakan), their own side decides. A decision the region answers in writing
  //    (bengkalis: persetujuan or penolakan letter) is numbered and issued to the employee at once.
  for (const langkah of input.steps) {
    const hasil = await kasus.step(langkah);
    if (hasil.outcome === 'decided') {
      const balasan = input.balasan.find((b) => b.step === langkah.id)?.[hasil.decision.decision];
      if (balasan) await kasus.issue([balasan], { alasan: hasil.decision.reasons });
    }
    if (hasil.ends) return kasus.close(hasil);
  }

  // 3. Both sides approved: the own side's Surat Penugasan (banjar: and the Keputusan Sekda) is issued.
  await kasus.issue(input.documents);

  // 4. The employee receives the Surat Penugasan and acknowledges it.
  await kasus.received(input.documents[0]);
  // 5. Issued, and the work itself begins: the assignment's siklus kinerja (P7), a case of its own, named in the write that closes this one.
  return kasus.closeAndWork(input.rules.acknowledgement.citation);
}
