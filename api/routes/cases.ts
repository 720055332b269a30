import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TObject } from '@sinclair/typebox';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getCase, listCases, positionOf, type HistoryPosition } from '../../db/cases';
import { loadOrg } from '../../db/masterData';
import { profileOf } from '../../profiles';
import { FINAL_STATUSES, type CaseView } from '../../domain/kasus';
import { openReceiptOf } from '../../domain/langkah';
import { PROCEDURES } from '../../procedures';
import { archivedView, caseRuns } from '../../services/arsip';
import { exportCase } from '../../services/ekspor';
import { verifyCase } from '../../services/verifikasi';
import { Value } from '@sinclair/typebox/value';
import { acknowledgeUpdate, actUpdate, caseQuery, completeUpdate, decideUpdate, REFUSAL_FAILURE, withdrawUpdate, type UpdateAnswer } from '../../workflows/shared';
import { decodeCursor, encodeCursor } from '../cursor';
import { ApiError, fieldName } from '../errors';
import { CaseWatch } from '../caseWatch';
import { caseIdOf, updateIdOf } from '../idempotency';
import { startCase, type StartRequest } from '../startCase';
import { ANSWER_WITHIN_MS, answerRetriedStart, answerStart, ASK_WITHIN_MS, settleUpdate, unanswered, within, workflowExists } from '../unanswered';
import { actingOfficial, diketahui, mayAccess } from '../plugins/auth';
import { caseRead } from '../plugins/audit';
import { authorize, caseFacts, visibleCases } from '../authorize';
import { ActingOfficialHeaders, Cursor, errors, Id, Nip, ok, Region } from '../schemas/common';
import { ActionBody, ActorBody, CaseList, CaseStarting, CaseStatus, Completion, Decision, StartCase } from '../schemas/cases';
import { CaseExportSchema, Verification } from '../schemas/verifikasi';

const CaseRef = Type.Ref('Case');
/** The longest a read waits for a case to move (GET /cases/{caseId}?afterVersion=&wait=). */
const MAX_WAIT_S = 30;
/** How long a decision that issues documents waits for their numbers before it answers the case still issuing. */
export const ISSUE_WITHIN_MS = 10_000;
const CaseParams = Type.Object({ caseId: Id() });
const TaskParams = Type.Object({ caseId: Id(), taskId: Id() });
const IdempotencyHeaders = Type.Object({
  ...ActingOfficialHeaders.properties,
  'idempotency-key': Type.String({ minLength: 8, maxLength: 200, description: 'The same request again: the first outcome, never a second case; the key on another request: 422 IDEMPOTENCY_KEY_REUSED' }),
});

/** Messages into a running case: an Idempotency-Key makes a retried POST return the first outcome. */
const MessageHeaders = Type.Object({
  ...ActingOfficialHeaders.properties,
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'The same request again: the first outcome (status and body), applied once; the key on another request: 422 IDEMPOTENCY_KEY_REUSED' })),
});

/** The bodies of the actions procedures plan in the API (POST /cases/{caseId}/actions/{action}). */
const ACTION_BODIES = Object.values(PROCEDURES).flatMap((p) => Object.values(p.actions ?? {}).map((a) => a.body));

/** An action's body against its own schema: 400 naming each field, as the route's schema would. */
function checkBody(schema: TObject, body: unknown) {
  const errors = [...Value.Errors(schema, body)];
  if (errors.length)
    throw new ApiError(400, {
      code: 'INVALID_REQUEST',
      message: 'the body does not match the schema of this action: fix the fields listed and send it again',
      fields: errors.map((e) => ({ field: fieldName(['body', ...e.path.split('/').filter(Boolean)]), message: e.message })),
    });
  return body;
}

/** The projection, or the workflow itself for a case started a moment ago, or the archive; a case the caller may not see does not exist for them (identity/policy.ts). */
async function readCase(app: FastifyInstance, req: FastifyRequest, caseId: string, op: 'case.read' | 'case.act' = 'case.read'): Promise<CaseView> {
  const notFound = () => new ApiError(404, { code: 'CASE_NOT_FOUND', message: `no case ${caseId}` });
  let view = await getCase(app.deps.pool, caseId);
  if (!view)
    view = await within(app, ASK_WITHIN_MS, () => app.deps.temporal.workflow.getHandle(caseId).query(caseQuery)).catch(async (e) => {
      if (!(e instanceof WorkflowNotFoundError) && !unanswered(e)) throw e;
      const archived = await archivedView(app.arsip, caseId);
      if (archived) return archived;
      throw e instanceof WorkflowNotFoundError ? notFound() : e; // an unreachable Temporal stays a 503 for a case the archive does not hold
    });
  caseRead(req, view);
  await authorize(app, req, { op, case: caseFacts(view) }, notFound);
  return view;
}

/**
 * A task is acted on through a key of the region whose official takes it: the other agency of a
 * case both see acts on its own side only (403, the case being visible to it).
 */
function assertSide(req: FastifyRequest, view: CaseView, what: string, side: Side | undefined) {
  if (side && !mayAccess(req, side.region))
    throw new ApiError(403, {
      code: 'OTHER_AGENCY_SIDE', message: `${what} of case ${view.caseId} is taken by an official of ${side.region}; the API key of ${req.client} is for ${req.regions!.join(', ')}`,
      ...(side.citation ? { citation: side.citation } : {}),
    });
}

/** Who takes a message: the region of their agency, and the article that gives the hop to them. */
interface Side { region: string; citation?: string }

/** The side of an open or past task; a task not open yet is answered by the workflow (409). */
const taskSide = (view: CaseView, task: { region?: string; citation: string } | undefined): Side | undefined =>
  task && { region: task.region ?? view.region, citation: task.citation };

/** The side of what the case's requester does (withdraw): the case's region, by the article of its request. */
const requesterSide = (view: CaseView): Side => ({ region: view.region, citation: view.timeline[0]?.citation });

/** The agency an official acts for in a case: as the case names them (sisi), or where their tasks are; anyone else, the case's own. */
const actorRegion = (view: CaseView, nip: string) =>
  view.sisi?.[nip] ?? view.tasks.find((t) => t.assignee.nip === nip && t.region)?.region ?? view.region;

/** Whose history a case's audit read was answered from (its body says so too, for verify and export). */
const SourceHeader = {
  'x-history-source': Type.Union([Type.Literal('temporal'), Type.Literal('archive')], {
    description: 'temporal; or archive: Temporal has purged the closed case, or does not answer and the archive holds the case whole (a case not archived yet is then 503 TEMPORAL_UNAVAILABLE)',
  }),
};
const HistoryHeaders = {
  ...SourceHeader,
  'x-history-run': Type.String({ description: 'the run id of the run served' }),
  'x-history-runs': Type.String({ description: 'every run of the case, first to last, comma separated (a long case continues as new)' }),
};

const historyNotKept = (caseId: string) =>
  new ApiError(404, { code: 'HISTORY_NOT_KEPT', message: `neither Temporal nor the archive holds the history of case ${caseId}: it was purged before the archive was kept` });

/** A case read for its audit (verify, export): its audit rows go with it, so the region's auditors and systems only. */
async function auditedCase(app: FastifyInstance, req: FastifyRequest, caseId: string): Promise<CaseView> {
  const view = await readCase(app, req, caseId);
  await authorize(app, req, { op: 'audit.read', region: view.region });
  return view;
}

const caseClosed = (view: CaseView) =>
  new ApiError(409, { code: 'CASE_CLOSED', message: `case ${view.caseId} is closed (${view.status}); nothing can change it`, citation: view.outcome?.citation });

/** The case as its workflow holds it (the durable state); undefined when Temporal cannot say. */
const workflowView = (app: FastifyInstance, caseId: string) =>
  within(app, ASK_WITHIN_MS, () => app.deps.temporal.workflow.getHandle(caseId).query(caseQuery)).catch(() => undefined);

/**
 * Updates go to running cases only: a closed case answers 409 with its outcome. The projection only
 * reads; the workflow decides: a projection that says closed while its workflow still waits (written
 * from history Temporal lost) does not block the case.
 */
async function runningCase(app: FastifyInstance, req: FastifyRequest, caseId: string): Promise<CaseView> {
  const view = await readCase(app, req, caseId, 'case.act');
  if (!FINAL_STATUSES.includes(view.status)) return view;
  const held = await workflowView(app, caseId);
  if (held && !FINAL_STATUSES.includes(held.status)) {
    req.log.warn({ workflowId: caseId, projection: { version: view.version, status: view.status }, workflow: { version: held.version, status: held.status } }, 'projection says closed, the workflow runs');
    return held;
  }
  // A keyed message sent again may be the one that closed the case: sendUpdate asks for its outcome.
  if (req.idempotency) return view;
  throw caseClosed(view);
}

/**
 * The case after an Update that answered: the projection, unless it is behind that answer (frozen by
 * hand) or closed while the workflow's answer is not (a row ahead of history): then the workflow's own
 * view, never a stale one. A later write of the case is answered as it is.
 */
async function caseAfter(app: FastifyInstance, req: FastifyRequest, answered: UpdateAnswer): Promise<CaseView> {
  // The Update is carried out: a projection that cannot be read now (a lost connection) must not turn the
  // answer into "nothing was changed", which frees the key and makes the retry a second, refused message.
  const view = await readCase(app, req, answered.caseId).catch(async (e) => {
    const held = await workflowView(app, answered.caseId);
    if (!held) throw carriedOutUnread(req, answered, e);
    req.log.warn({ err: e, workflowId: answered.caseId }, 'projection unreadable after an Update; answering the workflow\'s view');
    return held;
  });
  const closedAhead = FINAL_STATUSES.includes(view.status) && !FINAL_STATUSES.includes(answered.status);
  if (view.version >= answered.version && !closedAhead) return view;
  // Closed by a later write (the receipt that closes the case is answered before its close is written):
  // a row written from history Temporal has is the case's, and asking where that history stands costs no replay.
  if (closedAhead && view.version > answered.version && (await writtenFromKeptHistory(app, answered))) return view;
  const held = await workflowView(app, answered.caseId);
  if (!held) return view;
  req.log.warn({ workflowId: answered.caseId, projection: { version: view.version, status: view.status }, workflow: { version: held.version, status: held.status } }, 'projection differs from its workflow; answering the workflow\'s view');
  return held;
}

/**
 * Whether a case's row was written from its current run at a history position Temporal holds: no further
 * on than where the Update answered from (its closing write is mostly in that same workflow task), else
 * as Temporal describes the run now (no worker replays it); false where neither can say (the workflow's
 * view is asked for then).
 */
async function writtenFromKeptHistory(app: FastifyInstance, { caseId, at }: UpdateAnswer): Promise<boolean> {
  const row = await positionOf(app.deps.pool, caseId).catch(() => undefined);
  if (!row) return false;
  const holds = (p: HistoryPosition) => row.runId === p.runId && row.historyLength <= p.historyLength;
  if (at && holds(at)) return true;
  const d = await within(app, ASK_WITHIN_MS, () => app.deps.temporal.workflow.getHandle(caseId).describe()).catch(() => undefined);
  return !!d && holds(d);
}

/** An Update carried out whose case can be read neither from the projection nor from the workflow: not "nothing was changed". */
function carriedOutUnread(req: FastifyRequest, answered: UpdateAnswer, e: unknown) {
  req.log.warn({ err: e, workflowId: answered.caseId }, 'an Update was carried out; its case cannot be read');
  return new ApiError(503, {
    code: 'CASE_UNREADABLE',
    message: `the change was carried out (case ${answered.caseId}, version ${answered.version}, ${answered.status}) but the case cannot be read now: `
      + (req.idempotency ? 'send the same request with the same Idempotency-Key for the case as it left it (nothing is done twice)' : `read it at /api/v1/cases/${answered.caseId}`),
  });
}

const isRefusal = (e: unknown) => e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure && e.cause.type === REFUSAL_FAILURE;

/**
 * Sends an Update (`what`, for the caller) to a running case and answers the case as it left it. One
 * that the workflow never processed — the case closed between our check and its arrival (a racing
 * decision), or its worker went away — is read again: a closed case answers 409, a running one gets
 * the Update once more. One Temporal did not answer in time is asked after by its id (settleUpdate).
 */
async function sendUpdate(
  app: FastifyInstance, watch: CaseWatch, req: FastifyRequest, caseId: string, what: string,
  send: (h: WorkflowHandle, updateId: string) => Promise<UpdateAnswer>,
): Promise<CaseView> {
  const handle = app.deps.temporal.workflow.getHandle(caseId);
  const updateId = updateIdOf(req);
  for (let attempt = 1; ; attempt++) {
    try {
      const answered = await app.timed('update round trip', () => within(app, ANSWER_WITHIN_MS, () => send(handle, updateId))).catch(async (e) => {
        if (!unanswered(e)) throw e;
        return settleUpdate(app, req, handle, updateId, what);
      });
      // A decision that issues documents is answered with their numbers, once written (ISSUE_WITHIN_MS at most).
      if (answered.status === 'issuing')
        await watch.until(caseId, () => getCase(app.deps.pool, caseId), (v) => !v || (v.version > answered.version && v.status !== 'issuing'), ISSUE_WITHIN_MS);
      // The Update answers once its change is in the projection: the caller reads its own write (or a later one).
      return await app.timed('read after update', () => caseAfter(app, req, answered));
    } catch (e) {
      const unprocessed = (e instanceof WorkflowUpdateFailedError && !isRefusal(e)) || e instanceof WorkflowNotFoundError;
      if (!unprocessed || attempt === 3) throw e;
      const view = await readCase(app, req, caseId);
      if (FINAL_STATUSES.includes(view.status)) {
        // Its own first attempt may have closed the case, its answer lost: that answer, else closed.
        const first = req.idempotency && await settleUpdate(app, req, handle, updateId, what).catch(() => undefined);
        if (first) return await caseAfter(app, req, first);
        throw caseClosed(view);
      }
      req.log.warn({ workflowId: caseId, attempt, err: e }, 'update not processed; sending it again');
    }
  }
}

export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const watch = new CaseWatch(app.deps.pool, app.log);
  app.addHook('onClose', () => watch.close());

  app.post('/cases', {
    config: { idempotent: true },
    schema: {
      operationId: 'startCase',
      tags: ['cases'],
      summary: 'Start a case of a procedure',
      description: `Answers the case once it waits on its first task(s) (they are open in the answer and the assignee's inbox), or is closed. Idempotent per Idempotency-Key: the same request again answers the first outcome (Idempotent-Replayed: true); 202 while the case's worker has not set it up yet (none within 10 s). The body is one of the procedures' requests, told apart by \`procedure\` (${Object.keys(PROCEDURES).join(', ')}).`,
      headers: IdempotencyHeaders,
      body: StartCase,
      response: { 201: ok('The case, started, with its first task(s) once its worker set it up', CaseRef), 202: ok('Accepted: the case is starting and its worker has not set it up yet; read it with getCase', CaseStarting), ...errors('startCase') },
    },
  }, async (req, reply) => {
    const actor = actingOfficial(req);
    const body = req.body as StartRequest;
    await authorize(app, req, { op: 'case.start', region: body.region });
    // A retry of a start that got as far as its case gets that case, even if the rules or master data changed since.
    const bound = req.idempotency?.caseId;
    const updateId = updateIdOf(req);
    if (bound && (await answerRetriedStart(app, req, reply, bound, updateId))) return reply;
    const by = {
      client: req.client, actor, diketahui: diketahui(req), requestId: req.id, log: req.log, updateId,
      mayRead: (v: CaseView) => authorize(app, req, { op: 'case.read', case: caseFacts(v) }).then(() => true, () => false),
      boundCaseId: bound ?? undefined, caseIdOf: (fresh: string) => caseIdOf(app, req, fresh), timed: app.timed,
    };
    const { caseId, outcome } = await startCase(app.deps, by, body);
    if (await app.timed('start answer', () => answerStart(app, req, reply, caseId, outcome))) return reply;
    throw new ApiError(503, { code: 'TEMPORAL_UNAVAILABLE', message: `the workflow engine did not answer and case ${caseId} was not started; nothing was changed: retry the same request later` });
  });

  app.get('/cases', {
    schema: {
      operationId: 'listCases',
      tags: ['cases'],
      summary: 'Cases, newest first, with their open tasks',
      description: 'The cases the caller may see (an official: those they take part in, of the units they lead, or of the regions they audit; a key: its regions), filtered by region, status and requester; page with ?after=<nextAfter of the previous page>.',
      querystring: Type.Object({
        region: Type.Optional(Region),
        status: Type.Optional(CaseStatus),
        requester: Type.Optional(Nip),
        limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9]\\d|100)$', maxLength: 3, description: '1-100, default 50' })),
        after: Type.Optional(Cursor),
      }),
      response: { 200: ok('A page of cases; nextAfter pages on', CaseList), ...errors('listCases') },
    },
  }, async (req) => {
    const { region, status, requester, limit, after } = req.query;
    const scope = await visibleCases(app, req, region);
    const cursor = after ? decodeCursor(after, ['startedAt', 'caseId'] as const, 'startedAt') : undefined;
    const n = Number(limit ?? 50);
    const cases = await listCases(app.deps.pool, { ...scope, status, requester, after: cursor, limit: n });
    const last = cases.at(-1);
    return { cases, nextAfter: cases.length === n && last ? encodeCursor({ startedAt: last.startedAt, caseId: last.caseId }) : undefined };
  });

  app.get('/cases/:caseId', {
    schema: {
      operationId: 'getCase', tags: ['cases'], summary: 'State, current step, timeline and documents of a case',
      description: '202 with status "starting" while the case is started but no worker has set it up yet. '
        + `With afterVersion (the version last read) and wait (seconds, at most ${MAX_WAIT_S}): answers once the case has a later version, or when the wait ends with the case as it is (its version not past afterVersion: nothing moved).`,
      params: CaseParams,
      querystring: Type.Object({
        afterVersion: Type.Optional(Type.String({ pattern: '^\\d{1,9}$', maxLength: 9, description: 'the case\'s version the caller holds: wait for a later one' })),
        wait: Type.Optional(Type.String({ pattern: '^([0-9]|[12][0-9]|30)$', maxLength: 2, description: `seconds to wait for a version after afterVersion, 0-${MAX_WAIT_S} (default 0: answer at once)` })),
      }),
      response: { 200: ok('The case (with afterVersion and wait: once it moved past that version, or as it is when the wait ended)', CaseRef), 202: ok('Accepted: the case is started and its worker has not set it up yet; read it again shortly', CaseStarting), ...errors('getCase') },
    },
  }, async (req, reply) => {
    const { caseId } = req.params;
    const { afterVersion, wait } = req.query;
    try {
      const view = await readCase(app, req, caseId);
      if (afterVersion === undefined || !Number(wait) || view.version > Number(afterVersion)) return view;
      // Long poll: the projection's next write wakes it (migration 018); the case was authorized above.
      const moved = await watch.until(caseId, () => getCase(app.deps.pool, caseId), (v) => !!v && v.version > Number(afterVersion), Number(wait) * 1000);
      return moved ?? view;
    } catch (e) {
      // Neither the projection nor the workflow answered: a case its worker has not set up yet says so.
      // Its region is the one its id starts with (newCaseId); another region's key learns nothing.
      if (!unanswered(e)) throw e;
      if (!mayAccess(req, caseId.split('-')[0])) throw new ApiError(404, { code: 'CASE_NOT_FOUND', message: `no case ${caseId}` });
      if ((await workflowExists(app, caseId)) !== true) throw e;
      return reply.status(202).send({ caseId, status: 'starting', message: `case ${caseId} is started and waits for a worker to set it up: read it again shortly` });
    }
  });

  app.get('/cases/:caseId/history', {
    schema: {
      operationId: 'getCaseHistory',
      tags: ['cases'],
      summary: 'For auditors: the Temporal event history of the case, run by run',
      description: 'The JSON the Temporal CLI and UI export of one run; it replays against the workflow code (Worker.runReplayHistory) to show exactly what happened and why. '
        + 'A long case (the work cycle) continues as new: `X-History-Runs` lists every run, first to last; the last is served unless `run` names another. '
        + 'Temporal\'s while it holds the run, else the archive\'s copy (`X-History-Source: archive`): once Temporal has purged a closed case, and when Temporal does not answer for a case the archive holds whole.',
      params: CaseParams,
      querystring: Type.Object({
        run: Type.Optional(Type.String({ pattern: '^[\\w-]{1,64}$', maxLength: 64, description: 'the run id of the run to serve (one of `X-History-Runs`); default the last' })),
      }),
      response: {
        200: {
          ...ok('The event history of the run as the Temporal CLI exports it', Type.Object({ events: Type.Array(Type.Any()) }, { additionalProperties: true })),
          headers: HistoryHeaders,
        },
        ...errors('getCaseHistory'),
      },
    },
  }, async (req, reply) => {
    const view = await readCase(app, req, req.params.caseId);
    const found = await caseRuns(app.arsip, app.deps.temporal, view.caseId);
    if (!found) throw historyNotKept(view.caseId);
    const run = req.query.run ? found.runs.find((r) => r.runId === req.query.run) : found.runs.at(-1)!;
    if (!run) throw new ApiError(404, { code: 'RUN_NOT_FOUND', message: `case ${view.caseId} has no run ${req.query.run}; its runs: ${found.runs.map((r) => r.runId).join(', ')}`, fields: [{ field: 'querystring.run', message: 'is not a run of the case' }] });
    reply.header('x-history-source', found.source).header('x-history-run', run.runId).header('x-history-runs', found.runs.map((r) => r.runId).join(', '));
    return run.history; // protobuf JSON: enums and 64-bit ids as the CLI writes them
  });

  app.post('/cases/:caseId/verify', {
    schema: {
      operationId: 'verifyCase',
      tags: ['cases'],
      summary: 'For auditors: replay the case\'s history against this build and compare it with what is stored',
      description: 'Read-only. The history (Temporal\'s; the archive\'s once purged, or while Temporal does not answer for a case the archive holds whole: `X-History-Source`) replayed against this build\'s workflow code: deterministic, or the first divergence (event id, the command the history recorded, the one the code gave); '
        + 'the view the replay projects compared field by field with the projection and the archive; each accepted decision\'s official against its task and the audit log; the document rows against the history and the archive; '
        + 'the build that ran the case and the one replayed. For the region\'s auditors and e-office systems.',
      params: CaseParams,
      response: { 200: { ...ok('The verification; `verified` is true only when every check holds', Verification), headers: SourceHeader }, ...errors('verifyCase') },
    },
  }, async (req, reply) => {
    const view = await auditedCase(app, req, req.params.caseId);
    const verified = await verifyCase(app.deps.pool, app.arsip, app.deps.temporal, view.caseId);
    if (!verified) throw historyNotKept(view.caseId);
    reply.header('x-history-source', verified.source);
    req.log.info({ workflowId: view.caseId, verified: verified.verified, deterministic: verified.deterministic }, 'case verified');
    return verified;
  });

  app.get('/cases/:caseId/export', {
    schema: {
      operationId: 'exportCase',
      tags: ['cases'],
      summary: 'For auditors: the case in one bundle, to verify offline (npm run verify -- <file>)',
      description: 'Every run\'s history (Temporal\'s, or the archive\'s as for verify: `X-History-Source`), the view, the documents (PDF in base64), the case\'s audit rows and, per chain, the links from its first row up to the latest anchor Temporal recorded. For the region\'s auditors and e-office systems.',
      params: CaseParams,
      response: { 200: { ...ok('The export (format sistem-kerja/ekspor-kasus@1)', CaseExportSchema), headers: SourceHeader }, ...errors('exportCase') },
    },
  }, async (req, reply) => {
    const view = await auditedCase(app, req, req.params.caseId);
    const bundle = await exportCase(app.deps.pool, app.arsip, app.deps.temporal, app.deps.config.TASK_QUEUE, view.caseId, view);
    if (!bundle) throw historyNotKept(view.caseId);
    reply.header('x-history-source', bundle.source).header('content-disposition', `attachment; filename="${view.caseId}.json"`);
    return bundle;
  });

  app.post('/cases/:caseId/tasks/:taskId/decision', {
    config: { idempotent: true },
    schema: {
      operationId: 'decideTask',
      tags: ['cases'],
      summary: 'Decide (or recommend on) an open task',
      description: 'Only the task\'s assignee (403); only while the task is open (409); refusing needs reasons (400). Approving the keputusan names the employee unless the request did. '
        + `A decision that issues documents answers once they are numbered (their receipt open), within ${ISSUE_WITHIN_MS / 1000} s; past that, the case still "issuing": read it with afterVersion and wait.`,
      params: TaskParams,
      headers: MessageHeaders,
      body: Decision,
      response: { 200: ok('The case as the decision left it', CaseRef), ...errors('decideTask') },
    },
  }, async (req) => {
    const { caseId, taskId } = req.params;
    const current = await runningCase(app, req, caseId);
    assertSide(req, current, `task ${taskId}`, taskSide(current, current.tasks.find((t) => t.id === taskId)));
    const view = await sendUpdate(app, watch, req, caseId, `the decision on task ${taskId} of case ${caseId}`, (h, updateId) => h.executeUpdate(decideUpdate, {
      args: [{ taskId, actorNip: actingOfficial(req), ...req.body, ...diketahui(req) }],
      updateId,
    }));
    req.log.info({ workflowId: caseId, taskId, decision: req.body.decision }, 'task decided');
    return view;
  });

  app.post('/cases/:caseId/tasks/:taskId/complete', {
    config: { idempotent: true },
    schema: {
      operationId: 'completeTask',
      tags: ['cases'],
      summary: 'Confirm an open tindakan done (e.g. the employee forwarded the approved request)',
      description: 'Only the task\'s assignee (403); only while it is open (409); a decision task is decided, not completed (409).',
      params: TaskParams,
      headers: MessageHeaders,
      body: Type.Optional(Completion),
      response: { 200: ok('The case as the completion left it', CaseRef), ...errors('completeTask') },
    },
  }, async (req) => {
    const { caseId, taskId } = req.params;
    const current = await runningCase(app, req, caseId);
    assertSide(req, current, `task ${taskId}`, taskSide(current, current.tasks.find((t) => t.id === taskId)));
    const view = await sendUpdate(app, watch, req, caseId, `the completion of task ${taskId} of case ${caseId}`, (h, updateId) => h.executeUpdate(completeUpdate, {
      args: [{ taskId, actorNip: actingOfficial(req), ...req.body, ...diketahui(req) }],
      updateId,
    }));
    req.log.info({ workflowId: caseId, taskId }, 'task done');
    return view;
  });

  app.post('/cases/:caseId/actions/:action', {
    config: { idempotent: true },
    schema: {
      operationId: 'actOnCase',
      tags: ['cases'],
      summary: 'An action the procedure defines besides deciding and completing tasks (siklus-kinerja: minta-laporan, umpan-balik, kendala, dialog-kinerja, revisi-rencana, checklist; pembentukan-tim-kerja: ubah-tim; rekomendasi-penilaian-kinerja: penilaian)',
      description: 'Validated by the case before it enters history: who may act (403), when (409), what it must say (400); an action the procedure lacks or its region\'s text does not set: 404/422 with the citation. '
        + 'The body is the action\'s own: ubah-tim takes a change of the team (jenis, nip, baru, alasan), planned against the master data by the formation\'s rules (422) and signed as a new decree; penilaian takes the rating of a rating task (Nilai); the others take the generic body.',
      params: Type.Object({ caseId: Id(), action: Type.String({ pattern: '^[a-z-]{2,40}$', maxLength: 40 }) }),
      headers: MessageHeaders,
      // Any action's body passes here; the handler checks it against the action it was sent to.
      body: Type.Optional(Type.Union([ActionBody, ...ACTION_BODIES], { description: 'the generic body, or an action\'s own (ubah-tim: PermintaanPerubahan; penilaian: Nilai)' })),
      response: { 200: ok('The case as the action left it', CaseRef), ...errors('actOnCase') },
    },
  }, async (req) => {
    const { caseId, action } = req.params;
    const current = await runningCase(app, req, caseId);
    const actor = actingOfficial(req);
    // By the article of the actor's own step in the case, else of its request.
    const hop = [...current.tasks].reverse().find((t) => t.assignee.nip === actor)?.citation ?? requesterSide(current).citation;
    assertSide(req, current, `${action} by ${actor}`, { region: actorRegion(current, actor), ...(hop ? { citation: hop } : {}) });
    // An action the procedure plans in the API (ubah-tim) takes its own body and reaches the case as `data`.
    const planned = PROCEDURES[current.procedure]?.actions?.[action];
    const body = checkBody(planned?.body ?? ActionBody, req.body ?? {});
    const args = planned
      ? { action, actorNip: actor, data: planned.plan(profileOf(current.region), await loadOrg(app.deps.pool, current.region, [actor, ...planned.involves(body)]), current, body, actor), ...diketahui(req) }
      : { action, actorNip: actor, ...(body as object), ...diketahui(req) };
    const view = await sendUpdate(app, watch, req, caseId, `the action ${action} on case ${caseId}`, (h, updateId) => h.executeUpdate(actUpdate, { args: [args], updateId }));
    req.log.info({ workflowId: caseId, action }, 'case action');
    return view;
  });

  for (const [path, update, operationId, summary] of [
    ['withdraw', withdrawUpdate, 'withdrawCase', 'The requester withdraws while a decision is pending'],
    ['acknowledge', acknowledgeUpdate, 'acknowledgeReceipt', 'The assigned employee acknowledges receipt of the Surat Tugas; this closes the case unless a step follows (e.g. a laporan hasil)'],
  ] as const)
    app.post(`/cases/:caseId/${path}`, {
      config: { idempotent: true },
      schema: { operationId, tags: ['cases'], summary, params: CaseParams, headers: MessageHeaders, body: Type.Optional(ActorBody), response: { 200: ok(`The case as the ${path} left it`, CaseRef), ...errors(operationId) } },
    }, async (req) => {
      const { caseId } = req.params;
      const current = await runningCase(app, req, caseId);
      // Withdrawing is the requesting agency's; a receipt, the employee's agency's.
      assertSide(req, current, path, path === 'acknowledge' ? taskSide(current, openReceiptOf(current.tasks, actingOfficial(req))) : requesterSide(current));
      const view = await sendUpdate(app, watch, req, caseId, `the ${path} of case ${caseId}`, (h, updateId) => h.executeUpdate(update, {
        args: [{ actorNip: actingOfficial(req), reasons: req.body?.reasons, ...diketahui(req) }],
        updateId,
      }));
      req.log.info({ workflowId: caseId }, `case ${path}`);
      return view;
    });
};
