// The policy (identity/policy.ts) applied to a request: the caller as the policy sees them (their
// circle read once per request), a case as its facts, and a refusal in the API's one error shape.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CaseView } from '../domain/kasus';
import { circleOf } from '../identity/officials';
import { caseScope, decide, participantsOf, type CaseFacts, type Operation, type Viewer } from '../identity/policy';
import { ApiError } from './errors';

const viewers = new WeakMap<FastifyRequest, Promise<Viewer>>();

export function viewerOf(app: FastifyInstance, req: FastifyRequest): Promise<Viewer> {
  let v = viewers.get(req);
  if (!v) {
    const { caller, actor, regions, roles } = req;
    v = (async () => ({
      regions,
      ...(caller.kind === 'system' ? { system: { name: caller.name, rights: caller.rights } } : {}),
      ...(actor ? { official: { nip: actor.nip, circle: await circleOf(app.deps.pool, actor.nip), roles } } : {}),
    }))();
    viewers.set(req, v);
  }
  return v;
}

export const caseFacts = (view: CaseView, alsoRegion?: string): CaseFacts => ({
  caseId: view.caseId, regions: [...new Set([...(view.regions ?? [view.region]), ...(alsoRegion ? [alsoRegion] : [])])], participants: participantsOf(view),
});

/** Refuses what the policy refuses; `notFound` words a 404 as the route's own unknown object, so a hidden one reads the same. */
export async function authorize(app: FastifyInstance, req: FastifyRequest, operation: Operation, notFound?: () => ApiError): Promise<void> {
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
