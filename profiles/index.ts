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
  // Every procedure section's documents.
  for (const [section, rules] of Object.entries(p as RegionalProfile))
    for (const d of (rules as { documents?: { kind: string; nomor: string }[] })?.documents ?? [])
      errors.push(...templateProblems(d.nomor).map((m) => `${section}.${d.kind}.nomor: ${m}`));
  return errors;
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
