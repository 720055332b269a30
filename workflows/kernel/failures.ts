// A refusal of the law as the failure of the Update it refuses: the API answers it with its status and citation.
import { ApplicationFailure } from '@temporalio/workflow';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import { REFUSAL_FAILURE } from '../shared';

/** A refusal as the failure of the Update that caused it. */
export const refusalFailure = (r: Refusal) => ApplicationFailure.create({ type: REFUSAL_FAILURE, message: r.message, details: [r], nonRetryable: true });

/** Runs a pure rule as an Update validator: a refusal becomes a failure the API maps to 4xx. */
export function validated<A>(rule: (a: A) => void) {
  return (a: A) => {
    try {
      rule(a);
    } catch (e) {
      if (e instanceof RuleViolation) throw refusalFailure(e.refusal);
      throw e;
    }
  };
}
