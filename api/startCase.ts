// Starting a case (POST /cases): the cases its plan reads, the request planned against the master data,
// its Idempotency-Key claimed, and its workflow started. A repeat with the same key and body gets the
// same case; the same key with another body is refused.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { claimIdempotencyKey, findIdempotencyKey, getCase, releaseIdempotencyKey } from '../db/cases';
import { loadOrg } from '../db/masterData';
import { tanggalLokal } from '../domain/dokumen';
import type { CaseView, PengaturanSiklus } from '../domain/kasus';
import { PROCEDURES } from '../procedures';
import { profileOf } from '../profiles';
import { newCaseId, planCase } from '../services/planCase';
import { ApiError } from './errors';

const START_DEADLINE_MS = 10_000;

type Deps = FastifyInstance['deps'];

/** Who starts it: the e-office system (its key) and the acting official; `mayRead`: a case its key may see. */
export interface Starter {
  client: string;
  actor: string;
  idempotencyKey: string;
  requestId: string;
  log: FastifyBaseLogger;
  mayRead: (view: CaseView) => boolean;
}

/** The body of POST /cases: a procedure's request, told apart by `procedure`. */
export type StartRequest = { procedure: string; region: string; siklusKinerja?: PengaturanSiklus } & Record<string, unknown>;

const requestHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/** Starts the case (or finds the one this key started); `repeat`: it was started before. */
export async function startCase(deps: Deps, by: Starter, body: StartRequest): Promise<{ caseId: string; repeat: boolean }> {
  const { actor, idempotencyKey: key } = by;
  const { procedure: id, region, siklusKinerja, ...request } = body;
  const procedure = PROCEDURES[id];
  const hash = requestHash({ actor, body });
  const reused = (caseId: string) =>
    new ApiError(422, { code: 'IDEMPOTENCY_KEY_REUSED', message: `Idempotency-Key ${key} was used for a different request (case ${caseId}); use a new key for a new request` });

  // A repeat gets its case back as it is, even if the rules or master data changed since.
  const prior = await findIdempotencyKey(deps.pool, by.client, key);
  if (prior && prior.requestHash !== hash) throw reused(prior.caseId);
  if (prior && (await getCase(deps.pool, prior.caseId))) return { caseId: prior.caseId, repeat: true };

  // A bad request is refused before it claims the key.
  const related = await relatedCases(deps, by, procedure.related?.(request) ?? []);
  // And those they point to (the P3 case that brought a team member in from another agency).
  Object.assign(related, await relatedCases(deps, by, (procedure.related?.(request, related) ?? []).filter((r) => !related[r.caseId])));
  // A case spanning another agency reads its master data too where it is on this service; one not on it
  // is planned from the request if declared (EXTERNAL_AGENCIES), and refused otherwise.
  const input = await planCase((r, nips, staffOf) => loadOrg(deps.pool, r, nips, staffOf), procedure, region, request, actor, {
    caseId: prior?.caseId ?? newCaseId(region, procedure), deadlines: deps.config.deadlines, related,
    ...(siklusKinerja ? { siklusKinerja } : {}), instansiLuar: deps.config.externalAgencies ?? [], today: tanggalLokal(new Date().toISOString(), profileOf(region).zonaWaktu),
  });
  const claim = prior ? ({ kind: 'same', caseId: prior.caseId } as const) : await claimIdempotencyKey(deps.pool, by.client, key, hash, input.caseId);
  if (claim.kind === 'mismatch') throw reused(claim.caseId);
  const caseId = claim.kind === 'same' ? claim.caseId : input.caseId;
  try {
    // A repeat also (re)starts: the first attempt may have died between claiming the key and starting.
    // Bounded, so an unreachable Temporal answers 503 in seconds; the key is released below.
    await deps.temporal.withDeadline(Date.now() + START_DEADLINE_MS, () => deps.temporal.workflow.start(procedure.workflowType, {
      workflowId: caseId,
      taskQueue: deps.config.TASK_QUEUE,
      args: [{ ...input, caseId }],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      memo: { client: by.client, requestId: by.requestId },
    }));
  } catch (e) {
    if (!(e instanceof WorkflowExecutionAlreadyStartedError)) {
      if (claim.kind === 'new') await releaseIdempotencyKey(deps.pool, by.client, key);
      throw e;
    }
  }
  by.log.info({ workflowId: caseId, procedure: id, region, repeat: claim.kind === 'same' }, 'case started');
  return { caseId, repeat: claim.kind === 'same' };
}

/** The cases a new case's plan reads, from the projection; one that does not exist for this key is named. */
async function relatedCases(deps: Deps, by: Starter, refs: { field: string; caseId: string }[]): Promise<Record<string, CaseView>> {
  const found: Record<string, CaseView> = {};
  for (const { field, caseId } of refs) {
    const view = await getCase(deps.pool, caseId);
    if (!view || !by.mayRead(view))
      throw new ApiError(422, { code: 'RELATED_CASE_NOT_FOUND', message: `no case ${caseId}: name an existing case`, fields: [{ field, message: 'unknown case' }] });
    found[caseId] = view;
  }
  return found;
}
