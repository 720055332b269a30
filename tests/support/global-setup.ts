// Once per `npm test`: a real Temporal dev server (from the pinned wheel) for the API and e2e
// suites. Each test file creates its own PostgreSQL database (tests/support/database.ts).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { temporalCli } from '../../scripts/temporal-binaries';
import { SEARCH_ATTRIBUTES } from '../../workflows/searchAttributes';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const probe = new Client({ connectionString: postgresUrl });
  try {
    await probe.connect();
    await probe.end();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${postgresUrl} (${(e as Error).message}). Start it, or set TEST_POSTGRES_URL.`);
  }
  const env = await TestWorkflowEnvironment.createLocal({
    // The cases' search attributes, as npm start registers them (the kernel upserts them).
    server: { executable: { type: 'existing-path', path: temporalCli() }, log: { format: 'pretty', level: 'error' }, searchAttributes: SEARCH_ATTRIBUTES },
  });
  project.provide('temporalAddress', env.address);
  project.provide('postgresUrl', postgresUrl);
  return async () => {
    await env.teardown();
  };
}
