// The benchmark's baseline: a procedure's message sequence (start, its linked cases as child
// workflows, decide × n, issue documents, acknowledge × m) with no domain logic, no validators and no
// projection, so it costs what Temporal itself costs. The counts are the benchmarked procedure's
// (bench/cases.ts measures them).
import { condition, defineUpdate, executeChild, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';

export interface BaselineInput {
  /** As many decide Updates as the procedure's case takes before it issues (decisions, completed tindakan). */
  decisions: number;
  /** As many activities as the case issues documents. */
  documents: number;
  /** As many acknowledge Updates as the case has receipts. */
  acknowledgements: number;
  /** The cases it starts and waits for before its own decisions (a team's members), each a child shaped so. */
  linked?: BaselineInput[];
}

export interface BaselineDecision {
  taskId: string;
  actorNip: string;
  decision: 'approve' | 'refuse';
}

export const decide = defineUpdate<{ decided: number }, [BaselineDecision]>('decide');
export const acknowledge = defineUpdate<{ acknowledged: number }>('acknowledge');

/** The workflow id of a case's i-th linked case: the driver sends it its Updates. */
export const linkedId = (workflowId: string, i: number) => `${workflowId}-linked-${i}`;

const { noop } = proxyActivities<{ noop(): Promise<string> }>({ startToCloseTimeout: '30 seconds' });

export async function baselineCase({ decisions, documents, acknowledgements, linked = [] }: BaselineInput): Promise<string> {
  let decided = 0;
  let acknowledged = 0;
  setHandler(decide, () => ({ decided: ++decided }));
  setHandler(acknowledge, () => ({ acknowledged: ++acknowledged }));
  const { workflowId } = workflowInfo();
  await Promise.all(linked.map((shape, i) => executeChild(baselineCase, { workflowId: linkedId(workflowId, i), args: [shape] })));
  await condition(() => decided >= decisions);
  for (let i = 0; i < documents; i++) await noop();
  await condition(() => acknowledged >= acknowledgements);
  return 'issued';
}
