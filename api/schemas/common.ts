import { Type, type TSchema } from '@sinclair/typebox';
import { REGIONS } from '../../profiles';

export { Id, IsoDate, Nip } from '../../procedures/schemas';

export const Region = Type.Union(REGIONS.map((r) => Type.Literal(r)), { description: 'Pemerintah Daerah (tenant)' });
/** A paging cursor (base64url): the nextAfter of a previous page. */
export const Cursor = Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]*$', description: 'opaque cursor: nextAfter of the previous page' });
export const IsoDateTime = Type.String({ format: 'date-time' });

/** The single error shape of the API. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine-readable code', examples: ['NOT_ASSIGNEE'] }),
      message: Type.String({ description: 'What went wrong and what to do' }),
      citation: Type.Optional(Type.String({ description: 'The article of law the rule comes from', examples: ['banjar lampiran II.B.1.b.2'] })),
      fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String(), citation: Type.Optional(Type.String()) }))),
    }),
  },
  { $id: 'Error', title: 'Error' },
);

export const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, Type.Ref(ErrorBody)])) as Record<number, TSchema>;

export const ActingOfficialHeaders = Type.Object({
  'x-acting-official': Type.Optional(Type.String({
    pattern: '^\\d{18}$',
    maxLength: 18,
    description: 'NIP of the official an e-office system acts for (its key needs the act-for-officials right); a signed-in official leaves it out or names themselves',
  })),
});
