// P3 Penunjukan lintas instansi (spec P3; banjar lampiran II.B.1.c, pati lampiran B.2.a.3).
// Reads top to bottom like the alur: the owning unit's PUO asks its own Pejabat yang Berwenang, who
// forwards to the agency asked; there the Pejabat yang Berwenang instructs the PPK, who (with the
// PUO's recommendation) answers with the list of employees assigned, and the Pejabat yang Berwenang
// approves that answer; a refusal at any hop ends the case with its reasons. The agency asked then
// issues the Surat Penugasan (banjar: and the Keputusan Bupati, pasal 14(1)), and each employee on
// the list acknowledges it. Who acts at each hop, and in which agency, was resolved at the start.
// An agency asked that is not on this service issues its Surat Penugasan there: its last hop reports
// the number and date, and its employees acknowledge it through its own key.
import type { CaseView } from '../domain/kasus';
import type { PenunjukanLintasInstansiInput } from '../procedures/penunjukanLintasInstansi/plan';
import { openCase } from './kernel';

export async function penunjukanLintasInstansi(input: PenunjukanLintasInstansiInput): Promise<CaseView> {
  const kasus = openCase(input);

  // 1. The Surat Permohonan Pelibatan goes to the own Pejabat yang Berwenang, tembusan the own PPK.
  const { tembusan } = input.subject;
  kasus.submitted(tembusan.length ? `tembusan: ${tembusan.join('; ')}` : undefined);

  // 2. Each hop in order, own agency first; the PPK's answer names the employees assigned (binding);
  //    an agency not on this service then reports the Surat Penugasan it issued.
  for (const langkah of input.steps) {
    const hasil = await kasus.step(langkah);
    if (hasil.ends) return kasus.close(hasil);
  }

  // 3. Assigned per the list: the Surat Penugasan (and where the region says so, the Keputusan Bupati),
  //    as far as they are issued here.
  if (input.documents.length) await kasus.issue(input.documents);

  // 4. Every employee on the list receives the Surat Penugasan and acknowledges it.
  await kasus.receivedByEach(input.suratPenugasanLuar ?? input.documents[0]);
  // 5. Issued, and the work itself begins: each employee's siklus kinerja (P7), with the owning unit, whose target it is; the write that closes this case names them.
  return kasus.closeAndWork(input.rules.acknowledgement.citation, kasus.view.assignedEmployees);
}
