// The auditor's reading of a case's Temporal history (web/riwayat.ts): every run, first to last, as the
// API lists them (X-History-Runs), each summarized in Bahasa Indonesia; the worker's bookkeeping counted.
import { describe, expect, it } from 'vitest';
import { riwayatSemua } from '../../web/riwayat';

const payload = (v: unknown) => ({ data: Buffer.from(JSON.stringify(v)).toString('base64') });
const event = (eventId: number, eventType: string, attributes: Record<string, unknown> = {}) =>
  ({ eventId: String(eventId), eventTime: `2027-01-0${eventId}T01:00:00Z`, eventType, attributes });

describe('a case\'s history run by run', () => {
  it('two runs (a case continued as new): each its own list, first to last, the bookkeeping counted per run', () => {
    const first = { events: [
      event(1, 'EVENT_TYPE_WORKFLOW_EXECUTION_STARTED', { workflowType: { name: 'siklusKinerja' } }),
      event(2, 'EVENT_TYPE_WORKFLOW_TASK_SCHEDULED'),
      event(3, 'EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED', { acceptedRequest: { input: { name: 'act', args: { payloads: [payload({ taskId: 'laporan-1', actorNip: '197001011995031001' })] } } } }),
      event(4, 'EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW'),
    ] };
    const second = { events: [
      event(1, 'EVENT_TYPE_WORKFLOW_EXECUTION_STARTED', { workflowType: { name: 'siklusKinerja' } }),
      event(2, 'EVENT_TYPE_TIMER_STARTED', { startToFireTimeout: '172800s' }),
      event(3, 'EVENT_TYPE_MARKER_RECORDED'),
    ] };
    const runs = riwayatSemua([{ runId: 'run-a', history: first }, { runId: 'run-b', history: second }], 'temporal');
    expect(runs.map((r) => [r.ke, r.runId, r.sumber, r.disembunyikan])).toEqual([[1, 'run-a', 'temporal', 1], [2, 'run-b', 'temporal', 1]]);
    expect(runs[0].peristiwa.map((p) => `${p.jenis}${p.rincian ? `: ${p.rincian}` : ''}`)).toEqual([
      'Alur kerja dimulai: siklusKinerja',
      'Pembaruan diterima: act, langkah laporan-1, oleh NIP 197001011995031001',
      'Dilanjutkan sebagai putaran baru',
    ]);
    expect(runs[1].peristiwa.map((p) => `${p.jenis}${p.rincian ? `: ${p.rincian}` : ''}`)).toEqual([
      'Alur kerja dimulai: siklusKinerja',
      'Pewaktu dipasang: 2 hari',
    ]);
  });
});
