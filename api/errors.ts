// One error shape for every failure: { error: { code, message, citation?, fields? } }.
// Domain refusals keep their code and citation whether they come from a pure rule in the API or
// from a workflow's Update validator; 5xx never leak internals.
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { FastifyError, FastifyInstance } from 'fastify';
import { HTTP_STATUS, RuleViolation, type Refusal } from '../domain/refusal';
import { REFUSAL_FAILURE } from '../workflows/shared';

export class ApiError extends Error {
  constructor(readonly status: number, readonly body: Refusal | Omit<Refusal, 'kind'>) {
    super(body.message);
  }
}

const fromRefusal = (r: Refusal) => new ApiError(HTTP_STATUS[r.kind], r);

/** Turns whatever a handler threw into (status, error body). */
export function toApiError(e: unknown): ApiError | undefined {
  if (e instanceof ApiError) return e;
  if (e instanceof RuleViolation) return fromRefusal(e.refusal);
  if (e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure && e.cause.type === REFUSAL_FAILURE)
    return fromRefusal(e.cause.details?.[0] as Refusal);
  if (e instanceof WorkflowNotFoundError)
    return new ApiError(404, { code: 'CASE_NOT_FOUND', message: 'no running case with this id' });
  // A dependency that does not answer: nothing was changed, and the same request may be sent again.
  if (e instanceof ServiceError)
    return new ApiError(503, { code: 'TEMPORAL_UNAVAILABLE', message: 'the workflow engine does not answer; nothing was changed: retry the same request later' });
  if (isConnectionError(e))
    return new ApiError(503, { code: 'DATABASE_UNAVAILABLE', message: 'the database does not answer; nothing was changed: retry the same request later' });
  const fe = e as FastifyError;
  if (fe.validation)
    return new ApiError(400, {
      code: 'INVALID_REQUEST',
      message: `the ${fe.validationContext ?? 'request'} does not match the schema: fix the fields listed and send it again`,
      fields: fe.validation.map((v) => ({
        // A missing property, or the tag of a oneOf told apart by it (the procedure of POST /cases), names the field.
        field: [fe.validationContext, ...v.instancePath.split('/').filter(Boolean), ...[(v.params as { missingProperty?: string }).missingProperty ?? (v.params as { tag?: string }).tag].filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      })),
    });
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500)
    return new ApiError(fe.statusCode, { code: fe.code ?? 'BAD_REQUEST', message: fe.message });
  return undefined;
}

const CONNECTION_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P03'];
const isConnectionError = (e: unknown) => CONNECTION_CODES.includes((e as { code?: string })?.code ?? '');

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((e, req, reply) => {
    const api = toApiError(e);
    if (api) {
      req.log[api.status >= 500 ? 'error' : 'info']({ code: api.body.code, status: api.status, ...(api.status >= 500 ? { err: e } : {}) }, 'request refused');
      const { kind: _kind, ...body } = api.body as Refusal;
      return reply.status(api.status).send({ error: body });
    }
    req.log.error({ err: e }, 'request failed');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: `the service failed; retry later, quoting request id ${req.id}` } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url}; see /docs` } }));
}
