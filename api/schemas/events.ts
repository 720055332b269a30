// The events e-office systems receive (domain/events.ts), as the contract describes them: the body of a
// webhook (the OpenAPI `webhooks` section) and an item of the feed (GET /events), one named schema each.
import { Type, type TObject, type TProperties } from '@sinclair/typebox';
import { CaseStatus, DocumentRef, OfficialRef, Outcome, Task, TimelineEntry } from '../../domain/kasusSchema';
import type { EventType } from '../../domain/events';
import { IsoDateTime } from './common';

const CaseSummary = Type.Object({
  caseId: Type.String(), procedure: Type.String(), region: Type.String(), regions: Type.Array(Type.String()), judul: Type.String(), status: CaseStatus,
  pemohon: OfficialRef, startedAt: IsoDateTime, version: Type.Integer({ description: 'the case version the event comes from: GET /cases/{caseId} shows it or a later one' }),
}, { description: 'the case in a line; the whole case is GET /api/v1/cases/{caseId}' });

const base = {
  region: Type.String({ description: 'the region whose officials the event concerns (a step\'s own region where a case spans two)' }),
  case: CaseSummary,
  citation: Type.String({ description: 'the article of law the step, the act or the outcome rests on' }),
};
const TaskOf = Type.Omit(Task, ['candidates'], { description: 'the step' });
const Action = Type.Pick(TimelineEntry, ['action', 'actor', 'role', 'reasons', 'notes', 'atasNama', 'employee'], { description: 'what was done, by whom, in which role (no actor: the service itself)' });

/** One event type: its `type`, when it happened and what it carries. */
const event = (name: string, type: string, description: string, data: TProperties): TObject => Type.Object({
  id: Type.String({ description: 'evt_<n>: the event, the same wherever it is told; the webhook-id header' }),
  type: Type.Literal(type),
  timestamp: IsoDateTime,
  data: Type.Object(data),
}, { $id: name, title: name, description });

const withTask = { ...base, task: TaskOf };
const acted = { ...withTask, action: Action };

export const EVENT_SCHEMAS = [
  event('CaseStartedEvent', 'case.started', 'A case was started (its request is on record)', base),
  event('TaskOpenedEvent', 'task.opened', 'A step opened for its assignee (their inbox shows it)', withTask),
  event('TaskRemindedEvent', 'task.reminded', 'A reminder of an open step was sent to its assignee', acted),
  event('TaskEscalatedEvent', 'task.escalated', 'The last reminder of an open step, copied to the assignee\'s superior (escalateTo)', acted),
  event('TaskDecidedEvent', 'task.decided', 'A step was decided: recommended or not, approved, refused, or returned (action)', acted),
  event('TaskCompletedEvent', 'task.completed', 'A tindakan was done, or the employee acknowledged receipt', acted),
  event('DocumentsIssuedEvent', 'documents.issued', 'Documents of the case were numbered and issued', { ...base, documents: Type.Array(DocumentRef) }),
  event('CaseClosedEvent', 'case.closed', 'The case ended: issued, refused, withdrawn, expired or completed (outcome)', { ...base, outcome: Type.Optional(Outcome) }),
  event('WebhookDisabledEvent', 'webhook.disabled', 'A webhook subscription of the receiving system was disabled after failing for 5 days (to its system only)', {
    subscriptionId: Type.String(), url: Type.String(), failingSince: IsoDateTime, reason: Type.String({ description: 'the last failure' }),
  }),
] satisfies TObject[];

/** Every case event type, with its schema's name. */
export const SCHEMA_OF: Record<EventType | 'webhook.disabled', string> = Object.fromEntries(EVENT_SCHEMAS.map((s) => [s.properties.type.const, s.$id!])) as never;

/** An item of the feed: one of the events. */
export const AnyEvent = Type.Union(EVENT_SCHEMAS.map((s) => Type.Ref(s)));

/** The OpenAPI `webhooks` section: what a subscription receives, one POST per event type. */
export const webhooksSection = () => Object.fromEntries(EVENT_SCHEMAS.map((s) => [s.properties.type.const, {
  post: {
    operationId: `on${s.$id!.replace(/Event$/, '')}`,
    tags: ['webhooks'],
    summary: s.description,
    description: 'Signed per the Standard Webhooks specification: verify `webhook-signature` (HMAC-SHA256 with the subscription\'s secret over `webhook-id.webhook-timestamp.body`) before trusting the body, '
      + 'and drop a `webhook-id` already processed (a retry or redelivery sends the same one). Answer 2xx within 10 s; anything else is retried with backoff.',
    parameters: ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => ({ name, in: 'header', required: true, schema: { type: 'string' } })),
    requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${s.$id}` } } } },
    responses: {
      200: { description: 'Received (any 2xx): the next event follows' },
      400: { description: 'Any other answer, or none within 10 s: the same event is sent again after a backoff (5 s doubling to 1 h), the events after it wait' },
    },
    security: [],
  },
}]));
