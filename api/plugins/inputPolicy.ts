// The door: one policy for every string the API takes, before any schema or handler sees it.
// Strings in the body, the path, the query and the headers the API reads are normalised to Unicode
// NFC (so a length limit and a comparison mean the same for every client); a control character other
// than tab and line feed, a lone surrogate half, or a key that names an object's prototype is refused
// as 400 naming the exact field. PostgreSQL refuses a NUL in text (22P05) and Temporal carries
// whatever it is given: refused here, neither ever sees one. Lengths and list sizes are the schemas'
// (procedures/schemas.ts); the body as a whole is bounded by the app's bodyLimit.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isUtf8 } from 'node:buffer';
import { ApiError, fieldName } from '../errors';

/** C0 controls but tab and line feed, DEL, C1 controls; and a surrogate half without its pair. */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\p{Cs}/u;
/** Keys that, copied onto an object, would reach its prototype. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** No request the API takes nests deeper; a deeper body is refused before anything walks it. */
const MAX_DEPTH = 16;
/** Longer request targets (path and query) answer 414. */
export const MAX_URL_LENGTH = 4096;
/** The headers the API reads; the others it never uses. */
const READ_HEADERS = ['authorization', 'x-acting-official', 'idempotency-key'] as const;

type Refused = { field: string; message: string };

/** What is wrong with one string, or undefined. */
export function badCharacter(s: string): string | undefined {
  const m = FORBIDDEN.exec(s);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return /\p{Cs}/u.test(m[0])
    ? `contains a lone surrogate (U+${code}): not valid Unicode text`
    : `contains the control character U+${code}; only tab and line feed are accepted, in free text`;
}

/**
 * Normalises the strings of a parsed value in place and lists what it refuses. `path` is the field's
 * segments (the request part first), as errors.ts names fields.
 */
function inspect(value: unknown, path: (string | number)[], refused: Refused[], depth = 0): unknown {
  if (typeof value === 'string') {
    const bad = badCharacter(value);
    if (bad) refused.push({ field: fieldName(path), message: bad });
    return bad ? value : value.normalize('NFC');
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) {
    refused.push({ field: fieldName(path), message: `nested deeper than ${MAX_DEPTH} levels` });
    return value;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => { value[i] = inspect(v, [...path, i], refused, depth + 1); });
    return value;
  }
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const field = [...path, key];
    const bad = badCharacter(key);
    if (bad) refused.push({ field: fieldName(field), message: `the property name ${bad}` });
    else if (PROTOTYPE_KEYS.has(key)) refused.push({ field: fieldName(field), message: `${key} is not a property of any request: remove it` });
    else o[key] = inspect(o[key], field, refused, depth + 1);
  }
  return value;
}

function refuse(refused: Refused[]): never {
  throw new ApiError(400, {
    code: 'INVALID_REQUEST',
    message: 'the request contains text the service does not take: fix the fields listed and send it again',
    fields: refused,
  });
}

/**
 * JSON bodies are read as bytes: JSON is UTF-8 (RFC 8259 section 8.1), so another charset is refused, and
 * invalid UTF-8 too, not silently replaced with U+FFFD.
 */
function parseJson(req: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) {
  const charset = /;\s*charset="?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset))
    return done(new ApiError(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: `JSON is UTF-8, not ${charset}: send application/json; charset=utf-8` }));
  if (body.length === 0)
    return done(new ApiError(400, { code: 'MALFORMED_JSON', message: 'the body is empty: send a JSON object, or no Content-Type' }));
  if (!isUtf8(body))
    return done(new ApiError(400, { code: 'INVALID_ENCODING', message: 'the body is not valid UTF-8: send JSON encoded in UTF-8' }));
  try {
    // JSON.parse makes "__proto__" an own property, never the prototype; the walk refuses it by name.
    done(null, JSON.parse(body.toString('utf8')));
  } catch (e) {
    done(new ApiError(400, { code: 'MALFORMED_JSON', message: `the body is not valid JSON: ${(e as Error).message}` }));
  }
}

/**
 * The query parser keeps a value whose percent-encoding is not UTF-8 (`%C0%AF`, `%ZZ`) as it came,
 * so such a value is refused here by its name rather than passed on as if it were text.
 */
function undecodableQuery(url: string): Refused[] {
  const query = url.split('?').slice(1).join('?');
  return query.split('&').filter(Boolean).flatMap((pair) => {
    const [name, value = ''] = pair.split('=', 2);
    try {
      decodeURIComponent(value.replace(/\+/g, ' '));
      return [];
    } catch {
      let field = name;
      try { field = decodeURIComponent(name); } catch { /* the name as sent */ }
      return [{ field: fieldName(['querystring', field]), message: 'not valid percent-encoded UTF-8' }];
    }
  });
}

export const inputPolicy = fp(async (app: FastifyInstance) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parseJson);

  app.addHook('onRequest', async (req) => {
    if (req.url.length > MAX_URL_LENGTH)
      throw new ApiError(414, { code: 'URI_TOO_LONG', message: `the path and query are longer than ${MAX_URL_LENGTH} characters` });
  });

  app.addHook('preValidation', async (req) => {
    const refused: Refused[] = [];
    for (const name of READ_HEADERS) {
      const v = req.headers[name];
      const bad = typeof v === 'string' ? badCharacter(v) : undefined;
      if (bad) refused.push({ field: fieldName(['headers', name]), message: bad });
    }
    req.params = inspect(req.params, ['params'], refused);
    refused.push(...undecodableQuery(req.url));
    req.query = inspect(req.query, ['querystring'], refused);
    req.body = inspect(req.body, ['body'], refused);
    if (refused.length) refuse(refused);
  });
});
