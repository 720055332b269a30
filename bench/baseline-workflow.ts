// The benchmark's baseline: the P2 message sequence (start, decide × n, issue documents, acknowledge)
// with no domain logic, no validators and no projection, so it costs what Temporal itself costs.
import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

export interface BaselineInput {
  /** As many decide Updates as the region's P2 has decision steps. */
  decisions: number;
  /** As many activities as the region issues documents. */
  documents: number;
}

export interface BaselineDecision {
  taskId: string;
  actorNip: string;
  decision: 'approve' | 'refuse';
}

export const decide = defineUpdate<{ decided: number }, [BaselineDecision]>('decide');
export const acknowledge = defineUpdate<{ acknowledged: true }>('acknowledge');

const { noop } = proxyActivities<{ noop(): Promise<string> }>({ startToCloseTimeout: '30 seconds' });

export async function baselineP2({ decisions, documents }: BaselineInput): Promise<string> {
  let decided = 0;
  let acknowledged = false;
  setHandler(decide, () => ({ decided: ++decided }));
  setHandler(acknowledge, () => {
    acknowledged = true;
    return { acknowledged: true as const };
  });
  await condition(() => decided >= decisions);
  for (let i = 0; i < documents; i++) await noop();
  await condition(() => acknowledged);
  return 'issued';
}
