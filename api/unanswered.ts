// What the API says when Temporal, or the worker behind a case, does not answer in time. "Nothing was
// changed" only where that is known: a start whose workflow exists answers with the case (or 202
// while no worker has set it up yet); a message that Temporal may hold is OUTCOME_UNKNOWN, never
// "nothing changed" — an Update admitted while the worker is down takes effect when it comes back.
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, type WorkflowHandle } from '@temporalio/client';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getCase } from '../db/cases';
import { caseQuery, openedUpdate, type UpdateAnswer } from '../workflows/shared';
import { ApiError } from './errors';

/** How long a start or a message waits for Temporal to carry it out. */
export const ANSWER_WITHIN_MS = 10_000;
/** How long the API asks Temporal about a case (a query, whether it exists, an Update's outcome). */
export const ASK_WITHIN_MS = 5_000;

/** Temporal did not answer: unreachable, or the deadline passed (a case whose worker is down). */
export const unanswered = (e: unknown) => e instanceof ServiceError || e instanceof WorkflowUpdateRPCTimeoutOrCancelledError;

export const within = <T>(app: FastifyInstance, ms: number, fn: () => Promise<T>): Promise<T> =>
  app.deps.temporal.withDeadline(Date.now() + ms, fn);

/** Whether a case's workflow exists; undefined when Temporal cannot say. */
export async function workflowExists(app: FastifyInstance, caseId: string): Promise<boolean | undefined> {
  try {
    await within(app, ASK_WITHIN_MS, () => app.deps.temporal.workflow.getHandle(caseId).describe());
    return true;
  } catch (e) {
    if (e instanceof WorkflowNotFoundError) return false;
    if (unanswered(e)) return undefined;
    throw e;
  }
}

/** 503 for a request that may yet take effect: retried with its key it takes effect once at most. */
export const outcomeUnknown = (req: FastifyRequest, what: string) =>
  new ApiError(503, {
    code: 'OUTCOME_UNKNOWN',
    message: `${what}: the workflow engine did not confirm it in time (its worker may be down), and it may still take effect; `
      + (req.idempotency
        ? 'send the same request with the same Idempotency-Key to learn its outcome (it takes effect once at most)'
        : 'read the case before sending it again (with an Idempotency-Key a retry takes effect once at most)'),
  });

/**
 * After an Update went unanswered, asks Temporal for it: returns its answer when it was carried out,
 * throws its refusal; nothing was changed when Temporal does not know it; else its outcome is not known yet.
 */
export async function settleUpdate(app: FastifyInstance, req: FastifyRequest, handle: WorkflowHandle, updateId: string, what: string): Promise<UpdateAnswer> {
  try {
    return await within(app, ASK_WITHIN_MS, () => handle.getUpdateHandle<UpdateAnswer>(updateId).result());
  } catch (e) {
    if (e instanceof WorkflowUpdateFailedError) throw e;
    if (e instanceof WorkflowNotFoundError)
      throw new ApiError(503, { code: 'TEMPORAL_UNAVAILABLE', message: `${what} did not reach the case; nothing was changed: retry the same request` });
    if (unanswered(e)) throw outcomeUnknown(req, what);
    throw e;
  }
}

/**
 * How a start went: its Update `opened` answered (the case waits on its first task(s), written at that
 * version), or Temporal did not answer in time and the start went through (true), did not (false), or
 * may have (undefined).
 */
export type StartOutcome = { answered: UpdateAnswer } | { started: boolean | undefined };

/**
 * Answers a start whose workflow exists, or may: 201 with the case, as written when it waited on its
 * first task(s); unanswered in time, 201 with the case as projected, else 202 (no worker has set it up).
 * False when it does not exist: nothing was started.
 */
export async function answerStart(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, caseId: string, outcome: StartOutcome): Promise<boolean> {
  const location = `/api/v1/cases/${caseId}`;
  let view = await getCase(app.deps.pool, caseId);
  if ('answered' in outcome) {
    // The projection holds that version, unless a write is behind (then the workflow's own view).
    if (!view || view.version < outcome.answered.version) view = (await askWorkflow(app, caseId)) ?? view;
  } else if (!view) {
    const exists = outcome.started ?? (await workflowExists(app, caseId));
    if (exists === false) return false;
    if (exists === undefined) throw outcomeUnknown(req, `the start of case ${caseId}`);
  }
  if (view) {
    reply.status(201).header('location', location).send(view);
    return true;
  }
  req.log.warn({ workflowId: caseId }, 'case started; no worker has set it up yet');
  reply.status(202).header('location', location).send({
    caseId, status: 'starting',
    message: `case ${caseId} is started and waits for a worker to set it up: read it at ${location}, or send the same request with the same Idempotency-Key, for the case`,
  });
  return true;
}

/**
 * A retried start whose key holds its case id: the case's Update `opened` again (the same id: Temporal
 * answers its first outcome). A case Temporal does not know, or that has closed, goes by the projection.
 */
export async function answerRetriedStart(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, caseId: string, updateId: string): Promise<boolean> {
  const outcome: StartOutcome = await within(app, ANSWER_WITHIN_MS, () => app.deps.temporal.workflow.getHandle(caseId).executeUpdate(openedUpdate, { updateId }))
    .then((answered) => ({ answered }), (e) => {
      if (e instanceof WorkflowNotFoundError || unanswered(e)) return { started: undefined };
      throw e;
    });
  return answerStart(app, req, reply, caseId, outcome);
}

/** The case as its workflow holds it; undefined when Temporal does not answer in time. */
const askWorkflow = (app: FastifyInstance, caseId: string) =>
  within(app, ASK_WITHIN_MS, () => app.deps.temporal.workflow.getHandle(caseId).query(caseQuery)).catch((e) => {
    if (unanswered(e)) return undefined;
    throw e;
  });
