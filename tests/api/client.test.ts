// The generated TypeScript client (clients/typescript) against the real stack listening on a port,
// with its worker: the README's P2 case (penunjukan lintas unit, banjar) from start to the Surat Tugas PDF.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sistemKerjaClient } from '../../clients/typescript';
import { demoPeople } from '../../demo/masterData';
import { newKey } from '../support/api';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { API_KEY, startStack, type Stack } from '../support/stack';

let s: Stack;
let baseUrl: string;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
  baseUrl = await s.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => s?.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('runs a whole P2 case through the generated client: start, PUO recommends, PPK decides, employee acknowledges, case and PDF read', async () => {
  const client = sistemKerjaClient(baseUrl, API_KEY);
  const p = demoPeople('banjar');
  const acting = (nip: string) => ({ 'x-acting-official': nip, 'idempotency-key': newKey() });

  const started = await client.POST('/api/v1/cases', {
    params: { header: acting(requester('banjar')) },
    body: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') } as never,
  });
  expect(started.response.status).toBe(201);
  const caseId = started.data!.caseId;

  /** Reads the case (typed) until it is as `ok` says. */
  const until = async (ok: (c: Extract<NonNullable<Awaited<ReturnType<typeof read>>['data']>, { tasks: unknown }>) => boolean) => {
    for (const end = Date.now() + 60_000; Date.now() < end; await sleep(200)) {
      const { data } = await read();
      if (data && 'tasks' in data && ok(data)) return data; // not while it is starting (202)
    }
    throw new Error(`case ${caseId} did not get there`);
  };
  const read = () => client.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } });
  const open = (taskId: string) => until((c) => c.tasks.some((t) => t.id === taskId && t.status === 'open'));
  const decide = (taskId: string, nip: string) => client.POST('/api/v1/cases/{caseId}/tasks/{taskId}/decision', {
    params: { path: { caseId, taskId }, header: acting(nip) }, body: { decision: 'approve' },
  });

  await open('rekomendasi-puo');
  expect((await decide('rekomendasi-puo', p.kadisKominfo)).response.status).toBe(200);
  await open('keputusan-ppk');
  expect((await decide('keputusan-ppk', p.kabidAptika)).response.status).toBe(200);
  await until((c) => c.status === 'awaiting-acknowledgement');
  const ack = await client.POST('/api/v1/cases/{caseId}/acknowledge', { params: { path: { caseId }, header: acting(p.pranataKomputer1) }, body: {} });
  expect(ack.response.status).toBe(200);

  const done = await until((c) => c.status === 'issued');
  const suratTugas = done.documents.find((d) => d.kind === 'surat-tugas');
  expect(suratTugas).toBeDefined();
  const pdf = await client.GET('/api/v1/documents/{documentId}', { params: { path: { documentId: suratTugas!.id } }, parseAs: 'arrayBuffer' });
  expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
  expect(Buffer.from(pdf.data as ArrayBuffer).subarray(0, 5).toString()).toBe('%PDF-');

  // A refusal reaches the client typed, in the one shape.
  const refused = await decide('keputusan-ppk', p.kabidAptika);
  expect(refused.response.status).toBe(409);
  expect(refused.error).toMatchObject({ error: { code: 'CASE_CLOSED' } });
}, 120_000);
