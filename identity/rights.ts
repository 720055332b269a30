// What each operation of the API needs, and whether a caller has it: one table and one pure function.
// An e-office system holds the rights its key was given (read, act-for-officials, master-data); an
// official signed in through the IdP acts as themselves. Which cases each official may see is the
// per-object policy's; this decides only whether the caller may use the operation at all.
import type { Right } from '../config';

/** read: cases and documents; official: done as (or for) an official; master-data: importing it. */
export type Requirement = 'read' | 'official' | 'master-data';

/** Every operation under /api/v1, by method and route; a route missing here fails at start. */
export const REQUIREMENTS: Record<string, Requirement> = {
  'POST /api/v1/master-data/:region': 'master-data',
  'GET /api/v1/master-data/:region/changes': 'read',
  'POST /api/v1/cases': 'official',
  'GET /api/v1/cases': 'read',
  'GET /api/v1/cases/:caseId': 'read',
  'GET /api/v1/cases/:caseId/history': 'read',
  // Verification replays and compares; it changes nothing.
  'POST /api/v1/cases/:caseId/verify': 'read',
  'GET /api/v1/cases/:caseId/export': 'read',
  'POST /api/v1/cases/:caseId/tasks/:taskId/decision': 'official',
  'POST /api/v1/cases/:caseId/tasks/:taskId/complete': 'official',
  'POST /api/v1/cases/:caseId/actions/:action': 'official',
  'POST /api/v1/cases/:caseId/withdraw': 'official',
  'POST /api/v1/cases/:caseId/acknowledge': 'official',
  'GET /api/v1/inbox': 'official',
  'GET /api/v1/notifications': 'official',
  'GET /api/v1/documents': 'read',
  'GET /api/v1/documents/:documentId': 'read',
  // Auditors read the log with a read key for now; an auditor role of its own is being added alongside.
  'GET /api/v1/audit': 'read',
  'GET /api/v1/audit/verify': 'read',
  'POST /api/v1/delegations': 'official',
  'GET /api/v1/delegations': 'read',
  'GET /api/v1/delegations/:delegationId': 'read',
  'POST /api/v1/delegations/:delegationId/end': 'official',
  // An e-office system's own webhook subscriptions and the event feed: what its read right lets it see, pushed or pulled.
  'POST /api/v1/webhooks': 'read',
  'GET /api/v1/webhooks': 'read',
  'GET /api/v1/webhooks/:webhookId': 'read',
  'PATCH /api/v1/webhooks/:webhookId': 'read',
  'DELETE /api/v1/webhooks/:webhookId': 'read',
  'GET /api/v1/webhooks/:webhookId/deliveries': 'read',
  'POST /api/v1/webhooks/:webhookId/deliveries/:deliveryId/redeliver': 'read',
  'GET /api/v1/events': 'read',
};

/** HEAD is answered as GET. */
export const requirementOf = (method: string, url: string): Requirement | undefined => REQUIREMENTS[`${method === 'HEAD' ? 'GET' : method} ${url}`];

export type Caller =
  | { kind: 'system'; name: string; rights: Right[]; namesOfficial: boolean }
  | { kind: 'official'; nip: string };

const NOT_GRANTED = { read: 'READ_NOT_GRANTED', 'act-for-officials': 'ACT_FOR_OFFICIALS_NOT_GRANTED', 'master-data': 'MASTER_DATA_NOT_GRANTED' } as const satisfies Record<Right, string>;

export interface Refusal { code: (typeof NOT_GRANTED)[Right]; message: string }

const missing = (name: string, right: Right, what: string): Refusal => ({
  code: NOT_GRANTED[right],
  message: `the API key of ${name} has no ${right} right: it may not ${what}`,
});

export function refusal(caller: Caller, requirement: Requirement): Refusal | undefined {
  // An official's roles are per region: whether they may import a region's master data is the policy's (identity/policy.ts).
  if (caller.kind === 'official') return undefined;
  const has = (r: Right) => caller.rights.includes(r);
  // The system's word that it authenticated the official it names is worth only what the key was granted.
  if ((caller.namesOfficial || requirement === 'official') && !has('act-for-officials'))
    return missing(caller.name, 'act-for-officials', 'act for an official (X-Acting-Official); officials may sign in themselves');
  if (requirement === 'read' && !has('read')) return missing(caller.name, 'read', 'read cases and documents');
  if (requirement === 'master-data' && !has('master-data')) return missing(caller.name, 'master-data', 'import master data');
  return undefined;
}
