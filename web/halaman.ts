// The pages: the inbox (kotak masuk) and the cases one may see (here), a case with the acts open to the
// official (web/kasus.ts), and the start of a case from its procedure's request schema (web/mulai.ts).
// Each reads and acts through the API as the signed-in official (web/api.ts); a refusal is shown in
// place with the article that refuses.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { PROCEDURES } from '../procedures';
import { apiAs, problemOf, type Api, type ApiProblem } from './api';
import type { Pejabat } from './index';
import { kasusPages } from './kasus';
import { mulaiPages } from './mulai';
import * as tampilan from './tampilan';

export type SignIn = (req: FastifyRequest, reply: FastifyReply) => Promise<Pejabat | undefined>;
export type Form = Record<string, string | string[] | undefined>;
/** A refusal shown beside the form it answers. */
export interface Galat { form: string; problem: ApiProblem; nilai: Form }

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

export async function halaman(app: FastifyInstance, opts: { signIn: SignIn }) {
  const kit = pageKit(app, opts.signIn);
  const { render, session, signInAgain, problemPage } = kit;
  app.get('/app', async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const q = req.query as { procedure?: string; overdue?: string; after?: string };
    const query = {
      ...(q.procedure && PROCEDURES[q.procedure] ? { procedure: q.procedure as never } : {}),
      ...(q.overdue === 'true' ? { overdue: 'true' as const } : {}),
      ...(q.after ? { after: q.after } : {}), limit: String(PAGE),
    };
    const [box, notes] = await Promise.all([s.api.GET('/api/v1/inbox', { params: { query } }), s.api.GET('/api/v1/notifications', {})]);
    if (box.response.status === 401) return signInAgain(req, reply);
    if (!box.data) return problemPage(req, reply, box.response.status, problemOf(box.error));
    return render(req, reply, 'kotak-masuk.eta', {
      box: box.data, filter: q, procedures: Object.values(PROCEDURES),
      notifikasi: (notes.data?.notifications ?? []).slice(-10).reverse(),
    });
  });

  app.get('/app/perkara', async (req, reply) => {
    const s = await session(req, reply);
    if (!s) return reply;
    const q = req.query as { status?: string; after?: string };
    const list = await s.api.GET('/api/v1/cases', { params: { query: { ...(q.status ? { status: q.status as never } : {}), ...(q.after ? { after: q.after } : {}), limit: String(PAGE) } } });
    if (list.response.status === 401) return signInAgain(req, reply);
    if (!list.data) return problemPage(req, reply, list.response.status, problemOf(list.error));
    return render(req, reply, 'perkara.eta', { list: list.data, filter: q });
  });

  await kasusPages(app, kit);
  await mulaiPages(app, kit);
}
