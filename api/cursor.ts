// Opaque keyset cursors: the last row's sort key, base64url JSON; a tampered cursor is a 400.
import { ApiError } from './errors';
import { badCharacter } from './plugins/inputPolicy';

export const encodeCursor = (c: Record<string, string>) => Buffer.from(JSON.stringify(c)).toString('base64url');

/** Decodes a cursor whose fields are all strings and whose `time` field is a date-time. */
export function decodeCursor<K extends string>(s: string, fields: readonly K[], time: K): Record<K, string> {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString());
    // Its values reach SQL: text the door would refuse (a NUL) is no cursor of ours either.
    if (fields.every((f) => typeof c[f] === 'string' && !badCharacter(c[f])) && !Number.isNaN(Date.parse(c[time]))) return c;
  } catch {
    // fall through to the refusal
  }
  throw new ApiError(400, { code: 'INVALID_CURSOR', message: 'after must be the nextAfter of a previous page', fields: [{ field: 'querystring.after', message: 'not a cursor' }] });
}
