// P2 Penunjukan lintas unit (spec P2; e.g. banjar lampiran II.B.1.b, pati lampiran B.2.a.2).
// Reads top to bottom like the alur: the request is sent, the destination recommends and decides,
// on approval the documents are numbered and issued, and the employee acknowledges receipt.
// Who acts at each step was resolved from the regional profile when the case started (the input).
import {
  ApplicationFailure, allHandlersFinished, condition, patched, proxyActivities, proxyLocalActivities, setHandler,
} from '@temporalio/workflow';
import type { RetryPolicy } from '@temporalio/common';
import type { Activities } from '../activities';
import type {
  ActorInput, CaseStatus, CaseView, DecisionInput, OfficialRef, PenunjukanLintasUnitInput, Task,
  TimelineEntry,
} from '../domain/kasus';
import { checkAcknowledge, checkDecision, checkWithdraw } from '../domain/penunjukanLintasUnit';
import { RuleViolation } from '../domain/refusal';
import { acknowledgeUpdate, caseQuery, decideUpdate, REFUSAL_FAILURE, withdrawUpdate } from './shared';

const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };
// Reads and projection writes are short and idempotent: local activities, run by the worker that
// holds the workflow task, without a round trip through a task queue.
const { saveCase, findCandidates, notify } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
// Issuing a numbered document is the one effect that matters to the law: a regular activity, so
// every attempt is in history. A worker that died mid-activity is retried on another after 10 s.
const { issueDocument } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

const now = () => new Date(Date.now()).toISOString(); // workflow clock: replay-safe

/** Runs a pure rule as an Update validator: a refusal becomes a failure the API maps to 4xx. */
function validated<A>(rule: (a: A) => void) {
  return (a: A) => {
    try {
      rule(a);
    } catch (e) {
      if (e instanceof RuleViolation)
        throw ApplicationFailure.create({ type: REFUSAL_FAILURE, message: e.message, details: [e.refusal], nonRetryable: true });
      throw e;
    }
  };
}

export async function penunjukanLintasUnit(input: PenunjukanLintasUnitInput): Promise<CaseView> {
  const view: CaseView = {
    caseId: input.caseId,
    procedure: input.procedure,
    region: input.region,
    status: 'awaiting-decision',
    pemohon: { nip: input.pemohon.nip, nama: input.pemohon.nama, jabatan: input.pemohon.jabatan },
    unitPemilik: input.unitPemilik,
    unitTujuan: input.unitTujuan,
    permohonan: input.permohonan,
    tasks: [],
    timeline: [],
    documents: [],
    startedAt: now(),
    version: 0,
  };
  let withdrawn: ActorInput | undefined;
  const decisions = new Map<string, DecisionInput>();

  const record = (entry: Omit<TimelineEntry, 'at'>) => view.timeline.push({ at: now(), ...entry });
  /** Writes the projection (inbox, case page); Updates await it so the caller reads its own write. */
  const publish = async () => {
    view.version += 1;
    await saveCase(view); // serialised when scheduled: later changes do not leak into it
  };
  /** Delivers an outcome to those it concerns through the notification outbox (once per kind). */
  const deliver = async (kind: 'ditolak' | 'kedaluwarsa' | 'diterbitkan', to: OfficialRef[], message: string) => {
    // Added after cases had started: those replay their history without it.
    if (patched('deliver-outcomes'))
      await notify({ caseId: input.caseId, region: input.region, taskId: kind, seq: 0, kind, to: nipsOf(to), message });
  };
  const finish = async (status: CaseStatus, citation: string, reasons?: string) => {
    view.status = status;
    view.outcome = { status, at: now(), citation, reasons };
    for (const t of view.tasks) if (t.status === 'open') t.status = 'cancelled';
    await publish();
    await condition(allHandlersFinished);
    return view;
  };

  setHandler(caseQuery, () => view);
  setHandler(
    decideUpdate,
    async (d) => {
      const task = view.tasks.find((t) => t.id === d.taskId)!;
      decisions.set(task.id, d);
      task.status = 'done';
      const approve = d.decision === 'approve';
      // A decided keputusan settles the case at once, so a withdrawal racing it is refused.
      if (task.kind === 'keputusan') view.status = approve ? 'issuing' : 'refused';
      const employee = task.candidates?.find((c) => c.nip === (d.employeeNip ?? input.permohonan.pegawai));
      if (approve && employee) view.assignedEmployee = employee;
      record({
        action: task.kind === 'rekomendasi' ? (approve ? 'direkomendasikan' : 'tidak-direkomendasikan') : approve ? 'disetujui' : 'ditolak',
        actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id,
        reasons: d.reasons, notes: d.notes, employee: approve ? employee : undefined,
      });
      await publish();
      return view;
    },
    { validator: validated((d: DecisionInput) => checkDecision(input, view, d)) },
  );
  setHandler(
    withdrawUpdate,
    async (a) => {
      withdrawn = a;
      record({ action: 'ditarik', actor: actorRef(input.pemohon), role: input.pemohon.role, citation: input.pemohon.citation, reasons: a.reasons });
      view.status = 'withdrawn'; // the main flow closes the case; the caller sees it at once
      for (const t of view.tasks) if (t.status === 'open') t.status = 'cancelled';
      await publish();
      return view;
    },
    { validator: validated((a: ActorInput) => checkWithdraw(input, view, a)) },
  );
  setHandler(
    acknowledgeUpdate,
    async (a) => {
      const task = view.tasks.find((t) => t.kind === 'tanda-terima' && t.status === 'open')!;
      task.status = 'done';
      record({ action: 'diterima', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, notes: a.reasons });
      await publish();
      return view;
    },
    { validator: validated((a: ActorInput) => checkAcknowledge(input, view, a)) },
  );

  /** Opens a task and waits for it: reminders while it is open, the last one escalated, then expiry. */
  async function waitFor(task: Task, expireAfterMs: number): Promise<'done' | 'expired' | 'withdrawn'> {
    const opened = Date.now();
    task.openedAt = new Date(opened).toISOString();
    task.dueAt = new Date(opened + expireAfterMs).toISOString();
    view.tasks.push(task);
    await publish();
    const { remindEveryMs } = input.deadlines;
    for (;;) {
      const remaining = opened + expireAfterMs - Date.now();
      if (remaining <= 0) break;
      if (await condition(() => task.status !== 'open' || withdrawn !== undefined, Math.min(remindEveryMs, remaining)))
        return withdrawn ? 'withdrawn' : 'done';
      if (opened + expireAfterMs - Date.now() <= 0) break;
      const escalate = Date.now() + remindEveryMs >= opened + expireAfterMs;
      task.remindersSent += 1;
      const to = nipsOf(escalate ? [task.assignee, ...(task.escalateTo ?? [])] : [task.assignee]);
      await notify({ caseId: input.caseId, region: input.region, taskId: task.id, seq: task.remindersSent, kind: escalate ? 'eskalasi' : 'pengingat', to, message: `${task.title}: belum ada tindak lanjut sejak ${task.openedAt}` });
      record({ action: escalate ? 'eskalasi' : 'pengingat', role: 'sistem', citation: task.citation, taskId: task.id, notes: `to ${to.join(', ')}` });
      await publish();
    }
    task.status = 'expired';
    record({ action: 'kedaluwarsa', role: 'sistem', citation: task.citation, taskId: task.id, notes: `no action by ${task.dueAt}` });
    return 'expired';
  }

  // 1. Surat Permohonan Pelibatan sent by the owning unit's leader.
  record({
    action: 'diajukan', actor: actorRef(input.pemohon), role: input.pemohon.role, citation: input.pemohon.citation,
    notes: input.tembusanPermohonan.length ? `tembusan: ${input.tembusanPermohonan.join('; ')}` : undefined,
  });

  // 2. The destination recommends and decides, in the order the region's regulation sets.
  for (const step of input.steps) {
    const candidates = step.kind === 'keputusan'
      ? await findCandidates({ region: input.region, unitTujuan: input.permohonan.unitTujuan, kriteria: input.permohonan.kriteria, pegawai: input.permohonan.pegawai })
      : undefined;
    const task: Task = {
      id: step.id, kind: step.kind, title: step.title, role: step.role, citation: step.citation, assignee: step.assignee,
      status: 'open', openedAt: '', dueAt: '', remindersSent: 0, candidates,
      // The last reminder goes up to the assignee's superior and back to the requester.
      escalateTo: [...(step.atasan ? [step.atasan] : []), actorRef(input.pemohon)],
    };
    const outcome = await waitFor(task, input.deadlines.expireAfterMs);
    if (outcome === 'withdrawn') return finish('withdrawn', input.pemohon.citation, withdrawn!.reasons);
    if (outcome === 'expired') {
      await deliver('kedaluwarsa', [input.pemohon], `${step.title}: tidak ada keputusan sampai ${task.dueAt}; permohonan kedaluwarsa (bukan penolakan)`);
      return finish('expired', step.citation);
    }
    const decision = decisions.get(step.id)!;
    if (step.kind === 'keputusan' && decision.decision === 'refuse') {
      // A refusal always reaches the requester with its reasons.
      await deliver('ditolak', [input.pemohon], `Permohonan pelibatan ditolak oleh ${step.assignee.nama} (${step.role}): ${decision.reasons}`);
      return finish('refused', input.rules.refusalReasons.citation, decision.reasons);
    }
  }

  // 3. Approved (the decision set the status to issuing): the region's documents are numbered and
  // issued for the chosen employee.
  const employee = view.assignedEmployee!;
  for (const doc of input.documents) {
    const issued = await issueDocument({
      // Deterministic, so a retried activity finds its document; one URL path segment.
      id: `${input.caseId}.${doc.kind}`, caseId: input.caseId, region: input.region, document: doc,
      issuedAt: now(), input, employee,
    });
    view.documents.push(issued);
    record({ action: 'diterbitkan', role: doc.signatory.jabatan, actor: doc.signatory, citation: doc.citation, documentId: issued.id, nomor: issued.nomor });
  }

  await deliver('diterbitkan', [input.pemohon, employee], view.documents.map((d) => `${d.title} Nomor ${d.nomor}`).join('; ') + ` diterbitkan untuk ${employee.nama}`);

  // 4. The employee receives the Surat Tugas and acknowledges it.
  view.status = 'awaiting-acknowledgement';
  const ack = await waitFor(
    {
      id: 'tanda-terima', kind: 'tanda-terima', title: `Tanda terima ${input.documents[0].title}`, role: 'Pegawai yang ditugaskan',
      citation: input.rules.acknowledgement.citation, assignee: employee, status: 'open', openedAt: '', dueAt: '', remindersSent: 0,
      escalateTo: [actorRef(input.documents[0].signatory)],
    },
    input.deadlines.acknowledgeWithinMs,
  );
  // Documents stand once issued: a receipt never acknowledged is recorded, not a reason to undo them.
  return finish('issued', input.rules.acknowledgement.citation, ack === 'expired' ? 'tanda terima tidak dikonfirmasi dalam batas waktu' : undefined);
}

const actorRef = (o: OfficialRef): OfficialRef => ({ nip: o.nip, nama: o.nama, jabatan: o.jabatan });
/** Recipients, each once. */
const nipsOf = (officials: OfficialRef[]) => [...new Set(officials.map((o) => o.nip))];
