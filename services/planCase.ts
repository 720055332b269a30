// A case planned against the master data: the one path by which the API (POST /cases) and the worker (a
// work cycle started by its issued assignment) turn a request into a workflow input. The master data
// comes through `loadOrg`, so this use case knows no database.
import { randomUUID } from 'node:crypto';
import type { PlannedCase } from '../domain/kasus';
import type { OrgSnapshot } from '../domain/organisasi';
import type { PlanContext } from '../domain/rencana';
import type { Procedure } from '../procedures';
import { isRegion, profileOf } from '../profiles';

/** Reads a region's master data: the named NIPs (with their PPK and PUO) and the whole staff of `staffOf`. */
export type LoadOrg = (region: string, nips: string[], staffOf: string[]) => Promise<OrgSnapshot>;

/** A new case id: <region>-<code>-<uuid>. */
export const newCaseId = (region: string, procedure: Pick<Procedure, 'code'>) => `${region}-${procedure.code}-${randomUUID()}`;

/**
 * Reads whom the procedure's plan involves (and, for a case spanning another region of this service,
 * that region's master data too) and plans the request; a refusal is thrown as the plan's RuleViolation.
 */
export async function planCase(
  loadOrg: LoadOrg, procedure: Procedure, region: string, request: object, actorNip: string,
  ctx: Omit<PlanContext, 'actorNip' | 'mitra'> & { related: NonNullable<PlanContext['related']> },
): Promise<PlannedCase> {
  const { nips, staffOf } = procedure.involves(request, ctx.related);
  const org = await loadOrg(region, [actorNip, ...nips], staffOf);
  const other = procedure.mitra?.(request, ctx.related);
  const mitra = other && isRegion(other.region) && other.region !== region
    ? { profile: profileOf(other.region), org: await loadOrg(other.region, other.nips, other.staffOf) }
    : undefined;
  return procedure.plan(profileOf(region), org, request, { ...ctx, actorNip, ...(mitra ? { mitra } : {}) });
}
