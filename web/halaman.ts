// The pages: the inbox (kotak masuk) and the cases one may see (here), a case with the acts open to the
// official (web/kasus.ts), and the start of a case from its procedure's request schema (web/mulai.ts).
// Each reads and acts through the API as the signed-in official (web/api.ts); a refusal is shown in
// place with the article that refuses.
import type { FastifyInstance } from 'fastify';
import { PROCEDURES } from '../procedures';
import { problemOf } from './api';
import { kasusPages } from './kasus';
import { pageKit, PAGE, type SignIn } from './kit';
import { mulaiPages } from './mulai';

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
