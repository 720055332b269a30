// Starting a case (POST /cases): the cases its plan reads, the request planned against the master data,
// the case id its Idempotency-Key is bound to, and its workflow started. What the caller is answered
// (the case, 202 while it is set up, or why not) is the route's, through answerStart.
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { getCase } from '../db/cases';
import { loadOrgOnce, recordCaseMasterData, unitsElsewhere, withPlt } from '../db/masterData';
import { overLimit } from '../db/penugasan';
import { tanggalLokal } from '../domain/dokumen';
import type { CaseView, Diketahui, PengaturanSiklus } from '../domain/kasus';
import { RuleViolation } from '../domain/refusal';
import { PROCEDURES } from '../procedures';
import { isRegion, profileOf } from '../profiles';
import { buildMemo } from '../services/arsip';
import { newCaseId, planCase } from '../services/planCase';
import { openedUpdate } from '../workflows/shared';
import { ApiError } from './errors';
import type { Timed } from './plugins/metrics';
import { ANSWER_WITHIN_MS, unanswered, type StartOutcome } from './unanswered';

type Deps = FastifyInstance['deps'];

/** Who starts it: the e-office system (its key) and the acting official; `mayRead`: a case its key may see. */
export interface Starter {
  client: string;
  actor: string;
  /** How the service knew the acting official (the timeline's "diajukan" records it). */
  diketahui?: Diketahui;
  requestId: string;
  log: FastifyBaseLogger;
  mayRead: (view: CaseView) => Promise<boolean>;
  /** The case id the request's Idempotency-Key is bound to: the first attempt's, else `fresh`. */
  caseIdOf: (fresh: string) => Promise<string>;
  /** Already bound by an earlier attempt of the same request. */
  boundCaseId?: string;
  /** Times each step (the API's step histogram). */
  timed: Timed;
  /** The id of the start's Update (`opened`): from the Idempotency-Key, so a retry is answered its outcome. */
  updateId: string;
}

/** The body of POST /cases: a procedure's request, told apart by `procedure`. */
export type StartRequest = { procedure: string; region: string; siklusKinerja?: PengaturanSiklus } & Record<string, unknown>;

/** Plans and starts the case; its outcome: the case's answer, or whether it started when Temporal did not answer in time. */
export async function startCase(deps: Deps, by: Starter, body: StartRequest): Promise<{ caseId: string; outcome: StartOutcome }> {
  const { procedure: id, region, siklusKinerja, ...request } = body;
  const procedure = PROCEDURES[id];
  const related = await by.timed('related cases', async () => {
    const found = await relatedCases(deps, by, procedure.related?.(request) ?? []);
    // And those they point to (the P3 case that brought a team member in from another agency): read for the plan, not shown to the caller.
    return Object.assign(found, await relatedCases(deps, { ...by, mayRead: async () => true }, (procedure.related?.(request, found) ?? []).filter((r) => !found[r.caseId])));
  });
  // A case spanning another agency reads its master data too where it is on this service; one not on it
  // is planned from the request if declared (EXTERNAL_AGENCIES), and refused otherwise.
  // The version of each region's master data the plan reads: an import between two reads is read again.
  const versions: Record<string, number> = {};
  const load = (r: string, nips: string[], staffOf?: string[]) => by.timed('master data read', async () => {
    const { org, version } = await loadOrgOnce(deps.pool, r, nips, staffOf);
    versions[r] = Math.max(versions[r] ?? 0, version);
    // A vacant position with a Plt in force resolves to the Plt (UU 30/2014 Pasal 14 ayat (2)).
    return withPlt(deps.pool, r, org);
  });
  // A unit of another government on this service, named as if it were this one's: the plan refuses it as across agencies.
  const elsewhere = typeof request.unitTujuan === 'string' ? await unitsElsewhere(deps.pool, region, [request.unitTujuan]) : {};
  const unitInstansiLain = Object.fromEntries(Object.entries(elsewhere).filter(([, r]) => isRegion(r)).map(([kode, r]) => [kode, profileOf(r).pemerintah]));
  const input = await by.timed('plan', () => planCase(load, procedure, region, request, by.actor, {
    caseId: by.boundCaseId ?? newCaseId(region, procedure), deadlines: deps.config.deadlines, related, unitInstansiLain,
    ...(siklusKinerja ? { siklusKinerja } : {}), instansiLuar: deps.config.externalAgencies ?? [], today: tanggalLokal(new Date().toISOString(), profileOf(region).zonaWaktu),
  }));
  // A team slot over the region's limit (banjar pasal 9(4)) is refused now, not a moment after the case starts.
  for (const slot of procedure.slots?.(input) ?? []) {
    const refusal = await overLimit(deps.pool, { ...slot, nip: slot.nip!, region, caseId: input.caseId }, deps.config.assignmentWindow ?? { kind: 'performance-year' });
    if (refusal) throw new RuleViolation(refusal);
  }
  // The key's case id: a concurrent identical start may have bound it first.
  const caseId = await by.timed('bind case id', () => by.caseIdOf(input.caseId));
  await by.timed('record master data version', () => recordCaseMasterData(deps.pool, caseId, versions));
  // Started with its Update `opened` (Update-with-Start): answered once the case waits on its first
  // task(s), in one call. Bounded, so an unreachable Temporal or an absent worker answers in seconds.
  const start = new WithStartWorkflowOperation(procedure.workflowType, {
    workflowId: caseId,
    taskQueue: deps.config.TASK_QUEUE,
    args: [{ ...input, caseId, ...(by.diketahui?.knownVia ? { diajukanVia: by.diketahui } : {}) }],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    // The build that runs it, for verification by replay (services/verifikasi.ts).
    memo: { client: by.client, requestId: by.requestId, ...buildMemo() },
  });
  const outcome: StartOutcome = await by.timed('workflow start', () => deps.temporal.withDeadline(Date.now() + ANSWER_WITHIN_MS, () =>
    deps.temporal.workflow.executeUpdateWithStart(openedUpdate, { startWorkflowOperation: start, updateId: by.updateId }),
  )).then((answered) => ({ answered }), async (e) => {
    // A case of this id that has closed: answered from its projection.
    if (e instanceof WorkflowExecutionAlreadyStartedError) return { started: true };
    if (!unanswered(e)) throw e;
    // Unanswered: whether the start went through is known when Temporal answered it before the Update.
    return { started: await start.workflowHandle().then(() => true, () => undefined) };
  });
  const started = 'answered' in outcome || outcome.started === true;
  if (started) by.log.info({ workflowId: caseId, procedure: id, region }, 'case started');
  return { caseId, outcome };
}

/** The cases a new case's plan reads, from the projection; one that does not exist for this key is named. */
async function relatedCases(deps: Deps, by: Starter, refs: { field: string; caseId: string }[]): Promise<Record<string, CaseView>> {
  const found: Record<string, CaseView> = {};
  for (const { field, caseId } of refs) {
    const view = await getCase(deps.pool, caseId);
    if (!view || !(await by.mayRead(view)))
      throw new ApiError(422, { code: 'RELATED_CASE_NOT_FOUND', message: `no case ${caseId}: name an existing case`, fields: [{ field, message: 'unknown case' }] });
    found[caseId] = view;
  }
  return found;
}
