// The regions an official signed in through the IdP belongs to: where the master data holds their NIP.
// Region scoping holds for them as for a regional e-office key.
import type { Pool } from 'pg';

export async function regionsOf(pool: Pool, nip: string): Promise<string[]> {
  const { rows } = await pool.query<{ region: string }>('SELECT DISTINCT region FROM pegawai WHERE nip = $1 ORDER BY region', [nip]);
  return rows.map((r) => r.region);
}
