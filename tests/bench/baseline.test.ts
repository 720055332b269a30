// The bench's bare workflow (bench/baseline-workflow.ts) on the suite's Temporal dev server: a case
// shaped with a linked case starts it as a child, waits for it, then takes its own Updates and runs
// as many activities as it issues documents.
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { acknowledge, baselineCase, decide, linkedId, type BaselineInput } from '../../bench/baseline-workflow';

it('runs its linked case as a child first, then its own decisions, documents and receipts', async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const address = inject('temporalAddress');
  const taskQueue = `bench-baseline-test-${randomUUID()}`;
  const nativeConnection = await NativeConnection.connect({ address });
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  let noops = 0;
  const worker = await Worker.create({
    connection: nativeConnection, taskQueue, workflowsPath: join(__dirname, '../../bench/baseline-workflow.ts'),
    activities: { noop: async () => (noops++, 'ok') },
  });
  const shape: BaselineInput = { decisions: 1, documents: 1, acknowledgements: 1, linked: [{ decisions: 2, documents: 2, acknowledgements: 1 }] };
  const decision = { taskId: 'step', actorNip: '199003152015021206', decision: 'approve' } as const;
  try {
    await worker.runUntil(async () => {
      const parent = await client.workflow.start(baselineCase, { taskQueue, workflowId: `baseline-test-${randomUUID()}`, args: [shape] });
      const child = client.workflow.getHandle(linkedId(parent.workflowId, 0));
      for (;; await new Promise((r) => setTimeout(r, 20)))
        try {
          await child.describe();
          break;
        } catch (e) {
          if (!(e instanceof WorkflowNotFoundError)) throw e;
        }
      // The parent waits for its linked case: its own decision is counted, but no document is issued yet.
      expect(await parent.executeUpdate(decide, { args: [decision] })).toEqual({ decided: 1 });
      expect(noops).toBe(0);
      for (let i = 1; i <= 2; i++) expect(await child.executeUpdate(decide, { args: [decision] })).toEqual({ decided: i });
      expect(await child.executeUpdate(acknowledge)).toEqual({ acknowledged: 1 });
      expect(await child.result()).toBe('issued');
      expect(await parent.executeUpdate(acknowledge)).toEqual({ acknowledged: 1 });
      expect(await parent.result()).toBe('issued');
      expect(noops).toBe(3);
    });
  } finally {
    await connection.close();
    await nativeConnection.close();
  }
});
