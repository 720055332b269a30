// Deployment configuration from the environment, checked once at start: a wrong value stops the
// process with a message instead of surfacing mid-case.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { JendelaPenugasan } from './domain/batasPenugasan';
import { isRegion } from './profiles';

const SCOPE = '[a-z][a-z0-9-]*';
const KEY = `[A-Za-z0-9._-]+:[^,:\\s]{8,}(:${SCOPE}(\\|${SCOPE})*)?`;
const Duration = Type.String({ pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d)$', description: 'e.g. 30s, 15m, 3d' });

const Env = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  DATABASE_URL: Type.String({ default: 'postgres://postgres@127.0.0.1:5432/sistem_kerja' }),
  TEMPORAL_ADDRESS: Type.String({ default: '127.0.0.1:7233' }),
  TEMPORAL_NAMESPACE: Type.String({ default: 'default' }),
  TASK_QUEUE: Type.String({ default: 'sistem-kerja' }),
  /**
   * One API key per e-office system, comma separated: name:key, or name:key:region|region to let
   * a regency's system see only its own region (the API refuses to start without a key).
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
  /** Where the public reaches this service: the base of the verification URL (/v/{kode}) printed on every issued PDF. */
  PUBLIC_BASE_URL: Type.String({ pattern: '^https?://[^\\s]+$', default: 'http://127.0.0.1:3000' }),
  /**
   * The PKCS#12 file (and its password) whose certificate signs every issued PDF (PAdES): in production
   * the one the regency's electronic-signature provider (BSrE) issues; `npm start` makes a demo one.
   */
  SIGNING_P12: Type.String({ default: '' }),
  SIGNING_P12_PASSWORD: Type.String({ default: '' }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
});
export type Env = Static<typeof Env>;

const DEFAULTS = { REMIND_EVERY: '2d', EXPIRE_AFTER: '7d', ACKNOWLEDGE_WITHIN: '14d', REPORT_EVERY: '30d', REPORT_WITHIN: '7d' };

export interface ApiClient {
  name: string;
  /** Regions (or declared agencies not on this service) this system may read and act in; absent: all of them. */
  regions?: string[];
}

export interface Config extends Omit<Env, 'API_KEYS' | 'EXTERNAL_AGENCIES'> {
  apiKeys: Map<string, ApiClient>; // key → e-office system
  /** EXTERNAL_AGENCIES: the agencies not on this service a case may ask. */
  externalAgencies: string[];
  assignmentWindow: JendelaPenugasan;
  deadlines: { remindEveryMs: number; expireAfterMs: number; acknowledgeWithinMs: number };
  /** The default report cadence of a work cycle, in days (fractions for a short demo cycle). */
  laporanKinerja: { setiapHari: number; batasHari: number };
}

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
  const apiKeys = new Map(e.API_KEYS.split(',').filter(Boolean).map((entry) => {
    const [name, key, scope] = entry.split(':');
    const regions = scope?.split('|');
    const unknown = regions?.filter((r) => !isRegion(r) && !externalAgencies.includes(r)) ?? [];
    if (unknown.length) throw new Error(`invalid configuration: API_KEYS names unknown region(s) ${unknown.join(', ')} for ${name} (an agency not on this service is declared in EXTERNAL_AGENCIES)`);
    return [key, { name, regions }] as [string, ApiClient];
  }));
  const laporanKinerja = { setiapHari: durationMs(e.REPORT_EVERY) / 86400e3, batasHari: durationMs(e.REPORT_WITHIN) / 86400e3 };
  if (!(laporanKinerja.setiapHari > 0 && laporanKinerja.batasHari > 0)) throw new Error('invalid configuration: REPORT_EVERY and REPORT_WITHIN must be longer than 0');
  const { API_KEYS: _omit, EXTERNAL_AGENCIES: _ext, ...rest } = e;
  const assignmentWindow: JendelaPenugasan = e.ASSIGNMENT_LIMIT_WINDOW === 'performance-year'
    ? { kind: 'performance-year' } : { kind: 'duration', ms: durationMs(e.ASSIGNMENT_LIMIT_WINDOW) };
  return { ...rest, apiKeys, externalAgencies, deadlines, assignmentWindow, laporanKinerja };
}
