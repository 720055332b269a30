// The rules of a human step (langkah), the same for every procedure: who may decide, recommend,
// withdraw, acknowledge or submit, and when. They are the synchronous validators of the workflow kernel's
// Updates, so a refused message never enters history; they throw a RuleViolation to refuse.
import type { ActorInput, CaseView, DecisionInput, PlannedCase, SubmissionInput } from './kasus';
import { refuse } from './refusal';

export function checkDecision(input: PlannedCase, view: CaseView, d: DecisionInput): void {
  const task = view.tasks.find((t) => t.id === d.taskId);
  const step = input.steps.find((s) => s.id === d.taskId);
  if (!task && step)
    refuse({ code: 'STEP_NOT_OPEN', kind: 'conflict', citation: step.citation, message: `${step.title} is not open yet: an earlier step is pending; read the case for its open tasks` });
  if (!task || (task.kind !== 'rekomendasi' && task.kind !== 'keputusan'))
    refuse({ code: 'TASK_NOT_FOUND', kind: 'not-found', message: `case ${view.caseId} has no decision task ${d.taskId}` });
  if (task.status !== 'open')
    refuse({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `task ${task.id} is ${task.status}; it can no longer be decided` });
  if (task.assignee.nip !== d.actorNip)
    refuse({
      code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: task.citation,
      message: `${task.title} is decided by the ${task.role}, ${task.assignee.nama} (${task.assignee.nip})`,
    });
  if (d.decision === 'refuse' && !d.reasons?.trim())
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
}

export function checkWithdraw(input: PlannedCase, view: CaseView, a: ActorInput): void {
  if (a.actorNip !== input.pemohon.nip)
    refuse({ code: 'NOT_REQUESTER', kind: 'forbidden', citation: input.pemohon.citation, message: `only the requester, ${input.pemohon.nama} (${input.pemohon.nip}), may withdraw the request` });
  if (view.status !== 'awaiting-decision')
    refuse({ code: 'NOT_WITHDRAWABLE', kind: 'conflict', citation: input.procedureCitation, message: `the case is ${view.status}; a request can be withdrawn only while a decision is pending` });
}

export function checkAcknowledge(input: PlannedCase, view: CaseView, a: ActorInput): void {
  const task = view.tasks.find((t) => t.kind === 'tanda-terima' && t.status === 'open');
  if (!task)
    refuse({ code: 'NOT_AWAITING_ACKNOWLEDGEMENT', kind: 'conflict', citation: input.rules.acknowledgement.citation, message: `the case is ${view.status}; there is no document awaiting receipt` });
  if (task.assignee.nip !== a.actorNip)
    refuse({ code: 'NOT_ADDRESSEE', kind: 'forbidden', citation: input.rules.acknowledgement.citation, message: `the document is addressed to ${task.assignee.nama} (${task.assignee.nip}); only they acknowledge receipt` });
}

export function checkSubmission(view: CaseView, s: SubmissionInput): void {
  const task = view.tasks.find((t) => t.id === s.taskId && t.kind === 'penyampaian');
  if (!task)
    refuse({ code: 'TASK_NOT_FOUND', kind: 'not-found', message: `case ${view.caseId} has no task ${s.taskId} to submit to` });
  if (task.status !== 'open')
    refuse({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `task ${task.id} is ${task.status}; nothing can be submitted to it any more` });
  if (task.assignee.nip !== s.actorNip)
    refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: task.citation, message: `${task.title} is submitted by the ${task.role}, ${task.assignee.nama} (${task.assignee.nip})` });
  if (!s.isi?.trim())
    refuse({ code: 'CONTENT_REQUIRED', kind: 'invalid', citation: task.citation, message: `${task.title}: say what is submitted`, fields: [{ field: 'isi', message: 'required' }] });
}
