// Callers are e-office systems, each with its own API key (Authorization: Bearer <key>); they name
// the official acting through them in X-Acting-Official.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ApiClient } from '../../config';
import { ApiError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the e-office system the API key belongs to. */
    client: string;
    /** Regions it may see; undefined: all. */
    regions: string[] | undefined;
  }
}

/** Routes that answer without a key: liveness, the API's own documentation, and the public verification page of an issued document. */
const PUBLIC = [/^\/health$/, /^\/openapi\.json$/, /^\/docs(\/|$)/, /^\/v\/[^/]+$/];

export const auth = fp(async (app: FastifyInstance, opts: { apiKeys: Map<string, ApiClient> }) => {
  app.decorateRequest('client', '');
  app.decorateRequest('regions', undefined);
  app.addHook('onRequest', async (req) => {
    if (PUBLIC.some((p) => p.test(req.url.split('?')[0]))) return;
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const client = m && opts.apiKeys.get(m[1]);
    if (!client)
      throw new ApiError(401, { code: 'UNAUTHENTICATED', message: 'send the API key of your e-office system as Authorization: Bearer <key>' });
    req.client = client.name;
    req.regions = client.regions;
    req.log = req.log.child({ client: client.name });
  });
});

export function actingOfficial(req: FastifyRequest): string {
  const nip = req.headers['x-acting-official'];
  if (typeof nip !== 'string' || !/^\d{18}$/.test(nip))
    throw new ApiError(400, {
      code: 'ACTING_OFFICIAL_REQUIRED',
      message: 'name the acting official with the X-Acting-Official header (18-digit NIP)',
      fields: [{ field: 'headers.x-acting-official', message: 'an 18-digit NIP' }],
    });
  return nip;
}

export const mayAccess = (req: FastifyRequest, region: string) => !req.regions || req.regions.includes(region);

/** A case is seen by a key of any region it involves (both agencies of a penunjukan lintas instansi). */
export const mayAccessCase = (req: FastifyRequest, view: { region: string; regions?: string[] }) =>
  (view.regions ?? [view.region]).some((r) => mayAccess(req, r));

/** Acting in a region the key is not for: 403 (the region is named by the caller, nothing leaks). */
export function assertRegion(req: FastifyRequest, region: string): void {
  if (!mayAccess(req, region))
    throw new ApiError(403, { code: 'REGION_NOT_ALLOWED', message: `the API key of ${req.client} is for ${req.regions!.join(', ')}, not ${region}` });
}
