// Officials sign in at the regency's OpenID provider; the API receives their access token (a JWT)
// and verifies it offline against the provider's published keys (jose): signature by a key of the
// issuer's JWKS (fetched again when an unknown key id appears: key rotation), issuer, audience,
// expiry with a small clock skew, and only the asymmetric algorithms an IdP signs with — so
// `alg: none`, an HS256 token under a guessed secret and a token signed by any other key are refused.
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { ROLES, type OidcConfig, type Role } from '../config';

/** RS256 is what oidc-provider and Keycloak sign with by default; PS256 and ES256 are the other common choices. */
export const TOKEN_ALGORITHMS = ['RS256', 'PS256', 'ES256'];
/** Tolerance for clocks that differ between the IdP and this service, in seconds. */
export const CLOCK_SKEW_S = 5;

/** A JWS compact serialization: three base64url parts (the last empty for `alg: none`). */
export const looksLikeJwt = (credential: string) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(credential);

/** Roles by region the IdP grants, `auditor:banjar` in the configured roles claim (a list, or space-separated); others are ignored. */
export function rolesIn(claim: unknown): Partial<Record<Role, string[]>> {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(' ') : [];
  const roles: Partial<Record<Role, string[]>> = {};
  for (const v of values) {
    const m = typeof v === 'string' ? /^([a-z]+):([a-z][a-z0-9-]*)$/.exec(v) : null;
    if (m && (ROLES as readonly string[]).includes(m[1])) (roles[m[1] as Role] ??= []).push(m[2]);
  }
  return roles;
}

export type TokenResult = { ok: true; nip: string; roles: Partial<Record<Role, string[]>> } | { ok: false; reason: string; unavailable?: boolean };

export function tokenVerifier(oidc: OidcConfig): (token: string) => Promise<TokenResult> {
  // The JWKS location is the provider's own (discovery), fetched once; a failure is retried on the next token.
  let jwks: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const discover = async () => {
    const res = await fetch(new URL(`${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`), { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`discovery answered ${res.status}`);
    const doc = (await res.json()) as { issuer?: string; jwks_uri?: string };
    if (doc.issuer !== oidc.issuer || !doc.jwks_uri) throw new Error(`discovery names issuer ${doc.issuer}, not ${oidc.issuer}`);
    return createRemoteJWKSet(new URL(doc.jwks_uri));
  };
  const attempt = async (token: string): Promise<TokenResult> => {
    try {
      jwks ??= discover().catch((e) => {
        jwks = undefined;
        throw e;
      });
      const { payload } = await jwtVerify(token, await jwks, {
        issuer: oidc.issuer, audience: oidc.audience, algorithms: TOKEN_ALGORITHMS, clockTolerance: CLOCK_SKEW_S, requiredClaims: ['exp'],
      });
      const nip = payload[oidc.nipClaim];
      if (typeof nip !== 'string' || !/^\d{18}$/.test(nip)) return { ok: false, reason: `the token has no 18-digit NIP in its ${oidc.nipClaim} claim` };
      return { ok: true, nip, roles: oidc.rolesClaim ? rolesIn(payload[oidc.rolesClaim]) : {} };
    } catch (e) {
      if (e instanceof errors.JWTExpired) return { ok: false, reason: 'the token has expired: sign in again' };
      if (e instanceof errors.JWTClaimValidationFailed) return { ok: false, reason: `the token's ${e.claim} claim is not accepted here` };
      if (e instanceof errors.JOSEAlgNotAllowed) return { ok: false, reason: `tokens signed with this algorithm are not accepted (only ${TOKEN_ALGORITHMS.join(', ')})` };
      if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'the token is not signed by the identity provider' };
      if (e instanceof errors.JOSEError && !(e instanceof errors.JWKSTimeout)) return { ok: false, reason: 'the token is malformed' };
      const cause = (e as Error).cause as Error | undefined;
      return { ok: false, reason: `the identity provider cannot be reached (${(e as Error).message}${cause?.message ? `: ${cause.message}` : ''})`, unavailable: true };
    }
  };
  // Discovery and JWKS are idempotent GETs: one failed on a kept-alive connection the IdP was closing is sent once more.
  return async (token) => {
    const first = await attempt(token);
    return first.ok || !first.unavailable ? first : attempt(token);
  };
}
