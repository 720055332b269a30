// The policy (identity/policy.ts) applied to a request: the caller as the policy sees them (their
// circle read once per request, where their own NIP does not already decide), a case as its facts, and
// a refusal in the API's one error shape.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CaseView } from '../domain/kasus';
import { circleOf } from '../identity/officials';
import { caseScope, decide, participantsOf, type CaseFacts, type Operation, type Viewer } from '../identity/policy';
import { ApiError } from './errors';

const viewers = new WeakMap<FastifyRequest, Promise<Viewer>>();

/** The caller as the policy sees them, an official with `circle` (by default their own NIP alone). */
function viewer(req: FastifyRequest, circle?: string[]): Viewer {
  const { caller, actor, regions, roles } = req;
  return {
    regions,
    ...(caller.kind === 'system' ? { system: { name: caller.name, rights: caller.rights } } : {}),
    ...(actor ? { official: { nip: actor.nip, circle: circle ?? [actor.nip], roles } } : {}),
  };
}

/** The caller as the policy sees them, an official with their whole circle (read once per request). */
export function viewerOf(app: FastifyInstance, req: FastifyRequest): Promise<Viewer> {
  let v = viewers.get(req);
  if (!v) {
    v = (async () => viewer(req, req.actor && (await circleOf(app.deps.pool, req.actor.nip))))();
    viewers.set(req, v);
  }
  return v;
}

export const caseFacts = (view: CaseView, alsoRegion?: string): CaseFacts => ({
  caseId: view.caseId, regions: [...new Set([...(view.regions ?? [view.region]), ...(alsoRegion ? [alsoRegion] : [])])], participants: participantsOf(view),
});

/** Refuses what the policy refuses; `notFound` words a 404 as the route's own unknown object, so a hidden one reads the same. */
export async function authorize(app: FastifyInstance, req: FastifyRequest, operation: Operation, notFound?: () => ApiError): Promise<void> {
  // A wider circle only lets an official see and do more (tests/identity/policy.test.ts): what their own
  // NIP allows (a task of theirs, a case they asked for) is allowed without reading whom they lead.
  if (!viewers.has(req) && decide(viewer(req), operation).allow) return;
  const d = decide(await viewerOf(app, req), operation);
  if (d.allow) return;
  if (d.status === 404) throw notFound?.() ?? new ApiError(404, { code: d.code, message: d.message });
  throw new ApiError(403, { code: d.code, message: d.message, citation: d.citation });
}

/** What a list of cases may hold for this caller; a region the caller is not for is refused first. */
export async function visibleCases(app: FastifyInstance, req: FastifyRequest, region?: string) {
  await authorize(app, req, { op: 'cases.list', region });
  return caseScope(await viewerOf(app, req), region);
}
