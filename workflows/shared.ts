// Messages of the procedure workflows and the task queue: the only workflow module the API imports.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ActionInput, ActorInput, CaseStatus, CaseView, DecisionInput, ProcedureAction } from '../domain/kasus';
import type { HistoryPosition } from '../db/cases';
import type { PerubahanTim } from '../procedures/siklusKinerja/plan';

export const TASK_QUEUE = 'sistem-kerja';

/**
 * Every workflow type the worker runs, by name: workflows/index.ts exports a function of each (the replay
 * test checks it), and the registry names its procedure's here without importing workflow code.
 */
export const WORKFLOW_TYPES = [
  'penunjukanDalamUnit', 'penunjukanLintasUnit', 'pengajuanSukarelaDalamUnit', 'pengajuanSukarelaLintasUnit', 'penunjukanLintasInstansi',
  'rekomendasiPenilaianKinerja', 'siklusKinerja', 'pembentukanTimKerja', 'jangkarAudit', 'delegasi', 'arsipKasus', 'pengarsipan', 'pengirimanWebhook', 'retensiEvent',
] as const;
export type WorkflowType = (typeof WORKFLOW_TYPES)[number];

/**
 * What an Update answers: the version of the case it wrote to the projection, which the caller reads
 * (it is written before the answer). Not the whole view: Temporal keeps every answer in history, and
 * a year of a P7 case's views made most of its bytes.
 */
export interface UpdateAnswer {
  caseId: string;
  version: number;
  status: CaseStatus;
  /**
   * Where in its history the case answered (its run and history length): a row its later writes left
   * from that run, no further on, is in the history Temporal holds. Absent from cases that answered before it.
   */
  at?: HistoryPosition;
}

/**
 * Answers once the case waits on someone (its first task open, or its linked cases started) or is closed,
 * with the version written then: sent with the start (Update-with-Start), so POST /cases answers the case
 * with its first task(s) open. It changes nothing; a case that continued as new answers at once.
 */
export const openedUpdate = defineUpdate<UpdateAnswer>('opened');
/** An official decides (or recommends on) an open task. Validated before it enters history. */
export const decideUpdate = defineUpdate<UpdateAnswer, [DecisionInput]>('decide');
/** The assignee of a tindakan (the employee forwarding a letter, or reporting the result) confirms it is done. */
export const completeUpdate = defineUpdate<UpdateAnswer, [ActionInput]>('complete');
/** The requester withdraws while a decision is pending. */
export const withdrawUpdate = defineUpdate<UpdateAnswer, [ActorInput]>('withdraw');
/** The assigned employee acknowledges receipt of the Surat Tugas. */
export const acknowledgeUpdate = defineUpdate<UpdateAnswer, [ActorInput]>('acknowledge');
/** An action a procedure defines (ask for a report, give feedback, raise a kendala), validated by the procedure. */
export const actUpdate = defineUpdate<UpdateAnswer, [ProcedureAction]>('act');
/** A Tim Kerja's amended decree reaches its work cycle: what comes next goes to the team as it now stands (from the team case). */
export const timBerubahSignal = defineSignal<[PerubahanTim]>('tim-berubah');
/** A Plt/Plh delegation started or ended: the case routes its open tasks again (from the delegation's workflow). */
export const delegasiBerubahSignal = defineSignal('delegasi-berubah');
/** The live state of the case (the PostgreSQL projection serves ordinary reads). */
export const caseQuery = defineQuery<CaseView>('case');

/** Failure type carried by a refused Update; details[0] is the domain Refusal. */
export const REFUSAL_FAILURE = 'Refusal';

/** What arsipKasus copies into the archive: a closed case, or one closed run of it (a long case's, continued as new). */
export interface ArsipInput {
  caseId: string;
  runId?: string;
}

/** The archiving workflow of a case (or of one of its runs), as cases that closed before the queue start it. */
export const arsipId = (caseId: string, runId?: string) => `arsip-${caseId}${runId ? `-${runId}` : ''}`;

export interface PengarsipanInput {
  /** How long it rests once the queue holds nothing due (ms). */
  everyMs: number;
  /** Entries archived per activity. */
  batch: number;
}

/** The one archiving workflow of a task queue (started idempotently by the worker), which drains the archive's queue. */
export const pengarsipanId = (taskQueue: string) => `pengarsipan-${taskQueue}`;

/** A chain head of the audit log as recorded in Temporal's history: what PostgreSQL must still hold at that position. */
export interface AuditAnchor {
  chain: string;
  seq: number;
  hash: string;
  /** When it was recorded (workflow time). */
  at: string;
}

export interface JangkarAuditInput {
  /** How often the heads are recorded (ms). */
  everyMs: number;
  /** The anchors a previous run recorded (continue-as-new). */
  anchors?: AuditAnchor[];
}

/** The one anchoring workflow of a task queue (started idempotently by the worker). */
export const jangkarAuditId = (taskQueue: string) => `jangkar-audit-${taskQueue}`;
/** The latest anchor of each chain. */
export const auditAnchorsQuery = defineQuery<AuditAnchor[]>('audit-anchors');
/** Records the heads now (besides the timer) and answers the anchors. */
export const anchorAuditUpdate = defineUpdate<AuditAnchor[]>('anchor-audit');

/** A delegation's workflow: at mulai and at sampai it has the open tasks of the position routed again. */
export interface DelegasiWorkflowInput {
  id: string;
  region: string;
  mulai: string;
  sampai: string;
  /** The holder (absent: vacant) and the delegate: whose open tasks may move. */
  nips: string[];
}

export const delegasiWorkflowId = (id: string) => `delegasi-${id}`;
/** The delegation ends early (or is revoked before it began): its new end. */
export const akhiriDelegasiSignal = defineSignal<[string]>('akhiri-delegasi');
/** The delivery workflow of a webhook subscription (started by the API when it is created or turned back on). */
export const pengirimanWebhookId = (subscriptionId: string) => `webhook-${subscriptionId}`;

export interface PengirimanWebhookInput {
  subscriptionId: string;
  /** A subscription whose deliveries fail this long without a success is disabled (ms). */
  disableAfterMs: number;
  /** Carried over continue-as-new: since when (workflow time, ms) and how many times in a row it failed. */
  failingSince?: number;
  failures?: number;
}

/** Something changed for the subscription (a redelivery asked, its URL changed, deleted): deliver now instead of after the backoff. */
export const nudgeWebhookSignal = defineSignal('nudge');

export interface RetensiEventInput {
  /** How often old events are pruned (ms). */
  everyMs: number;
}

/** The one pruning workflow of the event outbox of a task queue (started idempotently by the worker). */
export const retensiEventId = (taskQueue: string) => `retensi-event-${taskQueue}`;
