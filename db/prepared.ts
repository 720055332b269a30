// Statements a case runs at every step, prepared once per connection: PostgreSQL parses, analyses and
// plans a named statement the first time a connection runs it and reuses that after, instead of doing it
// all again on every call (the projection write's CTE: half its CPU in PostgreSQL). pg keeps the names per
// connection; each is made from the statement's text, so one name is always one text.
import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

const names = new Map<string, string>();

/**
 * The statement, named for preparing. Its text must be fixed, every value a parameter: each distinct text
 * is a statement kept on every connection that ran it. Only for statements that name the columns they
 * answer: a prepared `SELECT *` fails ("cached plan must not change result type") once a migration adds a column.
 */
export function prepared(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text);
  if (!name) names.set(text, (name = `s${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  return { name, text, values };
}
