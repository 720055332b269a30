// What a client of the demo OpenID provider needs to know, apart from the provider itself (so that
// `npm run token` does not load oidc-provider).

/** The public client `npm run token` and the tests sign in through (authorization code + PKCE). */
export const DEMO_CLIENT = { clientId: 'sistem-kerja-cli', redirectUri: 'http://127.0.0.1/callback' };
/** The scope of this API at the provider. */
export const API_SCOPE = 'sistem-kerja';

/**
 * Where `npm start` runs the demo provider (OIDC_DEMO_PORT, else the API's port + 1) and the audience
 * its tokens are for (the API's own URL); `npm run token` reads the same.
 */
export function demoSettings(env: NodeJS.ProcessEnv) {
  const apiPort = Number(env.PORT ?? 3000);
  const port = Number(env.OIDC_DEMO_PORT ?? apiPort + 1);
  return { port, issuer: `http://127.0.0.1:${port}`, audience: `http://127.0.0.1:${apiPort}/api/v1` };
}

/** The web app's confidential client (web/): where the provider sends the official back after login and logout. */
export const webClientOf = (baseUrl: string, clientId: string, clientSecret: string) => ({
  clientId, clientSecret, redirectUri: `${baseUrl}/app/masuk/kembali`, postLogoutRedirectUri: `${baseUrl}/app/keluar/selesai`,
});
export type WebClient = ReturnType<typeof webClientOf>;
