// A Plt/Plh delegation's own workflow: durable timers at mulai and sampai (sampai moved by a signal when
// it ends early), at each of which the cases with open tasks of the holder or the delegate are told to
// route them again. The cases decide who acts (kernel: delegasi); this only says when to look.
import { condition, getExternalWorkflowHandle, proxyActivities, setHandler, TemporalFailure } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { akhiriDelegasiSignal, delegasiBerubahSignal, type DelegasiWorkflowInput } from './shared';

const { casesWithTasksOf } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function delegasi(input: DelegasiWorkflowInput): Promise<void> {
  const mulai = Date.parse(input.mulai);
  let sampai = Date.parse(input.sampai);
  setHandler(akhiriDelegasiSignal, (end) => {
    sampai = Math.min(sampai, Date.parse(end));
  });
  const until = async (at: () => number) => {
    while (Date.now() < at()) await condition(() => Date.now() >= at() || sampai < at(), at() - Date.now());
  };
  await until(() => Math.min(mulai, sampai));
  // Ended before it began: nothing was ever routed through it.
  if (sampai > mulai) {
    await tell(input);
    await until(() => sampai);
  }
  await tell(input);
}

/** Has every case with open tasks of the holder or the delegate route them again; a case closed meanwhile is passed over. */
async function tell(input: DelegasiWorkflowInput) {
  const cases = await casesWithTasksOf({ region: input.region, nips: input.nips });
  await Promise.all(cases.map((caseId) => getExternalWorkflowHandle(caseId).signal(delegasiBerubahSignal).catch((e) => {
    if (!(e instanceof TemporalFailure)) throw e; // the case is closed: nothing of it to move
  })));
}
