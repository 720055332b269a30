// One response serialiser per response schema, shared by the routes that answer it (every route that
// answers the case: { $ref: 'Case' }). fast-json-stringify builds one per route and status, each with an
// Ajv of its own that compiles the members of the case's unions (the subject, one per procedure) the first
// time a response meets them: some 20 ms each, a third of a second of the event loop per route after every
// start. Shared, that is paid once. What a serialiser writes depends on its schema alone.
import SerializerSelector, { type SerializerFactory, type Serializer } from '@fastify/fast-json-stringify-compiler';

export function sharedSerializers(): SerializerFactory {
  const select = SerializerSelector();
  return (externalSchemas, options) => {
    const build = select(externalSchemas, options);
    const built = new Map<string, Serializer>();
    return (route) => {
      const key = JSON.stringify(route.schema);
      let serializer = built.get(key);
      if (!serializer) built.set(key, (serializer = build(route)));
      return serializer;
    };
  };
}
