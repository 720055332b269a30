// What the registry holds of a procedure: its request and subject schemas, whom its plan reads, the pure
// plan and the workflow type that runs it. Each procedure's entry is procedures/<name>/index.ts.
import type { TObject, TSchema } from '@sinclair/typebox';
import type { Reservasi } from '../domain/batasPenugasan';
import type { CaseView, PlannedCase } from '../domain/kasus';
import type { OrgSnapshot } from '../domain/organisasi';
import type { PlanContext } from '../domain/rencana';
import type { RegionalProfile, Region } from '../profiles/schema';
import type { WorkflowType } from '../workflows/shared';

/**
 * A procedure action whose body the API plans against the master data before the case validates it
 * (POST /cases/{caseId}/actions/{action}): its body schema, whom planning reads, and the plan, which
 * becomes the action's `data`. Actions without one take the generic body (taskId, isi, ...).
 */
export interface ActionPlan<B = any> {
  body: TObject;
  involves: (body: B) => string[];
  plan: (profile: RegionalProfile, org: OrgSnapshot, view: CaseView, body: B, actorNip: string) => unknown;
}

export interface Procedure<R = any> {
  id: string;
  /** Short code in case ids: <region>-<code>-<uuid>. */
  code: string;
  title: string;
  /** The request body's fields besides procedure and region. */
  request: TObject;
  /** What the case's `subject` holds. */
  subject: TSchema;
  /** The demo request of a region, for the OpenAPI example and the README. */
  example: (region: Region) => R;
  /**
   * Cases the plan reads (e.g. the assignment a work cycle runs for): ids in the request, and the field
   * naming each; asked again with the cases read (`cases`) for those they point to.
   */
  related?: (req: R, cases?: Record<string, CaseView>) => { field: string; caseId: string }[];
  /** Whom the plan reads: named NIPs (with their PPK and PUO) and units whose whole staff it needs. */
  involves: (req: R, related: Record<string, CaseView>) => { nips: string[]; staffOf: string[] };
  /** Where a case spans another region of this service: which, and whom the plan reads there (PlanContext.mitra). */
  mitra?: (req: R, related: Record<string, CaseView>) => { region: string; nips: string[]; staffOf: string[] } | undefined;
  plan: (profile: RegionalProfile, org: OrgSnapshot, req: R, ctx: PlanContext) => PlannedCase;
  workflowType: WorkflowType;
  /** Its issued assignment continues into a work cycle (P7) of its own; the request may set it (`siklusKinerja`). */
  bekerja?: true;
  /**
   * The team slots its planned case takes for employees it names from the start (banjar pasal 9(4)):
   * checked against the ledger before the case starts, so a request over the limit is refused then.
   */
  slots?: (input: PlannedCase) => Reservasi[];
  /** Its own actions that are planned in the API (by action name). */
  actions?: Record<string, ActionPlan>;
}
