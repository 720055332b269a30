// One error shape for every failure: { error: { code, message, citation?, fields? } }, or the same as
// RFC 9457 problem details for a client that asks for them (Accept: application/problem+json).
// Domain refusals keep their code and citation whether they come from a pure rule in the API or
// from a workflow's Update validator; 5xx never leak internals.
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import localizeId from 'ajv-i18n/localize/id';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { HTTP_STATUS, RuleViolation, type FieldError, type Refusal } from '../domain/refusal';
import { actUpdate, REFUSAL_FAILURE } from '../workflows/shared';
import { ERROR_CODES, type ErrorCode, type StatusOf } from './errorCodes';

export interface ErrorBodyOf<C extends ErrorCode> { code: C; message: string; citation?: string; fields?: FieldError[] }

/** A refusal by a code of the registry, with the status the registry gives it (checked by the compiler). */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(readonly status: StatusOf<C>, readonly body: ErrorBodyOf<C>) {
    super(body.message);
  }
}

/** A field as refusals name it: the request part, then properties, list positions in brackets (body.kompetensi[3]). */
export const fieldName = (path: readonly (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' || /^\d+$/.test(p) ? `[${p}]` : i ? `.${p}` : p)).join('');

/** The SDK's answer to an Update the workflow registered no handler for. */
const NO_HANDLER = 'No registered handler for update: ';

/** Fastify's own refusals, in the one shape with the service's codes. */
const FRAMEWORK_ERRORS: Record<string, ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: new ApiError(413, { code: 'BODY_TOO_LARGE', message: 'the body is larger than this route takes' }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new ApiError(400, { code: 'BAD_REQUEST', message: 'Content-Length does not match the body' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new ApiError(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the body as application/json' }),
  FST_ERR_CTP_EMPTY_TYPE: new ApiError(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the body as application/json' }),
  FST_ERR_CTP_INVALID_TYPE: new ApiError(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the body as application/json' }),
  FST_ERR_BAD_URL: new ApiError(400, { code: 'MALFORMED_URL', message: 'the path is not valid percent-encoded UTF-8' }),
  FST_ERR_MAX_PARAM_LENGTH: new ApiError(414, { code: 'URI_TOO_LONG', message: 'a path segment is too long' }),
};

/** A rule's refusal: its code is in the registry with the status of its kind (tests/api/errorCodes.test.ts holds every rule to it). */
const fromRefusal = ({ kind, ...r }: Refusal) => new ApiError(HTTP_STATUS[kind] as StatusOf<ErrorCode>, r as ErrorBodyOf<ErrorCode>);

/** The languages a schema refusal's messages are said in: English, or Bahasa Indonesia for a client that asks for it. */
export type Bahasa = 'en' | 'id';

/**
 * The language a client asks for (Accept-Language, RFC 9110 section 12.5.4): Bahasa Indonesia when `id`
 * (or the old `in`) has the highest weight; English otherwise, as every client had it before.
 */
export function bahasaOf(acceptLanguage: string | undefined): Bahasa {
  const ranked = (acceptLanguage ?? '').split(',').map((part, i) => {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean) ?? 1);
    return { primary: tag.trim().split('-')[0], q: Number.isNaN(q) ? 0 : q, i };
  }).filter((l) => l.primary && l.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0] && ['id', 'in'].includes(ranked[0].primary) ? 'id' : 'en';
}

/** The service's own words of a schema refusal, in each language; Ajv's are localised by ajv-i18n. */
const SCHEMA_WORDS: Record<Bahasa, { mismatch: (part: string) => string; extra: string; noneOf: string }> = {
  en: {
    mismatch: (part) => `the ${part} does not match the schema: fix the fields listed and send it again`,
    extra: 'is not a property of this request: remove it',
    noneOf: 'is none of the values this field takes (see /openapi.json)',
  },
  id: {
    mismatch: () => 'permintaan tidak sesuai skemanya: perbaiki isian yang disebut lalu kirim lagi',
    extra: 'bukan bagian dari permintaan ini: hapus',
    noneOf: 'bukan salah satu nilai yang diterima isian ini (lihat /openapi.json)',
  },
};

/** Ajv's errors with their messages in the language (copies: Fastify's own stay as they are). */
function localised(errors: SchemaError[], bahasa: Bahasa): SchemaError[] {
  if (bahasa === 'en') return errors;
  const copies = errors.map((e) => ({ ...e }));
  localizeId(copies as Parameters<typeof localizeId>[0]);
  return copies.map((c) => ({ ...c, message: c.message?.trim() }));
}

/** Turns whatever a handler threw into (status, error body); a schema refusal in the language the client asked for. */
export function toApiError(e: unknown, bahasa: Bahasa = 'en'): ApiError | undefined {
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
  if (fe.validation) {
    const words = SCHEMA_WORDS[bahasa];
    return new ApiError(400, {
      code: 'INVALID_REQUEST',
      message: words.mismatch(fe.validationContext ?? 'request'),
      fields: localised(closestBranch(fe.validation), bahasa).map((v) => {
        // A missing or extra property, or the tag of a oneOf told apart by it (the procedure of POST /cases), names the field.
        const p = v.params as { missingProperty?: string; additionalProperty?: string; tag?: string };
        const named = p.missingProperty ?? p.additionalProperty ?? p.tag;
        return {
          field: fieldName([fe.validationContext ?? 'request', ...v.instancePath.split('/').filter(Boolean), ...(named ? [named] : [])]),
          message: p.additionalProperty ? words.extra : v.keyword === 'anyOf' ? words.noneOf : v.message ?? 'invalid',
        };
      }),
    });
  }
  if (e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure && e.cause.message.startsWith(NO_HANDLER)) {
    // The case's workflow has no handler for this message at all (an action sent to a procedure that has none).
    const update = e.cause.message.slice(NO_HANDLER.length);
    return new ApiError(404, { code: 'UNKNOWN_ACTION', message: update === actUpdate.name ? 'this case has no actions of its procedure; see the procedure\'s actions in /docs' : `this case takes no ${update}` });
  }
  const framework = FRAMEWORK_ERRORS[fe.code];
  if (framework) return framework;
  // Fastify's other client errors keep their status.
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500)
    return new ApiError(fe.statusCode as StatusOf<'BAD_REQUEST'>, { code: 'BAD_REQUEST', message: fe.message });
  return undefined;
}

type SchemaError = NonNullable<FastifyError['validation']>[number];

/**
 * What a value that matches no member of a union did wrong, said once: against a list of literals,
 * the list (not each literal); against shapes (the generic body of an action, or ubah-tim's), the
 * member it came closest to (fewest errors), so an extra property is named by itself.
 */
function closestBranch(errors: SchemaError[]): SchemaError[] {
  let kept = errors;
  for (const union of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    const prefix = `${union.schemaPath}/`;
    const inside = kept.filter((e) => e.schemaPath.startsWith(prefix));
    if (!inside.length) continue;
    const branches = new Map<string, SchemaError[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const literals = inside.every((e) => e.keyword === 'const' || e.keyword === 'enum');
    const closest = [...branches.values()].reduce((a, b) => (b.length < a.length ? b : a));
    kept = kept.filter((e) => (literals ? !inside.includes(e) : e !== union && (!inside.includes(e) || closest.includes(e))));
  }
  return kept;
}

const CONNECTION_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P03'];
/** pg's own errors for a connection lost under a query or a client no longer usable: they carry no code. */
const LOST_CONNECTION = /^(Connection terminated|Client (has encountered a connection error|was closed) and is not queryable|timeout exceeded when trying to connect)/;
const isConnectionError = (e: unknown) => {
  const { code, message } = (e ?? {}) as { code?: string; message?: string };
  return code ? CONNECTION_CODES.includes(code) : e instanceof Error && LOST_CONNECTION.test(message ?? '');
};

const PROBLEM_JSON = 'application/problem+json';

const PROBLEM_TYPE = 'urn:sistem-kerja:error:';
const isProblem = (body: { type?: unknown } | null) => typeof body?.type === 'string' && body.type.startsWith(PROBLEM_TYPE);

/** The code of a refusal as sent, in either shape (undefined for a success). */
export const codeOf = (sent: string): string | undefined => {
  const body = JSON.parse(sent);
  return isProblem(body) ? body.code : body?.error?.code;
};

/** The media type of an answer as sent (a replayed outcome is the first answer as it was sent). */
export const mediaTypeOf = (sent: string) => (isProblem(JSON.parse(sent)) ? PROBLEM_JSON : 'application/json; charset=utf-8');

/**
 * The refusal in the shape the client asked for: RFC 9457 problem details when its Accept names
 * application/problem+json (code, citation and fields as extension members), else the one shape.
 */
function sendRefusal(req: FastifyRequest, reply: FastifyReply, { status, body }: ApiError) {
  reply.status(status);
  if (!req.headers.accept?.includes(PROBLEM_JSON)) return reply.send({ error: body });
  const { code, message, ...extensions } = body;
  return reply.type(PROBLEM_JSON).send({
    type: `${PROBLEM_TYPE}${code}`, title: ERROR_CODES[code].meaning, status, detail: message, instance: `urn:sistem-kerja:request:${req.id}`,
    code, ...extensions,
  });
}

/** What the service adds to a refusal before it is sent (the citation of a field's rule, api/fieldCitations.ts). */
export type Enrich = (req: FastifyRequest, e: ApiError) => Promise<ApiError>;

/** Sends whatever was thrown in the shape the client takes. */
async function sendError(e: unknown, req: FastifyRequest, reply: FastifyReply, enrich?: Enrich) {
  const found = toApiError(e, bahasaOf(req.headers['accept-language']));
  // A schema's refusal is said in the language asked for: a cache keeps each apart.
  if ((e as FastifyError)?.validation) {
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
  }
  const api = found && enrich ? await enrich(req, found) : found;
  if (api) {
    req.log[api.status >= 500 ? 'error' : 'info']({ code: api.body.code, status: api.status, ...(api.status >= 500 ? { err: e } : {}) }, 'request refused');
    return sendRefusal(req, reply, api);
  }
  req.log.error({ err: e }, 'request failed');
  return sendRefusal(req, reply, new ApiError(500, { code: 'INTERNAL', message: `the service failed; retry later, quoting request id ${req.id}` }));
}

/** Fastify's option: what its router refuses before any route (a malformed URL) in the one shape. */
export const frameworkErrors = (e: FastifyError, req: FastifyRequest, reply: FastifyReply) => void sendError(e, req, reply);

/**
 * Node's HTTP server refuses some requests before Fastify sees them (431: headers too large; a
 * malformed request line; a timeout): answered in the one shape on the socket itself.
 */
export function clientErrorHandler(e: NodeJS.ErrnoException, socket: Socket) {
  if (e.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    e.code === 'HPE_HEADER_OVERFLOW' ? [431, 'HEADERS_TOO_LARGE', 'the request line and headers are larger than the server takes']
      : e.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'REQUEST_TIMEOUT', 'the request did not arrive in time: send it again']
        : [400, 'BAD_REQUEST', 'the request is not valid HTTP'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable)
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  socket.destroy();
}

export function registerErrorHandler(app: FastifyInstance, enrich?: Enrich) {
  app.setErrorHandler((e, req, reply) => sendError(e, req, reply, enrich));
  // A path served with other methods answers 405 with them; an unknown path, 404.
  const routes: { pattern: RegExp; method: string }[] = [];
  app.addHook('onRoute', (r) => {
    const pattern = new RegExp(`^${r.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    for (const method of [r.method].flat()) routes.push({ pattern, method });
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length)
      return sendRefusal(req, reply.header('allow', allowed.join(', ')), new ApiError(405, { code: 'METHOD_NOT_ALLOWED', message: `${path} takes ${allowed.join(', ')}, not ${req.method}` }));
    return sendRefusal(req, reply, new ApiError(404, { code: 'NOT_FOUND', message: `no route ${req.method} ${path}; see /docs` }));
  });
}
