import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { claimIdempotencyKey, findIdempotencyKey, getCase, listCases, releaseIdempotencyKey } from '../../db/cases';
import { loadOrg } from '../../db/masterData';
import { FINAL_STATUSES, type CaseView, type PermohonanPelibatan } from '../../domain/kasus';
import { planCase, PROCEDURE } from '../../domain/penunjukanLintasUnit';
import { profileOf } from '../../profiles';
import { acknowledgeUpdate, caseQuery, decideUpdate, withdrawUpdate } from '../../workflows/shared';
import { ApiError } from '../errors';
import { actingOfficial, assertRegion, mayAccess } from '../plugins/auth';
import { ActingOfficialHeaders, errors, Nip, Region } from '../schemas/common';
import { ActorBody, CaseList, CaseStatus, Decision, StartPenunjukanLintasUnit } from '../schemas/cases';

/** Procedures of the spec that this service does not run yet: they answer 501, never a fake case. */
const NOT_BUILT = [
  'penunjukan-dalam-unit', 'penunjukan-lintas-instansi', 'pengajuan-sukarela-dalam-unit',
  'pengajuan-sukarela-lintas-unit', 'pembentukan-tim-kerja', 'siklus-kinerja', 'rekomendasi-penilaian-kinerja',
];

const CaseRef = Type.Ref('Case');
const CaseParams = Type.Object({ caseId: Type.String({ minLength: 1, maxLength: 200 }) });
const IdempotencyHeaders = Type.Object({
  ...ActingOfficialHeaders.properties,
  'idempotency-key': Type.String({ minLength: 8, maxLength: 200, description: 'Same key and same body: the same case, never a second one' }),
});

/** Messages into a running case: an Idempotency-Key makes a retried POST return the first outcome. */
const MessageHeaders = Type.Object({
  ...ActingOfficialHeaders.properties,
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'A retry with the same key returns the first outcome instead of 409' })),
});
/** Temporal deduplicates Updates by id: the key, per e-office system, is that id. */
const updateId = (req: FastifyRequest) => {
  const key = req.headers['idempotency-key'];
  return typeof key === 'string' ? `${req.client}:${key}` : undefined;
};

const encodeCursor = (c: { startedAt: string; caseId: string }) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(s: string): { startedAt: string; caseId: string } {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString());
    if (typeof c.startedAt === 'string' && !Number.isNaN(Date.parse(c.startedAt)) && typeof c.caseId === 'string') return c;
  } catch {
    // fall through to the refusal
  }
  throw new ApiError(400, { code: 'INVALID_CURSOR', message: 'after must be the nextAfter of a previous page', fields: [{ field: 'querystring.after', message: 'not a cursor' }] });
}

const START_DEADLINE_MS = 10_000;

const requestHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/** The projection, or the workflow itself for a case started a moment ago; other regions' cases do not exist for a scoped key. */
async function readCase(app: FastifyInstance, req: FastifyRequest, caseId: string): Promise<CaseView> {
  const notFound = () => new ApiError(404, { code: 'CASE_NOT_FOUND', message: `no case ${caseId}` });
  let view = await getCase(app.deps.pool, caseId);
  if (!view)
    view = await app.deps.temporal.workflow.getHandle(caseId).query(caseQuery).catch((e) => {
      throw e instanceof WorkflowNotFoundError ? notFound() : e; // an unreachable Temporal stays a 503
    });
  if (!mayAccess(req, view.region)) throw notFound();
  return view;
}

/** Updates go to running cases only: a closed case answers 409 with its outcome. */
async function openCase(app: FastifyInstance, req: FastifyRequest, caseId: string): Promise<CaseView> {
  const view = await readCase(app, req, caseId);
  if (FINAL_STATUSES.includes(view.status))
    throw new ApiError(409, { code: 'CASE_CLOSED', message: `case ${caseId} is closed (${view.status}); nothing can change it`, citation: view.outcome?.citation });
  return view;
}

export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/cases', {
    schema: {
      tags: ['cases'],
      summary: 'Start a case: a Surat Permohonan Pelibatan (penunjukan lintas unit, P2)',
      description: `Idempotent per Idempotency-Key. Other procedures of the spec (${NOT_BUILT.join(', ')}) answer 501 until they are built.`,
      headers: IdempotencyHeaders,
      body: StartPenunjukanLintasUnit,
      response: { 200: CaseRef, 201: CaseRef, ...errors(400, 401, 403, 409, 422, 501) },
    },
    preValidation: async (req) => {
      const procedure = (req.body as { procedure?: unknown } | undefined)?.procedure;
      if (typeof procedure === 'string' && NOT_BUILT.includes(procedure))
        throw new ApiError(501, { code: 'PROCEDURE_NOT_BUILT', message: `procedure ${procedure} is not built yet; only ${PROCEDURE} runs today` });
    },
  }, async (req, reply) => {
    const actor = actingOfficial(req);
    const key = req.headers['idempotency-key'];
    const { procedure: _p, region, ...permohonan } = req.body;
    assertRegion(req, region);
    const hash = requestHash({ actor, body: req.body });
    const reused = (caseId: string) =>
      new ApiError(422, { code: 'IDEMPOTENCY_KEY_REUSED', message: `Idempotency-Key ${key} was used for a different request (case ${caseId}); use a new key for a new request` });

    // A repeat gets its case back as it is, even if the rules or master data changed since.
    const prior = await findIdempotencyKey(app.deps.pool, req.client, key);
    if (prior && prior.requestHash !== hash) throw reused(prior.caseId);
    if (prior && (await getCase(app.deps.pool, prior.caseId))) return reply.status(200).header('location', `/api/v1/cases/${prior.caseId}`).send(await readCase(app, req, prior.caseId));

    // A bad request is refused before it claims the key.
    const org = await loadOrg(app.deps.pool, region, [actor, ...(permohonan.pegawai ? [permohonan.pegawai] : [])]);
    const input = planCase(profileOf(region), org, permohonan as PermohonanPelibatan, {
      caseId: prior?.caseId ?? `${region}-p2-${randomUUID()}`, actorNip: actor, deadlines: app.deps.config.deadlines,
    });
    const claim = prior ? ({ kind: 'same', caseId: prior.caseId } as const) : await claimIdempotencyKey(app.deps.pool, req.client, key, hash, input.caseId);
    if (claim.kind === 'mismatch') throw reused(claim.caseId);
    const id = claim.kind === 'same' ? claim.caseId : input.caseId;
    try {
      // A repeat also (re)starts: the first attempt may have died between claiming the key and starting.
      // Bounded, so an unreachable Temporal answers 503 in seconds; the key is released below.
      await app.deps.temporal.withDeadline(Date.now() + START_DEADLINE_MS, () => app.deps.temporal.workflow.start('penunjukanLintasUnit', {
        workflowId: id,
        taskQueue: app.deps.config.TASK_QUEUE,
        args: [{ ...input, caseId: id }],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        memo: { client: req.client, requestId: req.id },
      }));
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) {
        if (claim.kind === 'new') await releaseIdempotencyKey(app.deps.pool, req.client, key);
        throw e;
      }
    }
    req.log.info({ workflowId: id, region, repeat: claim.kind === 'same' }, 'case started');
    return reply.status(claim.kind === 'same' ? 200 : 201).header('location', `/api/v1/cases/${id}`).send(await readCase(app, req, id));
  });

  app.get('/cases', {
    schema: {
      tags: ['cases'],
      summary: 'Cases, newest first, with their open tasks',
      description: 'Filter by region, status and requester; page with ?after=<nextAfter of the previous page>.',
      querystring: Type.Object({
        region: Type.Optional(Region),
        status: Type.Optional(CaseStatus),
        requester: Type.Optional(Nip),
        limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9]\\d|100)$', description: '1-100, default 50' })),
        after: Type.Optional(Type.String({ description: 'opaque cursor: nextAfter of the previous page' })),
      }),
      response: { 200: CaseList, ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const { region, status, requester, limit, after } = req.query;
    if (region) assertRegion(req, region);
    const cursor = after ? decodeCursor(after) : undefined;
    const n = Number(limit ?? 50);
    const cases = await listCases(app.deps.pool, { regions: region ? [region] : req.regions, status, requester, after: cursor, limit: n });
    const last = cases.at(-1);
    return { cases, nextAfter: cases.length === n && last ? encodeCursor({ startedAt: last.startedAt, caseId: last.caseId }) : undefined };
  });

  app.get('/cases/:caseId', {
    schema: { tags: ['cases'], summary: 'State, current step, timeline and documents of a case', params: CaseParams, response: { 200: CaseRef, ...errors(401, 404) } },
  }, async (req) => readCase(app, req, req.params.caseId));

  app.get('/cases/:caseId/history', {
    schema: {
      tags: ['cases'],
      summary: 'For auditors: the Temporal event history of the case',
      description: 'The JSON the Temporal CLI and UI export; it replays against the workflow code (Worker.runReplayHistory) to show exactly what happened and why.',
      params: CaseParams,
      response: { 200: Type.Object({ events: Type.Array(Type.Any()) }, { additionalProperties: true }), ...errors(401, 404) },
    },
  }, async (req) => {
    const view = await readCase(app, req, req.params.caseId);
    const history = await app.deps.temporal.workflow.getHandle(view.caseId).fetchHistory();
    return JSON.parse(historyToJSON(history)); // protobuf JSON: enums and 64-bit ids as the CLI writes them
  });

  app.post('/cases/:caseId/tasks/:taskId/decision', {
    schema: {
      tags: ['cases'],
      summary: 'Decide (or recommend on) an open task',
      description: 'Only the task\'s assignee (403); only while the task is open (409); refusing needs reasons (400). Approving the keputusan names the employee unless the request did.',
      params: Type.Object({ caseId: Type.String(), taskId: Type.String() }),
      headers: MessageHeaders,
      body: Decision,
      response: { 200: CaseRef, ...errors(400, 401, 403, 404, 409, 422) },
    },
  }, async (req) => {
    const { caseId, taskId } = req.params;
    await openCase(app, req, caseId);
    const view = await app.deps.temporal.workflow.getHandle(caseId).executeUpdate(decideUpdate, {
      args: [{ taskId, actorNip: actingOfficial(req), ...req.body }],
      updateId: updateId(req),
    });
    req.log.info({ workflowId: caseId, taskId, decision: req.body.decision }, 'task decided');
    return view;
  });

  for (const [path, update, summary] of [
    ['withdraw', withdrawUpdate, 'The requester withdraws while a decision is pending'],
    ['acknowledge', acknowledgeUpdate, 'The assigned employee acknowledges receipt of the Surat Tugas; this closes the case'],
  ] as const)
    app.post(`/cases/:caseId/${path}`, {
      schema: { tags: ['cases'], summary, params: CaseParams, headers: MessageHeaders, body: Type.Optional(ActorBody), response: { 200: CaseRef, ...errors(400, 401, 403, 404, 409) } },
    }, async (req) => {
      const { caseId } = req.params;
      await openCase(app, req, caseId);
      const view = await app.deps.temporal.workflow.getHandle(caseId).executeUpdate(update, {
        args: [{ actorNip: actingOfficial(req), reasons: req.body?.reasons }],
        updateId: updateId(req),
      });
      req.log.info({ workflowId: caseId }, `case ${path}`);
      return view;
    });
};
