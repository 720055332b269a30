// What every page of the web app needs: rendering with the session's parts (who is signed in, the CSRF
// token of its forms, the helpers, a message of the last act), the official and the API as them, and
// the pages for a refusal.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { apiAs, type Api, type ApiProblem } from './api';
import type { Pejabat } from './sesi';
import * as tampilan from './tampilan';

export type SignIn = (req: FastifyRequest, reply: FastifyReply) => Promise<Pejabat | undefined>;
export type Form = Record<string, string | string[] | undefined>;
/** A refusal shown beside the form it answers (or, without a problem, a form shown again as it was being filled). */
export interface Galat { form: string; problem?: ApiProblem; nilai: Form }

export const PAGE = 20;

/** A form field's text, trimmed; undefined when empty. */
export const text = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
/** Each form carries its own Idempotency-Key: sent twice, it is one act. */
export const idempotent = (key: string) => ({ 'idempotency-key': key }) as never;

/** What every page needs: rendering with the session's parts, the official and the API as them, and the pages for refusals. */
export function pageKit(app: FastifyInstance, signIn: SignIn) {
  /** A page with what every page shows: who is signed in, the CSRF token of its forms, the helpers, a message of the last act. */
  const render = (req: FastifyRequest, reply: FastifyReply, page: string, data: object) => {
    const pesan = req.session.get('pesan');
    if (pesan) req.session.set('pesan', undefined);
    return reply.view(page, { ...data, pejabat: req.session.get('pejabat'), csrf: reply.generateCsrf(), pesan, t: tampilan, kunci: randomUUID });
  };
  /** The signed-in official and the API as them; undefined once the reply went to sign-in. */
  const session = async (req: FastifyRequest, reply: FastifyReply): Promise<{ pejabat: Pejabat; api: Api } | undefined> => {
    const pejabat = await signIn(req, reply);
    return pejabat && { pejabat, api: apiAs(app, pejabat.token, req.ip) };
  };
  /** The API refused the token itself (expired, or the provider rotated its key): sign in again. */
  const signInAgain = (req: FastifyRequest, reply: FastifyReply) => {
    req.session.set('pejabat', undefined);
    return reply.redirect('/app/masuk', 303);
  };
  const problemPage = (req: FastifyRequest, reply: FastifyReply, status: number, problem: ApiProblem) =>
    render(req, reply.code(status), 'pesan.eta', { judul: status === 404 ? 'Tidak ditemukan' : 'Tidak dapat ditampilkan', problem });

  return { render, session, signInAgain, problemPage };
}
export type PageKit = ReturnType<typeof pageKit>;

