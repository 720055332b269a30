// Messages of the procedure workflows and the task queue: the only workflow module the API imports.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ActorInput, CaseView, DecisionInput, SubmissionInput } from '../domain/kasus';

export const TASK_QUEUE = 'sistem-kerja';

/** An official decides (or recommends on) an open task. Validated before it enters history. */
export const decideUpdate = defineUpdate<CaseView, [DecisionInput]>('decide');
/** The requester withdraws while a decision is pending. */
export const withdrawUpdate = defineUpdate<CaseView, [ActorInput]>('withdraw');
/** The assigned employee acknowledges receipt of the Surat Tugas. */
export const acknowledgeUpdate = defineUpdate<CaseView, [ActorInput]>('acknowledge');
/** The assignee of an open penyampaian task submits it (e.g. the employee's laporan hasil). */
export const submitUpdate = defineUpdate<CaseView, [SubmissionInput]>('submit');
/** The live state of the case (the PostgreSQL projection serves ordinary reads). */
export const caseQuery = defineQuery<CaseView>('case');

/** Failure type carried by a refused Update; details[0] is the domain Refusal. */
export const REFUSAL_FAILURE = 'Refusal';
