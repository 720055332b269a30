// Every error code the service answers, in one registry: its status, its meaning, and the operations
// that may answer it. The contract (each operation's error responses in /openapi.json) is generated
// from it, ApiError is type-checked against it, and a test holds the code's refusals and the README's
// Errors tables to it.

/** The operations of the API, by the name a generated client gives their method. */
export const OPERATIONS = [
  'startCase', 'listCases', 'getCase', 'getCaseHistory', 'verifyCase', 'exportCase', 'decideTask', 'completeTask', 'actOnCase', 'withdrawCase', 'acknowledgeReceipt',
  'getInbox', 'listNotifications', 'listDocuments', 'getDocument', 'importMasterData', 'getHealth', 'getReadiness', 'getVerification', 'verifyFile',
  'listAuditRows', 'verifyAudit', 'listMasterDataChanges', 'makeDelegation', 'listDelegations', 'getDelegation', 'endDelegation',
  'createWebhook', 'listWebhooks', 'getWebhook', 'updateWebhook', 'deleteWebhook', 'listWebhookDeliveries', 'redeliverWebhook', 'listEvents',
] as const;
export type Operation = (typeof OPERATIONS)[number];

const MESSAGES = ['decideTask', 'completeTask', 'actOnCase', 'withdrawCase', 'acknowledgeReceipt'] as const satisfies Operation[];
const STEPS = ['decideTask', 'completeTask', 'withdrawCase', 'acknowledgeReceipt', 'actOnCase'] as const satisfies Operation[];
/** Making and ending a Plt/Plh delegation. */
const DELEGATING = ['makeDelegation', 'endDelegation'] as const satisfies Operation[];
const OFFICIAL = ['startCase', ...MESSAGES, 'getInbox', 'listNotifications', ...DELEGATING] as const satisfies Operation[];
/** An e-office system's own webhook subscriptions. */
const WEBHOOKS = ['createWebhook', 'listWebhooks', 'getWebhook', 'updateWebhook', 'deleteWebhook', 'listWebhookDeliveries', 'redeliverWebhook'] as const satisfies Operation[];
const A_WEBHOOK = ['getWebhook', 'updateWebhook', 'deleteWebhook', 'listWebhookDeliveries', 'redeliverWebhook'] as const satisfies Operation[];
const READ = ['listCases', 'getCase', 'getCaseHistory', 'verifyCase', 'exportCase', 'listDocuments', 'getDocument', 'listAuditRows', 'verifyAudit', 'listMasterDataChanges', 'listDelegations', 'getDelegation', ...WEBHOOKS, 'listEvents'] as const satisfies Operation[];
/** Operations behind an API key or a signed-in official (everything under /api/v1). */
const KEYED = [...OFFICIAL, ...READ, 'importMasterData'] as const satisfies Operation[];
const WITH_BODY = ['startCase', ...MESSAGES, 'importMasterData', ...DELEGATING, 'createWebhook', 'updateWebhook'] as const satisfies Operation[];
const ON_A_CASE = ['getCase', 'getCaseHistory', 'verifyCase', 'exportCase', ...MESSAGES] as const satisfies Operation[];
const WITH_KEY = ['startCase', ...MESSAGES] as const satisfies Operation[];
/** The changes of webhook subscriptions, which take an Idempotency-Key too. */
const WEBHOOK_CHANGES = ['createWebhook', 'updateWebhook', 'deleteWebhook', 'redeliverWebhook'] as const satisfies Operation[];
/** A request planned against the master data: a start, and a team change (ubah-tim) planned like one. */
const PLANNED = ['startCase', 'actOnCase'] as const satisfies Operation[];
const WORK_CYCLE = ['actOnCase'] as const satisfies Operation[];

interface Entry {
  status: number;
  meaning: string;
  /** The operations that may answer it; 'every' for the door's refusals; 'router' for requests no operation takes. */
  at: 'every' | 'router' | readonly Operation[];
}

export const ERROR_CODES = {
  // The door: any request, whoever refuses it (Node's HTTP server, Fastify, the input policy, the schema).
  INVALID_REQUEST: { status: 400, meaning: 'the request does not match its schema or the input policy; `fields` names each field', at: 'every' },
  MALFORMED_JSON: { status: 400, meaning: 'the body is not JSON (or is empty with a JSON `Content-Type`)', at: WITH_BODY },
  INVALID_ENCODING: { status: 400, meaning: 'the body is not valid UTF-8', at: WITH_BODY },
  MALFORMED_URL: { status: 400, meaning: 'the path is not valid percent-encoded UTF-8', at: 'every' },
  BAD_REQUEST: { status: 400, meaning: 'the request is not valid HTTP (Node refused it), or another malformed request', at: 'every' },
  REQUEST_TIMEOUT: { status: 408, meaning: 'the request did not arrive in time', at: 'every' },
  BODY_TOO_LARGE: { status: 413, meaning: 'the body is larger than the route takes (256 KB; master data 50 MB)', at: WITH_BODY },
  URI_TOO_LONG: { status: 414, meaning: 'the path and query exceed 4,096 characters, or a path segment 512', at: 'every' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'the body is not `application/json` in UTF-8', at: WITH_BODY },
  HEADERS_TOO_LARGE: { status: 431, meaning: 'the request line and headers exceed 16 KB', at: 'every' },
  INTERNAL: { status: 500, meaning: 'a fault of the service; quote the request id', at: 'every' },
  UPLOAD_MISSING: { status: 400, meaning: 'no PDF in the multipart field `berkas`', at: ['verifyFile'] },
  UPLOAD_TOO_LARGE: { status: 413, meaning: 'the uploaded file is larger than any issued document can be', at: ['verifyFile'] },
  NOT_FOUND: { status: 404, meaning: 'no such route', at: 'router' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'the path exists with other methods (listed in `Allow`)', at: 'router' },

  // Who calls.
  UNAUTHENTICATED: { status: 401, meaning: 'no valid API key in `Authorization: Bearer`', at: KEYED },
  INVALID_TOKEN: { status: 401, meaning: 'the official\'s access token is not valid (signature, issuer, audience, expiry)', at: KEYED },
  TOO_MANY_FAILED_ATTEMPTS: { status: 429, meaning: 'too many failed authentications from this address or key: retry after the time the message gives', at: KEYED },
  IDENTITY_PROVIDER_UNAVAILABLE: { status: 503, meaning: 'the identity provider does not answer, so a token cannot be checked; retry later', at: KEYED },
  ACTING_OFFICIAL_REQUIRED: { status: 400, meaning: 'no 18-digit NIP in `X-Acting-Official`', at: OFFICIAL },
  NOT_THE_SIGNED_IN_OFFICIAL: { status: 403, meaning: 'a signed-in official may name only themselves in `X-Acting-Official`', at: KEYED },
  OFFICIAL_NOT_IN_MASTER_DATA: { status: 403, meaning: 'the signed-in official is in no region\'s master data on this service', at: KEYED },
  READ_NOT_GRANTED: { status: 403, meaning: 'the API key has no `read` right (cases and documents)', at: READ },
  ACT_FOR_OFFICIALS_NOT_GRANTED: { status: 403, meaning: 'the API key has no `act-for-officials` right: it may not name an official', at: KEYED },
  MASTER_DATA_NOT_GRANTED: { status: 403, meaning: 'the caller has no `master-data` right', at: ['importMasterData'] },
  MASTER_DATA_HISTORY_NOT_GRANTED: { status: 403, meaning: 'the history of a region\'s master data is for its auditors, kepegawaian admins and e-office systems', at: ['listMasterDataChanges'] },
  NOT_AN_AUDITOR: { status: 403, meaning: 'every notification of a region, its audit log (so a case\'s verification and export) and its events, are for its auditors (and its e-office systems: the audit log and events)', at: ['listNotifications', 'listAuditRows', 'verifyAudit', 'verifyCase', 'exportCase', 'listEvents'] },
  READ_ONLY_ROLE: { status: 403, meaning: 'an auditor reads the cases of their region and changes nothing', at: [...MESSAGES] },
  REGISTER_NOT_FOR_OFFICIALS: { status: 403, meaning: 'the register of letters is for auditors and e-office systems, not for other officials', at: ['listDocuments'] },
  REGION_NOT_ALLOWED: { status: 403, meaning: 'the key is scoped to other regions', at: ['startCase', 'listCases', 'listDocuments', 'importMasterData', 'listAuditRows', 'verifyAudit', 'listMasterDataChanges', 'listNotifications', 'makeDelegation', 'listDelegations', 'createWebhook', 'updateWebhook', 'listEvents'] },
  NOT_APPOINTER: { status: 403, meaning: 'the official does not appoint a Plh or Plt to this position (the region\'s rule, cited)', at: DELEGATING },
  WEBHOOKS_FOR_SYSTEMS: { status: 403, meaning: 'webhook subscriptions are an e-office system\'s own, managed with its key naming no official', at: WEBHOOKS },
  OTHER_AGENCY_SIDE: { status: 403, meaning: 'the step belongs to the other agency of a case both see: act through its key (cited by the article that gives it that hop)', at: MESSAGES },

  // What the request names.
  INVALID_CURSOR: { status: 400, meaning: '`after` is not the `nextAfter` of a previous page', at: ['listCases', 'listDocuments', 'getInbox'] },
  CURSOR_EXPIRED: { status: 410, meaning: 'events after this cursor were pruned (EVENT_RETENTION_DAYS) before it read them: read the feed again from its start, without `after`', at: ['listEvents'] },
  CASE_NOT_FOUND: { status: 404, meaning: 'no such case (for this key)', at: ON_A_CASE },
  HISTORY_NOT_KEPT: { status: 404, meaning: 'the case is known, but neither Temporal nor the archive holds its history (purged before the archive was kept)', at: ['getCaseHistory', 'verifyCase', 'exportCase'] },
  RUN_NOT_FOUND: { status: 404, meaning: 'the case has no run with this id (`X-History-Runs` lists its runs)', at: ['getCaseHistory'] },
  TASK_NOT_FOUND: { status: 404, meaning: 'no such task in the case', at: MESSAGES },
  WEBHOOK_NOT_FOUND: { status: 404, meaning: 'no such webhook subscription of this e-office system', at: A_WEBHOOK },
  DELIVERY_NOT_FOUND: { status: 404, meaning: 'no such delivery in the subscription\'s log', at: ['redeliverWebhook'] },
  DOCUMENT_NOT_FOUND: { status: 404, meaning: 'no such document (for this key), or no document with this verification code', at: ['getDocument', 'getVerification', 'verifyFile'] },
  UNKNOWN_ACTION: { status: 404, meaning: 'the case\'s procedure has no such action (`POST …/actions/{action}`), or no actions at all', at: ['actOnCase'] },
  RELATED_CASE_NOT_FOUND: { status: 422, meaning: 'a case the request names does not exist for this key', at: ['startCase'] },
  IDEMPOTENCY_KEY_REUSED: { status: 422, meaning: 'the Idempotency-Key was used for a different request', at: [...WITH_KEY, ...WEBHOOK_CHANGES] },
  DELEGATION_NOT_FOUND: { status: 404, meaning: 'no such delegation (for this caller)', at: ['getDelegation', 'endDelegation'] },
  POSITION_NOT_FOUND: { status: 422, meaning: 'the position (jabatan kode) is not in the region\'s master data', at: ['makeDelegation'] },
  DELEGATE_NOT_FOUND: { status: 422, meaning: 'the delegate is not in the region\'s master data', at: ['makeDelegation'] },
  MASTER_DATA_REJECTED: { status: 422, meaning: 'invalid master-data rows, each named `<sheet>[<row>].<field>`; nothing written', at: ['importMasterData'] },

  // Where the case is.
  CASE_CLOSED: { status: 409, meaning: 'the case is closed (its outcome\'s citation)', at: MESSAGES },
  STEP_CLOSED: { status: 409, meaning: 'the step was already taken', at: STEPS },
  STEP_NOT_OPEN: { status: 409, meaning: 'the step is not open yet', at: STEPS },
  NOT_A_DECISION: { status: 409, meaning: 'a tindakan is completed, not decided: `POST …/complete`', at: ['decideTask'] },
  NOT_AN_ACTION: { status: 409, meaning: 'a decision is decided, not completed: `POST …/decision`', at: ['completeTask'] },
  NOT_AWAITING_ACKNOWLEDGEMENT: { status: 409, meaning: 'no Surat Tugas awaits this employee\'s receipt', at: ['acknowledgeReceipt'] },
  NOT_WITHDRAWABLE: { status: 409, meaning: 'the case is past the point where it can be withdrawn', at: ['withdrawCase'] },
  NOT_IN_FORCE: { status: 409, meaning: 'the team is not in force, so it cannot be changed', at: WORK_CYCLE },
  NOT_REVISABLE: { status: 409, meaning: 'the plan is not at the point where it can be revised', at: WORK_CYCLE },
  DIALOG_KINERJA_REQUIRED: { status: 409, meaning: 'the plan is agreed only after a dialog kinerja is recorded (pasuruan)', at: WORK_CYCLE },
  PLAN_NOT_AGREED: { status: 409, meaning: 'the plan (or its revision) awaits agreement: no report or result before it', at: WORK_CYCLE },
  DECISION_IN_PROGRESS: { status: 409, meaning: 'another decision on the case is being recorded: read it and send yours again', at: MESSAGES },
  ALREADY_MEMBER: { status: 409, meaning: 'the employee is already on the team', at: WORK_CYCLE },
  DELEGATION_OVERLAPS: { status: 409, meaning: 'another delegation holds the position for part of the period', at: ['makeDelegation'] },
  DELEGATION_CYCLE: { status: 409, meaning: 'the delegate\'s own delegations lead back to the position', at: ['makeDelegation'] },
  DELEGATION_ENDED: { status: 409, meaning: 'the delegation has ended already', at: ['endDelegation'] },
  CYCLE_EXISTS: { status: 409, meaning: 'the assignment already has its work cycle', at: ['startCase'] },

  // Who may act, by the rule of law (each with its citation).
  NOT_ASSIGNEE: { status: 403, meaning: 'the acting official is not the one the step is assigned to', at: STEPS },
  NOT_REQUESTER: { status: 403, meaning: 'only the requester may do this', at: ['withdrawCase', 'actOnCase'] },
  NOT_REQUESTER_ROLE: { status: 403, meaning: 'only an official in the role the rule names may request this', at: PLANNED },
  DELEGATE_OWN_MATTER: { status: 403, meaning: 'a Plh or Plt decides nothing in which they have an interest: their own request or assignment', at: ['decideTask', 'completeTask'] },
  NOT_ADDRESSEE: { status: 403, meaning: 'only the employee the document is addressed to acknowledges it', at: ['acknowledgeReceipt'] },

  // What the request must say (400) — the procedures' rules, each with its citation.
  REASONS_REQUIRED: { status: 400, meaning: 'a refusal (or a team change) needs reasons', at: STEPS },
  UNKNOWN_REASON: { status: 400, meaning: '`alasan` is not one of the region\'s standard reasons', at: STEPS },
  EMPLOYEE_REQUIRED: { status: 400, meaning: 'name the employee', at: ['startCase', 'decideTask'] },
  EMPLOYEE_OR_CRITERIA: { status: 400, meaning: 'name the employee or the criteria, not both', at: ['startCase'] },
  PPK_REQUIRED: { status: 400, meaning: 'name the PPK where the matching employees have several', at: ['startCase'] },
  EMPLOYEE_LIST_REQUIRED: { status: 400, meaning: 'the answer of a penunjukan lintas instansi lists its employees', at: ['decideTask', 'completeTask'] },
  EMPLOYEE_LIST_INVALID: { status: 400, meaning: 'the list of employees of the answer is not valid', at: ['decideTask', 'completeTask'] },
  EMPLOYEE_LISTED_TWICE: { status: 400, meaning: 'an employee is listed twice', at: ['decideTask', 'completeTask'] },
  LIST_NOT_EXPECTED: { status: 400, meaning: 'only the answer of a penunjukan lintas instansi lists employees', at: ['decideTask', 'completeTask'] },
  MINIMUM_CONTENTS: { status: 400, meaning: 'the request lacks what the regulation says it must contain', at: ['startCase'] },
  CV_REQUIRED: { status: 400, meaning: 'a voluntary request across units comes with the CV', at: ['startCase'] },
  LISAN_REQUIRED: { status: 400, meaning: 'a voluntary request within the unit records the oral request', at: ['startCase'] },
  CONTENT_REQUIRED: { status: 400, meaning: 'the report or action needs its content', at: ['completeTask', 'actOnCase'] },
  PERIOD_INVALID: { status: 400, meaning: '`selesai` (a delegation\'s `sampai`) is not after `mulai`', at: ['startCase', 'makeDelegation'] },
  PERIOD_REQUIRED: { status: 400, meaning: 'no period to run a work cycle over', at: ['startCase'] },
  CADENCE_TOO_LONG: { status: 400, meaning: 'a report cadence longer than the period allows', at: ['startCase'] },
  DEVIATION_REASON_REQUIRED: { status: 400, meaning: 'a predikat other than the matrix\'s needs `alasanDeviasi`', at: ['decideTask', 'completeTask', 'actOnCase'] },
  RATING_REQUIRED: { status: 400, meaning: 'a rating task is done by its rating: the action penilaian with hasilKerja, perilakuKerja and predikat', at: ['completeTask', 'actOnCase'] },
  DOCUMENT_REPORT_INVALID: { status: 400, meaning: 'a document issued outside the service is reported with its nomor and tanggal', at: ['completeTask'] },
  NOT_A_DOCUMENT_REPORT: { status: 400, meaning: 'a document issued outside the service is reported on its own task only', at: ['completeTask', 'decideTask'] },
  AGENCY_OFFICIALS_REQUIRED: { status: 400, meaning: 'an agency not on this service comes with its officials', at: ['startCase'] },
  AGENCY_OFFICIALS_INVALID: { status: 400, meaning: 'the officials given for an agency not on this service are not valid', at: ['startCase'] },
  AGENCY_ON_SERVICE: { status: 400, meaning: 'an agency on this service does not come with officials: its master data has them', at: ['startCase'] },
  ONE_AGENCY_PER_TEAM_REQUEST: { status: 400, meaning: 'one agency per team request', at: ['startCase'] },
  ALTERNATIVES_REQUIRED: { status: 400, meaning: 'a kendala needs its alternatives', at: WORK_CYCLE },
  UNKNOWN_STEP: { status: 400, meaning: 'not a planning step\'s name', at: WORK_CYCLE },
  UNKNOWN_RECEIVER_CHOICE: { status: 400, meaning: '`penerimaLaporan` is not a choice the region\'s text gives for the report (an individual\'s, or a team\'s ketua\'s): `keduanya`, or where it names the receivers "dan/atau" one of them by role', at: ['startCase'] },
  CHANGE_REQUIRED: { status: 400, meaning: 'a team change says what it changes', at: WORK_CYCLE },
  MEMBER_REQUIRED: { status: 400, meaning: 'a team change names whom it changes', at: WORK_CYCLE },

  // What the law refuses (422), each with its citation.
  DELEGATE_IS_HOLDER: { status: 422, meaning: 'the delegate holds the position: a Plh or Plt stands in for another', at: ['makeDelegation'] },
  PLH_POSITION_VACANT: { status: 422, meaning: 'a Plh stands in for a holder temporarily away; a vacant position has a Plt', at: ['makeDelegation'] },
  DELEGATION_KIND_NOT_FOR_POSITION: { status: 422, meaning: 'the kind does not stand in for this position: a Pj only for a vacant Sekretaris Daerah, a Pjs for the kepala daerah (no position of the master data)', at: ['makeDelegation'] },
  DELEGATION_CHAIN_TOO_LONG: { status: 422, meaning: 'a task would pass through more delegations than the region allows', at: ['makeDelegation'] },
  EMPLOYEE_NOT_FOUND: { status: 422, meaning: 'the employee is not in the region\'s master data', at: PLANNED },
  OFFICIAL_NOT_FOUND: { status: 422, meaning: 'no official in the region\'s master data holds the role the rule names', at: PLANNED },
  UNIT_NOT_FOUND: { status: 422, meaning: 'the unit is not in the region\'s master data', at: PLANNED },
  EMPLOYEE_NOT_ELIGIBLE: { status: 422, meaning: 'the employee does not meet the rule\'s conditions', at: [...PLANNED, 'decideTask'] },
  EMPLOYEE_NOT_REQUESTED: { status: 422, meaning: 'the employee was not asked for', at: ['decideTask', 'completeTask'] },
  NOT_ASSIGNED: { status: 422, meaning: 'the employee is not assigned in the case named', at: ['startCase'] },
  NO_MATCHING_EMPLOYEE: { status: 422, meaning: 'no employee matches the criteria', at: ['startCase'] },
  PPK_NOT_OF_MATCHING: { status: 422, meaning: 'the PPK named is not the PPK of the matching employees', at: ['startCase'] },
  NOT_SAME_UNIT: { status: 422, meaning: 'the request is for another procedure: not within one unit', at: ['startCase'] },
  NOT_WITHIN_UNIT: { status: 422, meaning: 'the request is for another procedure: not within the unit', at: ['startCase'] },
  NOT_CROSS_UNIT: { status: 422, meaning: 'the request is for another procedure: not across units', at: ['startCase'] },
  NOT_SAME_AGENCY: { status: 422, meaning: 'the request is for another procedure: it names another agency (instansiTujuan, or a unit of another government on this service)', at: ['startCase'] },
  NOT_CROSS_AGENCY: { status: 422, meaning: 'the request is for another procedure: not across agencies', at: ['startCase'] },
  CROSS_AGENCY_NOT_PROVIDED: { status: 422, meaning: 'the region does not provide assignments across agencies', at: ['startCase'] },
  AGENCY_NOT_ON_SERVICE: { status: 422, meaning: 'the agency is neither on this service nor declared as one outside it', at: ['startCase'] },
  ASSIGNMENT_LIMIT: { status: 422, meaning: 'the employee\'s assignments per period exceed the region\'s limit', at: ['startCase', 'decideTask'] },
  ASSIGNMENT_TOO_LONG: { status: 422, meaning: 'the assignment is longer than the region allows', at: ['startCase', 'decideTask'] },
  ASSIGNMENT_NOT_ISSUED: { status: 422, meaning: 'the case named is not an issued assignment', at: ['startCase'] },
  NOT_AN_ISSUED_ASSIGNMENT: { status: 422, meaning: 'the case named is not an issued assignment of this employee', at: ['startCase'] },
  NOT_A_MEMBER: { status: 422, meaning: 'the employee is not a member of the team (in force)', at: PLANNED },
  KEDUDUKAN_FIRST: { status: 422, meaning: 'the employee (a team\'s member) has no kedudukan yet: an assignment comes after it is set', at: PLANNED },
  KETUA_NOT_ELIGIBLE: { status: 422, meaning: 'the ketua does not meet the formation\'s rule', at: PLANNED },
  KETUA_NOT_FROM_OWNING_UNIT: { status: 422, meaning: 'the ketua is not from the unit that owns the team', at: PLANNED },
  KETUA_REQUIREMENTS: { status: 422, meaning: 'the ketua lacks the requirements the region sets', at: PLANNED },
  PENANGGUNG_JAWAB_NOT_ELIGIBLE: { status: 422, meaning: 'the penanggung jawab does not meet the formation\'s rule', at: PLANNED },
  NOT_REPORTER: { status: 422, meaning: 'the work cycle\'s report is not this official\'s to give', at: WORK_CYCLE },
  NOT_KENDALA_RECIPIENT: { status: 422, meaning: 'the kendala is not addressed to this official', at: WORK_CYCLE },
  NO_AD_HOC_REPORT: { status: 422, meaning: 'the region\'s text sets no report on request', at: WORK_CYCLE },
  NO_CHECKLIST: { status: 422, meaning: 'the region\'s text sets no checklist', at: WORK_CYCLE },
  NO_CROSS_PUO_KENDALA: { status: 422, meaning: 'the region\'s text sets no kendala to another PUO', at: WORK_CYCLE },
  NO_DIALOG_RECORD: { status: 422, meaning: 'the region\'s text sets no record of a dialog kinerja', at: WORK_CYCLE },

  // Dependencies.
  TEMPORAL_UNAVAILABLE: { status: 503, meaning: 'the workflow engine does not answer; nothing was changed: retry the same request', at: [...WITH_KEY, ...ON_A_CASE, ...DELEGATING, 'createWebhook', 'updateWebhook'] },
  DATABASE_UNAVAILABLE: { status: 503, meaning: 'the database does not answer; nothing was changed: retry the same request', at: [...KEYED, 'getVerification', 'verifyFile'] },
  CASE_UNREADABLE: { status: 503, meaning: 'the change was carried out but the case cannot be read now (neither its projection nor its workflow answers): send the same request with the same Idempotency-Key for the case as it left it; nothing is done twice', at: MESSAGES },
  OUTCOME_UNKNOWN: { status: 503, meaning: 'the workflow engine did not confirm the change in time and it may still take effect: send the same request with the same Idempotency-Key to learn its outcome', at: WITH_KEY },
  NOT_READY: { status: 503, meaning: 'PostgreSQL, Temporal or a worker is missing (named in `fields`)', at: ['getReadiness'] },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type StatusOf<C extends ErrorCode> = (typeof ERROR_CODES)[C]['status'];

const answers = (at: Entry['at'], op: Operation) => at === 'every' || (at !== 'router' && at.includes(op));

/** The codes an operation may answer, by status. */
export function codesOf(op: Operation): Map<number, ErrorCode[]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const [code, e] of Object.entries(ERROR_CODES) as [ErrorCode, Entry][])
    if (answers(e.at, op)) byStatus.set(e.status, [...(byStatus.get(e.status) ?? []), code]);
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}
