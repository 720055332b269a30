// The bench's durable shape (bench/shape-workflow.ts, `npm run bench -- --shape`): its history is a P2
// case's, event by event, as the service runs one (through the API, on the real worker, Temporal and
// PostgreSQL); a history that parts from it is named at its first differing event.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { temporal } from '@temporalio/proto';
import { requester, permohonan } from '../../demo/permohonan';
import { eventKinds, firstDifference, withShape } from '../../bench/shape';
import { loadDemoData } from '../support/cases';
import { api } from '../support/api';
import { startStack, type Stack } from '../support/stack';

const { EventType } = temporal.api.enums.v1;

describe('a history as its kinds', () => {
  const history = {
    events: [
      { eventType: EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED },
      { eventType: EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED, workflowExecutionUpdateAcceptedEventAttributes: { acceptedRequest: { input: { name: 'opened' } } } },
      { eventType: EventType.EVENT_TYPE_MARKER_RECORDED, markerRecordedEventAttributes: { markerName: 'core_local_activity' } },
      { eventType: EventType.EVENT_TYPE_TIMER_STARTED },
    ],
  };

  it('names each event by its type, a marker by its name and an accepted Update by its', () => {
    expect(eventKinds(history)).toEqual(['WORKFLOW_EXECUTION_STARTED', 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED opened', 'MARKER_RECORDED core_local_activity', 'TIMER_STARTED']);
  });

  it('finds the first event where two histories part, or none', () => {
    const kinds = eventKinds(history);
    expect(firstDifference(kinds, kinds)).toBeUndefined();
    expect(firstDifference(kinds, [...kinds.slice(0, 2), 'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES', kinds[3]]))
      .toBe('event 3: the service\'s MARKER_RECORDED core_local_activity, the shape\'s UPSERT_WORKFLOW_SEARCH_ATTRIBUTES');
    expect(firstDifference(kinds, kinds.slice(0, 3))).toBe('event 4: the service\'s TIMER_STARTED, the shape\'s (none: it had ended)');
  });
});

describe('the shape against the service', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack();
    await loadDemoData(s.db.pool);
  });
  afterAll(async () => s?.close());

  it('a P2 case and its work cycle, walked through the API, have the shape\'s histories', async () => {
    const client = api(s);
    // Approved, then acknowledged: the walk `npm run bench` takes.
    const issued = await client.drive(requester('bengkalis'), { procedure: 'penunjukan-lintas-unit', region: 'bengkalis', ...permohonan('bengkalis') }, (c) => c.status === 'issued');
    const caseId = issued.caseId;
    expect(issued.tasks.map((t) => t.kind).at(-1)).toBe('tanda-terima');
    const { siklusKinerja: cycleId } = await client.until(caseId, (c) => !!c.siklusKinerja);
    // The cycle's first task is done once its first task is open.
    await client.until(cycleId!, (c) => c.tasks.some((t) => t.status === 'open'));

    const key = `test-${randomUUID()}`;
    await withShape(inject('temporalAddress'), `shape-test-${randomUUID()}`, async (shape) => {
      const decisionMs: number[] = [];
      await shape.runCase(key, decisionMs);
      expect(decisionMs).toHaveLength(1);
      await shape.check(key, { caseId, cycleId: cycleId! });
      // And a case that is not the shape's is told apart, at its first event that differs.
      await expect(shape.check(key, { caseId: cycleId!, cycleId: cycleId! })).rejects.toThrow(/is not the service's .* at event \d+: /);
    });
  });
});
