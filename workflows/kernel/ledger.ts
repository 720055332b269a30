// The kernel's side of the team-assignment limits (banjar pasal 9(4)–(5)): slots are reserved in the
// PostgreSQL ledger when an approval puts employees into a tim kerja, and released when the case
// ends without the assignment. The count needs the database, which a synchronous Update validator
// cannot read, so the reservation runs in the Update handler before any state changes: a refused
// reservation fails that Update with the refusal, and the case stays as it was.
import type { Reservasi } from '../../domain/batasPenugasan';
import type { PlannedCase } from '../../domain/kasus';
import { refuse, type Refusal } from '../../domain/refusal';
import { releasePenugasan, reservePenugasan } from './activities';
import { patch } from './patches';

/** One per case: reserves and releases its employees' slots. */
export function assignmentLedger(input: Pick<PlannedCase, 'caseId' | 'region' | 'procedureCitation'>) {
  /** Whose slots this case holds: a retried activity or a member named again is not taken twice. */
  const holding = new Set<string>();
  let inFlight = 0;
  return {
    /**
     * Reserves every slot in order (a Reservasi without `nip` for `chosen`, the employee the decision
     * names), or none: on the first refusal the slots this call took are released and the refusal is
     * returned (ASSIGNMENT_LIMIT, citing the article).
     */
    async reserve(list: Reservasi[], chosen?: string): Promise<Refusal | undefined> {
      patch('batas-penugasan'); // marks the cases that reserve, for a later change of this path
      inFlight += 1;
      const taken: string[] = [];
      try {
        for (const r of list) {
          const nip = (r.nip ?? chosen)!;
          const result = await reservePenugasan({ ...r, region: input.region, caseId: input.caseId, nip });
          if (!result.ok) {
            for (const n of taken) {
              await releasePenugasan({ caseId: input.caseId, nip: n });
              holding.delete(n);
            }
            return result.refusal;
          }
          if (!holding.has(nip)) taken.push(nip);
          holding.add(nip);
        }
        return undefined;
      } finally {
        inFlight -= 1;
      }
    },

    /** A decision or withdrawal arriving while a reservation is being made waits for its answer. */
    checkIdle(): void {
      if (inFlight)
        refuse({ code: 'DECISION_IN_PROGRESS', kind: 'conflict', citation: input.procedureCitation, message: 'a decision on this case is being recorded; read the case and send yours again if it is still pending' });
    },

    /** Frees what this case reserved (all of it, or one employee's, e.g. a member replaced); nothing when it reserved nothing. */
    async release(nip?: string): Promise<void> {
      if (nip ? !holding.has(nip) : !holding.size) return;
      await releasePenugasan({ caseId: input.caseId, nip });
      if (nip) holding.delete(nip);
      else holding.clear();
    },
  };
}
