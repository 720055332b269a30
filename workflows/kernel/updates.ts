// The case's Updates, each with a synchronous validator (domain/langkah.ts), so a refused one never
// enters history; each answers after the projection is written, so the caller reads its own write.
import { condition, setHandler } from '@temporalio/workflow';
import { tanggalLokal } from '../../domain/dokumen';
import type { ActionInput, ActorInput, DecisionInput, DocumentRef } from '../../domain/kasus';
import { checkAcknowledge, checkCompletion, checkDecision, checkWithdraw, openReceiptOf, reasonsOf } from '../../domain/langkah';
import { acknowledgeUpdate, caseQuery, completeUpdate, decideUpdate, delegasiBerubahSignal, openedUpdate, withdrawUpdate } from '../shared';
import { actorRef, now, type CaseContext } from './context';
import { refusalFailure, validated } from './failures';
import { route } from './delegasi';
import { answer, publish, record, viaOf } from './projection';

/** Registers the case query and the Updates every case has. */
export function registerUpdates(c: CaseContext): void {
  const { input, view, ledger } = c;
  const today = () => tanggalLokal(now(), input.zonaWaktu);
  setHandler(caseQuery, () => view);
  // Emits no command, so the cases that ran before it replay alike; it waits for the main flow's write, and
  // for every write in flight (tasks opened side by side): two local activities that finish one by one live
  // may resolve in one activation in replay, and its answer must follow the commands of both alike.
  setHandler(openedUpdate, async () => {
    await condition(() => c.rests !== undefined && c.writing === 0);
    return { caseId: view.caseId, ...c.rests! };
  });
  const { guards } = c;
  setHandler(decideUpdate, decide(c), { validator: validated((d: DecisionInput) => (checkDecision(input, view, d, today()), guards.decide.forEach((g) => g(d)), ledger.checkIdle())) });
  setHandler(completeUpdate, complete(c), { validator: validated((a: ActionInput) => (guards.complete.forEach((g) => g(a)), checkCompletion(input, view, a, today()))) });
  setHandler(withdrawUpdate, withdraw(c), { validator: validated((a: ActorInput) => (checkWithdraw(input, view, a), ledger.checkIdle())) });
  setHandler(acknowledgeUpdate, acknowledge(c), { validator: validated((a: ActorInput) => checkAcknowledge(input, view, a)) });
  // A delegation started or ended: the open decision tasks go to whoever acts for their holders now.
  setHandler(delegasiBerubahSignal, async () => {
    if (await route(c, view.tasks)) await publish(c);
  });
}

/** An official decides (or recommends on) an open task. */
const decide = (c: CaseContext) => async (given: DecisionInput) => {
  const { input, view } = c;
  const task = view.tasks.find((t) => t.id === given.taskId)!;
  // An approval that puts the employee into a tim kerja first takes a slot within the limit; refused, this Update fails unchanged.
  const reserves = given.decision === 'approve' && input.steps.find((s) => s.id === task.id)?.reserves;
  if (reserves) {
    // An answer with a list (P3) takes a slot for everyone on it, all or none.
    const listed = given.employeeNips?.map((nip, i) => ({ nip, field: `employeeNips[${i}]` }))
      ?? given.employees?.map((e, i) => ({ nip: e.nip, field: `employees[${i}].nip` }));
    const list = listed ? reserves.flatMap((r) => (r.nip ? [r] : listed.map((l) => ({ ...r, ...l })))) : reserves;
    const refused = await c.ledger.reserve(list, given.employeeNip ?? input.pegawai?.nip);
    if (refused) throw refusalFailure(refused);
    // It expired meanwhile: the case is closing, and releases the slots once this Update has answered.
    if (task.status !== 'open')
      throw refusalFailure({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `task ${task.id} is ${task.status}; it can no longer be decided` });
  }
  // A standard reason (alasan) is recorded as its text, so the refusal carries it to the requester.
  const d = { ...given, reasons: reasonsOf(input.rules, given) };
  c.decisions.set(task.id, d);
  task.status = 'done';
  const approve = d.decision === 'approve';
  // A decided keputusan settles the case at once (the last one: issuing), so a withdrawal racing it is refused.
  if (task.kind === 'keputusan' && !task.continuesOnRefusal) {
    const last = input.steps.at(-1)?.id === task.id;
    if (!approve) view.status = 'refused';
    else if (last) view.status = 'issuing';
  }
  const employee = task.candidates?.find((x) => x.nip === (d.employeeNip ?? input.pegawai?.nip));
  if (approve && employee) view.assignedEmployee = employee;
  // An answer with the list of employees assigned (binding): the validator checked each is a candidate,
  // or, from an agency not on this service, each is named with a possible identity.
  const listed = !approve ? undefined
    : d.employeeNips ? d.employeeNips.map((nip) => task.candidates!.find((x) => x.nip === nip)!)
    : d.employees?.map((e) => ({ nip: e.nip, nama: e.nama.trim(), jabatan: e.jabatan.trim(), golongan: e.golongan, unit: e.unit.trim() }));
  if (listed) [view.assignedEmployees, view.assignedEmployee] = [listed, listed[0]];
  record(c, {
    action: task.kind === 'rekomendasi' ? (approve ? 'direkomendasikan' : 'tidak-direkomendasikan') : approve ? 'disetujui' : task.continuesOnRefusal ?? 'ditolak',
    actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id,
    reasons: d.reasons, notes: d.notes, employee: approve ? employee : undefined, ...(listed ? { employees: listed.map(actorRef) } : {}),
    ...(task.delegasi ? { delegasi: task.delegasi } : {}), ...viaOf(d),
  });
  await publish(c);
  return answer(c);
};

/** The assignee of a tindakan says it is done (and what they did, or the document they report). */
const complete = (c: CaseContext) => async (a: ActionInput) => {
  const { input, view } = c;
  const task = view.tasks.find((t) => t.id === a.taskId)!;
  task.status = 'done';
  c.actions.set(task.id, a);
  const reported = input.steps.find((s) => s.id === task.id)?.reportsDocument;
  if (reported) {
    // Issued and numbered by the agency not on this service: on record here as it reported it, without a PDF of ours.
    const doc: DocumentRef = {
      id: `${input.caseId}.${reported.kind}`, kind: reported.kind, title: reported.title, nomor: a.nomor!.trim(), issuedAt: `${a.tanggal}T00:00:00.000Z`,
      issuedOutside: { pemerintah: reported.pemerintah, tanggal: a.tanggal! },
    };
    view.documents.push(doc);
    record(c, {
      action: 'diterbitkan', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, documentId: doc.id, nomor: doc.nomor,
      notes: [`diterbitkan oleh ${reported.pemerintah} tanggal ${a.tanggal}, dilaporkan oleh ${task.assignee.nama}`, a.isi?.trim()].filter(Boolean).join('; '),
      ...viaOf(a),
    });
  } else record(c, { action: 'dilaksanakan', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, notes: a.isi, ...viaOf(a) });
  await publish(c);
  return answer(c);
};

/** The requester withdraws while a decision is pending; the main flow closes the case. */
const withdraw = (c: CaseContext) => async (a: ActorInput) => {
  const { input, view } = c;
  c.withdrawn = a;
  record(c, { action: 'ditarik', actor: actorRef(input.pemohon), role: input.pemohon.role, citation: input.pemohon.citation, reasons: a.reasons, ...viaOf(a) });
  view.status = 'withdrawn'; // the caller sees it at once
  for (const t of view.tasks) if (t.status === 'open') t.status = 'cancelled';
  await publish(c);
  return answer(c);
};

/** An employee acknowledges receipt; where each on a list does, the task is the actor's own (the validator checked it). */
const acknowledge = (c: CaseContext) => async (a: ActorInput) => {
  const task = openReceiptOf(c.view.tasks, a.actorNip)!;
  task.status = 'done';
  record(c, { action: 'diterima', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, notes: a.reasons, ...viaOf(a) });
  await publish(c);
  return answer(c);
};
