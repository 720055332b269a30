// The demo OpenID provider: oidc-provider (OpenID Certified), with the demo officials of the four
// regions as its accounts. It issues JWT access tokens for this API (resource indicator = the
// audience) that carry the official's NIP, so the API verifies them offline against its JWKS —
// exactly as it does with the regency's own IdP in production. Its one interaction is a login page
// that asks for the NIP (a demo: no password); consent is implied for its one first-party client.
import { generateKeyPair, exportJWK } from 'jose';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { demoMasterData } from '../demo/masterData';
import { REGIONS } from '../profiles';
import { API_SCOPE, DEMO_CLIENT, demoSettings, webClientOf, type WebClient } from './demoClient';


export interface DemoProvider {
  /** The issuer; discovery at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  close: () => Promise<void>;
}

export interface DemoProviderOptions {
  /** The audience of the access tokens: OIDC_AUDIENCE. */
  audience: string;
  /** The claim that carries the NIP: OIDC_NIP_CLAIM. */
  nipClaim?: string;
  /** Roles the provider grants by NIP (`auditor:banjar`), in the access token's `rolesClaim` (as a regency's IdP would from its groups). */
  roles?: { claim: string; byNip: Record<string, string[]> };
  host?: string;
  /** 0: a free port. */
  port?: number;
  accessTokenTtlS?: number;
  /** The web app's confidential client (/app), registered beside the CLI's public one. */
  web?: WebClient;
}

/** The demo officials: NIP → name, from the demo master data of every region. */
function demoOfficials(): Map<string, string> {
  return new Map(REGIONS.flatMap((r) => (demoMasterData(r).pegawai ?? []).map((p) => [p.nip, p.nama] as const)));
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const loginPage = (uid: string, error?: string) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Masuk — Sistem Kerja (demo)</title></head>
<body><h1>Masuk sebagai pejabat (demo)</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login"><label>NIP <input name="nip" inputmode="numeric" pattern="\\d{18}" required autofocus></label>
<button type="submit">Masuk</button></form></body></html>`;

/** The provider's sign-out confirmation (its form posts the provider's own xsrf token). */
const logoutPage = (form: string) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Keluar — Sistem Kerja (demo)</title></head>
<body><h1>Keluar dari penyedia identitas?</h1>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ya, keluar</button>
<button type="submit" form="op.logoutForm">Tidak, tetap masuk</button></body></html>`;

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 4096) break;
  }
  return new URLSearchParams(body);
}

export async function startDemoProvider(opts: DemoProviderOptions): Promise<DemoProvider> {
  const officials = demoOfficials();
  const nipClaim = opts.nipClaim ?? 'nip';
  const host = opts.host ?? '127.0.0.1';
  const server = createServer();
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, host, ok));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };
  const accessTokenTtl = opts.accessTokenTtlS ?? 3600;
  const resourceServer = {
    scope: API_SCOPE, audience: opts.audience, accessTokenFormat: 'jwt' as const, accessTokenTTL: accessTokenTtl, jwt: { sign: { alg: 'RS256' as const } },
  };
  const configuration: Configuration = {
    clients: [{
      client_id: DEMO_CLIENT.clientId, token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: [DEMO_CLIENT.redirectUri],
    }, ...(opts.web ? [{
      client_id: opts.web.clientId, client_secret: opts.web.clientSecret, token_endpoint_auth_method: 'client_secret_basic' as const,
      grant_types: ['authorization_code'], response_types: ['code' as const], redirect_uris: [opts.web.redirectUri], post_logout_redirect_uris: [opts.web.postLogoutRedirectUri],
    }] : [])],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, AuthorizationCode: 60, IdToken: 3600, AccessToken: accessTokenTtl },
    claims: { openid: ['sub'], profile: ['name', nipClaim] },
    async findAccount(_ctx, id) {
      const name = officials.get(id);
      return name === undefined ? undefined : { accountId: id, claims: () => ({ sub: id, name, [nipClaim]: id }) };
    },
    // The first-party client needs no consent screen: the grant is the API's scope.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(opts.audience, API_SCOPE);
      await grant.save();
      return grant;
    },
    extraTokenClaims: (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const roles = opts.roles?.byNip[token.accountId];
      return { [nipClaim]: token.accountId, ...(roles ? { [opts.roles!.claim]: roles } : {}) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { logoutSource: (ctx, form) => { ctx.body = logoutPage(form); } },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => opts.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== opts.audience) throw new Error(`unknown resource ${indicator}`);
          return resourceServer;
        },
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  /** The login page: an official of the demo master data signs in with their NIP. */
  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, submit: boolean) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid || details.prompt.name !== 'login') throw new Error(`interaction out of step (the provider asks for ${details.prompt.name})`);
    if (!submit) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid));
    const nip = (await formBody(req)).get('nip') ?? '';
    if (!officials.has(nip)) return res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid, `NIP ${nip} bukan pejabat demo`));
    await provider.interactionFinished(req, res, { login: { accountId: nip } }, { mergeWithLastSubmission: false });
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
    if (!m) return callback(req, res);
    interaction(req, res, m[1], req.method === 'POST' && !!m[2]).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`sign-in failed: ${e.message}; start again`);
    });
  });
  return { issuer, close: () => new Promise<void>((ok, ko) => server.close((e) => (e ? ko(e) : ok()))) };
}

/**
 * For `npm start`: unless OIDC_ISSUER points at a real IdP, runs the demo provider in this process and
 * sets OIDC_ISSUER and OIDC_AUDIENCE in `env` for the API. Returns what to tell the user.
 */
export async function startDemoSignIn(env: NodeJS.ProcessEnv): Promise<string[]> {
  if (env.OIDC_ISSUER) return [`officials sign in at ${env.OIDC_ISSUER} (discovery ${env.OIDC_ISSUER}/.well-known/openid-configuration)`];
  const { port, audience } = demoSettings(env);
  // The web app's client: its secret and session key made up for this run unless set; it is reached
  // (and sends officials back) where npm start serves, on whatever PORT.
  env.APP_CLIENT_SECRET ||= randomBytes(24).toString('base64url');
  env.APP_SESSION_KEY ||= randomBytes(32).toString('hex');
  env.PUBLIC_BASE_URL ||= `http://127.0.0.1:${env.PORT ?? 3000}`;
  const web = webClientOf(env.PUBLIC_BASE_URL.replace(/\/+$/, ''), env.APP_CLIENT_ID ?? 'sistem-kerja-web', env.APP_CLIENT_SECRET);
  const provider = await startDemoProvider({ port, audience, nipClaim: env.OIDC_NIP_CLAIM, web });
  Object.assign(env, { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: audience });
  return [
    `demo OpenID provider ${provider.issuer}, discovery ${provider.issuer}/.well-known/openid-configuration (demo officials sign in with their NIP)`,
    `the web app for officials: ${web.redirectUri.replace(/\/masuk\/kembali$/, '')} (sign in with a demo official's NIP)`,
    `an official's access token: TOKEN=$(npm run -s token -- <NIP>); then curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:${env.PORT ?? 3000}/api/v1/inbox`,
  ];
}
