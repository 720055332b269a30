// The procedure kernel: how a case runs, so that each procedure workflow only says what happens in
// order (`await kasus.step(rekomendasi)`, `await kasus.issue(documents)`, `await kasus.received(...)`,
// `kasus.close(...)`): one way to run a step, one to close a case.
// One concern per file, each a set of functions over the case's state (context.ts): the projection,
// the Updates and their validators, the human step, documents and receipts, the outcome, the
// procedure's own actions, the team slots (ledger.ts) and the work cycle that follows (work.ts).
//
// Cases of every procedure already running replay through this code: a change to the commands it
// emits, or their order, goes behind a patch (patches.ts; tests/replay has the committed histories).
// Each member below hands back the promise of the function it names, adding no step of its own, so
// concurrent branches (receipts, members, reports) keep the order their commands had.
import type { Reservasi } from '../../domain/batasPenugasan';
import type { ActionInput, CaseView, OfficialRef, PlannedCase, Receivable, ResolvedDocument, ResolvedStep, TimelineEntry } from '../../domain/kasus';
import { registerActions, type ActionHandler } from './actions';
import { createContext, type Guards } from './context';
import { issue, received, receivedByEach } from './documents';
import { close, inform, type Closing } from './outcome';
import { publish, record, submitted } from './projection';
import { followUp, opened, step, task, type StepResult, type TaskOptions } from './step';
import { registerUpdates } from './updates';
import { closeAndWork, work, workChanged } from './work';

export type { StepResult } from './step';

/** `prior`: the view of a case that continued as new (a long case), to go on from. */
export function openCase<S>(input: PlannedCase<S>, prior?: CaseView<S>) {
  const c = createContext(input, prior);
  registerUpdates(c);
  return {
    view: c.view,

    /** The request is on record: who sent it (or recorded it for them), in which role, on what basis. */
    submitted: (notes?: string) => submitted(c, notes),
    /**
     * A recommendation, decision or action (tindakan) by the official the plan resolved for this step;
     * `o`: a long case's own time limit (the task of a case that continued as new is awaited again).
     */
    step: (s: ResolvedStep, o?: TaskOptions): Promise<StepResult> => (o ? task(c, s, o) : step(c, s)),
    /**
     * Opens a step's task for the Update that opens it, written by that Update; `task` then awaits it. A
     * decision task's routing to a Plt/Plh comes back, for the Update to await before it writes.
     */
    opened: (s: ResolvedStep, o: TaskOptions): Promise<boolean> | undefined => opened(c, s, o),
    /** A step after the documents were issued: true when done in time, else noted as missed. */
    followUp: (s: ResolvedStep): Promise<boolean> => followUp(c, s),

    /** Numbers and issues the documents (`revision`: an amended decree; `alasan`: the letter's reasons). */
    issue: (documents: ResolvedDocument[], fill?: { alasan?: string; revision?: number }) => issue(c, documents, fill),
    /** The employee acknowledges receipt: true when acknowledged in time. */
    received: (document: ResolvedDocument): Promise<boolean> => received(c, document),
    /** Each one named (by default the employees on the case's list) acknowledges their own receipt, side by side: true when all did in time (`revisi`: of an amended decree). */
    receivedByEach: (document: Receivable, each?: (OfficialRef & { region?: string })[], fill?: { revisi?: number }): Promise<boolean> => receivedByEach(c, document, each, fill),

    /**
     * Closes the case: where a step ended it (`close(result)`), or with the outcome its procedure reached
     * (`close({ status, citation, reasons })`; `issued` notes what was not done in time).
     */
    close: (how: Closing): Promise<CaseView<S>> => close(c, how),

    /** The work cycle (P7) of the issued assignment starts (`each`: one per employee on a list). */
    work: (each?: OfficialRef[]): Promise<CaseView<S>> => work(c, each),
    /** Closes the case as issued and its work cycle (P7) starts (`each`: one per employee on a list), named in the closing write. */
    closeAndWork: (citation: string, each?: OfficialRef[]): Promise<CaseView<S>> => closeAndWork(c, citation, each),
    /** The team changed (`nomor`: the amended decree): its work cycle is told. */
    workChanged: (nomor: string): Promise<void> => workChanged(c, nomor),

    /** Tells officials what concerns them (feedback on their report, the end of their assignment), once per task and kind. */
    inform: (kind: 'disampaikan' | 'selesai', taskId: string, to: OfficialRef[], message: string): Promise<void> => inform(c, kind, taskId, to, message),

    /** Adds the procedure's own rules to the validators of decisions and completions (context.ts: Guards). */
    guard: (g: Partial<Guards>): void => {
      c.guards.decide.push(...(g.decide ?? []));
      c.guards.complete.push(...(g.complete ?? []));
    },

    /** Registers the procedure's own actions (Update `act`, by name), each validated before it enters history. */
    actions: (handlers: Record<string, ActionHandler>): void => registerActions(c, handlers),
    /** What the assignee of a done tindakan said they did (its isi), for a procedure that acts on it. */
    actionOf: (taskId: string): ActionInput | undefined => c.actions.get(taskId),
    /** Records what an official or the system did (a procedure's own entries). */
    record: (entry: Omit<TimelineEntry, 'at'>) => record(c, entry),
    /** Writes the projection after the procedure changed its view; `rests`: the case now waits on its linked cases (a start is answered here). */
    publish: (rests?: boolean) => publish(c, rests),

    /**
     * Team slots (banjar pasal 9(4)–(5)) for members a procedure names itself, outside a step's
     * `reserves`: all or none; the refusal when one is over the limit. Released when the case ends
     * without the assignment, or one employee's with `releaseAssignments(nip)`.
     */
    reserveAssignments: (list: Reservasi[]) => c.ledger.reserve(list),
    releaseAssignments: (nip?: string) => c.ledger.release(nip),
  };
}
