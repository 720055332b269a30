import type { Pool } from 'pg';
import { importMasterData } from '../db/masterData';
import { PROFILES, REGIONS } from '../profiles';
import type { Region } from '../profiles/schema';
import { demoMasterData } from './masterData';

/** Loads (idempotently) the demo master data of the given regions. */
export async function loadDemoData(pool: Pool, regions: readonly Region[] = REGIONS, today = new Date().toISOString().slice(0, 10)) {
  for (const region of regions) {
    const result = await importMasterData(pool, region, demoMasterData(region), PROFILES[region], today, { client: 'demo-data' });
    if (!result.ok) throw new Error(`demo data for ${region} rejected: ${JSON.stringify(result.rejected)}`);
  }
}
