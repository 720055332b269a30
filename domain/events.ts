// What happened to a case, told to e-office systems (the event feed and webhooks): derived from two
// successive projections of the case, so every change a reader could see is told once, in the order
// the case went through it. Pure: db/events.ts appends them with the projection write.
import { FINAL_STATUSES, type CaseView, type DocumentRef, type OfficialRef, type Outcome, type Task, type TimelineEntry } from './kasus';

export const EVENT_TYPES = [
  'case.started', 'task.opened', 'task.reminded', 'task.escalated', 'task.decided', 'task.completed', 'documents.issued', 'case.closed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** A notice to one e-office system about its own subscription. */
export const NOTICE_TYPES = ['webhook.disabled'] as const;

/** The case in a line: what the event's receiver needs to file it; the whole case is one GET away. */
export interface CaseSummary {
  caseId: string;
  procedure: string;
  region: string;
  regions: string[];
  judul: string;
  status: CaseView['status'];
  pemohon: OfficialRef;
  startedAt: string;
  version: number;
}

export interface CaseEventData {
  /** The region whose officials it concerns (a step's own region where a case spans two). */
  region: string;
  case: CaseSummary;
  task?: Omit<Task, 'candidates'>;
  /** The article of law the step, the act or the outcome rests on. */
  citation: string;
  /** What an official (or the system) did: a decision, a tindakan, a reminder. */
  action?: Pick<TimelineEntry, 'action' | 'actor' | 'role' | 'reasons' | 'notes' | 'atasNama' | 'employee'>;
  documents?: DocumentRef[];
  outcome?: Outcome;
}

/** The Standard Webhooks payload: the body of a webhook and an item of the feed. */
export interface EventPayload<D = CaseEventData> {
  type: string;
  timestamp: string;
  data: D;
}

/** An event of a case, with what makes it this event within the case (a retried write appends nothing twice). */
export interface CaseEvent {
  dedupeKey: string;
  payload: EventPayload;
}

/** What the previous projection of a case showed, as far as events need it (read in SQL, db/events.ts); undefined: none yet. */
export interface Prior {
  status: CaseView['status'];
  timelineLength: number;
  /** `<task id>@<openedAt>` of each open task. */
  openTasks: string[];
  documentIds: string[];
}

const BY_ACTION: Partial<Record<TimelineEntry['action'], EventType>> = {
  pengingat: 'task.reminded', eskalasi: 'task.escalated',
  direkomendasikan: 'task.decided', 'tidak-direkomendasikan': 'task.decided', disetujui: 'task.decided', ditolak: 'task.decided', dikembalikan: 'task.decided',
  dilaksanakan: 'task.completed', diterima: 'task.completed',
};

/** A task open at a time: reopened (a returned work result) is opened again. */
const openKey = (t: Pick<Task, 'id' | 'openedAt'>) => `${t.id}@${t.openedAt}`;

/** What events need of a projection, as the next write's prior: taken by the workflow as it writes (lockPrior reads the same in SQL). */
export const priorOf = (v: CaseView): Prior => ({
  status: v.status, timelineLength: v.timeline.length, openTasks: v.tasks.filter((t) => t.status === 'open').map(openKey), documentIds: v.documents.map((d) => d.id),
});

/** An official as the contract names them (a view may hold more: an employee's golongan and unit). */
const ref = (o: OfficialRef): OfficialRef => ({ nip: o.nip, nama: o.nama, jabatan: o.jabatan });
const maybeRef = (o: OfficialRef | undefined) => o && ref(o);

const summary = (v: CaseView): CaseSummary => ({
  caseId: v.caseId, procedure: v.procedure, region: v.region, regions: v.regions ?? [v.region], judul: v.judul, status: v.status,
  pemohon: ref(v.pemohon), startedAt: v.startedAt, version: v.version,
});

const taskOf = ({ candidates: _, ...t }: Task) => ({ ...t, assignee: ref(t.assignee), ...(t.escalateTo ? { escalateTo: t.escalateTo.map(ref) } : {}) });

/** The events between the previous projection of a case and this one, in the order they happened. */
export function caseEvents(prior: Prior | undefined, view: CaseView): CaseEvent[] {
  const base = { region: view.region, case: summary(view) };
  const event = (dedupeKey: string, type: EventType, timestamp: string, data: Omit<CaseEventData, 'case' | 'region'> & { region?: string }): CaseEvent =>
    ({ dedupeKey, payload: { type, timestamp, data: { ...base, ...data } } });
  const events: CaseEvent[] = [];
  if (!prior) {
    const submitted = view.timeline.find((e) => e.action === 'diajukan');
    events.push(event('case.started', 'case.started', view.startedAt, { citation: submitted?.citation ?? view.tasks[0]?.citation ?? '' }));
  }
  view.timeline.slice(prior?.timelineLength ?? 0).forEach((e, i) => {
    const type = BY_ACTION[e.action];
    const task = view.tasks.find((t) => t.id === e.taskId);
    if (!type || !task) return;
    const { action, actor, role, reasons, notes, atasNama, employee } = e;
    events.push(event(`timeline:${(prior?.timelineLength ?? 0) + i}`, type, e.at, {
      region: task.region ?? view.region, task: taskOf(task), citation: e.citation,
      action: { action, role, actor: maybeRef(actor), reasons, notes, atasNama: maybeRef(atasNama), employee: maybeRef(employee) },
    }));
  });
  const issued = view.documents.filter((d) => !prior?.documentIds.includes(d.id));
  if (issued.length) {
    const entry = view.timeline.find((e) => e.action === 'diterbitkan' && e.documentId === issued[0].id);
    events.push(event(`documents.issued:${issued.map((d) => d.id).join(',')}`, 'documents.issued', issued[0].issuedAt, { citation: entry?.citation ?? view.outcome?.citation ?? '', documents: issued }));
  }
  // After the documents: the receipt of a document opens with it.
  for (const t of view.tasks)
    if (t.status === 'open' && !prior?.openTasks.includes(openKey(t)))
      events.push(event(`task.opened:${openKey(t)}`, 'task.opened', t.openedAt, { region: t.region ?? view.region, task: taskOf(t), citation: t.citation }));
  if (FINAL_STATUSES.includes(view.status) && (!prior || !FINAL_STATUSES.includes(prior.status)))
    events.push(event('case.closed', 'case.closed', view.outcome?.at ?? view.timeline.at(-1)?.at ?? view.startedAt, {
      citation: view.outcome?.citation ?? view.timeline.at(-1)?.citation ?? '', ...(view.outcome ? { outcome: view.outcome } : {}),
    }));
  return events;
}
