// The workflows' only way to touch the world. Built by a factory so the worker injects its pool and
// logger and tests inject their own. Every activity is idempotent: Temporal retries them.
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { saveCase as storeCase, addNotifications, type Notification } from '../db/cases';
import { issueDocument as storeDocument, type IssueRequest } from '../db/documents';
import { loadUnitStaff } from '../db/masterData';
import type { Asal, Candidate, CaseRules, CaseView } from '../domain/kasus';
import { asCandidate, eligibilityProblems } from '../domain/penugasan';

export interface ActivityDeps {
  pool: Pool;
  log: Logger;
}

export function createActivities({ pool, log }: ActivityDeps) {
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

    /** Queues a reminder, an escalation or an outcome for the e-office systems to deliver. */
    async notify(n: Notification): Promise<void> {
      await addNotifications(pool, n);
      log.info({ workflowId: n.caseId, taskId: n.taskId, kind: n.kind, to: n.to }, 'notification queued');
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
