// A deliberately incompatible change: waits on a timer where the real workflow first schedules an
// activity. Replaying a committed history against it must fail; it proves the replay suite bites.
import { sleep } from '@temporalio/workflow';

export async function penunjukanLintasUnit(): Promise<void> {
  await sleep('1 day');
}
