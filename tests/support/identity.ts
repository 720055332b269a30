// The demo OpenID provider as the suites use it: started on a free port, with sign-in through its
// login page (authorization code + PKCE) — no mocked verification anywhere.
import type { OidcConfig } from '../../config';
import { startDemoProvider, type DemoProvider, type DemoProviderOptions } from '../../identity/demoProvider';
import { signIn } from '../../identity/signIn';

export const TEST_AUDIENCE = 'https://sistem-kerja.test/api/v1';

export interface TestIdentity {
  provider: DemoProvider;
  oidc: OidcConfig;
  /** An access token for the official, obtained by signing in at the provider. */
  token: (nip: string) => Promise<string>;
  bearer: (nip: string) => Promise<{ authorization: string }>;
}

/** port: the same port again is the same issuer (a restarted provider, with a new signing key). */
export async function startIdentity(opts: { audience?: string; accessTokenTtlS?: number; port?: number; roles?: DemoProviderOptions['roles']; web?: DemoProviderOptions['web'] } = {}): Promise<TestIdentity> {
  const audience = opts.audience ?? TEST_AUDIENCE;
  const provider = await startDemoProvider({ audience, accessTokenTtlS: opts.accessTokenTtlS, port: opts.port, roles: opts.roles, web: opts.web });
  const token = (nip: string) => signIn(provider.issuer, audience, nip);
  return { provider, oidc: { issuer: provider.issuer, audience, nipClaim: 'nip', ...(opts.roles ? { rolesClaim: opts.roles.claim } : {}) }, token, bearer: async (nip) => ({ authorization: `Bearer ${await token(nip)}` }) };
}
