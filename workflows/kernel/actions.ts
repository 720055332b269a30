// A procedure's own messages (Update `act`, by name): a request for a report, feedback, a kendala, a team change.
import { setHandler } from '@temporalio/workflow';
import type { ProcedureAction } from '../../domain/kasus';
import { RuleViolation } from '../../domain/refusal';
import { actUpdate } from '../shared';
import type { CaseContext } from './context';
import { validated } from './failures';
import { answer, publish, stampVia } from './projection';

/**
 * What a procedure action does: `check` is its synchronous validator, `run` changes the view (published
 * after); a `run` that needs an activity first (a team slot) is async, and a refusal it throws fails the Update.
 */
export interface ActionHandler {
  check: (a: ProcedureAction) => void;
  run: (a: ProcedureAction) => unknown;
}

/** Registers the procedure's actions, each validated before it enters history. */
export function registerActions(c: CaseContext, handlers: Record<string, ActionHandler>): void {
  setHandler(
    actUpdate,
    async (a) => {
      const from = c.view.timeline.length;
      const ran = handlers[a.action]!.run(a);
      if (ran instanceof Promise) await ran; // a synchronous run adds no step: the cases recorded before replay alike
      stampVia(c, from, a);
      await publish(c);
      return answer(c);
    },
    {
      validator: validated((a: ProcedureAction) => {
        const h = handlers[a.action];
        if (!h) throw new RuleViolation({ code: 'UNKNOWN_ACTION', kind: 'not-found', message: `this case has no action ${a.action}; it has ${Object.keys(handlers).join(', ')}` });
        h.check(a);
      }),
    },
  );
}
