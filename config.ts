// Deployment configuration from the environment, checked once at start: a wrong value stops the
// process with a message instead of surfacing mid-case.
import { Type, type Static } from '@sinclair/typebox';
import type { TLSConfig } from '@temporalio/client';
import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import type { JendelaPenugasan } from './domain/batasPenugasan';
import { isRegion } from './profiles';

const SCOPE = '[a-z][a-z0-9-]*';
const RIGHT = '(read|act-for-officials|master-data)';
const KEY = `[A-Za-z0-9._-]+:[^,:\\s]{8,}(:(\\*|${SCOPE}(\\|${SCOPE})*)(:${RIGHT}(\\|${RIGHT})*)?)?`;
/** Roles held per region (identity/policy.ts): the inspektorat's auditors read; the BKPSDM's admins import master data. */
export const ROLES = ['auditor', 'kepegawaian'] as const;
export type Role = (typeof ROLES)[number];
const ROLE_GRANT = `${SCOPE}:\\d{18}(\\|\\d{18})*`;
/** What an e-office key may do: read cases and documents; vouch for the official it names in X-Acting-Official; import master data. */
export const RIGHTS = ['read', 'act-for-officials', 'master-data'] as const;
export type Right = (typeof RIGHTS)[number];
/** A key whose entry names no rights keeps what every key could do before rights existed, except importing master data. */
export const DEFAULT_RIGHTS: Right[] = ['read', 'act-for-officials'];
const Duration = Type.String({ pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d)$', description: 'e.g. 30s, 15m, 3d' });

const Env = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  DATABASE_URL: Type.String({ default: 'postgres://postgres@127.0.0.1:5432/sistem_kerja' }),
  TEMPORAL_ADDRESS: Type.String({ default: '127.0.0.1:7233' }),
  TEMPORAL_NAMESPACE: Type.String({ default: 'default' }),
  TASK_QUEUE: Type.String({ default: 'sistem-kerja' }),
  /**
   * Temporal over TLS (a production cluster, Temporal Cloud): `true` verifies the server against the
   * system's CAs; any of the variables below turns it on too. Used by the API's client and the worker.
   */
  TEMPORAL_TLS: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
  /** mTLS: the client certificate and its private key (PEM files), both or neither. */
  TEMPORAL_TLS_CERT: Type.String({ default: '' }),
  TEMPORAL_TLS_KEY: Type.String({ default: '' }),
  /** The CA (PEM file) that signed the server's certificate, when it is not one the system trusts. */
  TEMPORAL_TLS_CA: Type.String({ default: '' }),
  /** The name the server's certificate is checked against, when it differs from TEMPORAL_ADDRESS's host. */
  TEMPORAL_TLS_SERVER_NAME: Type.String({ default: '' }),
  /** An API key (Temporal Cloud), sent as a bearer token over TLS. */
  TEMPORAL_API_KEY: Type.String({ default: '' }),
  /** The worker's Prometheus endpoint (Temporal SDK metrics), host:port, e.g. 0.0.0.0:9464; empty: none. */
  WORKER_METRICS_ADDRESS: Type.String({ pattern: '^$|^[^\\s:]+:\\d{1,5}$', default: '' }),
  /**
   * API keys of e-office systems, comma separated: name:key[:regions[:rights]]. regions: region|region
   * (or * for all) lets a regency's system see only its own region; rights: read|act-for-officials|master-data
   * (absent: read|act-for-officials). Two entries with one name are one system during a key rotation.
   * The API refuses to start without a key.
   */
  API_KEYS: Type.String({ pattern: `^$|^${KEY}(,${KEY})*$`, default: '' }),
  /**
   * Agencies not on this service that a case may ask (penunjukan lintas instansi), comma separated
   * codes, e.g. tapin: declared here so that a key may be scoped to one (name:key:tapin) and act on
   * its side of the cases naming it; a misspelt scope stays an error.
   */
  EXTERNAL_AGENCIES: Type.String({ pattern: `^$|^${SCOPE}(,${SCOPE})*$`, default: '' }),
  /** No regulation sets a day count for any decision: these are the deployment's choice. */
  REMIND_EVERY: Duration,
  EXPIRE_AFTER: Duration,
  ACKNOWLEDGE_WITHIN: Duration,
  /**
   * The work cycle (P7) an issued assignment continues into, where its request sets no cadence: a report
   * every REPORT_EVERY, each open REPORT_WITHIN before it is recorded as missed. The regulations say
   * "secara berkala" (bengkalis pasal 11(3)) without a period: the deployment's choice.
   */
  REPORT_EVERY: Duration,
  REPORT_WITHIN: Duration,
  /**
   * Which team assignments the limits of banjar pasal 9(4)–(5) count. The regulation names no window;
   * the Perjanjian Kinerja is set for one year (banjar lampiran I.A.3.a.1), so by default an employee's
   * assignments are counted per performance year (the calendar year the new one starts in):
   * `performance-year`; or a duration (e.g. 365d) before its start.
   */
  ASSIGNMENT_LIMIT_WINDOW: Type.String({ pattern: '^(performance-year|\\d+(\\.\\d+)?\\s*(ms|s|m|h|d))$', default: 'performance-year' }),
  /** How often the API compares open cases' projections with their workflows and repairs drift (api/reconciler.ts): a describe per running case a pass. */
  RECONCILE_EVERY: Duration,
  /**
   * How long an Idempotency-Key is bound to its request and first outcome (the IETF Idempotency-Key
   * draft leaves the period to the resource; Stripe keeps keys 24 hours); expired keys are purged.
   */
  IDEMPOTENCY_KEY_TTL: Duration,
  /** OpenID Connect sign-in of officials: the issuer whose JWKS signs the access tokens; unset, only API keys are accepted. */
  OIDC_ISSUER: Type.Optional(Type.String({ pattern: '^$|^https?://[^\\s]+$' })),
  /** The audience the access tokens must be for (the resource indicator of this API at the IdP). */
  OIDC_AUDIENCE: Type.Optional(Type.String()),
  /** The access-token claim that holds the official's 18-digit NIP. */
  OIDC_NIP_CLAIM: Type.String({ pattern: '^[A-Za-z0-9_.:/-]+$', default: 'nip' }),
  /**
   * The access-token claim that holds the official's roles (a list, or a space-separated string) as
   * `auditor:<region>` and `kepegawaian:<region>`; unset: roles come only from AUDITORS and KEPEGAWAIAN_ADMINS.
   */
  OIDC_ROLES_CLAIM: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:/-]+$' })),
  /** Auditors (the inspektorat) by region: region:NIP|NIP,region:NIP. They read everything of the region and change nothing. */
  AUDITORS: Type.String({ pattern: `^$|^${ROLE_GRANT}(,${ROLE_GRANT})*$`, default: '' }),
  /** Kepegawaian admins (BKPSDM) by region, as AUDITORS: they import the region's master data. */
  KEPEGAWAIAN_ADMINS: Type.String({ pattern: `^$|^${ROLE_GRANT}(,${ROLE_GRANT})*$`, default: '' }),
  /**
   * The web app for officials (/app) signs them in at OIDC_ISSUER as this confidential client (authorization
   * code + PKCE); without APP_CLIENT_SECRET there is no /app. Its redirect URI is PUBLIC_BASE_URL/app/masuk/kembali.
   */
  APP_CLIENT_ID: Type.String({ pattern: '^[\\w.:-]+$', default: 'sistem-kerja-web' }),
  APP_CLIENT_SECRET: Type.String({ default: '' }),
  /** The key the web app's session cookie is encrypted and authenticated with: 64 hex digits (32 bytes). */
  APP_SESSION_KEY: Type.String({ pattern: '^$|^[0-9a-fA-F]{64}$', default: '' }),
  /** Browser origins allowed to call the API (CORS), comma separated; unset: none. */
  CORS_ORIGINS: Type.String({ pattern: '^$|^https?://[^,\\s]+(,https?://[^,\\s]+)*$', default: '' }),
  /** Failed authentications allowed per address and per credential within AUTH_FAILURE_WINDOW; then 429. */
  AUTH_FAILURE_LIMIT: Type.Integer({ minimum: 1, default: 10 }),
  AUTH_FAILURE_WINDOW: Duration,
  /** Where the public reaches this service: the base of the verification URL (/v/{kode}) printed on every issued PDF. */
  PUBLIC_BASE_URL: Type.String({ pattern: '^https?://[^\\s]+$', default: 'http://127.0.0.1:3000' }),
  /**
   * The PKCS#12 file (and its password) whose certificate signs every issued PDF (PAdES): in production
   * the one the regency's electronic-signature provider (BSrE) issues; `npm start` makes a demo one.
   */
  SIGNING_P12: Type.String({ default: '' }),
  SIGNING_P12_PASSWORD: Type.String({ default: '' }),
  /**
   * Where closed cases are archived (services/arsipStore.ts): `postgres`, this service's database; `s3`, an
   * S3-compatible store (AWS S3, MinIO …) named by the ARCHIVE_S3_* variables, its credentials from the
   * standard AWS chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, a role). The archive's queue stays in PostgreSQL.
   */
  ARCHIVE_STORE: Type.Union([Type.Literal('postgres'), Type.Literal('s3')], { default: 'postgres' }),
  /** The bucket of an S3 archive (needed with ARCHIVE_STORE=s3). */
  ARCHIVE_S3_BUCKET: Type.String({ pattern: '^$|^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$', default: '' }),
  /** An S3-compatible store's endpoint, e.g. http://minio:9000; empty: AWS S3 of ARCHIVE_S3_REGION. */
  ARCHIVE_S3_ENDPOINT: Type.String({ pattern: '^$|^https?://[^\\s]+$', default: '' }),
  /** The bucket's region (MinIO answers to any; us-east-1 is its default). */
  ARCHIVE_S3_REGION: Type.String({ pattern: '^[a-z0-9-]+$', default: 'us-east-1' }),
  /** The keys' prefix in the bucket (one bucket shared by several deployments), e.g. sistem-kerja; empty: none. */
  ARCHIVE_S3_PREFIX: Type.String({ pattern: '^$|^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$', default: '' }),
  /** Path-style addresses (endpoint/bucket/key) instead of the bucket's own host name: what MinIO and most S3-compatible stores want. */
  ARCHIVE_S3_FORCE_PATH_STYLE: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
  /**
   * S3 Object Lock on every archived object until its keep-until (a bucket created with Object Lock
   * enabled): `GOVERNANCE` or `COMPLIANCE` (not even the account's root deletes it before then); empty: none.
   */
  ARCHIVE_S3_OBJECT_LOCK: Type.Union([Type.Literal(''), Type.Literal('GOVERNANCE'), Type.Literal('COMPLIANCE')], { default: '' }),
  /**
   * How long an archived case is kept, in years: the retention the region's Jadwal Retensi Arsip sets for
   * the series (UU 43/2009 tentang Kearsipan); the service destroys nothing when it ends.
   */
  ARCHIVE_RETENTION: Type.String({ pattern: '^[1-9]\\d{0,2}y$', default: '10y', description: 'years, e.g. 10y' }),
  /**
   * How long the event outbox keeps an event for the feed (GET /events) and the webhook log, in days:
   * no regulation governs it (a case's record is the case and its archive, ARCHIVE_RETENTION); 90 days
   * lets a system that pulls, or whose subscription was disabled after 5 days of failures, catch up for
   * a quarter. An event a webhook subscription has not delivered is kept until it has (README "Events").
   */
  EVENT_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 36500, default: 90 }),
  /** The build of this deployment, recorded on every case it starts (a commit); empty: the git commit of the checkout. */
  BUILD_ID: Type.String({ pattern: '^[A-Za-z0-9._+-]{0,100}$', default: '' }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
});
export type Env = Static<typeof Env>;

const DEFAULTS = { AUTH_FAILURE_WINDOW: '15m', REMIND_EVERY: '2d', EXPIRE_AFTER: '7d', ACKNOWLEDGE_WITHIN: '14d', REPORT_EVERY: '30d', REPORT_WITHIN: '7d', IDEMPOTENCY_KEY_TTL: '24h', RECONCILE_EVERY: '5m' };

export interface ApiClient {
  name: string;
  /** Regions (or declared agencies not on this service) this system may read and act in; absent: all of them. */
  regions?: string[];
  /** Absent: DEFAULT_RIGHTS. */
  rights?: Right[];
}

/** Sign-in of officials through the regency's OpenID provider; rolesClaim: where the token carries `auditor:<region>` and the like. */
export interface OidcConfig { issuer: string; audience: string; nipClaim: string; rolesClaim?: string }

/** The web app's client at the OpenID provider and its session key (web/). */
export interface WebConfig { clientId: string; clientSecret: string; sessionKey: Buffer; baseUrl: string }

/** Roles by NIP: the regions each is held for (identity/policy.ts). */
export type RoleGrants = Record<Role, Map<string, string[]>>;

/** How the API's Client and the worker's NativeConnection reach Temporal: both take these options. */
export interface TemporalConnection {
  address: string;
  tls?: TLSConfig | true;
  apiKey?: string;
}

type ArchiveEnv = 'ARCHIVE_STORE' | 'ARCHIVE_S3_BUCKET' | 'ARCHIVE_S3_ENDPOINT' | 'ARCHIVE_S3_REGION' | 'ARCHIVE_S3_PREFIX' | 'ARCHIVE_S3_FORCE_PATH_STYLE' | 'ARCHIVE_S3_OBJECT_LOCK';
type TemporalEnv = 'TEMPORAL_TLS' | 'TEMPORAL_TLS_CERT' | 'TEMPORAL_TLS_KEY' | 'TEMPORAL_TLS_CA' | 'TEMPORAL_TLS_SERVER_NAME' | 'TEMPORAL_API_KEY';

export interface Config extends Omit<Env, ArchiveEnv | 'API_KEYS' | 'EXTERNAL_AGENCIES' | TemporalEnv | 'IDEMPOTENCY_KEY_TTL' | 'OIDC_ISSUER' | 'OIDC_AUDIENCE' | 'OIDC_NIP_CLAIM' | 'CORS_ORIGINS' | 'AUTH_FAILURE_LIMIT' | 'AUTH_FAILURE_WINDOW' | 'OIDC_ROLES_CLAIM' | 'AUDITORS' | 'KEPEGAWAIAN_ADMINS' | 'APP_CLIENT_ID' | 'APP_CLIENT_SECRET' | 'APP_SESSION_KEY'> {
  /** The web app for officials (/app), where sign-in and its client are configured. */
  web?: WebConfig;
  /** AUDITORS and KEPEGAWAIAN_ADMINS. */
  roles: RoleGrants;
  temporal: TemporalConnection;
  apiKeys: Map<string, ApiClient>; // key → e-office system
  oidc?: OidcConfig;
  corsOrigins: string[];
  authFailures: { limit: number; windowMs: number };
  /** EXTERNAL_AGENCIES: the agencies not on this service a case may ask. */
  externalAgencies: string[];
  assignmentWindow: JendelaPenugasan;
  deadlines: { remindEveryMs: number; expireAfterMs: number; acknowledgeWithinMs: number };
  /** The default report cadence of a work cycle, in days (fractions for a short demo cycle). */
  laporanKinerja: { setiapHari: number; batasHari: number };
  idempotencyKeyTtlMs: number;
  archiveRetentionYears: number;
  /** ARCHIVE_STORE and its ARCHIVE_S3_* variables: where closed cases are archived (services/arsipStore.ts). */
  archive: ArchiveStoreConfig;
}

/** Where the archive is kept: this service's database, or an S3-compatible bucket. */
export type ArchiveStoreConfig =
  | { store: 'postgres' }
  | { store: 's3'; bucket: string; endpoint?: string; region: string; prefix: string; forcePathStyle: boolean; objectLock?: 'GOVERNANCE' | 'COMPLIANCE' };

const UNIT_MS: Record<string, number> = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 };
export function durationMs(d: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(d.trim());
  if (!m) throw new Error(`not a duration: ${d}`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2]]);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Value.Convert(Env, Value.Default(Env, { ...DEFAULTS, ...Object.fromEntries(Object.entries(env).filter(([k]) => k in Env.properties)) }));
  const errors = [...Value.Errors(Env, raw)].map((e) => `${e.path.slice(1)}: ${e.message}`);
  if (errors.length) throw new Error(`invalid configuration: ${errors.join('; ')}`);
  const e = raw as Env;
  const deadlines = {
    remindEveryMs: durationMs(e.REMIND_EVERY),
    expireAfterMs: durationMs(e.EXPIRE_AFTER),
    acknowledgeWithinMs: durationMs(e.ACKNOWLEDGE_WITHIN),
  };
  if (deadlines.remindEveryMs >= deadlines.expireAfterMs) throw new Error('invalid configuration: REMIND_EVERY must be shorter than EXPIRE_AFTER');
  const externalAgencies = e.EXTERNAL_AGENCIES.split(',').filter(Boolean);
  const onService = externalAgencies.filter(isRegion);
  if (onService.length) throw new Error(`invalid configuration: EXTERNAL_AGENCIES names ${onService.join(', ')}, a region of this service`);
  const entries = e.API_KEYS.split(',').filter(Boolean).map((entry) => {
    const [name, key, scope, rights] = entry.split(':');
    const regions = scope === undefined || scope === '*' ? undefined : scope.split('|');
    const unknown = regions?.filter((r) => !isRegion(r) && !externalAgencies.includes(r)) ?? [];
    if (unknown.length) throw new Error(`invalid configuration: API_KEYS names unknown region(s) ${unknown.join(', ')} for ${name} (an agency not on this service is declared in EXTERNAL_AGENCIES)`);
    return [key, { name, regions, rights: rights ? (rights.split('|') as Right[]) : DEFAULT_RIGHTS }] as [string, ApiClient];
  });
  const apiKeys = new Map(entries);
  if (apiKeys.size < entries.length) throw new Error('invalid configuration: API_KEYS gives one key twice; each system (or each of its keys during a rotation) needs a key of its own');
  if (!e.OIDC_ISSUER !== !e.OIDC_AUDIENCE) throw new Error('invalid configuration: OIDC_ISSUER and OIDC_AUDIENCE go together (the issuer of the access tokens and the audience they are for)');
  const oidc = e.OIDC_ISSUER && e.OIDC_AUDIENCE ? { issuer: e.OIDC_ISSUER, audience: e.OIDC_AUDIENCE, nipClaim: e.OIDC_NIP_CLAIM, ...(e.OIDC_ROLES_CLAIM ? { rolesClaim: e.OIDC_ROLES_CLAIM } : {}) } : undefined;
  const laporanKinerja = { setiapHari: durationMs(e.REPORT_EVERY) / 86400e3, batasHari: durationMs(e.REPORT_WITHIN) / 86400e3 };
  if (!(laporanKinerja.setiapHari > 0 && laporanKinerja.batasHari > 0)) throw new Error('invalid configuration: REPORT_EVERY and REPORT_WITHIN must be longer than 0');
  const idempotencyKeyTtlMs = durationMs(e.IDEMPOTENCY_KEY_TTL);
  if (!(idempotencyKeyTtlMs > 0)) throw new Error('invalid configuration: IDEMPOTENCY_KEY_TTL must be longer than 0');
  if (!(durationMs(e.RECONCILE_EVERY) > 0)) throw new Error('invalid configuration: RECONCILE_EVERY must be longer than 0');
  const archive = archiveStore(e);
  const archiveRetentionYears = Number(e.ARCHIVE_RETENTION.slice(0, -1));
  const {
    ARCHIVE_STORE: _as3, ARCHIVE_S3_BUCKET: _b, ARCHIVE_S3_ENDPOINT: _e, ARCHIVE_S3_REGION: _rg, ARCHIVE_S3_PREFIX: _p, ARCHIVE_S3_FORCE_PATH_STYLE: _f, ARCHIVE_S3_OBJECT_LOCK: _ol,
    API_KEYS: _omit, EXTERNAL_AGENCIES: _ext, IDEMPOTENCY_KEY_TTL: _ttl, OIDC_ISSUER: _i, OIDC_AUDIENCE: _a, OIDC_NIP_CLAIM: _c, CORS_ORIGINS: _o, OIDC_ROLES_CLAIM: _r, AUDITORS: _au, KEPEGAWAIAN_ADMINS: _ka,
    APP_CLIENT_ID: _ac, APP_CLIENT_SECRET: _as, APP_SESSION_KEY: _ak,
    AUTH_FAILURE_LIMIT: _l, AUTH_FAILURE_WINDOW: _w, TEMPORAL_TLS, TEMPORAL_TLS_CERT, TEMPORAL_TLS_KEY, TEMPORAL_TLS_CA, TEMPORAL_TLS_SERVER_NAME, TEMPORAL_API_KEY, ...rest
  } = e;
  const temporal = temporalConnection(e);
  const corsOrigins = e.CORS_ORIGINS.split(',').filter(Boolean);
  const authFailures = { limit: e.AUTH_FAILURE_LIMIT, windowMs: durationMs(e.AUTH_FAILURE_WINDOW) };
  const assignmentWindow: JendelaPenugasan = e.ASSIGNMENT_LIMIT_WINDOW === 'performance-year'
    ? { kind: 'performance-year' } : { kind: 'duration', ms: durationMs(e.ASSIGNMENT_LIMIT_WINDOW) };
  const roles = { auditor: roleGrants('AUDITORS', e.AUDITORS), kepegawaian: roleGrants('KEPEGAWAIAN_ADMINS', e.KEPEGAWAIAN_ADMINS) };
  return { ...rest, temporal, apiKeys, oidc, roles, web: webConfig(e, oidc), corsOrigins, authFailures, externalAgencies, deadlines, assignmentWindow, laporanKinerja, idempotencyKeyTtlMs, archiveRetentionYears, archive };
}

/** ARCHIVE_STORE=s3 without a bucket stops the start rather than archive nowhere. */
function archiveStore(e: Env): ArchiveStoreConfig {
  if (e.ARCHIVE_STORE === 'postgres') return { store: 'postgres' };
  if (!e.ARCHIVE_S3_BUCKET) throw new Error('invalid configuration: ARCHIVE_STORE=s3 needs ARCHIVE_S3_BUCKET, the bucket closed cases are archived in');
  return {
    store: 's3', bucket: e.ARCHIVE_S3_BUCKET, region: e.ARCHIVE_S3_REGION, prefix: e.ARCHIVE_S3_PREFIX, forcePathStyle: e.ARCHIVE_S3_FORCE_PATH_STYLE === 'true',
    ...(e.ARCHIVE_S3_ENDPOINT ? { endpoint: e.ARCHIVE_S3_ENDPOINT } : {}), ...(e.ARCHIVE_S3_OBJECT_LOCK ? { objectLock: e.ARCHIVE_S3_OBJECT_LOCK } : {}),
  };
}

/** The web app needs sign-in (OIDC_ISSUER), its client's secret and a session key; a secret without the rest stops the start. */
function webConfig(e: Env, oidc: OidcConfig | undefined): WebConfig | undefined {
  if (!e.APP_CLIENT_SECRET) return undefined;
  if (!oidc || !e.APP_SESSION_KEY) throw new Error('invalid configuration: APP_CLIENT_SECRET needs OIDC_ISSUER (where officials sign in) and APP_SESSION_KEY (64 hex digits)');
  return { clientId: e.APP_CLIENT_ID, clientSecret: e.APP_CLIENT_SECRET, sessionKey: Buffer.from(e.APP_SESSION_KEY, 'hex'), baseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, '') };
}

/** region:NIP|NIP,region:NIP → NIP → regions; a region not on this service stops the start. */
function roleGrants(variable: string, value: string): Map<string, string[]> {
  const grants = new Map<string, string[]>();
  for (const entry of value.split(',').filter(Boolean)) {
    const [region, nips] = entry.split(':');
    if (!isRegion(region)) throw new Error(`invalid configuration: ${variable} names ${region}, not a region of this service`);
    for (const nip of nips.split('|')) grants.set(nip, [...(grants.get(nip) ?? []), region]);
  }
  return grants;
}

/** Reads a PEM file named by a variable, or stops the start with what is wrong. */
function pem(variable: string, path: string): Buffer {
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (err) {
    throw new Error(`invalid configuration: ${variable}: cannot read ${path} (${(err as Error).message})`);
  }
  if (!text.includes('-----BEGIN ')) throw new Error(`invalid configuration: ${variable}: ${path} is not a PEM file`);
  return text;
}

function temporalConnection(e: Env): TemporalConnection {
  if (!e.TEMPORAL_TLS_CERT !== !e.TEMPORAL_TLS_KEY) throw new Error('invalid configuration: TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together (mTLS needs both)');
  const tls: TLSConfig = {
    ...(e.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: e.TEMPORAL_TLS_SERVER_NAME } : {}),
    ...(e.TEMPORAL_TLS_CA ? { serverRootCACertificate: pem('TEMPORAL_TLS_CA', e.TEMPORAL_TLS_CA) } : {}),
    ...(e.TEMPORAL_TLS_CERT ? { clientCertPair: { crt: pem('TEMPORAL_TLS_CERT', e.TEMPORAL_TLS_CERT), key: pem('TEMPORAL_TLS_KEY', e.TEMPORAL_TLS_KEY) } } : {}),
  };
  // An API key is a bearer secret: it never travels in clear text.
  const useTls = e.TEMPORAL_TLS === 'true' || Object.keys(tls).length > 0 || !!e.TEMPORAL_API_KEY;
  return {
    address: e.TEMPORAL_ADDRESS,
    ...(useTls ? { tls: Object.keys(tls).length ? tls : true } : {}),
    ...(e.TEMPORAL_API_KEY ? { apiKey: e.TEMPORAL_API_KEY } : {}),
  };
}
