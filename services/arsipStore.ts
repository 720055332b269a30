// Where the archive of closed cases is kept (services/arsip.ts copies a case there; the readers answer
// from it): this service's PostgreSQL by default (case_archive, case_archive_runs), or an S3-compatible
// bucket (ARCHIVE_STORE=s3). Either keeps what is written once: a run or a case archived again is left
// as it was. One factory picks it from the configuration, for the worker and the API alike.
import {
  GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, NoSuchKey, NotFound, PutObjectCommand, S3Client, S3ServiceException,
} from '@aws-sdk/client-s3';
import type { Pool } from 'pg';
import type { AuditRow } from '../db/audit';
import type { CaseView } from '../domain/kasus';
import type { ArchiveStoreConfig } from '../config';
import type { DocumentData } from '../domain/dokumen';

/** One run of a case: its history as the Temporal CLI exports it. */
export interface Run { runId: string; continuedFrom: string | null; build: string | null; history: { events: unknown[] } }

/** A document as archived: its row, and its issued file (base64) if one was fixed. */
export interface ArchivedDocument {
  id: string; kind: string; unit: string; year: number; seq: number; nomor: string; issuedAt: string; data: DocumentData;
  file: { kode: string; sha256: string; pdf: string } | null;
}

export interface Archived {
  caseId: string; region: string; procedure: string; status: string; build: string | null;
  view: CaseView; documents: ArchivedDocument[]; audit: AuditRow[]; runs: Run[];
  closedAt: string; archivedAt: string; keepUntil: string;
}

/** A run as listed without its history: what archiving a case needs to know of the runs archived before. */
export interface RunHead { runId: string; continuedFrom: string | null; build: string | null }

/** The record of a closed case as it is written: the store adds when it was archived and how long it is kept. */
export interface CaseRecord {
  caseId: string; region: string; procedure: string; status: string; build: string | null;
  view: CaseView; documents: ArchivedDocument[]; audit: AuditRow[]; closedAt: Date;
}

export interface ArsipStore {
  /** Writes one closed run, kept `retentionYears`; a run archived before is left as it was. */
  putRun(caseId: string, run: Run, closedAt: Date, retentionYears: number): Promise<void>;
  /** Writes the record of a closed case, kept `retentionYears`; a case archived before is left as it was. */
  putCase(c: CaseRecord, retentionYears: number): Promise<void>;
  /** The archived runs of a case without their histories, in no order. */
  runHeads(caseId: string): Promise<RunHead[]>;
  /** The archived runs of a case with their histories, in no order. */
  runs(caseId: string): Promise<Run[]>;
  /** The archived case without its runs; undefined when it is not archived. */
  getCase(caseId: string): Promise<Omit<Archived, 'runs'> | undefined>;
  /** The view an archived case closed with. */
  view(caseId: string): Promise<CaseView | undefined>;
  hasCase(caseId: string): Promise<boolean>;
  /** Of these cases, those not archived (in their order). */
  notArchived(caseIds: string[]): Promise<string[]>;
}

/** The archive's store this deployment configures (ARCHIVE_STORE): the database's tables, or the bucket. */
export function arsipStore(config: { archive: ArchiveStoreConfig }, pool: Pool): ArsipStore {
  return config.archive.store === 's3' ? new S3Arsip(config.archive) : new PostgresArsip(pool);
}

const keepUntil = (years: number) => `now() + make_interval(years => ${Math.trunc(years)})`;

/** The archive in this service's database: case_archive and case_archive_runs. */
export class PostgresArsip implements ArsipStore {
  constructor(private readonly pool: Pool) {}

  async putRun(caseId: string, run: Run, closedAt: Date, retentionYears: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO case_archive_runs (case_id, run_id, continued_from, build, history, closed_at, keep_until)
       VALUES ($1, $2, $3, $4, $5, $6, ${keepUntil(retentionYears)}) ON CONFLICT DO NOTHING`,
      [caseId, run.runId, run.continuedFrom, run.build, run.history, closedAt],
    );
  }

  async putCase(c: CaseRecord, retentionYears: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO case_archive (case_id, region, procedure, status, build, view, documents, audit, closed_at, keep_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${keepUntil(retentionYears)}) ON CONFLICT DO NOTHING`,
      [c.caseId, c.region, c.procedure, c.status, c.build, c.view, JSON.stringify(c.documents), JSON.stringify(c.audit), c.closedAt],
    );
  }

  async runHeads(caseId: string): Promise<RunHead[]> {
    const { rows } = await this.pool.query('SELECT run_id, continued_from, build FROM case_archive_runs WHERE case_id = $1', [caseId]);
    return rows.map((r) => ({ runId: r.run_id, continuedFrom: r.continued_from, build: r.build }));
  }

  async runs(caseId: string): Promise<Run[]> {
    const { rows } = await this.pool.query('SELECT run_id, continued_from, build, history FROM case_archive_runs WHERE case_id = $1', [caseId]);
    return rows.map((r) => ({ runId: r.run_id, continuedFrom: r.continued_from, build: r.build, history: r.history }));
  }

  async getCase(caseId: string): Promise<Omit<Archived, 'runs'> | undefined> {
    const r = (await this.pool.query('SELECT * FROM case_archive WHERE case_id = $1', [caseId])).rows[0];
    if (!r) return undefined;
    return {
      caseId, region: r.region, procedure: r.procedure, status: r.status, build: r.build, view: r.view, documents: r.documents, audit: r.audit,
      closedAt: r.closed_at.toISOString(), archivedAt: r.archived_at.toISOString(), keepUntil: r.keep_until.toISOString(),
    };
  }

  async view(caseId: string): Promise<CaseView | undefined> {
    return (await this.pool.query('SELECT view FROM case_archive WHERE case_id = $1', [caseId])).rows[0]?.view;
  }

  async hasCase(caseId: string): Promise<boolean> {
    return !!(await this.pool.query('SELECT 1 FROM case_archive WHERE case_id = $1', [caseId])).rowCount;
  }

  async notArchived(caseIds: string[]): Promise<string[]> {
    const { rows } = await this.pool.query('SELECT case_id FROM case_archive WHERE case_id = ANY($1)', [caseIds]);
    const archived = new Set(rows.map((r) => r.case_id));
    return caseIds.filter((id) => !archived.has(id));
  }
}

/**
 * The archive in an S3-compatible bucket: `<prefix>/<caseId>/case.json` (the record) and
 * `<prefix>/<caseId>/runs/<runId>.json` (each run), keyed by the case alone as a reader knows only its id;
 * the region, the build and keep-until ride along as object metadata (and as S3 Object Lock retention
 * where configured), so a bucket's lifecycle rules and inventories can see them without reading a body.
 */
export class S3Arsip implements ArsipStore {
  private readonly s3: S3Client;
  private readonly prefix: string;

  constructor(private readonly c: Extract<ArchiveStoreConfig, { store: 's3' }>) {
    // Credentials from the standard AWS chain: environment, shared profile, web identity, the instance's role.
    this.s3 = new S3Client({ region: c.region, forcePathStyle: c.forcePathStyle, ...(c.endpoint ? { endpoint: c.endpoint } : {}) });
    this.prefix = c.prefix ? `${c.prefix}/` : '';
  }

  private caseKey = (caseId: string) => `${this.prefix}${caseId}/case.json`;
  private runsPrefix = (caseId: string) => `${this.prefix}${caseId}/runs/`;

  /** Writes an object once: one that exists is left (If-None-Match, and a look first for a store that ignores it). */
  private async putOnce(key: string, body: unknown, metadata: Record<string, string>, until: Date): Promise<void> {
    if (await this.exists(key)) return;
    try {
      await this.s3.send(new PutObjectCommand({
        Bucket: this.c.bucket, Key: key, Body: JSON.stringify(body), ContentType: 'application/json', IfNoneMatch: '*',
        Metadata: { ...metadata, 'keep-until': until.toISOString() },
        ...(this.c.objectLock ? { ObjectLockMode: this.c.objectLock, ObjectLockRetainUntilDate: until } : {}),
      }));
    } catch (e) {
      // Written meanwhile by another archiving of the same case: kept as it is.
      if (e instanceof S3ServiceException && (e.$metadata.httpStatusCode === 412 || e.$metadata.httpStatusCode === 409)) return;
      throw e;
    }
  }

  private async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.c.bucket, Key: key }));
      return true;
    } catch (e) {
      if (e instanceof NotFound || (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404)) return false;
      throw e;
    }
  }

  private async read<T>(key: string): Promise<T | undefined> {
    try {
      const got = await this.s3.send(new GetObjectCommand({ Bucket: this.c.bucket, Key: key }));
      return JSON.parse(await got.Body!.transformToString());
    } catch (e) {
      if (e instanceof NoSuchKey || (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404)) return undefined;
      throw e;
    }
  }

  private async runKeys(caseId: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.c.bucket, Prefix: this.runsPrefix(caseId), ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((o) => o.Key!).filter((k) => k.endsWith('.json')));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async putRun(caseId: string, run: Run, closedAt: Date, retentionYears: number): Promise<void> {
    const archivedAt = new Date();
    const until = yearsAfter(archivedAt, retentionYears);
    await this.putOnce(`${this.runsPrefix(caseId)}${run.runId}.json`, { ...run, closedAt: closedAt.toISOString(), archivedAt: archivedAt.toISOString(), keepUntil: until.toISOString() },
      { 'continued-from': run.continuedFrom ?? '', build: run.build ?? '' }, until);
  }

  async putCase(c: CaseRecord, retentionYears: number): Promise<void> {
    const archivedAt = new Date();
    const until = yearsAfter(archivedAt, retentionYears);
    const record: Omit<Archived, 'runs'> = { ...c, closedAt: new Date(c.closedAt).toISOString(), archivedAt: archivedAt.toISOString(), keepUntil: until.toISOString() };
    await this.putOnce(this.caseKey(c.caseId), record, { region: c.region, procedure: c.procedure, status: c.status, build: c.build ?? '' }, until);
  }

  async runHeads(caseId: string): Promise<RunHead[]> {
    return Promise.all((await this.runKeys(caseId)).map(async (key) => {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.c.bucket, Key: key }));
      const m = head.Metadata ?? {};
      return { runId: key.slice(this.runsPrefix(caseId).length, -'.json'.length), continuedFrom: m['continued-from'] || null, build: m.build || null };
    }));
  }

  async runs(caseId: string): Promise<Run[]> {
    const stored = await Promise.all((await this.runKeys(caseId)).map((key) => this.read<Run>(key)));
    return stored.filter((r) => r !== undefined).map((r) => ({ runId: r.runId, continuedFrom: r.continuedFrom, build: r.build, history: r.history }));
  }

  async getCase(caseId: string): Promise<Omit<Archived, 'runs'> | undefined> {
    return this.read(this.caseKey(caseId));
  }

  async view(caseId: string): Promise<CaseView | undefined> {
    return (await this.getCase(caseId))?.view;
  }

  hasCase(caseId: string): Promise<boolean> {
    return this.exists(this.caseKey(caseId));
  }

  async notArchived(caseIds: string[]): Promise<string[]> {
    const missing: string[] = [];
    // A look per case, a few at a time (a backfill may ask about every closed case).
    for (let i = 0; i < caseIds.length; i += 16) {
      const batch = caseIds.slice(i, i + 16);
      const have = await Promise.all(batch.map((id) => this.hasCase(id)));
      missing.push(...batch.filter((_, j) => !have[j]));
    }
    return missing;
  }
}

/** The same moment `years` later (as PostgreSQL's make_interval: 29 February to 28 February). */
function yearsAfter(at: Date, years: number): Date {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + Math.trunc(years));
  if (d.getUTCDate() !== at.getUTCDate()) d.setUTCDate(0);
  return d;
}
