// Plt/Plh on the time-skipping test server with real activities against PostgreSQL: a delegation's own
// workflow sleeps to its mulai and sampai, and the P2 case it tells moves its open task to the Plh and
// back. With RECORD_HISTORIES set, both histories are written for the replay suite.
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { makeDelegasi } from '../../db/delegasi';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { caseQuery, decideUpdate, delegasiWorkflowId, TASK_QUEUE, withdrawUpdate, type DelegasiWorkflowInput } from '../../workflows/shared';
import { openTask, planDemoCase } from '../support/cases';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();
const p = demoPeople('banjar');
const DAY = 86400e3;

it('a delegation starts and ends on its timers: the open rekomendasi moves to the Plh and back', async () => {
  const input = await planDemoCase(suite.db.pool, 'banjar', `banjar-p2-test-${randomUUID()}`);
  await suite.scenario('penunjukanLintasUnit', 'banjar-plh', input, async (h) => {
    expect((await openTask(h, 'rekomendasi-puo')).assignee.nip).toBe(p.kadisKominfo);
    const now = await suite.env.currentTimeMs();
    const id = `banjar-dlg-${randomUUID()}`;
    const mulai = new Date(now + DAY).toISOString(), sampai = new Date(now + 2 * DAY).toISOString();
    const workflowInput: DelegasiWorkflowInput = { id, region: 'banjar', mulai, sampai, nips: [p.kadisKominfo, p.kadisKesehatan] };
    await makeDelegasi(suite.db.pool, { id, region: 'banjar', jabatan: 'KADIS-KOMINFO', pemegangNip: p.kadisKominfo, delegasiNip: p.kadisKesehatan, jenis: 'Plh', mulai, sampai, dasar: { nomor: '800/3/SETDA', tanggal: '2026-12-01' } },
      { nip: p.sekda, via: 'signed-in', client: `official:${p.sekda}` }, () => undefined,
      () => suite.env.client.workflow.start('delegasi', { workflowId: delegasiWorkflowId(id), taskQueue: TASK_QUEUE, args: [workflowInput] }));
    const assignee = async () => ((await h.query(caseQuery)) as CaseView).tasks.find((t) => t.id === 'rekomendasi-puo')!;
    const until = async (nip: string) => {
      for (const end = Date.now() + 20_000; (await assignee()).assignee.nip !== nip; await new Promise((r) => setTimeout(r, 50)))
        if (Date.now() > end) throw new Error(`the task did not move to ${nip}`);
    };

    await suite.env.sleep(DAY + 60e3);
    await until(p.kadisKesehatan);
    expect((await assignee()).delegasi).toMatchObject({ jenis: 'Plh', pemegang: { nip: p.kadisKominfo } });
    await suite.env.sleep(DAY);
    await until(p.kadisKominfo);
    expect((await assignee()).delegasi).toBeUndefined();
    const handle = suite.env.client.workflow.getHandle(delegasiWorkflowId(id));
    await handle.result();
    if (process.env.RECORD_HISTORIES)
      writeFileSync(join(process.env.RECORD_HISTORIES, 'delegasi-banjar-plh.json'), historyToJSON(await handle.fetchHistory()));

    await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: p.kadisKominfo, decision: 'approve', knownVia: 'vouched', vouchedBy: 'eoffice-banjar' }] });
    await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: input.pemohon.nip, reasons: 'tidak diperlukan lagi', knownVia: 'signed-in' }] });
    const view = (await h.result()) as CaseView;
    expect(view.timeline.filter((e) => e.action === 'dialihkan')).toHaveLength(2);
    expect(view.timeline.find((e) => e.action === 'direkomendasikan')).toMatchObject({ knownVia: 'vouched', vouchedBy: 'eoffice-banjar' });
  });
}, 60_000);
