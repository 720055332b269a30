import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('configuration', () => {
  it('reads one key per e-office system, optionally scoped to regions', () => {
    const c = loadConfig({ API_KEYS: 'pusat:key-aaaaaaaa,banjar-eoffice:key-bbbbbbbb:banjar,jatim:key-cccccccc:pati|pasuruan', REMIND_EVERY: '1h', EXPIRE_AFTER: '3d' });
    expect([...c.apiKeys]).toEqual([
      ['key-aaaaaaaa', { name: 'pusat', regions: undefined, rights: ['read', 'act-for-officials'] }],
      ['key-bbbbbbbb', { name: 'banjar-eoffice', regions: ['banjar'], rights: ['read', 'act-for-officials'] }],
      ['key-cccccccc', { name: 'jatim', regions: ['pati', 'pasuruan'], rights: ['read', 'act-for-officials'] }],
    ]);
    expect(c.deadlines).toEqual({ remindEveryMs: 3600e3, expireAfterMs: 3 * 86400e3, acknowledgeWithinMs: 14 * 86400e3 });
    expect(c.PORT).toBe(3000);
  });

  it('reads auditors and kepegawaian admins by region, and the IdP claim that may grant them', () => {
    const [a, b, c] = ['199402182019032215', '199304042021031210', '197201011997031204'];
    const config = loadConfig({ AUDITORS: `banjar:${a}|${b},pati:${a}`, KEPEGAWAIAN_ADMINS: `banjar:${c}`, OIDC_ISSUER: 'https://sso.example/realms/x', OIDC_AUDIENCE: 'sistem-kerja', OIDC_ROLES_CLAIM: 'roles' });
    expect([...config.roles.auditor]).toEqual([[a, ['banjar', 'pati']], [b, ['banjar']]]);
    expect([...config.roles.kepegawaian]).toEqual([[c, ['banjar']]]);
    expect(config.oidc?.rolesClaim).toBe('roles');
    expect(loadConfig({}).roles.auditor.size).toBe(0);
    expect(() => loadConfig({ AUDITORS: `tapin:${a}` })).toThrow(/AUDITORS names tapin/);
    expect(() => loadConfig({ KEPEGAWAIAN_ADMINS: 'banjar:1234' })).toThrow(/KEPEGAWAIAN_ADMINS/);
  });

  it('scopes a key to an agency not on this service once EXTERNAL_AGENCIES declares it', () => {
    const c = loadConfig({ EXTERNAL_AGENCIES: 'tapin,kab-tabalong', API_KEYS: 'tapin-eoffice:key-dddddddd:tapin,banjar:key-eeeeeeee:banjar|kab-tabalong' });
    expect(c.externalAgencies).toEqual(['tapin', 'kab-tabalong']);
    expect(c.apiKeys.get('key-dddddddd')).toEqual({ name: 'tapin-eoffice', regions: ['tapin'], rights: ['read', 'act-for-officials'] });
    expect(c.apiKeys.get('key-eeeeeeee')?.regions).toEqual(['banjar', 'kab-tabalong']);
    expect(loadConfig({}).externalAgencies).toEqual([]);
    expect(() => loadConfig({ API_KEYS: 'tapin-eoffice:key-dddddddd:tapin' })).toThrow(/unknown region\(s\) tapin .*EXTERNAL_AGENCIES/);
    expect(() => loadConfig({ EXTERNAL_AGENCIES: 'pati' })).toThrow(/EXTERNAL_AGENCIES names pati, a region of this service/);
    expect(() => loadConfig({ EXTERNAL_AGENCIES: 'Tapin Raya' })).toThrow(/EXTERNAL_AGENCIES/);
  });

  it('gives a key the rights its entry names (all regions: *), and one system two keys during a rotation', () => {
    const c = loadConfig({ API_KEYS: 'bkpsdm:key-aaaaaaaa:banjar:master-data,auditor:key-bbbbbbbb:*:read,eoffice:key-cccccccc:banjar:read|act-for-officials,eoffice:key-dddddddd:banjar:read|act-for-officials' });
    expect(c.apiKeys.get('key-aaaaaaaa')).toEqual({ name: 'bkpsdm', regions: ['banjar'], rights: ['master-data'] });
    expect(c.apiKeys.get('key-bbbbbbbb')).toEqual({ name: 'auditor', regions: undefined, rights: ['read'] });
    expect(c.apiKeys.get('key-cccccccc')).toEqual(c.apiKeys.get('key-dddddddd'));
    expect(() => loadConfig({ API_KEYS: 'a:key-aaaaaaaa:banjar:write' })).toThrow(/API_KEYS/);
    expect(() => loadConfig({ API_KEYS: 'a:key-aaaaaaaa,b:key-aaaaaaaa' })).toThrow(/gives one key twice/);
  });

  it('reads the OpenID provider, CORS origins and the limit on failed authentication', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig({ OIDC_ISSUER: '', OIDC_AUDIENCE: '' }).oidc).toBeUndefined(); // as docker compose passes them unset
    expect(loadConfig({ OIDC_ISSUER: 'https://sso.banjarkab.go.id/realms/pemda', OIDC_AUDIENCE: 'sistem-kerja' }).oidc)
      .toEqual({ issuer: 'https://sso.banjarkab.go.id/realms/pemda', audience: 'sistem-kerja', nipClaim: 'nip' });
    expect(loadConfig({ OIDC_ISSUER: 'https://sso.test', OIDC_AUDIENCE: 'x', OIDC_NIP_CLAIM: 'pegawai_nip' }).oidc?.nipClaim).toBe('pegawai_nip');
    expect(() => loadConfig({ OIDC_ISSUER: 'https://sso.test' })).toThrow(/OIDC_ISSUER and OIDC_AUDIENCE go together/);
    expect(() => loadConfig({ OIDC_ISSUER: 'sso.test', OIDC_AUDIENCE: 'x' })).toThrow(/OIDC_ISSUER/);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://eoffice.banjarkab.go.id,http://127.0.0.1:5173' }).corsOrigins).toEqual(['https://eoffice.banjarkab.go.id', 'http://127.0.0.1:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({}).authFailures).toEqual({ limit: 10, windowMs: 15 * 60e3 });
    expect(loadConfig({ AUTH_FAILURE_LIMIT: '5', AUTH_FAILURE_WINDOW: '1h' }).authFailures).toEqual({ limit: 5, windowMs: 3600e3 });
  });

  it('reads the web app\'s client and session key, which need sign-in', () => {
    const oidc = { OIDC_ISSUER: 'https://sso.test', OIDC_AUDIENCE: 'x' };
    expect(loadConfig(oidc).web).toBeUndefined();
    const key = 'ab'.repeat(32);
    expect(loadConfig({ ...oidc, APP_CLIENT_SECRET: 'rahasia', APP_SESSION_KEY: key, PUBLIC_BASE_URL: 'https://kerja.banjarkab.go.id/' }).web)
      .toEqual({ clientId: 'sistem-kerja-web', clientSecret: 'rahasia', sessionKey: Buffer.from(key, 'hex'), baseUrl: 'https://kerja.banjarkab.go.id' });
    expect(() => loadConfig({ APP_CLIENT_SECRET: 'rahasia', APP_SESSION_KEY: key })).toThrow(/APP_CLIENT_SECRET needs OIDC_ISSUER/);
    expect(() => loadConfig({ ...oidc, APP_CLIENT_SECRET: 'rahasia' })).toThrow(/APP_SESSION_KEY/);
    expect(() => loadConfig({ ...oidc, APP_CLIENT_SECRET: 'rahasia', APP_SESSION_KEY: 'kunci' })).toThrow(/APP_SESSION_KEY/);
  });

  it('refuses what would fail later', () => {
    expect(() => loadConfig({ API_KEYS: 'x:short' })).toThrow(/API_KEYS/);
    expect(() => loadConfig({ API_KEYS: 'x:key-aaaaaaaa:jakarta' })).toThrow(/unknown region\(s\) jakarta/);
    expect(() => loadConfig({ EXPIRE_AFTER: 'seminggu' })).toThrow(/EXPIRE_AFTER/);
    expect(() => loadConfig({ REMIND_EVERY: '8d', EXPIRE_AFTER: '7d' })).toThrow(/REMIND_EVERY must be shorter/);
    expect(() => loadConfig({ PORT: '99999' })).toThrow(/PORT/);
    expect(() => loadConfig({ REPORT_EVERY: '0d' })).toThrow(/REPORT_EVERY and REPORT_WITHIN must be longer than 0/);
  });

  it('binds an Idempotency-Key for IDEMPOTENCY_KEY_TTL, a day unless set', () => {
    expect(loadConfig({}).idempotencyKeyTtlMs).toBe(86400e3);
    expect(loadConfig({ IDEMPOTENCY_KEY_TTL: '36h' }).idempotencyKeyTtlMs).toBe(36 * 3600e3);
    expect(() => loadConfig({ IDEMPOTENCY_KEY_TTL: '0s' })).toThrow(/IDEMPOTENCY_KEY_TTL must be longer than 0/);
    expect(() => loadConfig({ IDEMPOTENCY_KEY_TTL: 'sehari' })).toThrow(/IDEMPOTENCY_KEY_TTL/);
  });

  it('keeps archived cases ARCHIVE_RETENTION years, ten unless set', () => {
    expect(loadConfig({}).archiveRetentionYears).toBe(10);
    expect(loadConfig({ ARCHIVE_RETENTION: '25y' }).archiveRetentionYears).toBe(25);
    expect(() => loadConfig({ ARCHIVE_RETENTION: '30d' })).toThrow(/ARCHIVE_RETENTION/);
  });

  it('archives in PostgreSQL unless ARCHIVE_STORE=s3 names a bucket: without one the start stops', () => {
    expect(loadConfig({}).archive).toEqual({ store: 'postgres' });
    expect(() => loadConfig({ ARCHIVE_STORE: 's3' })).toThrow(/ARCHIVE_STORE=s3 needs ARCHIVE_S3_BUCKET/);
    expect(loadConfig({ ARCHIVE_STORE: 's3', ARCHIVE_S3_BUCKET: 'arsip-banjar' }).archive)
      .toEqual({ store: 's3', bucket: 'arsip-banjar', region: 'us-east-1', prefix: '', forcePathStyle: false });
    expect(loadConfig({
      ARCHIVE_STORE: 's3', ARCHIVE_S3_BUCKET: 'arsip', ARCHIVE_S3_ENDPOINT: 'http://minio:9000', ARCHIVE_S3_REGION: 'ap-southeast-3',
      ARCHIVE_S3_PREFIX: 'sistem-kerja/banjar', ARCHIVE_S3_FORCE_PATH_STYLE: 'true', ARCHIVE_S3_OBJECT_LOCK: 'COMPLIANCE',
    }).archive).toEqual({ store: 's3', bucket: 'arsip', endpoint: 'http://minio:9000', region: 'ap-southeast-3', prefix: 'sistem-kerja/banjar', forcePathStyle: true, objectLock: 'COMPLIANCE' });
    expect(() => loadConfig({ ARCHIVE_STORE: 's3', ARCHIVE_S3_BUCKET: 'Arsip_Banjar' })).toThrow(/ARCHIVE_S3_BUCKET/);
    expect(() => loadConfig({ ARCHIVE_STORE: 's3', ARCHIVE_S3_BUCKET: 'arsip', ARCHIVE_S3_ENDPOINT: 'minio:9000' })).toThrow(/ARCHIVE_S3_ENDPOINT/);
    expect(() => loadConfig({ ARCHIVE_STORE: 's3', ARCHIVE_S3_BUCKET: 'arsip', ARCHIVE_S3_PREFIX: '/arsip/' })).toThrow(/ARCHIVE_S3_PREFIX/);
    expect(() => loadConfig({ ARCHIVE_STORE: 's3', ARCHIVE_S3_BUCKET: 'arsip', ARCHIVE_S3_OBJECT_LOCK: 'forever' })).toThrow(/ARCHIVE_S3_OBJECT_LOCK/);
  });

  it('keeps events EVENT_RETENTION_DAYS days, 90 unless set, at least one', () => {
    expect(loadConfig({}).EVENT_RETENTION_DAYS).toBe(90);
    expect(loadConfig({ EVENT_RETENTION_DAYS: '30' }).EVENT_RETENTION_DAYS).toBe(30);
    expect(() => loadConfig({ EVENT_RETENTION_DAYS: '0' })).toThrow(/EVENT_RETENTION_DAYS/);
    expect(() => loadConfig({ EVENT_RETENTION_DAYS: '90d' })).toThrow(/EVENT_RETENTION_DAYS/);
  });

  it('sets the default report cadence of a work cycle in days, fractions allowed', () => {
    expect(loadConfig({}).laporanKinerja).toEqual({ setiapHari: 30, batasHari: 7 });
    expect(loadConfig({ REPORT_EVERY: '12h', REPORT_WITHIN: '90m' }).laporanKinerja).toEqual({ setiapHari: 0.5, batasHari: 0.0625 });
  });

  describe('the connection to Temporal (API client and worker alike)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sistem-kerja-tls-'));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const cert = file('client.pem', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const key = file('client.key', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n');
    const ca = file('ca.pem', '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n');

    it('is plain by default, as against the local dev server', () => {
      expect(loadConfig({}).temporal).toEqual({ address: '127.0.0.1:7233' });
    });

    it('uses TLS, mTLS with a private CA and a server name, or an API key, from the environment', () => {
      expect(loadConfig({ TEMPORAL_TLS: 'true', TEMPORAL_ADDRESS: 'temporal.example.go.id:7233' }).temporal).toEqual({ address: 'temporal.example.go.id:7233', tls: true });
      const mtls = loadConfig({ TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key, TEMPORAL_TLS_CA: ca, TEMPORAL_TLS_SERVER_NAME: 'temporal.internal' }).temporal;
      expect(mtls.tls).toEqual({
        serverNameOverride: 'temporal.internal',
        serverRootCACertificate: Buffer.from('-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n'),
        clientCertPair: { crt: Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'), key: Buffer.from('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n') },
      });
      // An API key is never sent in clear text.
      expect(loadConfig({ TEMPORAL_API_KEY: 'secret-key' }).temporal).toEqual({ address: '127.0.0.1:7233', tls: true, apiKey: 'secret-key' });
    });

    it('stops the start on a half mTLS pair, an unreadable or non-PEM file', () => {
      expect(() => loadConfig({ TEMPORAL_TLS_CERT: cert })).toThrow('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together');
      expect(() => loadConfig({ TEMPORAL_TLS_CA: join(dir, 'missing.pem') })).toThrow(/TEMPORAL_TLS_CA: cannot read .*missing\.pem/);
      expect(() => loadConfig({ TEMPORAL_TLS_CA: file('ca.der', 'binary') })).toThrow(/TEMPORAL_TLS_CA: .*ca\.der is not a PEM file/);
      expect(() => loadConfig({ TEMPORAL_TLS: 'yes' })).toThrow(/TEMPORAL_TLS/);
      expect(() => loadConfig({ WORKER_METRICS_ADDRESS: '9464' })).toThrow(/WORKER_METRICS_ADDRESS/);
      expect(loadConfig({ WORKER_METRICS_ADDRESS: '0.0.0.0:9464' }).WORKER_METRICS_ADDRESS).toBe('0.0.0.0:9464');
    });
  });
});
