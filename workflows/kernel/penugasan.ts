// The kernel's side of the team-assignment limits (banjar pasal 9(4)–(5)): a slot is reserved in the
// PostgreSQL ledger when an approval puts an employee into a tim kerja, and released when the case
// ends without the assignment. The count needs the database, which a synchronous Update validator
// cannot read, so the reservation runs in the Update handler before any state changes: a refused
// reservation fails that Update with the refusal, and the case stays as it was.
import { ApplicationFailure, patched, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { Reservasi } from '../../domain/batasPenugasan';
import type { PlannedCase } from '../../domain/kasus';
import { refuse, type Refusal } from '../../domain/refusal';
import { REFUSAL_FAILURE } from '../shared';

// A regular activity: the reservation matters to the law, so every attempt is in history.
const { reservePenugasan, releasePenugasan } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const refusalFailure = (r: Refusal) => ApplicationFailure.create({ type: REFUSAL_FAILURE, message: r.message, details: [r], nonRetryable: true });

/** One per case: reserves and releases its employees' slots; `busy` while a reservation is in flight. */
export function assignmentLedger(input: Pick<PlannedCase, 'caseId' | 'region' | 'procedureCitation'>) {
  let reserved = 0;
  let inFlight = 0;
  return {
    /**
     * Reserves the slot for `nip`, or throws the refusal (ASSIGNMENT_LIMIT) as an Update failure.
     * For a procedure that names team members itself (P6), call it from its workflow, too.
     */
    async reserve(r: Reservasi, nip: string): Promise<void> {
      patched('batas-penugasan'); // marks the cases that reserve, for a later change of this path
      inFlight += 1;
      try {
        const result = await reservePenugasan({ ...r, region: input.region, caseId: input.caseId, nip });
        if (!result.ok) throw refusalFailure(result.refusal);
        reserved += 1;
      } finally {
        inFlight -= 1;
      }
    },

    /** A decision or withdrawal arriving while a reservation is being made waits for its answer. */
    checkIdle(): void {
      if (inFlight)
        refuse({ code: 'DECISION_IN_PROGRESS', kind: 'conflict', citation: input.procedureCitation, message: 'a decision on this case is being recorded; read the case and send yours again if it is still pending' });
    },

    /** Frees what this case reserved (all of it, or one employee's); nothing to do when it reserved nothing. */
    async release(nip?: string): Promise<void> {
      if (reserved) await releasePenugasan({ caseId: input.caseId, nip });
    },

    /** The refusal when an Update's task closed while its reservation was being made (e.g. it expired). */
    closed(citation: string, status: string): never {
      throw refusalFailure({ code: 'STEP_CLOSED', kind: 'conflict', citation, message: `the task is ${status}; it can no longer be decided` });
    },
  };
}
