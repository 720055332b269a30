// Signs an official in at an OpenID provider the way a browser would — authorization code with PKCE
// (RFC 7636): the authorization request, the provider's login page, the redirect with the code, the
// token request — and returns the access token. Used by `npm run token` and the tests, against the
// demo provider (identity/demoProvider.ts), whose login page asks for the NIP.
import { createHash, randomBytes } from 'node:crypto';
import { API_SCOPE, DEMO_CLIENT } from './demoClient';

const b64url = (b: Buffer) => b.toString('base64url');

export async function signIn(issuer: string, audience: string, nip: string): Promise<string> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { authorization_endpoint: string; token_endpoint: string };
  const cookies = new Map<string, string>();
  /** One HTTP step, carrying the provider's cookies (its interaction and session) and not following redirects. */
  const step = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(new URL(url, issuer), {
      ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  };
  const location = (res: Response, what: string) => {
    const to = res.headers.get('location');
    if (!to) throw new Error(`${what}: expected a redirect, got ${res.status}`);
    return to;
  };

  const verifier = b64url(randomBytes(32));
  const state = b64url(randomBytes(16));
  const auth = new URL(discovery.authorization_endpoint);
  Object.entries({
    client_id: DEMO_CLIENT.clientId, response_type: 'code', redirect_uri: DEMO_CLIENT.redirectUri, scope: `openid profile ${API_SCOPE}`,
    resource: audience, state, code_challenge: b64url(createHash('sha256').update(verifier).digest()), code_challenge_method: 'S256',
  }).forEach(([k, v]) => auth.searchParams.set(k, v));
  const login = location(await step(auth.href), 'authorization request');
  const submitted = await step(`${login}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ nip }).toString() });
  if (submitted.status === 401) throw new Error(`the provider refused ${nip}: not one of its officials`);
  const callback = new URL(location(await step(location(submitted, 'login')), 'resuming the authorization'));
  const code = callback.searchParams.get('code');
  if (!code || callback.searchParams.get('state') !== state)
    throw new Error(`no authorization code: ${callback.searchParams.get('error') ?? ''} ${callback.searchParams.get('error_description') ?? ''}`);

  const token = await fetch(discovery.token_endpoint, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: DEMO_CLIENT.redirectUri, client_id: DEMO_CLIENT.clientId, code_verifier: verifier, resource: audience }).toString(),
  });
  const body = (await token.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!body.access_token) throw new Error(`token request refused: ${body.error} ${body.error_description ?? ''}`);
  return body.access_token;
}
