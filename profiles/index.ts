// The four regional profiles, checked against the schema when this module loads: a profile that
// does not fit stops the process at start, not a case halfway.
import { Value } from '@sinclair/typebox/value';
import { templateProblems } from '../domain/penomoran';
import { banjar } from './banjar';
import { bengkalis } from './bengkalis';
import { pasuruan } from './pasuruan';
import { pati } from './pati';
import { RegionalProfile, type Region } from './schema';

export const PROFILES: Record<Region, RegionalProfile> = { bengkalis, banjar, pati, pasuruan };
export const REGIONS = Object.keys(PROFILES) as Region[];

/** What is wrong with a profile: the schema, and number templates with unknown placeholders. */
export function profileProblems(p: unknown): string[] {
  const errors = [...Value.Errors(RegionalProfile, p)].map((e) => `${e.path} ${e.message}`);
  if (errors.length) return errors;
  // Every document a procedure section names, wherever in it (its documents, a step's answer letters).
  for (const [section, rules] of Object.entries(p as RegionalProfile))
    for (const d of documentSpecs(rules))
      errors.push(...templateProblems(d.nomor).map((m) => `${section}.${d.kind}.nomor: ${m}`));
  return errors;
}

function documentSpecs(x: unknown): { kind: string; nomor: string }[] {
  if (Array.isArray(x)) return x.flatMap(documentSpecs);
  if (!x || typeof x !== 'object') return [];
  const d = x as { kind?: unknown; nomor?: unknown };
  if (typeof d.kind === 'string' && typeof d.nomor === 'string') return [{ kind: d.kind, nomor: d.nomor }];
  return Object.values(x).flatMap(documentSpecs);
}

for (const p of Object.values(PROFILES)) {
  const errors = profileProblems(p);
  if (errors.length) throw new Error(`profile ${p.id} is invalid: ${errors.join('; ')}`);
}

export const isRegion = (r: string): r is Region => r in PROFILES;

export function profileOf(region: string): RegionalProfile {
  if (!isRegion(region)) throw new Error(`unknown region ${region}`);
  return PROFILES[region];
}
