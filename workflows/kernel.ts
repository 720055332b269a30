// The procedure kernel: how a case runs, so that each procedure workflow only says what happens in
// order (`await kasus.step(rekomendasi)`, `await kasus.issue(documents)`, `await kasus.receipt(...)`).
// It owns the case view and its projection, the validated Updates (decide, complete, withdraw,
// acknowledge), the human step (task, reminders, the last one escalated, expiry), numbering and delivery.
//
// Cases of every procedure already running replay through this code: a change to the commands it
// emits, or their order, goes behind a patch (kernel/patches.ts; tests/replay has the committed histories).
import {
  ApplicationFailure, allHandlersFinished, condition, getExternalWorkflowHandle, ParentClosePolicy, proxyActivities, proxyLocalActivities, setHandler, startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { RetryPolicy } from '@temporalio/common';
import type { Activities } from '../activities';
import type {
  ActionInput, ActorInput, CaseStatus, CaseView, DecisionInput, DocumentRef, OfficialRef, PlannedCase, ProcedureAction, Receivable,
  ResolvedDocument, ResolvedStep, Task, TimelineEntry,
} from '../domain/kasus';
import { tanggalLokal } from '../domain/dokumen';
import { checkAcknowledge, checkCompletion, checkDecision, checkWithdraw, openReceiptOf, reasonsOf } from '../domain/langkah';
import type { Reservasi } from '../domain/batasPenugasan';
import { RuleViolation } from '../domain/refusal';
import { patch } from './kernel/patches';
import { assignmentLedger, refusalFailure } from './kernel/penugasan';
import { acknowledgeUpdate, actUpdate, caseQuery, completeUpdate, decideUpdate, REFUSAL_FAILURE, timBerubahSignal, withdrawUpdate, type UpdateAnswer } from './shared';
import { perubahanTimOf } from '../procedures/siklusKinerja/plan';

const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };
// Reads and projection writes are short and idempotent: local activities, run by the worker that
// holds the workflow task, without a round trip through a task queue.
const { saveCase, findCandidates, notify, planSiklusKinerja } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });
// Issuing a numbered document is the one effect that matters to the law: a regular activity, so
// every attempt is in history. A worker that died mid-activity is retried on another after 10 s.
const { issueDocument } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds', retry });

const now = () => new Date(Date.now()).toISOString(); // workflow clock: replay-safe

/** Runs a pure rule as an Update validator: a refusal becomes a failure the API maps to 4xx. */
export function validated<A>(rule: (a: A) => void) {
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

/** How a human step ended. `ends`: the case closes here (expired, withdrawn, or a keputusan refused). */
export type StepResult =
  | { ends: boolean; outcome: 'decided'; step: ResolvedStep; decision: DecisionInput }
  | { ends: false; outcome: 'done'; step: ResolvedStep }
  | { ends: true; outcome: 'expired'; step: ResolvedStep; task: Task }
  | { ends: true; outcome: 'withdrawn' };

/**
 * What a procedure action does: `check` is its synchronous validator, `run` changes the view (published
 * after); a `run` that needs an activity first (a team slot) is async, and a refusal it throws fails the Update.
 */
export interface ActionHandler {
  check: (a: ProcedureAction) => void;
  run: (a: ProcedureAction) => unknown;
}

/** `prior`: the view of a case that continued as new (a long case), to go on from. */
export function openCase<S>(input: PlannedCase<S>, prior?: CaseView<S>) {
  const view: CaseView<S> = prior ?? {
    caseId: input.caseId,
    procedure: input.procedure,
    region: input.region,
    ...(input.regions ? { regions: input.regions } : {}),
    ...(input.sisi ? { sisi: input.sisi } : {}),
    judul: input.judul,
    // A request that is itself the appointment has nothing to decide: it goes to issuing at once.
    status: input.steps.length ? 'awaiting-decision' : 'issuing',
    pemohon: actorRef(input.pemohon),
    subject: input.subject,
    tasks: [],
    timeline: [],
    documents: [],
    startedAt: now(),
    version: 0,
  };
  let withdrawn: ActorInput | undefined;
  const ledger = assignmentLedger(input);
  const decisions = new Map<string, DecisionInput>();
  const actions = new Map<string, ActionInput>();
  /** What was not done in time after the documents were issued: noted in the outcome, the documents stand. */
  const missed: string[] = [];

  const record = (entry: Omit<TimelineEntry, 'at'>) => view.timeline.push({ at: now(), ...entry });
  /** Writes the projection (inbox, case page); Updates await it so the caller reads its own write. */
  const publish = async () => {
    view.version += 1;
    await saveCase(view); // serialised when scheduled: later changes do not leak into it
  };
  /** Delivers an outcome to those it concerns through the notification outbox (once per kind). */
  /** `seq` tells apart deliveries of one kind (a case that issues documents twice). */
  const deliver = async (kind: 'ditolak' | 'kedaluwarsa' | 'diterbitkan', to: OfficialRef[], message: string, seq = 0) => {
    // Added after P2 cases had started: those replay their history without it.
    if (patch('deliver-outcomes'))
      await notify({ caseId: input.caseId, region: input.region, taskId: kind, seq, kind, to: nipsOf(to), message });
  };
  let issues = 0;
  const finish = async (status: CaseStatus, citation: string, reasons?: string) => {
    view.status = status;
    view.outcome = { status, at: now(), citation, reasons };
    for (const t of view.tasks) if (t.status === 'open') t.status = 'cancelled';
    await publish();
    await condition(allHandlersFinished);
    // Ended without the assignment: the team slots it held count no more (banjar pasal 9(4)–(5)).
    if (status !== 'issued') await ledger.release();
    return view;
  };

  setHandler(caseQuery, () => view);
  /** An Update's answer: the version it published (the projection holds the view). */
  const answer = (): UpdateAnswer => ({ caseId: view.caseId, version: view.version, status: view.status });
  setHandler(
    decideUpdate,
    async (given) => {
      const task = view.tasks.find((t) => t.id === given.taskId)!;
      // An approval that puts the employee into a tim kerja first takes a slot within the limit; refused, this Update fails unchanged.
      const reserves = given.decision === 'approve' && input.steps.find((s) => s.id === task.id)?.reserves;
      if (reserves) {
        // An answer with a list (P3) takes a slot for everyone on it, all or none.
        const listed = given.employeeNips?.map((nip, i) => ({ nip, field: `employeeNips[${i}]` }))
          ?? given.employees?.map((e, i) => ({ nip: e.nip, field: `employees[${i}].nip` }));
        const list = listed ? reserves.flatMap((r) => (r.nip ? [r] : listed.map((l) => ({ ...r, ...l })))) : reserves;
        const refused = await ledger.reserve(list, given.employeeNip ?? input.pegawai?.nip);
        if (refused) throw refusalFailure(refused);
        // It expired meanwhile: the case is closing, and releases the slots once this Update has answered.
        if (task.status !== 'open')
          throw refusalFailure({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `task ${task.id} is ${task.status}; it can no longer be decided` });
      }
      // A standard reason (alasan) is recorded as its text, so the refusal carries it to the requester.
      const d = { ...given, reasons: reasonsOf(input.rules, given) };
      decisions.set(task.id, d);
      task.status = 'done';
      const approve = d.decision === 'approve';
      // A decided keputusan settles the case at once (the last one: issuing), so a withdrawal racing it is refused.
      if (task.kind === 'keputusan' && !task.continuesOnRefusal) {
        const last = input.steps.at(-1)?.id === task.id;
        if (!approve) view.status = 'refused';
        else if (last) view.status = 'issuing';
      }
      const employee = task.candidates?.find((c) => c.nip === (d.employeeNip ?? input.pegawai?.nip));
      if (approve && employee) view.assignedEmployee = employee;
      // An answer with the list of employees assigned (binding): the validator checked each is a candidate,
      // or, from an agency not on this service, each is named with a possible identity.
      const listed = !approve ? undefined
        : d.employeeNips ? d.employeeNips.map((nip) => task.candidates!.find((c) => c.nip === nip)!)
        : d.employees?.map((e) => ({ nip: e.nip, nama: e.nama.trim(), jabatan: e.jabatan.trim(), golongan: e.golongan, unit: e.unit.trim() }));
      if (listed) [view.assignedEmployees, view.assignedEmployee] = [listed, listed[0]];
      record({
        action: task.kind === 'rekomendasi' ? (approve ? 'direkomendasikan' : 'tidak-direkomendasikan') : approve ? 'disetujui' : task.continuesOnRefusal ?? 'ditolak',
        actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id,
        reasons: d.reasons, notes: d.notes, employee: approve ? employee : undefined, ...(listed ? { employees: listed.map(actorRef) } : {}),
      });
      await publish();
      return answer();
    },
    { validator: validated((d: DecisionInput) => (checkDecision(input, view, d, tanggalLokal(now(), input.zonaWaktu)), ledger.checkIdle())) },
  );
  setHandler(
    completeUpdate,
    async (a) => {
      const task = view.tasks.find((t) => t.id === a.taskId)!;
      task.status = 'done';
      actions.set(task.id, a);
      const reported = input.steps.find((s) => s.id === task.id)?.reportsDocument;
      if (reported) {
        // Issued and numbered by the agency not on this service: on record here as it reported it, without a PDF of ours.
        const doc: DocumentRef = {
          id: `${input.caseId}.${reported.kind}`, kind: reported.kind, title: reported.title, nomor: a.nomor!.trim(), issuedAt: `${a.tanggal}T00:00:00.000Z`,
          issuedOutside: { pemerintah: reported.pemerintah, tanggal: a.tanggal! },
        };
        view.documents.push(doc);
        record({
          action: 'diterbitkan', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, documentId: doc.id, nomor: doc.nomor,
          notes: [`diterbitkan oleh ${reported.pemerintah} tanggal ${a.tanggal}, dilaporkan oleh ${task.assignee.nama}`, a.isi?.trim()].filter(Boolean).join('; '),
        });
      } else record({ action: 'dilaksanakan', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, notes: a.isi });
      await publish();
      return answer();
    },
    { validator: validated((a: ActionInput) => checkCompletion(input, view, a, tanggalLokal(now(), input.zonaWaktu))) },
  );
  setHandler(
    withdrawUpdate,
    async (a) => {
      withdrawn = a;
      record({ action: 'ditarik', actor: actorRef(input.pemohon), role: input.pemohon.role, citation: input.pemohon.citation, reasons: a.reasons });
      view.status = 'withdrawn'; // the main flow closes the case; the caller sees it at once
      for (const t of view.tasks) if (t.status === 'open') t.status = 'cancelled';
      await publish();
      return answer();
    },
    { validator: validated((a: ActorInput) => (checkWithdraw(input, view, a), ledger.checkIdle())) },
  );
  setHandler(
    acknowledgeUpdate,
    async (a) => {
      // Where each employee on a list acknowledges, the task is the actor's own (the validator checked it).
      const task = openReceiptOf(view.tasks, a.actorNip)!;
      task.status = 'done';
      record({ action: 'diterima', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, notes: a.reasons });
      await publish();
      return answer();
    },
    { validator: validated((a: ActorInput) => checkAcknowledge(input, view, a)) },
  );

  /** Opens a task and waits for it: reminders while it is open, the last one escalated, then expiry. */
  async function waitFor(task: Task, expireAfterMs: number): Promise<'done' | 'expired' | 'withdrawn'> {
    const resumed = view.tasks.find((t) => t.id === task.id && t.status === 'open');
    if (resumed) return waitOn(resumed, Date.parse(resumed.openedAt), expireAfterMs);
    openIn(task, expireAfterMs);
    await publish();
    return waitOn(task, Date.parse(task.openedAt), expireAfterMs);
  }

  /** Puts a task into the view, open from now. */
  function openIn(task: Task, expireAfterMs: number) {
    const opened = Date.now();
    task.openedAt = new Date(opened).toISOString();
    task.dueAt = new Date(opened + expireAfterMs).toISOString();
    view.tasks.push(task);
  }

  async function waitOn(task: Task, opened: number, expireAfterMs: number): Promise<'done' | 'expired' | 'withdrawn'> {
    const { remindEveryMs } = input.deadlines;
    for (;;) {
      const remaining = opened + expireAfterMs - Date.now();
      if (remaining <= 0) break;
      if (await condition(() => task.status !== 'open' || withdrawn !== undefined, Math.min(remindEveryMs, remaining))) {
        // Go on once the Update that settled the task has answered: otherwise its completion and the next
        // step's commands can be ordered differently live and in replay (two local activities in one task).
        // Added after P2 cases had started: those replay without it.
        if (patch('step-after-update')) await condition(allHandlersFinished);
        return withdrawn ? 'withdrawn' : 'done';
      }
      if (opened + expireAfterMs - Date.now() <= 0) break;
      const escalate = Date.now() + remindEveryMs >= opened + expireAfterMs;
      task.remindersSent += 1;
      const to = nipsOf(escalate ? [task.assignee, ...(task.escalateTo ?? [])] : [task.assignee]);
      await notify({ caseId: input.caseId, region: task.region ?? input.region, taskId: task.id, seq: task.remindersSent, kind: escalate ? 'eskalasi' : 'pengingat', to, message: `${task.title}: belum ada tindak lanjut sejak ${task.openedAt}` });
      record({ action: escalate ? 'eskalasi' : 'pengingat', role: 'sistem', citation: task.citation, taskId: task.id, notes: `to ${to.join(', ')}` });
      await publish();
    }
    task.status = 'expired';
    record({ action: 'kedaluwarsa', role: 'sistem', citation: task.citation, taskId: task.id, notes: `no action by ${task.dueAt}` });
    return 'expired';
  }

  const taskOf = (step: ResolvedStep, candidates: Task['candidates'], continuesOnRefusal?: Task['continuesOnRefusal']): Task => ({
    id: step.id, kind: step.kind, title: step.title, role: step.role, citation: step.citation, assignee: step.assignee,
    status: 'open', openedAt: '', dueAt: '', remindersSent: 0, candidates,
    // The last reminder goes up to the assignee's superior and back to the requester (or to whom a tindakan delivers).
    escalateTo: [...(step.atasan ? [step.atasan] : []), ...(step.to ?? [actorRef(input.pemohon)])],
    ...(step.isiWajib ? { isiWajib: true } : {}),
    ...(continuesOnRefusal ? { continuesOnRefusal } : {}),
    ...(step.region ? { region: step.region } : {}),
  });

  async function runStep(step: ResolvedStep, candidates: Task['candidates'], expireAfterMs: number, continuesOnRefusal?: Task['continuesOnRefusal']): Promise<StepResult> {
    const task = taskOf(step, candidates, continuesOnRefusal);
    const outcome = await waitFor(task, expireAfterMs);
    if (outcome === 'withdrawn') return { ends: true, outcome };
    if (outcome === 'expired') return { ends: true, outcome, step, task };
    if (step.kind === 'tindakan') {
      // What was done reaches those it is for (a laporan hasil to the Kepala UO and PPK).
      const done = actions.get(step.id)!;
      if (step.to?.length)
        await notify({
          caseId: input.caseId, region: input.region, taskId: step.id, seq: 0, kind: 'disampaikan', to: nipsOf(step.to),
          message: `${step.title} dari ${step.assignee.nama}: ${step.reportsDocument ? `${step.reportsDocument.title} Nomor ${done.nomor} tanggal ${done.tanggal}` : done.isi ?? ''}`,
        });
      return { ends: false, outcome: 'done', step };
    }
    const decision = decisions.get(step.id)!;
    return { ends: step.kind === 'keputusan' && !continuesOnRefusal && decision.decision === 'refuse', outcome: 'decided', step, decision };
  }

  return {
    view,

    /**
     * Team slots (banjar pasal 9(4)–(5)) for members a procedure names itself, outside a step's
     * `reserves`: all or none; the refusal when one is over the limit. Released when the case ends
     * without the assignment, or one employee's with `releaseAssignments(nip)`.
     */
    reserveAssignments: (list: Reservasi[]) => ledger.reserve(list),
    releaseAssignments: (nip?: string) => ledger.release(nip),
    /** What the assignee of a done tindakan said they did (its isi), for a procedure that acts on it. */
    actionOf: (taskId: string): ActionInput | undefined => actions.get(taskId),

    /** The request is on record: who sent it (or recorded it for them), in which role, on what basis. */
    submitted(notes?: string) {
      const by = input.pencatat ?? input.pemohon;
      record({
        action: 'diajukan', actor: actorRef(by), role: by.role, citation: by.citation, notes,
        ...(input.pencatat ? { atasNama: actorRef(input.pemohon) } : {}),
      });
    },

    /** A recommendation, decision or action (tindakan) by the official the plan resolved for this step. */
    async step(step: ResolvedStep): Promise<StepResult> {
      const candidates = (step.choosesEmployee || step.choosesEmployees) && input.asal
        ? await findCandidates({ region: input.asal.region ?? input.region, asal: input.asal, pegawai: input.pegawai?.nip, rules: input.rules })
        : undefined;
      return runStep(step, candidates, input.deadlines.expireAfterMs);
    },

    /**
     * A step of a long case with its own time limit: opened, or — in a case that continued as new —
     * the same task still open, awaited again. `continuesOnRefusal`: a refused keputusan does not end the case.
     */
    task(step: ResolvedStep, o: { expireAfterMs: number; continuesOnRefusal?: Task['continuesOnRefusal'] }): Promise<StepResult> {
      return runStep(step, undefined, o.expireAfterMs, o.continuesOnRefusal);
    },

    /**
     * Opens a step's task in the view, unwritten, for an Update that opens it (a kendala raised): the
     * Update's own write carries it and `task` then awaits it. One local activity, so the Update's answer
     * and the task's timer come in one order live and in replay (two writes at once could finish in either).
     */
    opened(step: ResolvedStep, o: { expireAfterMs: number; continuesOnRefusal?: Task['continuesOnRefusal'] }): void {
      openIn(taskOf(step, undefined, o.continuesOnRefusal), o.expireAfterMs);
    },

    /** Records what an official or the system did (a procedure's own entries). */
    record,
    /** Writes the projection after the procedure changed its view. */
    publish,
    /** Closes a long case after its last step. */
    end: (status: CaseStatus, citation: string, reasons?: string) => finish(status, citation, reasons),

    /** Registers the procedure's own actions (Update `act`, by name), each validated before it enters history. */
    actions(handlers: Record<string, ActionHandler>) {
      setHandler(
        actUpdate,
        async (a) => {
          const ran = handlers[a.action]!.run(a);
          if (ran instanceof Promise) await ran; // a synchronous run adds no step: the cases recorded before replay alike
          await publish();
          return answer();
        },
        {
          validator: validated((a: ProcedureAction) => {
            const h = handlers[a.action];
            if (!h) throw new RuleViolation({ code: 'UNKNOWN_ACTION', kind: 'not-found', message: `this case has no action ${a.action}; it has ${Object.keys(handlers).join(', ')}` });
            h.check(a);
          }),
        },
      );
    },


    /** Closes the case where a step ended it: withdrawn, expired (never a refusal), or refused with reasons. */
    async close(result: Exclude<StepResult, { outcome: 'done' }>): Promise<CaseView<S>> {
      if (result.outcome === 'withdrawn') return finish('withdrawn', input.pemohon.citation, withdrawn!.reasons);
      if (result.outcome === 'expired') {
        await deliver('kedaluwarsa', [input.pemohon], `${result.step.title}: tidak ada keputusan sampai ${result.task.dueAt}; permohonan kedaluwarsa (bukan penolakan)`);
        return finish('expired', result.step.citation);
      }
      // A refusal always reaches the requester with its reasons.
      const { step, decision } = result;
      await deliver('ditolak', [input.pemohon], `${input.judul}: ditolak oleh ${step.assignee.nama} (${step.role}): ${decision.reasons}`);
      return finish('refused', input.rules.refusalReasons.citation, decision.reasons);
    },

    /**
     * Numbers and issues the documents for the assigned employee, and tells the requester and the
     * employee. `alasan`: the reasons of the decision a letter answers (its `{alasan}`); `revision`: a
     * later document of a kind this case already issued (an amended decree), whose id carries it.
     */
    async issue(documents: ResolvedDocument[], fill: { alasan?: string; revision?: number } = {}): Promise<DocumentRef[]> {
      // Named in the request (volunteering), or chosen by the deciding official.
      const employee = (view.assignedEmployee ??= input.pegawai!);
      const employees = view.assignedEmployees;
      const issuedNow: DocumentRef[] = [];
      for (const doc of documents) {
        const issued = await issueDocument({
          // Deterministic, so a retried activity finds its document; one URL path segment.
          id: `${input.caseId}.${doc.kind}${fill.revision ? `.${fill.revision}` : ''}`, caseId: input.caseId, region: doc.penerbit?.region ?? input.region, document: doc, issuedAt: now(),
          kop: doc.penerbit?.kop ?? { pemerintah: input.pemerintah, tempat: input.tempat, zonaWaktu: input.zonaWaktu }, employee,
          ...(employees ? { employees } : {}),
          ...(fill.alasan !== undefined ? { alasan: fill.alasan } : {}),
        });
        view.documents.push(issued);
        issuedNow.push(issued);
        record({ action: 'diterbitkan', role: doc.signatory.jabatan, actor: doc.signatory, citation: doc.citation, documentId: issued.id, nomor: issued.nomor });
      }
      const to = employees ?? [employee];
      await deliver('diterbitkan', [input.pemohon, ...to], issuedNow.map((d) => `${d.title} Nomor ${d.nomor}`).join('; ') + ` diterbitkan untuk ${to.map((e) => e.nama).join(', ')}`, issues++);
      return view.documents;
    },

    /** The employee receives the document and acknowledges it; this closes the case. */
    async receipt(document: ResolvedDocument): Promise<CaseView<S>> {
      await this.received(document);
      return this.completed(input.rules.acknowledgement.citation);
    },

    /** For a procedure with more to do after the receipt: the receipt alone, true when acknowledged in time. */
    async received(document: ResolvedDocument): Promise<boolean> {
      view.status = 'awaiting-acknowledgement';
      const employee = view.assignedEmployee!;
      const ack = await waitFor(
        {
          id: 'tanda-terima', kind: 'tanda-terima', title: `Tanda terima ${document.title}`, role: 'Pegawai yang ditugaskan',
          citation: input.rules.acknowledgement.citation, assignee: actorRef(employee), status: 'open', openedAt: '', dueAt: '', remindersSent: 0,
          escalateTo: [actorRef(document.signatory)],
        },
        input.deadlines.acknowledgeWithinMs,
      );
      // Documents stand once issued: a receipt never acknowledged is recorded, not a reason to undo them.
      if (ack === 'expired') missed.push('tanda terima tidak dikonfirmasi dalam batas waktu');
      return ack !== 'expired';
    },

    /**
     * Each employee on the list receives the document and acknowledges it (one tanda-terima task
     * each, side by side); closes the case once every one acknowledged or their time ran out.
     */
    async receiptsOfEach(document: Receivable): Promise<CaseView<S>> {
      view.status = 'awaiting-acknowledgement';
      const results = await Promise.all(view.assignedEmployees!.map((e) => waitFor(
        {
          id: `tanda-terima-${e.nip}`, kind: 'tanda-terima', title: `Tanda terima ${document.title} oleh ${e.nama}`, role: 'Pegawai yang ditugaskan',
          citation: input.rules.acknowledgement.citation, assignee: actorRef(e), status: 'open', openedAt: '', dueAt: '', remindersSent: 0,
          escalateTo: [actorRef(document.signatory)], ...(document.penerbit ? { region: document.penerbit.region } : {}),
        },
        input.deadlines.acknowledgeWithinMs,
      )));
      const late = view.assignedEmployees!.filter((_, i) => results[i] === 'expired');
      if (late.length) missed.push(`tanda terima tidak dikonfirmasi dalam batas waktu oleh ${late.map((e) => e.nama).join(', ')}`);
      return this.completed(input.rules.acknowledgement.citation);
    },

    /** A tindakan after the documents were issued (the employee's laporan hasil): done in time or noted as missed. */
    async followUp(step: ResolvedStep): Promise<boolean> {
      view.status = 'awaiting-submission';
      const result = await this.step(step);
      if (result.outcome !== 'done') missed.push(`${step.title} tidak disampaikan dalam batas waktu`);
      return result.outcome === 'done';
    },

    /**
     * The work of the issued assignment begins: its work cycle (P7), a case of its own that outlives
     * this one (ABANDON); for `each` employee on a list (P3), a cycle of their own. A member's case
     * linked to a team starts none: the team's cycle covers their work. A cycle that cannot be planned
     * is recorded with its reason, to be started through the API.
     */
    async work(each?: OfficialRef[]): Promise<CaseView<S>> {
      // Added after cases of every procedure had been issued: those replay without it.
      if (workflowInfo().parent || !patch('siklus-kinerja')) return view;
      for (const pegawai of each ?? [undefined]) {
        const planned = await planSiklusKinerja({ penugasan: view, pengaturan: input.siklusKinerja, ...(pegawai ? { pegawai: pegawai.nip } : {}) });
        if ('refusal' in planned) {
          const { citation, message } = planned.refusal;
          record({ action: 'dicatat', role: 'sistem', citation: citation ?? input.procedureCitation, notes: `siklus kinerja ${pegawai ? `${pegawai.nama} ` : ''}tidak dimulai: ${message}` });
          continue;
        }
        // The case names its cycle(s); the cycle's own record opens with this assignment.
        await startChild('siklusKinerja', { workflowId: planned.input.caseId, args: [planned.input], parentClosePolicy: ParentClosePolicy.ABANDON });
        if (pegawai) (view.siklusKinerjaPegawai ??= []).push({ nip: pegawai.nip, caseId: planned.input.caseId });
        else view.siklusKinerja = planned.input.caseId;
      }
      await publish();
      return view;
    },

    /**
     * The team changed while its decree stands (`nomor`: the amended decree): its work cycle, planned
     * again for the team as it now stands, is told whom what comes next goes to. A cycle that has ended
     * has nothing to be told; one that cannot be planned keeps its team, recorded here with the reason.
     */
    async workChanged(nomor: string): Promise<void> {
      // Added after teams had been changed: those replay without it.
      if (!view.siklusKinerja || !patch('siklus-tim-berubah')) return;
      const planned = await planSiklusKinerja({ penugasan: { ...view, siklusKinerja: undefined }, pengaturan: input.siklusKinerja });
      const told = 'refusal' in planned
        ? planned.refusal.message
        : await getExternalWorkflowHandle(view.siklusKinerja).signal(timBerubahSignal, perubahanTimOf(planned.input, nomor)).then(() => undefined, () => `case ${view.siklusKinerja} has ended`);
      if (told) {
        record({ action: 'dicatat', role: 'sistem', citation: input.procedureCitation, notes: `siklus kinerja tidak diperbarui: ${told}` });
        await publish();
      }
    },

    /** Closes an issued case after its last step, noting what was not done in time (the documents stand). */
    completed(citation: string): Promise<CaseView<S>> {
      return finish('issued', citation, missed.length ? missed.join('; ') : undefined);
    },
  };
}

const actorRef = (o: OfficialRef): OfficialRef => ({ nip: o.nip, nama: o.nama, jabatan: o.jabatan });
/** Recipients, each once. */
const nipsOf = (officials: OfficialRef[]) => [...new Set(officials.map((o) => o.nip))];
