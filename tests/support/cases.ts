// Helpers shared by the workflow, replay and API suites: demo data, planned P2 and P5 cases, refusals.
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Pool } from 'pg';
import { loadDemoData } from '../../demo/load';
import { permohonan, requester } from '../../demo/permohonan';

export { loadDemoData, permohonan, requester };
import { loadOrg } from '../../db/masterData';
import type { CaseView, Deadlines, Task } from '../../domain/kasus';
import { acknowledgeUpdate, caseQuery } from '../../workflows/shared';
import type { PembentukanTimKerjaInput } from '../../procedures/pembentukanTimKerja/plan';
import { involves, plan, type PermohonanPelibatan } from '../../procedures/penunjukanLintasUnit/plan';
import { plan as planP5, type PermohonanSukarela } from '../../procedures/pengajuanSukarelaLintasUnit/plan';
import { pengajuanSukarela, relawan } from '../../demo/pengajuanSukarelaLintasUnit';
import type { Refusal } from '../../domain/refusal';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';

export const DEADLINES: Deadlines = { remindEveryMs: 2 * 86400e3, expireAfterMs: 7 * 86400e3, acknowledgeWithinMs: 14 * 86400e3 };

export async function planDemoCase(pool: Pool, region: Region, caseId: string, over: Partial<PermohonanPelibatan> = {}, deadlines = DEADLINES) {
  const req = permohonan(region, over);
  const actor = requester(region);
  const { nips, staffOf } = involves(req);
  const org = await loadOrg(pool, region, [actor, ...nips], staffOf);
  return plan(PROFILES[region], org, req, { caseId, actorNip: actor, deadlines });
}

/** The refusal a rejected Update carries, or a failure if the promise did not reject that way. */
export async function refusalOf(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure) return e.cause.details?.[0] as Refusal;
    throw e;
  }
  throw new Error('expected the update to be refused');
}

/** Waits until the workflow has opened a task (tasks open after activities such as findCandidates). */
export async function openTask(h: WorkflowHandle, taskId: string): Promise<Task> {
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    const view: CaseView = await h.query(caseQuery);
    const task = view.tasks.find((t) => t.id === taskId && t.status === 'open');
    if (task) return task;
  }
  throw new Error(`task ${taskId} did not open`);
}

/** A planned P5 case: the demo employee volunteers for the Bappeda target. */
export async function planSukarelaCase(pool: Pool, region: Region, caseId: string, over: Partial<PermohonanSukarela> = {}, deadlines = DEADLINES) {
  const actor = relawan(region);
  const org = await loadOrg(pool, region, [actor]);
  return planP5(PROFILES[region], org, pengajuanSukarela(over), { caseId, actorNip: actor, deadlines });
}

/** Each member the issued decree assigns acknowledges their own receipt (the team as it stands now, with its linked members). */
export async function receiveEach(h: WorkflowHandle) {
  await openTask(h, `tanda-terima-${(await h.query(caseQuery)).assignedEmployee!.nip}`);
  const { subject } = (await h.query(caseQuery)) as CaseView<PembentukanTimKerjaInput['subject']>;
  for (const a of subject.susunan.filter((x) => x.kedudukan !== 'penanggungJawab')) {
    await openTask(h, `tanda-terima-${a.nip}`);
    await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: a.nip }] });
  }
  for (let v = await h.query(caseQuery); v.status !== 'in-force'; await new Promise((r) => setTimeout(r, 25))) v = await h.query(caseQuery);
}
