// The workflows' only way to touch the world. Built by a factory so the worker injects its pool and
// logger and tests inject their own. Every activity is idempotent: Temporal retries them.
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { saveCase as storeCase, addNotifications, type Notification } from '../db/cases';
import { issueDocument as storeDocument, type IssueRequest } from '../db/documents';
import { loadUnitStaff } from '../db/masterData';
import { releasePenugasan, reservePenugasan } from '../db/penugasan';
import type { JendelaPenugasan, Penugasan } from '../domain/batasPenugasan';
import type { Asal, Candidate, CaseRules, CaseView } from '../domain/kasus';
import { asCandidate, eligibilityProblems } from '../domain/penugasan';

export interface ActivityDeps {
  pool: Pool;
  log: Logger;
  /** Which assignments the team limits count (ASSIGNMENT_LIMIT_WINDOW); default: the performance year. */
  assignmentWindow?: JendelaPenugasan;
}

export function createActivities({ pool, log, assignmentWindow = { kind: 'performance-year' } }: ActivityDeps) {
  return {
    /** Projects the case into PostgreSQL: the case page and the inbox. */
    async saveCase(view: CaseView): Promise<void> {
      await storeCase(pool, view);
    },

    /** Employees of a unit who may be assigned by this request, as of now. */
    async findCandidates(q: { region: string; asal: Asal; pegawai?: string; rules: CaseRules }): Promise<Candidate[]> {
      const org = await loadUnitStaff(pool, q.region, q.asal.unit);
      return Object.values(org.pegawai)
        .filter((p) => (!q.pegawai || p.nip === q.pegawai) && (!q.asal.ppk || p.ppk === q.asal.ppk))
        .filter((p) => eligibilityProblems(q.rules, org, q.asal, p).length === 0)
        .map((p) => asCandidate(org, p));
    },

    /** Numbers and stores one document of the case. */
    async issueDocument(req: IssueRequest) {
      const ref = await storeDocument(pool, req);
      log.info({ workflowId: req.caseId, documentId: ref.id, nomor: ref.nomor }, 'document issued');
      return ref;
    },

    /** Reserves a team assignment within the region's limit, or answers the refusal (nothing reserved). */
    async reservePenugasan(p: Penugasan) {
      const result = await reservePenugasan(pool, p, assignmentWindow);
      log.info({ workflowId: p.caseId, nip: p.nip, lingkup: p.lingkup, ok: result.ok }, 'team assignment reserved');
      return result;
    },

    /** Frees the team assignments of a case that ended without them (or of one employee in it). */
    async releasePenugasan(q: { caseId: string; nip?: string }): Promise<number> {
      return releasePenugasan(pool, q);
    },

    /** Queues a reminder, an escalation or an outcome for the e-office systems to deliver. */
    async notify(n: Notification): Promise<void> {
      await addNotifications(pool, n);
      log.info({ workflowId: n.caseId, taskId: n.taskId, kind: n.kind, to: n.to }, 'notification queued');
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
