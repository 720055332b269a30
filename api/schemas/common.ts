import { Type, type TSchema } from '@sinclair/typebox';
import { STATUS_CODES } from 'node:http';
import { REGIONS } from '../../profiles';
import { codesOf, ERROR_CODES, type Operation } from '../errorCodes';

export { Id, IsoDate, Nip } from '../../procedures/schemas';

export const Region = Type.Union(REGIONS.map((r) => Type.Literal(r)), { description: 'Pemerintah Daerah (tenant)' });
/** A paging cursor (base64url): the nextAfter of a previous page. */
export const Cursor = Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]*$', description: 'opaque cursor: nextAfter of the previous page' });
export const IsoDateTime = Type.String({ format: 'date-time' });

const FieldErrors = Type.Array(Type.Object({ field: Type.String(), message: Type.String(), citation: Type.Optional(Type.String()) }), { description: 'Each field at fault: the request part, then properties (body.kompetensi[3])' });
const Code = Type.String({ description: 'Stable machine-readable code: the operation\'s error responses list each it may answer', examples: ['NOT_ASSIGNEE'] });
const Citation = Type.String({ description: 'The article of law the rule comes from', examples: ['banjar lampiran II.B.1.b.2'] });

/** The single error shape of the API. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Code,
      message: Type.String({ description: 'What went wrong and what to do' }),
      citation: Type.Optional(Citation),
      fields: Type.Optional(FieldErrors),
    }),
  },
  { $id: 'Error', title: 'Error', description: 'The default error shape' },
);

/** The same refusal as RFC 9457 problem details, for a client that asks for them (Accept: application/problem+json). */
export const ProblemBody = Type.Object(
  {
    type: Type.String({ description: 'The problem type: urn:sistem-kerja:error:<code>', examples: ['urn:sistem-kerja:error:NOT_ASSIGNEE'] }),
    title: Type.String({ description: 'The meaning of the code, the same for every occurrence' }),
    status: Type.Integer({ description: 'The HTTP status' }),
    detail: Type.String({ description: 'What went wrong in this request and what to do' }),
    instance: Type.String({ description: 'This occurrence: urn:sistem-kerja:request:<X-Request-Id>' }),
    code: Code,
    citation: Type.Optional(Citation),
    fields: Type.Optional(FieldErrors),
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details; code, citation and fields are extension members' },
);

/** An operation's error responses, generated from the registry: each status with the codes it may answer and their meaning. */
export const errors = (op: Operation) => Object.fromEntries([...codesOf(op)].map(([status, codes]) => [status, {
  description: `${STATUS_CODES[status]}:\n${codes.map((c) => `- \`${c}\`: ${ERROR_CODES[c].meaning}`).join('\n')}`,
  content: {
    'application/json': { schema: Type.Ref(ErrorBody) },
    'application/problem+json': { schema: Type.Ref(ProblemBody) },
  },
}]));

/** A success response: its description and its JSON schema. */
export const ok = <T extends TSchema>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

export const ActingOfficialHeaders = Type.Object({
  'x-acting-official': Type.Optional(Type.String({
    pattern: '^\\d{18}$',
    maxLength: 18,
    description: 'NIP of the official an e-office system acts for (its key needs the act-for-officials right); a signed-in official leaves it out or names themselves',
  })),
});
