// A case planned against the master data in PostgreSQL: the one path by which the API (POST /cases)
// and the worker (a work cycle started by its issued assignment) turn a request into a workflow input.
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { PlannedCase } from '../domain/kasus';
import type { PlanContext } from '../domain/rencana';
import type { Procedure } from '../procedures';
import { isRegion, profileOf } from '../profiles';
import { loadOrg } from './masterData';

/** A new case id: <region>-<code>-<uuid>. */
export const newCaseId = (region: string, procedure: Pick<Procedure, 'code'>) => `${region}-${procedure.code}-${randomUUID()}`;

/**
 * Reads whom the procedure's plan involves (and, for a case spanning another region of this service,
 * that region's master data too) and plans the request; a refusal is thrown as the plan's RuleViolation.
 */
export async function planFromMasterData(
  pool: Pool, procedure: Procedure, region: string, request: object, actorNip: string,
  ctx: Omit<PlanContext, 'actorNip' | 'mitra'> & { related: NonNullable<PlanContext['related']> },
): Promise<PlannedCase> {
  const { nips, staffOf } = procedure.involves(request, ctx.related);
  const org = await loadOrg(pool, region, [actorNip, ...nips], staffOf);
  const other = procedure.mitra?.(request, ctx.related);
  const mitra = other && isRegion(other.region) && other.region !== region
    ? { profile: profileOf(other.region), org: await loadOrg(pool, other.region, other.nips, other.staffOf) }
    : undefined;
  return procedure.plan(profileOf(region), org, request, { ...ctx, actorNip, ...(mitra ? { mitra } : {}) });
}
