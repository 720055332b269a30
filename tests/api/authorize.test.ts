// authorize (api/authorize.ts): an official's own NIP decides first, and whom they lead is read only
// where it does not. The pool is a real one with no server behind it: a read fails the call.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import { afterAll, expect, it } from 'vitest';
import { authorize } from '../../api/authorize';
import type { CaseFacts } from '../../identity/policy';

const nip = (n: number) => `19800101200501${String(n).padStart(4, '0')}`;
const [REQUESTER, ASSIGNEE, LEADER] = [1, 2, 4].map(nip);
const facts: CaseFacts = { caseId: 'banjar-p2-1', regions: ['banjar'], participants: [REQUESTER, ASSIGNEE] };

const nowhere = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
afterAll(() => nowhere.end());
const app = { deps: { pool: nowhere } } as unknown as FastifyInstance;
/** A call of the banjar e-office system vouching for an official. */
const vouchedFor = (official: string) => ({
  caller: { kind: 'system', name: 'eoffice-banjar', rights: ['read', 'act-for-officials'], namesOfficial: true },
  actor: { nip: official, via: 'vouched', by: 'eoffice-banjar' }, regions: ['banjar'], roles: {},
}) as unknown as FastifyRequest;

it('allows an official the case names on their own NIP, reading nothing', async () => {
  await expect(authorize(app, vouchedFor(ASSIGNEE), { op: 'case.act', case: facts })).resolves.toBeUndefined();
  await expect(authorize(app, vouchedFor(REQUESTER), { op: 'case.read', case: facts })).resolves.toBeUndefined();
});

it('reads whom an official leads where their own NIP does not decide', async () => {
  await expect(authorize(app, vouchedFor(LEADER), { op: 'case.read', case: facts })).rejects.toThrow(/ECONNREFUSED|connect/);
});
