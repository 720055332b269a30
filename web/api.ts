// The web app acts through the API's own routes, in process: the generated client (openapi-fetch) over
// Fastify's inject, with the official's access token. So every act passes the same authentication
// (the token verified, the actor "signed-in"), rights, policy, validation, idempotency and audit log as
// an e-office system's call, and no rule is written twice.
import type { FastifyInstance } from 'fastify';
import { sistemKerjaClient } from '../clients/typescript';
import { problemDalamBahasa } from './bahasa';

/**
 * A fetch that answers from the app itself (no socket): the client's Request in, the route's answer out;
 * from the browser's address, so the API's limits on failed sign-ins count per browser, not per app.
 */
export const injectFetch = (app: FastifyInstance, remoteAddress: string) => async (input: Request): Promise<Response> => {
  const body = input.body ? Buffer.from(await input.arrayBuffer()) : undefined;
  const res = await app.inject({
    method: input.method as 'GET', remoteAddress, url: new URL(input.url).pathname + new URL(input.url).search,
    // The pages are in Bahasa Indonesia: the API says its schema's refusals in it (api/errors.ts, ajv-i18n).
    headers: { ...Object.fromEntries(input.headers), 'accept-language': 'id' }, ...(body ? { payload: body } : {}),
  });
  const headers = new Headers();
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, String(v));
  return new Response(res.statusCode === 204 ? null : res.rawPayload, { status: res.statusCode, headers });
};

/** The API as the signed-in official: their token, never a key. */
export const apiAs = (app: FastifyInstance, accessToken: string, remoteAddress: string) =>
  sistemKerjaClient('http://app.internal', accessToken, { fetch: injectFetch(app, remoteAddress) });
export type Api = ReturnType<typeof apiAs>;

/** The API's one error shape, as the pages show it (field errors in place in Bahasa Indonesia, the article that refuses). */
export interface ApiProblem { code: string; message: string; citation?: string; fields?: { field: string; message: string; citation?: string }[] }
export const problemOf = (error: unknown): ApiProblem => {
  const problem = (error as { error?: ApiProblem })?.error;
  return problem ? problemDalamBahasa(problem) : { code: 'UNEXPECTED', message: 'layanan tidak menjawab sebagaimana mestinya; coba lagi' };
};
