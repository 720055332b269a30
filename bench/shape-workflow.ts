// The durable shape of a P2 case with no domain logic: the same Temporal commands, in the same workflow
// tasks, as a bengkalis P2 case the service runs (Update-with-Start, its local activities, search
// attribute upserts, a deadline timer per task, the work cycle started from a local activity), each
// doing nothing. What it costs is what the engine costs for the case's shape, whatever code runs in
// it: `npm run bench -- --shape` measures it beside the bare workflow, and checks first that its
// history has the service case's events (bench/shape.ts).
import { CancellationScope, condition, defineUpdate, patched, proxyLocalActivities, setHandler, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import { CASE_STATUS, PEGAWAI, PEMOHON, PROCEDURE, REGION, UNIT } from '../workflows/searchAttributes';

export interface ShapeInput {
  /** The work cycle's workflow id: the third task's local activity starts it. */
  cycleId: string;
  /** Stands for the planned case (the service's input is about 4.5 kB). */
  planned: string;
}

export const opened = defineUpdate<string>('opened');
export const decide = defineUpdate<string>('decide');
export const acknowledge = defineUpdate<string>('acknowledge');

export interface ShapeActivities {
  /** Stands for every local activity of the case (candidates, delegations, projection writes, the document): answers `size` bytes. */
  noop(size: number, view?: string): Promise<string>;
  /** Stands for mulaiSiklusKinerja: starts the cycle (eagerly, on the worker's connection), as the service does. */
  startCycle(cycleId: string): Promise<string>;
}

const { noop, startCycle } = proxyLocalActivities<ShapeActivities>({ startToCloseTimeout: '30 seconds' });

/** The case as the projection writes take it (about 4.5 kB in the service): carried to each write, not kept. */
const VIEW = 'v'.repeat(4500);

/** A task's deadline (2 days), cancelled when the task is answered, as the kernel's. */
function deadline(): CancellationScope {
  const scope = new CancellationScope();
  scope.run(() => sleep('2 days')).catch(() => undefined);
  return scope;
}

export async function p2Shape({ cycleId, planned }: ShapeInput): Promise<string> {
  let open = false;
  let decided = false;
  let acknowledged = false;
  let task: CancellationScope | undefined;
  setHandler(opened, async () => (await condition(() => open), 'opened'));
  // An answer upserts the status and closes its task's deadline, then writes the projection.
  setHandler(decide, async () => {
    upsertSearchAttributes([{ key: CASE_STATUS, value: 'approved' }]);
    task?.cancel();
    await noop(0, VIEW);
    decided = true;
    return 'decided';
  });
  setHandler(acknowledge, async () => {
    task?.cancel();
    await noop(0, VIEW);
    acknowledged = true;
    return 'acknowledged';
  });
  // Started: the candidates read, a patch (which upserts its own attribute), the delegations read, the search attributes, the first write, a deadline.
  await noop(200, planned.slice(0, 300));
  patched('bentuk');
  await noop(250);
  upsertSearchAttributes([
    { key: REGION, value: 'bengkalis' }, { key: PROCEDURE, value: 'penunjukan-lintas-unit' }, { key: CASE_STATUS, value: 'awaiting-decision' },
    { key: PEMOHON, value: '1' }, { key: PEGAWAI, value: ['1'] }, { key: UNIT, value: ['1', '2'] },
  ]);
  await noop(0, VIEW);
  task = deadline();
  open = true;
  // Decided: the document issued, the status, the receipt's task written with its deadline.
  await condition(() => decided);
  await noop(200, VIEW);
  upsertSearchAttributes([{ key: CASE_STATUS, value: 'issued' }]);
  await noop(0, VIEW);
  task = deadline();
  // Acknowledged: the work cycle started, the status, the last write.
  await condition(() => acknowledged);
  await startCycle(cycleId);
  upsertSearchAttributes([{ key: CASE_STATUS, value: 'closed' }]);
  await noop(0, VIEW);
  return VIEW;
}

/** The work cycle's first task as the service's: a patch (with its upsert), the search attributes, its first write, its first deadline; then it waits. */
export async function p2ShapeCycle({ planned }: Pick<ShapeInput, 'planned'>): Promise<void> {
  patched('bentuk');
  upsertSearchAttributes([{ key: REGION, value: 'bengkalis' }, { key: PROCEDURE, value: 'siklus-kinerja' }, { key: CASE_STATUS, value: 'perencanaan' }]);
  await noop(0, planned);
  await sleep('2 days');
}
