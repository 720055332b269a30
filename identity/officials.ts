// The regions an official signed in through the IdP belongs to: where the master data holds their NIP.
// Region scoping holds for them as for a regional e-office key.
import type { Pool } from 'pg';

export async function regionsOf(pool: Pool, nip: string): Promise<string[]> {
  const { rows } = await pool.query<{ region: string }>('SELECT DISTINCT region FROM pegawai WHERE nip = $1 ORDER BY region', [nip]);
  return rows.map((r) => r.region);
}

/**
 * The NIPs whose cases an official sees (identity/policy.ts): their own; as a unit leader (PUO, Pimpinan
 * PD) everyone in the units they lead and the units below them; and everyone whose kedudukan names
 * them as PPK or PUO.
 */
export async function circleOf(pool: Pool, nip: string): Promise<string[]> {
  const { rows } = await pool.query<{ nip: string }>(
    `WITH RECURSIVE led AS (
       SELECT j.region, j.unit AS kode FROM pegawai p JOIN jabatan j ON j.region = p.region AND j.kode = p.jabatan WHERE p.nip = $1 AND j.memimpin_unit
       UNION SELECT u.region, u.kode FROM units u JOIN led l ON u.region = l.region AND u.induk = l.kode)
     SELECT DISTINCT p.nip FROM pegawai p JOIN jabatan j ON j.region = p.region AND j.kode = p.jabatan
      WHERE p.nip <> $1 AND ((j.region, j.unit) IN (SELECT region, kode FROM led) OR p.ppk = $1 OR p.puo = $1)
      ORDER BY p.nip`,
    [nip],
  );
  return [nip, ...rows.map((r) => r.nip)];
}
