// The benchmark's baseline: a procedure's message sequence (start, decide × n, issue documents,
// acknowledge × m) with no domain logic, no validators and no projection, so it costs what Temporal
// itself costs. The counts are the benchmarked procedure's (bench/cases.ts measures them).
import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

export interface BaselineInput {
  /** As many decide Updates as the procedure's case takes before it issues (decisions, completed tindakan). */
  decisions: number;
  /** As many activities as the case issues documents. */
  documents: number;
  /** As many acknowledge Updates as the case has receipts. */
  acknowledgements: number;
}

export interface BaselineDecision {
  taskId: string;
  actorNip: string;
  decision: 'approve' | 'refuse';
}

export const decide = defineUpdate<{ decided: number }, [BaselineDecision]>('decide');
export const acknowledge = defineUpdate<{ acknowledged: number }>('acknowledge');

const { noop } = proxyActivities<{ noop(): Promise<string> }>({ startToCloseTimeout: '30 seconds' });

export async function baselineCase({ decisions, documents, acknowledgements }: BaselineInput): Promise<string> {
  let decided = 0;
  let acknowledged = 0;
  setHandler(decide, () => ({ decided: ++decided }));
  setHandler(acknowledge, () => ({ acknowledged: ++acknowledged }));
  await condition(() => decided >= decisions);
  for (let i = 0; i < documents; i++) await noop();
  await condition(() => acknowledged >= acknowledgements);
  return 'issued';
}
