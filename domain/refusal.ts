// A refusal is how every rule says "no": a stable code, the HTTP-facing kind, a message an
// official can read, and the article of law the rule comes from. It is plain data so that it
// crosses the Temporal boundary (validator → client) and reaches the API's error shape intact.

export type RefusalKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable';

export interface FieldError {
  field: string;
  message: string;
  citation?: string;
}

export interface Refusal {
  code: string;
  kind: RefusalKind;
  message: string;
  citation?: string;
  fields?: FieldError[];
}

/** Thrown by pure rules; the workflow and the API turn it into their own error forms. */
export class RuleViolation extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
    this.name = 'RuleViolation';
  }
}

export function refuse(refusal: Refusal): never {
  throw new RuleViolation(refusal);
}

export const HTTP_STATUS: Record<RefusalKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
};
