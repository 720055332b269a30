// The archive in an S3-compatible bucket (ARCHIVE_STORE=s3), against a real S3 server (moto's, from
// .tools/venv) through the real stack: a P2 case run to its close is archived by the worker into the
// bucket and not the database, read back as written, archived again unchanged, and once Temporal has
// purged it, its history is served by the API from the bucket.
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { WorkflowNotFoundError } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadConfig } from '../../config';
import { temporalCli } from '../../scripts/temporal-binaries';
import { archiveCase, archivedCase, archivedRuns, type Archived } from '../../services/arsip';
import { arsipStore, type ArsipStore } from '../../services/arsipStore';
import { loadDemoData } from '../support/cases';
import { createTestDatabase } from '../support/database';
import { runP2Case, sendOnce } from '../support/p2Case';
import { startS3, type S3Server } from '../support/s3';
import { AUTH, startStack, type Stack } from '../support/stack';
import { until } from '../support/poll';

const run = promisify(execFile);
const BUCKET = 'arsip-sistem-kerja';
const PREFIX = 'uji/arsip';
let s: Stack;
let s3: S3Server;
let store: ArsipStore;
let X: string;
let archived: Archived;


beforeAll(async () => {
  s3 = await startS3(BUCKET, { objectLock: true });
  const config = loadConfig({
    ARCHIVE_STORE: 's3', ARCHIVE_S3_BUCKET: BUCKET, ARCHIVE_S3_ENDPOINT: s3.endpoint, ARCHIVE_S3_FORCE_PATH_STYLE: 'true', ARCHIVE_S3_PREFIX: PREFIX, ARCHIVE_S3_OBJECT_LOCK: 'GOVERNANCE',
  });
  const db = await createTestDatabase();
  // The factory the worker and the API use: the store named by the configuration.
  store = arsipStore(config, db.pool);
  s = await startStack({ db, arsip: store });
  await loadDemoData(s.db.pool);
  X = await runP2Case(sendOnce(s), `arsip-s3-${Date.now()}`);
  archived = await until(`the archive of ${X}`, () => archivedCase(store, X));
}, 180_000);
afterAll(async () => {
  await s?.close();
  await s3?.stop();
});

describe('the archive in an S3-compatible bucket', () => {
  it('holds the closed case in the bucket, not the database: its runs, final view, documents with their PDFs and audit rows, kept ARCHIVE_RETENTION years', async () => {
    expect(archived).toMatchObject({ caseId: X, region: 'banjar', status: 'issued', view: { caseId: X, status: 'issued' } });
    expect(archived.runs).toHaveLength(1);
    expect(archived.runs[0].history.events.at(-1)).toHaveProperty('workflowExecutionCompletedEventAttributes');
    expect(archived.build).toBeTruthy();
    expect(archived.documents.length).toBeGreaterThan(0);
    expect(archived.documents.every((d) => d.file && Buffer.from(d.file.pdf, 'base64').subarray(0, 5).toString() === '%PDF-')).toBe(true);
    expect(archived.audit.some((r) => r.operation.endsWith('/decision'))).toBe(true);
    expect(new Date(archived.keepUntil).getUTCFullYear() - new Date(archived.archivedAt).getUTCFullYear()).toBe(10);
    const inDatabase = await s.db.pool.query('SELECT (SELECT count(*) FROM case_archive WHERE case_id = $1) + (SELECT count(*) FROM case_archive_runs WHERE case_id = $1) AS n', [X]);
    expect(Number(inDatabase.rows[0].n)).toBe(0);
  });

  it('keys the objects by prefix and case, keep-until in their metadata and their Object Lock retention', async () => {
    const runKey = `${PREFIX}/${X}/runs/${archived.runs[0].runId}.json`;
    for (const key of [`${PREFIX}/${X}/case.json`, runKey]) {
      const head = await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
      expect(new Date(head.Metadata!['keep-until']).getUTCFullYear() - new Date().getUTCFullYear()).toBe(10);
      expect(head.ObjectLockMode).toBe('GOVERNANCE');
      expect(head.ObjectLockRetainUntilDate?.getTime()).toBe(Date.parse(head.Metadata!['keep-until']));
    }
    expect((await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}/${X}/case.json` }))).Metadata).toMatchObject({ region: 'banjar', status: 'issued', build: archived.build });
    expect(await store.notArchived([X, 'tidak-diarsipkan'])).toEqual(['tidak-diarsipkan']);
  });

  it('archives a case again without changing what was written', async () => {
    await archiveCase({ pool: s.db.pool, store, temporal: s.temporal, retentionYears: 25 }, X);
    expect(await archivedCase(store, X)).toEqual(archived);
    expect(await archivedRuns(store, X)).toEqual(archived.runs);
  }, 60_000);

  it('serves the history of a case Temporal purged from the bucket', async () => {
    await run(temporalCli(), ['workflow', 'delete', '--workflow-id', X, '--address', inject('temporalAddress'), '--yes']);
    await until(`${X} purged`, () => s.temporal.workflow.getHandle(X).describe().then(() => undefined, (e) => e instanceof WorkflowNotFoundError), 150_000);
    const history = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${X}/history`, headers: AUTH });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.headers).toMatchObject({ 'x-history-source': 'archive', 'x-history-runs': archived.runs[0].runId });
    expect(history.json()).toEqual(archived.runs[0].history);
  }, 180_000);
});
