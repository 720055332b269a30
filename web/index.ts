// The web app for officials at /app (Bahasa Indonesia): server-rendered pages (@fastify/view with Eta)
// and htmx, both served by this service. Officials sign in at the regency's OpenID provider as this
// app's confidential client (authorization code + PKCE, openid-client); the session is an encrypted,
// HttpOnly, SameSite=Lax cookie (@fastify/secure-session) holding their access token; every form
// carries a CSRF token (@fastify/csrf-protection). Pages act through the API's own routes (web/api.ts).
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import secureSession from '@fastify/secure-session';
import fastifyStatic from '@fastify/static';
import view from '@fastify/view';
import { Eta } from 'eta';
import type { FastifyInstance } from 'fastify';
import { dirname, join } from 'node:path';
import { parse } from 'node:querystring';
import * as oidcClient from 'openid-client';
import type { OidcConfig, WebConfig } from '../config';
import { API_SCOPE } from '../identity/demoClient';
import { tokenVerifier } from '../identity/tokens';
import { ApiError } from '../api/errors';
import { problemDalamBahasa } from './bahasa';
import { halaman } from './halaman';
import { signInFirst } from './sesi';
import * as tampilan from './tampilan';

/** The cookie may go without Secure only where the app is reached over plain http on this machine (development). */
const plainLocalhost = (baseUrl: string) => /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(baseUrl);

/** Only a page of this app to return to after sign-in (never another site). */
const ownPage = (path: unknown) => (typeof path === 'string' && /^\/app(\/[\w\-./?=&%]*)?$/.test(path) ? path : '/app');

export async function webApp(app: FastifyInstance, opts: { web: WebConfig; oidc: OidcConfig }) {
  const { web, oidc } = opts;
  const redirectUri = `${web.baseUrl}/app/masuk/kembali`;
  // Discovery once, retried on the next sign-in if the provider did not answer.
  let discovered: Promise<oidcClient.Configuration> | undefined;
  const provider = () => (discovered ??= oidcClient.discovery(new URL(oidc.issuer), web.clientId, web.clientSecret, undefined, {
    ...(oidc.issuer.startsWith('http:') ? { execute: [oidcClient.allowInsecureRequests] } : {}),
  }).catch((e) => { discovered = undefined; throw e; }));
  const verify = tokenVerifier(oidc);

  // A text area sends its line breaks as CR LF; the service takes text with LF only (the input policy refuses CR).
  // The pages are not the API: none of their routes goes into the OpenAPI document.
  app.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, hide: true };
  });
  await app.register(formbody, { parser: (body) => parse(body.replace(/%0D%0A/gi, '%0A')) });
  await app.register(secureSession, {
    key: web.sessionKey, cookieName: 'sistem_kerja_sesi',
    cookie: { path: '/app', httpOnly: true, sameSite: 'lax', secure: !plainLocalhost(web.baseUrl) },
  });
  await app.register(csrf, { sessionPlugin: '@fastify/secure-session', getToken: (req) => (req.body as { _csrf?: string } | undefined)?._csrf });
  await app.register(view, {
    engine: { eta: new Eta() }, templates: join(__dirname, 'views'),
    defaultContext: { htmx: '/app/aset/htmx.min.js' },
  });
  // The stylesheet, and htmx from its npm package (no CDN).
  await app.register(fastifyStatic, {
    root: [join(__dirname, 'aset'), join(dirname(require.resolve('htmx.org/package.json')), 'dist')], prefix: '/app/aset/', decorateReply: false,
    allowedPath: (path) => path === '/app.css' || path === '/htmx.min.js',
  });

  // Signing out posts a form whose answer redirects to the provider: the pages' form-action allows its origin.
  const providerOrigin = new URL(oidc.issuer).origin;
  app.addHook('onSend', async (_req, reply) => {
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("form-action 'self'", `form-action 'self' ${providerOrigin}`));
  });

  // A failure of a page is a page: a form sent without its CSRF token, a provider that did not answer.
  // A refusal of the service's door (input policy) keeps its words and fields.
  app.setErrorHandler(async (err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = err instanceof ApiError ? err.status : err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    req.log[status >= 500 ? 'error' : 'warn']({ err }, 'web app page failed');
    const teks = err.code?.startsWith('FST_CSRF') ? 'Formulir ini sudah tidak berlaku. Muat ulang halaman lalu kirim lagi.'
      : status >= 500 ? 'Terjadi gangguan. Coba lagi sebentar lagi.' : err.message;
    return reply.code(status).view('pesan.eta', { judul: 'Tidak dapat diproses', teks, problem: err instanceof ApiError ? problemDalamBahasa(err.body) : undefined, pejabat: undefined, t: tampilan });
  });

  app.get('/app/masuk', async (req, reply) => {
    const config = await provider();
    const verifier = oidcClient.randomPKCECodeVerifier();
    const state = oidcClient.randomState();
    req.session.set('masuk', { verifier, state, kembali: ownPage((req.query as { kembali?: string }).kembali) });
    const url = oidcClient.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri, scope: `openid profile ${API_SCOPE}`, resource: oidc.audience, state,
      code_challenge: await oidcClient.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    });
    return reply.redirect(url.href, 303);
  });

  app.get('/app/masuk/kembali', async (req, reply) => {
    const masuk = req.session.get('masuk');
    if (!masuk) return reply.redirect('/app/masuk', 303);
    req.session.set('masuk', undefined);
    const tokens = await oidcClient.authorizationCodeGrant(await provider(), new URL(req.url, web.baseUrl), { pkceCodeVerifier: masuk.verifier, expectedState: masuk.state }, { resource: oidc.audience });
    // The NIP is the access token's, verified as the API verifies it.
    const checked = await verify(tokens.access_token);
    if (!checked.ok) return reply.code(403).view('pesan.eta', { judul: 'Tidak dapat masuk', teks: checked.reason, pejabat: undefined });
    const nama = String(tokens.claims()?.name ?? checked.nip);
    req.session.regenerate();
    req.session.set('pejabat', { nip: checked.nip, nama, token: tokens.access_token, exp: Date.now() + (tokens.expiresIn() ?? 3600) * 1000 });
    req.log.info({ actor: { nip: checked.nip, via: 'signed-in' } }, 'signed in to the web app');
    return reply.redirect(masuk.kembali, 303);
  });

  app.post('/app/keluar', { preHandler: app.csrfProtection }, async (req, reply) => {
    req.session.delete();
    const config = await provider();
    // The provider's session ends too, so the next official at this browser signs in themselves.
    const end = oidcClient.buildEndSessionUrl(config, { post_logout_redirect_uri: `${web.baseUrl}/app/keluar/selesai` });
    return reply.redirect(end.href, 303);
  });

  app.get('/app/keluar/selesai', async (_req, reply) => reply.view('pesan.eta', { judul: 'Anda telah keluar', teks: 'Sesi Anda telah diakhiri.', pejabat: undefined, masuk: true }));

  await app.register(halaman, { signIn: signInFirst });
}
