// Who is calling, before any route: an official signed in at the regency's OpenID provider
// (Authorization: Bearer <access token>, a JWT verified against the IdP's keys), or an e-office
// system (Authorization: Bearer <API key>) with the rights its key was given — which may vouch for
// the official it names in X-Acting-Official. A signed-in official is the token's NIP: no header
// changes it. Failed authentications are limited per address and per credential (429).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { ApiClient, OidcConfig, Role, RoleGrants } from '../../config';
import type { Diketahui } from '../../domain/kasus';
import { keyring } from '../../identity/keys';
import { regionsOf } from '../../identity/officials';
import { refusal, REQUIREMENTS, requirementOf, type Caller } from '../../identity/rights';
import { looksLikeJwt, tokenVerifier } from '../../identity/tokens';
import { ApiError } from '../errors';

/** How the service knows who acts: signed in themselves, or vouched for by an e-office system. */
export type Actor = { nip: string; via: 'signed-in' } | { nip: string; via: 'vouched'; by: string };

declare module 'fastify' {
  interface FastifyRequest {
    /** The e-office system the API key belongs to, or `official:<NIP>` for a signed-in official. */
    client: string;
    /** Regions it may see; undefined: all. */
    regions: string[] | undefined;
    /** The official acting, and how the service knows them; undefined: none named. */
    actor: Actor | undefined;
    /** The acting official's roles by region (configured for their NIP, or granted in their token); the key's rights are `caller`'s. */
    roles: Partial<Record<Role, string[]>>;
    /** Who called, as identity/rights.ts sees them. */
    caller: Caller;
  }
}

export interface AuthOptions {
  apiKeys: Map<string, ApiClient>;
  oidc?: OidcConfig;
  /** Failed authentications allowed per address and per credential within the window (AUTH_FAILURE_LIMIT, AUTH_FAILURE_WINDOW). */
  authFailures?: { limit: number; windowMs: number };
  pool: Pool;
  /** AUDITORS and KEPEGAWAIAN_ADMINS. */
  roles?: RoleGrants;
}

/**
 * Routes that answer without a key: liveness, readiness, metrics (no personal data), the API's own
 * documentation, the public verification page of an issued document, and the web app, whose pages
 * sign officials in themselves and call the API with their access token (web/).
 */
const PUBLIC = [/^\/health(\/ready)?$/, /^\/metrics$/, /^\/openapi\.json$/, /^\/docs(\/|$)/, /^\/v\/[^/]+$/, /^\/app(\/|$)/];

const unauthenticated = (message: string) => new ApiError(401, { code: 'UNAUTHENTICATED', message });
const bearer = (req: FastifyRequest) => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];

export const auth = fp(async (app: FastifyInstance, opts: AuthOptions) => {
  app.decorateRequest('client', '');
  app.decorateRequest('regions', undefined);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('roles', undefined as never);
  app.decorateRequest('caller', undefined as never);
  /** The roles configured for a NIP, joined with those its token grants. */
  const rolesOf = (nip: string, granted: Partial<Record<Role, string[]>> = {}) => Object.fromEntries(
    (['auditor', 'kepegawaian'] as const).map((r) => [r, [...new Set([...(opts.roles?.[r].get(nip) ?? []), ...(granted[r] ?? [])])]]),
  ) as Record<Role, string[]>;
  const findKey = keyring(opts.apiKeys);
  const verify = opts.oidc && tokenVerifier(opts.oidc);

  // An operation nobody classified would be open to every caller: refuse to start instead.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat())
      if (!requirementOf(method, route.url)) throw new Error(`${method} ${route.url} has no entry in identity/rights.ts (REQUIREMENTS: ${Object.keys(REQUIREMENTS).length} operations)`);
  });

  await app.register(rateLimit, { global: false });
  const failures = opts.authFailures ?? { limit: 10, windowMs: 15 * 60e3 };
  const limiters = [
    app.createRateLimit({ max: failures.limit, timeWindow: failures.windowMs, keyGenerator: (req) => `address:${req.ip}` }),
    // Keyed by the credential's hash, so the same bad key or token is stopped from any address.
    app.createRateLimit({ max: failures.limit, timeWindow: failures.windowMs, keyGenerator: (req) => `credential:${createHash('sha256').update(bearer(req) ?? '').digest('hex')}` }),
  ];
  const applicable = (req: FastifyRequest) => (bearer(req) ? limiters : limiters.slice(0, 1));

  async function authenticate(req: FastifyRequest): Promise<Caller> {
    const credential = bearer(req);
    if (!credential) throw unauthenticated('send your access token, or the API key of your e-office system, as Authorization: Bearer <token or key>');
    const named = req.headers['x-acting-official'];
    const key = findKey(credential);
    if (key) {
      req.client = key.name;
      req.regions = key.regions;
      if (typeof named === 'string' && /^\d{18}$/.test(named) && key.rights.includes('act-for-officials')) req.actor = { nip: named, via: 'vouched', by: key.name };
      req.roles = req.actor ? rolesOf(req.actor.nip) : {};
      return { kind: 'system', name: key.name, rights: key.rights, namesOfficial: named !== undefined };
    }
    if (!looksLikeJwt(credential)) throw unauthenticated('this API key is not known: send the key of your e-office system, or an access token');
    if (!verify) throw unauthenticated('this service accepts no access tokens (OIDC_ISSUER is not set): use the API key of your e-office system');
    const result = await verify(credential);
    if (!result.ok) {
      if (result.unavailable) throw new ApiError(503, { code: 'IDENTITY_PROVIDER_UNAVAILABLE', message: `${result.reason}; nothing was changed: retry later` });
      throw new ApiError(401, { code: 'INVALID_TOKEN', message: result.reason });
    }
    const { nip } = result;
    if (named !== undefined && named !== nip)
      throw new ApiError(403, { code: 'NOT_THE_SIGNED_IN_OFFICIAL', message: `you are signed in as ${nip}: X-Acting-Official may only name you (or be left out)` });
    req.roles = rolesOf(nip, result.roles);
    // An auditor or admin of a region is for it, whether or not its master data holds them (a provincial inspektorat).
    const regions = [...new Set([...(await regionsOf(opts.pool, nip)), ...Object.values(req.roles).flat()])].sort();
    if (!regions.length) throw new ApiError(403, { code: 'OFFICIAL_NOT_IN_MASTER_DATA', message: `official ${nip} is in no region's master data on this service` });
    req.client = `official:${nip}`;
    req.regions = regions;
    req.actor = { nip, via: 'signed-in' };
    return { kind: 'official', nip };
  }

  app.addHook('onRequest', async (req, reply) => {
    if (PUBLIC.some((p) => p.test(req.url.split('?')[0]))) return;
    // An address, or a credential, that failed too often waits out the window, whatever it sends now.
    for (const limit of applicable(req)) {
      const state = await limit(req, { increment: false });
      if (!state.isAllowed && state.remaining === 0) {
        reply.header('retry-after', state.ttlInSeconds);
        throw new ApiError(429, { code: 'TOO_MANY_FAILED_ATTEMPTS', message: `too many failed authentications from this ${state.key.split(':')[0]}: retry in ${state.ttlInSeconds} s` });
      }
    }
    let caller: Caller;
    try {
      caller = req.caller = await authenticate(req);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) for (const limit of applicable(req)) await limit(req);
      throw e;
    }
    req.log = req.log.child({ client: req.client, ...(req.actor ? { actor: req.actor } : {}) });
    const requirement = req.routeOptions.url && requirementOf(req.method, req.routeOptions.url);
    const refused = requirement && refusal(caller, requirement);
    if (refused) throw new ApiError(403, refused);
  });
});

/** The official acting: the signed-in one, or the one the e-office system vouches for. */
export function actingOfficial(req: FastifyRequest): string {
  if (req.actor) return req.actor.nip;
  throw new ApiError(400, {
    code: 'ACTING_OFFICIAL_REQUIRED',
    message: 'sign in as the official, or name the acting official with the X-Acting-Official header (18-digit NIP)',
    fields: [{ field: 'headers.x-acting-official', message: 'an 18-digit NIP' }],
  });
}

/** How the acting official was known, as the case's timeline records it. */
export const diketahui = (req: FastifyRequest): Diketahui =>
  req.actor ? { knownVia: req.actor.via, ...(req.actor.via === 'vouched' ? { vouchedBy: req.actor.by } : {}) } : {};

export const mayAccess = (req: FastifyRequest, region: string) => !req.regions || req.regions.includes(region);
