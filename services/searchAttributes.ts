// The cases' search attributes on a Temporal namespace: which are missing, and registering them where
// the server lets this process (a dev or test server; a production cluster has them from its operator).
import type { Connection } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { NativeConnection } from '@temporalio/worker';
import { cliSearchAttributes, SEARCH_ATTRIBUTES } from '../workflows/searchAttributes';

type Operator = Pick<Connection | NativeConnection, 'operatorService'>;

/** Registers these of the cases' search attributes (all: on a server that starts empty, the time-skipping one). */
export async function registerSearchAttributes(connection: Operator, namespace: string, names = SEARCH_ATTRIBUTES.map((k) => k.name)): Promise<void> {
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(SEARCH_ATTRIBUTES.filter((k) => names.includes(k.name)).map((k) => [k.name, encodeSearchAttributeIndexedValueType(k.type)!])),
  });
}

/**
 * Before a worker runs cases: every search attribute the kernel upserts is registered (a missing one
 * would fail every case's next workflow task). Missing ones are registered where the server lets this
 * process; else it stops, naming the command that registers them.
 */
export async function ensureSearchAttributes(connection: Operator, namespace: string): Promise<string[]> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = SEARCH_ATTRIBUTES.map((k) => k.name).filter((name) => !customAttributes?.[name]);
  if (missing.length)
    await registerSearchAttributes(connection, namespace, missing).catch((e: Error) => {
      const create = cliSearchAttributes().filter((f) => missing.includes(f.split('=')[0])).map((f) => `--name ${f.replace('=', ' --type ')}`).join(' ');
      throw new Error(`the search attributes ${missing.join(', ')} are not registered on namespace ${namespace}, and this worker may not register them (${e.message}); `
        + `register them first: temporal operator search-attribute create --namespace ${namespace} ${create}`);
    });
  return missing;
}
