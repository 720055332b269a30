// The rules of a human step (langkah), the same for every procedure: who may decide, recommend,
// withdraw, acknowledge or submit, and when. They are the synchronous validators of the workflow kernel's
// Updates, so a refused message never enters history; they throw a RuleViolation to refuse.
import type { ActionInput, ActorInput, CaseRules, CaseView, DecisionInput, IdentitasPegawai, PlannedCase, Task } from './kasus';
import { KONFLIK_KEPENTINGAN } from './delegasi';
import { tanggalLokal } from './dokumen';
import { nipProblems } from './nip';
import { refuse, type FieldError } from './refusal';

/** `today` (yyyy-mm-dd, the workflow's clock, the region's local date): an NIP named in the decision cannot be born or appointed later. */
export function checkDecision(input: PlannedCase, view: CaseView, d: DecisionInput, today: string): void {
  const task = view.tasks.find((t) => t.id === d.taskId);
  const step = input.steps.find((s) => s.id === d.taskId);
  if (!task && step)
    refuse({ code: 'STEP_NOT_OPEN', kind: 'conflict', citation: step.citation, message: `${step.title} is not open yet: an earlier step is pending; read the case for its open tasks` });
  if (!task || task.kind === 'tanda-terima')
    refuse({ code: 'TASK_NOT_FOUND', kind: 'not-found', message: `case ${view.caseId} has no decision task ${d.taskId}` });
  if (task.kind === 'tindakan')
    refuse({ code: 'NOT_A_DECISION', kind: 'conflict', citation: task.citation, message: `${task.title} is done by its assignee, not decided: confirm it with /tasks/${task.id}/complete` });
  openAndAssigned(task, d.actorNip, 'decided');
  notOwnMatter(input, view, task, d.actorNip);
  if (d.alasan !== undefined) standardReason(input.rules, d);
  if (d.decision === 'refuse' && !d.reasons?.trim() && d.alasan === undefined)
    refuse({
      code: 'REASONS_REQUIRED', kind: 'invalid', citation: input.rules.refusalReasons.citation,
      message: `reasons are required to refuse: ${input.rules.refusalReasons.description}`, fields: [{ field: 'reasons', message: 'required when refusing' }],
    });
  if (d.decision === 'approve' && step?.choosesEmployee) {
    const rule = input.rules.employeeMatch;
    const nip = d.employeeNip ?? input.pegawai?.nip;
    if (!nip)
      refuse({
        code: 'EMPLOYEE_REQUIRED', kind: 'invalid', citation: rule.citation,
        message: 'approving a request made by criteria names the employee to assign', fields: [{ field: 'employeeNip', message: 'required when approving' }],
      });
    if (input.pegawai && nip !== input.pegawai.nip)
      refuse({
        code: 'EMPLOYEE_NOT_REQUESTED', kind: 'unprocessable', citation: rule.citation,
        message: `the request names ${input.pegawai.nip}; approve that employee or refuse with reasons`, fields: [{ field: 'employeeNip', message: 'not the employee named in the request' }],
      });
    if (!task.candidates?.some((c) => c.nip === nip))
      refuse({
        code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: rule.citation,
        message: `${nip} is not an eligible employee for this request (${rule.description})`,
        fields: [{ field: 'employeeNip', message: 'not among the task candidates' }],
      });
  }
  if (d.decision === 'approve' && step?.choosesEmployees) employeeList(input, task, d.employeeNips);
  else if (d.employeeNips !== undefined)
    refuse({
      code: 'LIST_NOT_EXPECTED', kind: 'invalid', citation: task.citation,
      message: step?.namesEmployees
        ? `${task.title}: the agency asked is not on this service, so its answer names each employee with their identity (employees), not by NIP alone`
        : `${task.title} does not answer with a list of employees`,
      fields: [{ field: 'employeeNips', message: 'only when approving a step that answers with the list' }],
    });
  if (d.decision === 'approve' && step?.namesEmployees) employeeIdentities(task, d.employees, today);
  else if (d.employees !== undefined)
    refuse({
      code: 'LIST_NOT_EXPECTED', kind: 'invalid', citation: task.citation,
      message: `${task.title} does not answer with a list of employees named with their identity`,
      fields: [{ field: 'employees', message: 'only when approving the answer of an agency not on this service' }],
    });
}

/**
 * The list of an agency not on this service (binding): at least one, each once, each with a possible
 * NIP and a name, jabatan and unit; nothing here to check them against, so what it says is what it is.
 */
function employeeIdentities(task: Task, list: IdentitasPegawai[] | undefined, today: string) {
  if (!list?.length)
    refuse({
      code: 'EMPLOYEE_LIST_REQUIRED', kind: 'invalid', citation: task.citation,
      message: `${task.title}: an answer that employees are available names them, the list of those assigned`,
      fields: [{ field: 'employees', message: 'required when approving: each employee assigned, with nip, nama, jabatan, golongan and unit' }],
    });
  const fields: FieldError[] = [];
  list.forEach((e, i) => {
    for (const problem of nipProblems(e.nip, today)) fields.push({ field: `employees[${i}].nip`, message: problem });
    if (list.findIndex((o) => o.nip === e.nip) < i) fields.push({ field: `employees[${i}].nip`, message: 'on the list more than once' });
    for (const f of ['nama', 'jabatan', 'unit'] as const) if (!e[f]?.trim()) fields.push({ field: `employees[${i}].${f}`, message: 'required' });
  });
  if (fields.length)
    refuse({ code: 'EMPLOYEE_LIST_INVALID', kind: 'invalid', citation: task.citation, message: `${task.title}: the list of employees assigned has errors: fix the fields listed`, fields });
}

/** The list of employees assigned (binding, not a shortlist): at least one, each once, each a candidate. */
function employeeList(input: PlannedCase, task: Task, nips: string[] | undefined) {
  const rule = input.rules.employeeMatch;
  if (!nips?.length)
    refuse({
      code: 'EMPLOYEE_LIST_REQUIRED', kind: 'invalid', citation: task.citation,
      message: `${task.title}: an answer that employees are available names them, the list of those assigned`,
      fields: [{ field: 'employeeNips', message: 'required when approving: the NIPs of the employees assigned' }],
    });
  const twice = nips.filter((n, i) => nips.indexOf(n) !== i);
  if (twice.length)
    refuse({ code: 'EMPLOYEE_LISTED_TWICE', kind: 'invalid', citation: task.citation, message: `${twice.join(', ')} is on the list more than once`, fields: [{ field: 'employeeNips', message: 'each employee once' }] });
  const not = nips.filter((n) => !task.candidates?.some((c) => c.nip === n));
  if (not.length)
    refuse({
      code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: rule.citation,
      message: `${not.join(', ')} ${not.length > 1 ? 'are' : 'is'} not an eligible employee for this request (${rule.description})`,
      fields: [{ field: 'employeeNips', message: 'not among the task candidates' }],
    });
}

/** The task is still open and the actor is its assignee. */
function openAndAssigned(task: Task, actorNip: string, verb: string) {
  if (task.status !== 'open')
    refuse({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `task ${task.id} is ${task.status}; it can no longer be ${verb}` });
  if (task.assignee.nip !== actorNip)
    refuse({
      code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: task.citation,
      message: `${task.title} is ${verb} by the ${task.role}, ${task.assignee.nama} (${task.assignee.nip})`,
    });
}

/**
 * A Plt or Plh is refused what the holder would be: a matter in which they have an interest — their
 * own request (or one they recorded), their own assignment.
 */
function notOwnMatter(input: PlannedCase, view: CaseView, task: Task, actorNip: string) {
  if (!task.delegasi) return;
  const employees = [input.pegawai, view.assignedEmployee, ...(view.assignedEmployees ?? [])].map((e) => e?.nip);
  const own = [input.pemohon.nip, input.pencatat?.nip].includes(actorNip) ? 'request' : employees.includes(actorNip) ? 'assignment' : undefined;
  if (own)
    refuse({
      code: 'DELEGATE_OWN_MATTER', kind: 'forbidden', citation: KONFLIK_KEPENTINGAN,
      message: `${task.title} is for ${task.delegasi.pemegang.nama} (${task.delegasi.pemegang.nip}); as ${task.delegasi.jenis} ${actorNip} may not decide their own ${own}: it escalates to the holder's superior, or end the delegation and it goes back to the holder`,
    });
}

/** The standard reason a refusal names: one the region words in advance, and only on a refusal. */
function standardReason(rules: CaseRules, d: DecisionInput) {
  const std = rules.standardReasons;
  const found = std?.reasons.find((r) => r.kode === d.alasan);
  if (d.decision !== 'refuse' || !found)
    refuse({
      code: 'UNKNOWN_REASON', kind: 'invalid', citation: std?.citation ?? rules.refusalReasons.citation,
      message: d.decision !== 'refuse'
        ? 'a standard reason (alasan) is given only when refusing'
        : std ? `alasan is one of ${std.reasons.map((r) => r.kode).join(', ')}; or give the reasons as free text` : 'this region words no standard reasons: give the reasons as free text',
      fields: [{ field: 'alasan', message: std ? `one of ${std.reasons.map((r) => r.kode).join(', ')}, when refusing` : 'not accepted here' }],
    });
  return found;
}

/** The reasons a decision carries: its standard reason's text, then any free text. */
export function reasonsOf(rules: CaseRules, d: DecisionInput): string | undefined {
  if (d.alasan === undefined) return d.reasons;
  const text = standardReason(rules, d).text;
  return d.reasons?.trim() ? `${text}; ${d.reasons.trim()}` : text;
}

/** `today` (yyyy-mm-dd, the region's local date): a document reported as issued outside this service is not dated later. */
export function checkCompletion(input: PlannedCase, view: CaseView, a: ActionInput, today: string): void {
  const task = view.tasks.find((t) => t.id === a.taskId);
  const step = input.steps.find((s) => s.id === a.taskId);
  if (!task && step)
    refuse({ code: 'STEP_NOT_OPEN', kind: 'conflict', citation: step.citation, message: `${step.title} is not open yet: an earlier step is pending; read the case for its open tasks` });
  if (!task) refuse({ code: 'TASK_NOT_FOUND', kind: 'not-found', message: `case ${view.caseId} has no task ${a.taskId}` });
  if (task.kind !== 'tindakan')
    refuse({ code: 'NOT_AN_ACTION', kind: 'conflict', citation: task.citation, message: `${task.title} is not an action to confirm: ${task.kind === 'tanda-terima' ? 'acknowledge it with /acknowledge' : `decide it with /tasks/${task.id}/decision`}` });
  openAndAssigned(task, a.actorNip, 'done');
  if (task.isiWajib && !a.isi?.trim())
    refuse({ code: 'CONTENT_REQUIRED', kind: 'invalid', citation: task.citation, message: `${task.title}: say what is delivered`, fields: [{ field: 'isi', message: 'required' }] });
  const reported = step?.reportsDocument;
  if (reported) reportedDocument(task, reported.title, a, tanggalLokal(view.startedAt, input.zonaWaktu), today);
  else if (a.nomor !== undefined || a.tanggal !== undefined)
    refuse({
      code: 'NOT_A_DOCUMENT_REPORT', kind: 'invalid', citation: task.citation, message: `${task.title} reports no document: nomor and tanggal are not taken here`,
      fields: [{ field: a.nomor !== undefined ? 'nomor' : 'tanggal', message: 'only when reporting a document issued outside this service' }],
    });
}

/** The number and date of a document another agency issued: both given, the date a real one between the request and today. */
function reportedDocument(task: Task, title: string, a: ActionInput, since: string, today: string) {
  const fields: FieldError[] = [];
  if (!a.nomor?.trim()) fields.push({ field: 'nomor', message: `required: the number of the ${title} as issued` });
  const t = a.tanggal ?? '';
  const day = new Date(`${t}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== t) fields.push({ field: 'tanggal', message: 'required: the date it is dated, yyyy-mm-dd' });
  else if (t < since || t > today) fields.push({ field: 'tanggal', message: `between the request (${since}) and today (${today})` });
  if (fields.length)
    refuse({ code: 'DOCUMENT_REPORT_INVALID', kind: 'invalid', citation: task.citation, message: `${task.title}: give the nomor and tanggal of the ${title} as issued`, fields });
}

export function checkWithdraw(input: PlannedCase, view: CaseView, a: ActorInput): void {
  if (a.actorNip !== input.pemohon.nip)
    refuse({ code: 'NOT_REQUESTER', kind: 'forbidden', citation: input.pemohon.citation, message: `only the requester, ${input.pemohon.nama} (${input.pemohon.nip}), may withdraw the request` });
  if (view.status !== 'awaiting-decision')
    refuse({ code: 'NOT_WITHDRAWABLE', kind: 'conflict', citation: input.procedureCitation, message: `the case is ${view.status}; a request can be withdrawn only while a decision is pending` });
  // Every decision taken, an agency not on this service is issuing its document and is to report it.
  const reporting = input.steps.find((st) => st.reportsDocument && view.tasks.some((t) => t.id === st.id && t.status === 'open'));
  if (reporting)
    refuse({
      code: 'NOT_WITHDRAWABLE', kind: 'conflict', citation: reporting.citation,
      message: `every decision was taken: ${reporting.reportsDocument!.pemerintah} issues the ${reporting.reportsDocument!.title} and reports it; a request can be withdrawn only while a decision is pending`,
    });
}

/** The open receipt addressed to this official, else the first open one (the validator refuses another addressee). */
export const openReceiptOf = (tasks: Task[], nip: string) => {
  const open = tasks.filter((t) => t.kind === 'tanda-terima' && t.status === 'open');
  return open.find((t) => t.assignee.nip === nip) ?? open[0];
};

export function checkAcknowledge(input: PlannedCase, view: CaseView, a: ActorInput): void {
  const task = openReceiptOf(view.tasks, a.actorNip);
  if (!task)
    refuse({ code: 'NOT_AWAITING_ACKNOWLEDGEMENT', kind: 'conflict', citation: input.rules.acknowledgement.citation, message: `the case is ${view.status}; there is no document awaiting receipt` });
  if (task.assignee.nip !== a.actorNip) {
    // A document addressed to several (a team's decree, a list of employees): each acknowledges their own receipt.
    const open = view.tasks.filter((t) => t.kind === 'tanda-terima' && t.status === 'open').map((t) => `${t.assignee.nama} (${t.assignee.nip})`);
    refuse({
      code: 'NOT_ADDRESSEE', kind: 'forbidden', citation: input.rules.acknowledgement.citation,
      message: open.length > 1 ? `the document is addressed to each of ${open.join(', ')} still to acknowledge it; each acknowledges their own receipt` : `the document is addressed to ${open[0]}; only they acknowledge receipt`,
    });
  }
}
