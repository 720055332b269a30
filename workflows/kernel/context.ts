// A running case's state, which the kernel's parts share: its view (what the projection and the query
// show), what its Updates received, and its team slots. Each part is a set of functions over it.
import type { Golongan } from '../../domain/kepegawaian';
import type { Notification } from '../../db/cases';
import { priorOf, type Prior } from '../../domain/events';
import type { ActionInput, ActorInput, CaseStatus, CaseView, DecisionInput, OfficialRef, PlannedCase } from '../../domain/kasus';
import { assignmentLedger } from './ledger';

export interface CaseContext<S = unknown> {
  readonly input: PlannedCase<S>;
  readonly view: CaseView<S>;
  readonly ledger: ReturnType<typeof assignmentLedger>;
  /** Each decided task's decision, by task id. */
  readonly decisions: Map<string, DecisionInput>;
  /** Each done tindakan's completion, by task id. */
  readonly actions: Map<string, ActionInput>;
  /** What was not done in time after the documents were issued: noted in the outcome, the documents stand. */
  readonly missed: string[];
  /** The requester's withdrawal, once the Update took it: the main flow then closes the case. */
  withdrawn?: ActorInput;
  /** How many times this case issued documents (tells their deliveries apart). */
  issues: number;
  /** The golongan of each Plt/Plh a task went to (kernel: delegasi): a document they sign shows their pangkat. */
  readonly golongan: Map<string, Golongan>;
  /** A procedure's own rules on a decision or a completion, beside the kernel's (kasus.guard). */
  readonly guards: Guards;
  /**
   * The last version written at which the case waited on someone (a task open, its linked cases) or was
   * closed: what a start is answered with (Update `opened`).
   */
  rests?: { version: number; status: CaseStatus };
  /** Projection writes in flight: `opened` answers only when none is (see updates.ts). */
  writing: number;
  /** What the last projection write showed, as far as its events go (null: nothing written yet): the next write's prior. */
  published: Prior | null;
  /** Notifications the next projection write carries (kernel: deliver). */
  readonly notifications: Notification[];
  /** The search attributes last upserted (JSON), so an unchanged set is not sent again. */
  searchAttributes?: string;
}

/**
 * A procedure's own validators: `decide` after the kernel's checks of a decision (the task is open and
 * the actor's), `complete` before those of a completion (a step the procedure's state keeps closed, with its rule).
 */
export interface Guards {
  decide: ((d: DecisionInput) => void)[];
  complete: ((a: ActionInput) => void)[];
}

/** `prior`: the view of a case that continued as new (a long case), to go on from. */
export function createContext<S>(input: PlannedCase<S>, prior?: CaseView<S>): CaseContext<S> {
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
    // Its own copy: what the case records as it goes never changes the input it was started with.
    subject: JSON.parse(JSON.stringify(input.subject)),
    tasks: [],
    timeline: [],
    documents: [],
    startedAt: now(),
    version: 0,
  };
  return {
    input, view, ledger: assignmentLedger(input), decisions: new Map(), actions: new Map(), missed: [], issues: 0, golongan: new Map(), guards: { decide: [], complete: [] }, writing: 0, notifications: [],
    // A case that continued as new was written where it waits.
    published: prior ? priorOf(prior) : null,
    ...(prior ? { rests: { version: prior.version, status: prior.status } } : {}),
  };
}

/** The workflow clock: replay-safe. */
export const now = () => new Date(Date.now()).toISOString();
export const actorRef = (o: OfficialRef): OfficialRef => ({ nip: o.nip, nama: o.nama, jabatan: o.jabatan });
/** Recipients, each once. */
export const nipsOf = (officials: OfficialRef[]) => [...new Set(officials.map((o) => o.nip))];
