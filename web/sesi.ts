// Who is signed in to the web app: what its encrypted session cookie holds, and the gate of its pages.
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Who is signed in, as the session keeps them. */
export interface Pejabat { nip: string; nama: string; token: string; exp: number }

declare module '@fastify/secure-session' {
  interface SessionData {
    pejabat: Pejabat;
    /** A sign-in under way: the PKCE verifier, the state, and the page to return to. */
    masuk: { verifier: string; state: string; kembali: string };
    /** One line to show on the next page (what an act did). */
    pesan: string;
  }
}

/** A page for the signed-in only: others go to sign in first, and come back here. */
export async function signInFirst(req: FastifyRequest, reply: FastifyReply): Promise<Pejabat | undefined> {
  const pejabat = req.session.get('pejabat');
  if (pejabat && pejabat.exp > Date.now() + 5000) return pejabat;
  req.session.set('pejabat', undefined);
  await reply.redirect(`/app/masuk?kembali=${encodeURIComponent(req.method === 'GET' ? req.url : '/app')}`, 303);
  return undefined;
}
