// Reading and verifying the audit log. A key reads the chains of its regions; the service's chain
// (calls naming no region) only a key for every region.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { auditChains, auditRows, SERVICE_CHAIN } from '../../db/audit';
import { verifyAudit } from '../../services/audit';
import { ApiError } from '../errors';
import { mayAccess } from '../plugins/auth';
import { authorize } from '../authorize';
import { errors, ok, IsoDateTime, Region } from '../schemas/common';

const Chain = Type.Union([Region, Type.Literal(SERVICE_CHAIN)], { description: 'a region\'s chain, or `service` for calls that name no region' });
const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);

const AuditRow = Type.Object({
  chain: Type.String(),
  seq: Type.Integer({ description: 'position in the chain' }),
  at: IsoDateTime,
  requestId: Type.String(),
  client: Nullable(Type.String({ description: 'the e-office system whose key called, or official:<NIP>' })),
  official: Nullable(Type.String()),
  knownVia: Nullable(Type.String({ description: 'signed-in, or vouched (by vouchedBy)' })),
  vouchedBy: Nullable(Type.String()),
  onBehalfOf: Nullable(Type.String({ description: 'delegation: not built yet, always null' })),
  operation: Type.String({ examples: ['POST /api/v1/cases/:caseId/tasks/:taskId/decision'] }),
  caseId: Nullable(Type.String()),
  taskId: Nullable(Type.String()),
  requestHash: Nullable(Type.String({ description: 'SHA-256 of the RFC 8785 canonical {params, query, body}; null for a body the door refused unread (nested too deep)' })),
  status: Type.Integer(),
  code: Nullable(Type.String()),
  prevHash: Type.String(),
  hash: Type.String({ description: 'SHA-256 of the RFC 8785 canonical row without seq and hash (prevHash included)' }),
});

const Problem = Type.Object({ seq: Type.Integer(), kind: Type.Union([Type.Literal('altered'), Type.Literal('removed'), Type.Literal('reordered')]), message: Type.String() });
const ChainReport = Type.Object({
  region: Type.String(),
  rows: Type.Integer(),
  head: Type.Union([Type.Object({ seq: Type.Integer(), hash: Type.String() }), Type.Null()]),
  intact: Type.Boolean({ description: 'every link holds and the row at the latest anchor has the anchored hash' }),
  problem: Type.Optional(Problem),
  anchor: Type.Union([Type.Object({
    chain: Type.String(), seq: Type.Integer(), hash: Type.String(), at: IsoDateTime,
    found: Nullable(Type.String({ description: 'the hash the database holds at that position now' })), matches: Type.Boolean(),
  }), Type.Null()]),
  anchorNote: Type.Optional(Type.String()),
});

/** A region's chain through the policy (its auditors and e-office systems); the service chain, for a key of every region only. */
async function authorizeChain(app: FastifyInstance, req: FastifyRequest, chain: string | undefined) {
  await authorize(app, req, { op: 'audit.read', region: chain === SERVICE_CHAIN ? undefined : chain });
  if (chain === SERVICE_CHAIN && req.regions !== undefined)
    throw new ApiError(403, { code: 'REGION_NOT_ALLOWED', message: `the API key of ${req.client} is for ${req.regions.join(', ')}, not the ${chain} chain` });
}

const PAGE = 100;

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/audit', {
    schema: {
      operationId: 'listAuditRows',
      tags: ['audit'],
      summary: 'Rows of a region\'s audit log, in chain order',
      description: 'Every API call that changed something (or tried to), with who called, how the official was known, the canonical request hash and the result. Page with ?after=<nextAfter> (the last seq).',
      querystring: Type.Object({
        region: Chain,
        caseId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        after: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', maxLength: 15, description: 'nextAfter of the previous page' })),
      }, { additionalProperties: false }),
      response: { 200: ok('A page of rows in chain order', Type.Object({ rows: Type.Array(AuditRow), nextAfter: Type.Optional(Type.String()) })), ...errors('listAuditRows') },
    },
  }, async (req) => {
    const { region, caseId, after } = req.query;
    await authorizeChain(app, req, region);
    const rows = await auditRows(app.deps.pool, { chain: region, caseId, after: after ? Number(after) : 0, limit: PAGE });
    return { rows, ...(rows.length === PAGE ? { nextAfter: String(rows.at(-1)!.seq) } : {}) };
  });

  app.get('/audit/verify', {
    schema: {
      operationId: 'verifyAudit',
      tags: ['audit'],
      summary: 'Recompute the audit chains and compare them with their anchors in Temporal',
      description: 'For each chain (the region named, else every chain the caller may read): the first row that was altered, removed or reordered, '
        + 'and whether the row at the latest anchor recorded in Temporal (workflow jangkarAudit) still has the anchored hash — which catches a chain rewritten consistently inside the database.',
      querystring: Type.Object({ region: Type.Optional(Chain) }, { additionalProperties: false }),
      response: { 200: ok('The report of each chain', Type.Object({ intact: Type.Boolean(), chains: Type.Array(ChainReport) })), ...errors('verifyAudit') },
    },
  }, async (req) => {
    const { region } = req.query;
    await authorizeChain(app, req, region);
    const chains = region ? [region] : (await auditChains(app.deps.pool)).filter((c) => c === SERVICE_CHAIN ? !req.regions : mayAccess(req, c));
    const reports = await verifyAudit(app.deps.pool, app.deps.temporal, app.deps.config.TASK_QUEUE, chains);
    return { intact: reports.every((r) => r.intact), chains: reports };
  });
};
