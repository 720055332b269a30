// Documents: numbered and issued for the assigned employee(s), and received by them.
import type { DelegasiTugas, DocumentRef, OfficialRef, Receivable, ResolvedDocument } from '../../domain/kasus';
import { issueDocument, issueDocumentLocally } from './activities';
import { actorRef, now, type CaseContext } from './context';
import { deliver } from './outcome';
import { patch } from './patches';
import { record } from './projection';
import { waitFor } from './step';

/**
 * Numbers and issues the documents for the assigned employee, and tells the requester and the
 * employee. `alasan`: the reasons of the decision a letter answers (its `{alasan}`); `revision`: a
 * later document of a kind this case already issued (an amended decree), whose id carries it.
 */
export async function issue(c: CaseContext, documents: ResolvedDocument[], fill: { alasan?: string; revision?: number } = {}): Promise<DocumentRef[]> {
  const { input, view } = c;
  // Named in the request (volunteering), or chosen by the deciding official.
  const employee = (view.assignedEmployee ??= input.pegawai!);
  const employees = view.assignedEmployees;
  const issuedNow: DocumentRef[] = [];
  for (const doc of documents) {
    // Added after cases of every procedure had issued documents: those number through a regular activity.
    const issued = await (patch('nomor-lokal') ? issueDocumentLocally : issueDocument)({
      // Deterministic, so a retried activity finds its document; one URL path segment.
      id: `${input.caseId}.${doc.kind}${doc.penerima ? `.${doc.penerima.nip}` : ''}${fill.revision ? `.${fill.revision}` : ''}`, caseId: input.caseId, region: doc.penerbit?.region ?? input.region, document: signedBy(c, doc).doc, issuedAt: now(),
      kop: doc.penerbit?.kop ?? { pemerintah: input.pemerintah, tempat: input.tempat, zonaWaktu: input.zonaWaktu }, employee,
      ...(employees ? { employees } : {}),
      ...(fill.alasan !== undefined ? { alasan: fill.alasan } : {}),
    });
    view.documents.push(issued);
    issuedNow.push(issued);
    // Signed by a Plh/Plt for the holder, or by a Plt the plan named in a vacant position: "Plh."/"Plt." before the jabatan.
    const { doc: { signatory }, delegasi } = signedBy(c, doc);
    const jenis = signatory.delegasi;
    record(c, { action: 'diterbitkan', role: doc.signatory.jabatan, actor: actorRef(jenis ? { ...signatory, jabatan: `${jenis}. ${signatory.jabatan}` } : signatory), citation: doc.citation, documentId: issued.id, nomor: issued.nomor, ...(delegasi ? { delegasi } : {}) });
  }
  // Letters each addressed to one person are told to them; any other to the assigned employee(s).
  const addressed = documents.flatMap((d) => (d.penerima ? [d.penerima] : []));
  const to = addressed.length ? addressed : employees ?? [employee];
  await deliver(c, 'diterbitkan', [input.pemohon, ...to], issuedNow.map((d) => `${d.title} Nomor ${d.nomor}`).join('; ') + ` diterbitkan untuk ${to.map((e) => e.nama).join(', ')}`, c.issues++);
  return view.documents;
}

/**
 * Signed by the Plh or Plt who decided for the signatory the plan named, as "Plh." / "Plt." of the
 * signatory's jabatan; else by the signatory.
 */
function signedBy(c: CaseContext, doc: ResolvedDocument): { doc: ResolvedDocument; delegasi?: DelegasiTugas } {
  const decided = [...c.view.tasks].reverse().find((t) => t.status === 'done' && t.delegasi?.pemegang.nip === doc.signatory.nip);
  const golongan = decided && c.golongan.get(decided.assignee.nip);
  if (!decided?.delegasi || !golongan) return { doc };
  const { assignee, delegasi } = decided;
  // For the kepala daerah still ("a.n. BUPATI …"); a Plh or Pj of the Sekretaris Daerah signs as they do, without NIP and pangkat (Permendagri 1/2023 pasal 44(5)).
  const { atasNama, sekretarisDaerah } = doc.signatory;
  const byOffice = sekretarisDaerah && (delegasi.jenis === 'Plh' || delegasi.jenis === 'Pj');
  return { doc: { ...doc, signatory: { nip: assignee.nip, nama: assignee.nama, jabatan: doc.signatory.jabatan, golongan, delegasi: delegasi.jenis, ...(atasNama ? { atasNama } : {}), ...(byOffice ? { sekretarisDaerah } : {}) } }, delegasi };
}

/** The employee receives the document and acknowledges it: true when acknowledged in time. */
export async function received(c: CaseContext, document: ResolvedDocument): Promise<boolean> {
  const { input, view } = c;
  view.status = 'awaiting-acknowledgement';
  const employee = view.assignedEmployee!;
  const ack = await waitFor(
    c,
    {
      id: 'tanda-terima', kind: 'tanda-terima', title: `Tanda terima ${document.title}`, role: 'Pegawai yang ditugaskan',
      citation: input.rules.acknowledgement.citation, assignee: actorRef(employee), status: 'open', openedAt: '', dueAt: '', remindersSent: 0,
      escalateTo: [actorRef(document.signatory)],
    },
    input.deadlines.acknowledgeWithinMs,
  );
  // Documents stand once issued: a receipt never acknowledged is recorded, not a reason to undo them.
  if (ack === 'expired') c.missed.push('tanda terima tidak dikonfirmasi dalam batas waktu');
  return ack !== 'expired';
}

/**
 * Each one the document is addressed to (by default the employees on the case's list, in the region of
 * the agency that issued it) receives it and acknowledges their own receipt (a tanda-terima task each,
 * side by side, in their own region's inbox); true when every one acknowledged in time, those who did
 * not noted as missed. `revisi`: a later decree of the case (an amendment) received by whom it brings in:
 * their task's id carries it, and the case stays as it stands (the decree remains in force meanwhile).
 */
export async function receivedByEach(c: CaseContext, document: Receivable, each = addressees(c, document), { revisi }: { revisi?: number } = {}): Promise<boolean> {
  const { input, view } = c;
  if (!revisi) view.status = 'awaiting-acknowledgement';
  const results = await Promise.all(each.map((e) => waitFor(
    c,
    {
      id: `tanda-terima-${e.nip}${revisi ? `-${revisi}` : ''}`, kind: 'tanda-terima', title: `Tanda terima ${document.title} oleh ${e.nama}`, role: 'Pegawai yang ditugaskan',
      citation: input.rules.acknowledgement.citation, assignee: actorRef(e), status: 'open', openedAt: '', dueAt: '', remindersSent: 0,
      escalateTo: [actorRef(document.signatory)], ...(e.region ? { region: e.region } : {}),
    },
    input.deadlines.acknowledgeWithinMs,
  )));
  const late = each.filter((_, i) => results[i] === 'expired');
  if (late.length) c.missed.push(`tanda terima tidak dikonfirmasi dalam batas waktu oleh ${late.map((e) => e.nama).join(', ')}`);
  return late.length === 0;
}

/** The employees on the case's list, each in the region of the agency that issued the document. */
function addressees(c: CaseContext, document: Receivable): (OfficialRef & { region?: string })[] {
  const region = document.penerbit?.region;
  return c.view.assignedEmployees!.map((e) => ({ ...e, ...(region ? { region } : {}) }));
}
