// Response serialisers are built once per response schema and shared by the routes that answer it (api/serializers.ts).
import { expect, it } from 'vitest';
import { sharedSerializers } from '../../api/serializers';

const external = { Case: { $id: 'Case', type: 'object', properties: { caseId: { type: 'string' }, status: { anyOf: [{ const: 'issued' }, { const: 'refused' }] } } } };
const route = (url: string, httpStatus: string, schema: unknown) => ({ method: 'POST', url, httpStatus, schema });

it('routes that answer the same schema share one serialiser; another schema gets its own', () => {
  const compile = sharedSerializers()(external, {});
  const decide = compile(route('/api/v1/cases/:caseId/tasks/:taskId/decision', '200', { $ref: 'Case' }));
  const start = compile(route('/api/v1/cases', '201', { $ref: 'Case' }));
  const page = compile(route('/api/v1/cases', '200', { type: 'object', properties: { items: { type: 'array', items: { $ref: 'Case' } } } }));
  expect(start).toBe(decide);
  expect(page).not.toBe(decide);
  // What each writes is its schema's: unknown fields left out, the union's member written as it is.
  expect(JSON.parse(start({ caseId: 'banjar-p2-1', status: 'issued', sisi: 'not in the schema' }))).toEqual({ caseId: 'banjar-p2-1', status: 'issued' });
  expect(JSON.parse(page({ items: [{ caseId: 'banjar-p2-2', status: 'refused' }] }))).toEqual({ items: [{ caseId: 'banjar-p2-2', status: 'refused' }] });
});
