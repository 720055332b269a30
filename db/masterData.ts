// Master data in PostgreSQL: the atomic, idempotent bulk import, and the org snapshots the rules read.
import type { Pool, PoolClient } from 'pg';
import { prepared } from './prepared';
import { denganPlt, type Delegasi } from '../domain/delegasi';
import type { JenisJabatan } from '../domain/kepegawaian';
import { validateImport, type MasterDataImport, type MasterDataRules, type RowError, type StoredKeys } from '../domain/masterData';
import { lineage, type JenisUnit, type OrgSnapshot, type Pegawai, type Unit } from '../domain/organisasi';
import { inTransaction } from './transaction';

export interface ImportCounts { inserted: number; updated: number; unchanged: number }
export type ImportResult =
  | { ok: true; version: number; units: ImportCounts; jabatan: ImportCounts; pegawai: ImportCounts; kepalaDaerah: ImportCounts }
  | { ok: false; rejected: RowError[] };

async function storedKeys(client: PoolClient, region: string): Promise<StoredKeys> {
  // One connection runs one query at a time: sequential, inside the import's transaction.
  const u = await client.query('SELECT kode, induk, jenis FROM units WHERE region = $1', [region]);
  const j = await client.query('SELECT kode, unit, jenis, memimpin_unit FROM jabatan WHERE region = $1', [region]);
  const p = await client.query('SELECT nip, jabatan FROM pegawai WHERE region = $1', [region]);
  return {
    units: new Map(u.rows.map((r) => [r.kode, { induk: r.induk, jenis: r.jenis as JenisUnit }])),
    jabatan: new Map(j.rows.map((r) => [r.kode, { unit: r.unit, jenis: r.jenis as JenisJabatan, memimpinUnit: r.memimpin_unit }])),
    pegawai: new Map(p.rows.map((r) => [r.nip, { jabatan: r.jabatan }])),
  };
}

/**
 * Upserts one region's master data in one transaction, after checking every row against the import
 * and what is stored. Any invalid row: nothing is written. The same file twice: all rows unchanged.
 */
/** Who imports: the system the request came through and the official it names (master_data_imports). */
export interface Importer { client: string; actor?: { nip: string; via: 'signed-in' | 'vouched' } }

export async function importMasterData(pool: Pool, region: string, data: MasterDataImport, rules: MasterDataRules, today: string, by: Importer): Promise<ImportResult> {
  return inTransaction(pool, async (client) => {
    // One import per region at a time: the checks below read what the writes then rely on.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`master-data:${region}`]);
    const rejected = validateImport(data, await storedKeys(client, region), rules, today);
    if (rejected.length) return { ok: false, rejected }; // nothing was written
    const { rows: [{ version }] } = await client.query<{ version: number }>(
      `INSERT INTO master_data_imports (region, version, client, actor_nip, via)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4 FROM master_data_imports WHERE region = $1 RETURNING version`,
      [region, by.client, by.actor?.nip ?? null, by.actor?.via ?? null],
    );
    const upsert = (table: string, keys: string[], cols: string[], rows: unknown[][]) => upsertRecorded(client, { region, version }, table, keys, cols, rows);
    const units = await upsert('units', ['region', 'kode'], ['nama', 'induk', 'jenis', 'kode_surat', 'alamat', 'telepon', 'laman', 'surel', 'kode_pos'],
      (data.units ?? []).map((u) => [region, u.kode, u.nama, u.induk, u.jenis, u.kodeSurat, u.alamat ?? null, u.telepon ?? null, u.laman ?? null, u.surel ?? null, u.kodePos ?? null]));
    const jabatan = await upsert('jabatan', ['region', 'kode'], ['nama', 'unit', 'jenis', 'jenjang', 'memimpin_unit'],
      (data.jabatan ?? []).map((j) => [region, j.kode, j.nama, j.unit, j.jenis, j.jenjang ?? null, !!j.memimpinUnit]));
    const pegawai = await upsert('pegawai', ['region', 'nip'],
      ['nama', 'golongan', 'jabatan', 'pendidikan', 'predikat_terakhir', 'pengalaman_tahun', 'hasil_penyetaraan', 'ppk', 'puo'],
      (data.pegawai ?? []).map((p) => [region, p.nip, p.nama, p.golongan, p.jabatan, p.pendidikan, p.predikatTerakhir ?? null,
        p.pengalamanTahun, !!p.hasilPenyetaraan, p.kedudukan?.ppk ?? null, p.kedudukan?.puo ?? null]));
    const kepalaDaerah = await upsert('kepala_daerah', ['region'], ['nama'], data.kepalaDaerah ? [[region, data.kepalaDaerah.nama.trim()]] : []);
    return { ok: true, version, units, jabatan, pegawai, kepalaDaerah };
  });
}

/**
 * INSERT … ON CONFLICT DO UPDATE only where something differs, counting what happened to each row and
 * recording each added or changed row, before and after, as a change of this version. An import
 * upserts: it never removes a row, so no change of it is 'removed'.
 */
async function upsertRecorded(client: PoolClient, at: { region: string; version: number }, table: string, keys: string[], cols: string[], rows: unknown[][]): Promise<ImportCounts> {
  const counts: ImportCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const all = [...keys, ...cols];
  const record = (alias: string) => `jsonb_build_object(${cols.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;
  const sql = `WITH sebelum AS (SELECT ${record('t')} AS row FROM ${table} t WHERE (${keys.map((k) => `t.${k}`).join(', ')}) = (${keys.map((_, i) => `$${i + 1}`).join(', ')}))
    INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    WHERE (${cols.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${cols.map((c) => `EXCLUDED.${c}`).join(', ')})
    RETURNING (xmax = 0) AS inserted, (SELECT row FROM sebelum) AS sebelum, ${record(table)} AS sesudah`;
  const changes: unknown[][] = [];
  for (const row of rows) {
    const { rows: r } = await client.query(sql, row);
    if (!r.length) counts.unchanged += 1;
    else {
      counts[r[0].inserted ? 'inserted' : 'updated'] += 1;
      changes.push([table, String(row[keys.length - 1]), r[0].inserted ? 'added' : 'changed', r[0].sebelum, r[0].sesudah]);
    }
  }
  if (changes.length)
    await client.query(
      `INSERT INTO master_data_changes (region, version, tabel, kunci, perubahan, sebelum, sesudah)
       SELECT $1, $2, c->>0, c->>1, c->>2, c->3, c->4 FROM jsonb_array_elements($3::jsonb) AS c`,
      [at.region, at.version, JSON.stringify(changes)],
    );
  return counts;
}

/** Of the units named, those this region lacks and another region has: kode → that region. */
export async function unitsElsewhere(pool: Pool, region: string, kodes: string[]): Promise<Record<string, string>> {
  const { rows } = await pool.query(
    `SELECT DISTINCT ON (kode) kode, region FROM units u WHERE kode = ANY($2) AND region <> $1
       AND NOT EXISTS (SELECT 1 FROM units h WHERE h.region = $1 AND h.kode = u.kode) ORDER BY kode, region`,
    [region, kodes],
  );
  return Object.fromEntries(rows.map((r) => [r.kode, r.region]));
}

/** The version of a region's master data now: 0 before any recorded import. */
export async function masterDataVersion(pool: Pool | PoolClient, region: string): Promise<number> {
  const { rows } = await pool.query<{ v: number }>('SELECT coalesce(max(version), 0) AS v FROM master_data_imports WHERE region = $1', [region]);
  return rows[0].v;
}

export interface MasterDataChange {
  id: number; version: number; importedAt: string; client: string; actor?: { nip: string; via: string };
  tabel: string; kunci: string; perubahan: 'added' | 'changed' | 'removed'; sebelum: Record<string, unknown> | null; sesudah: Record<string, unknown> | null;
}

/** The changes of a region's master data after version `since`, oldest first, `after` the change id of the previous page. */
export async function masterDataChanges(pool: Pool, region: string, f: { since: number; after: number; limit: number }): Promise<MasterDataChange[]> {
  const { rows } = await pool.query(
    `SELECT c.id, c.version, i.imported_at, i.client, i.actor_nip, i.via, c.tabel, c.kunci, c.perubahan, c.sebelum, c.sesudah
       FROM master_data_changes c JOIN master_data_imports i USING (region, version)
      WHERE c.region = $1 AND c.version > $2 AND c.id > $3 ORDER BY c.id LIMIT $4`,
    [region, f.since, f.after, f.limit],
  );
  return rows.map((r) => ({
    id: Number(r.id), version: r.version, importedAt: r.imported_at.toISOString(), client: r.client, ...(r.actor_nip ? { actor: { nip: r.actor_nip, via: r.via } } : {}),
    tabel: r.tabel, kunci: r.kunci, perubahan: r.perubahan, sebelum: r.sebelum, sesudah: r.sesudah,
  }));
}

/** The versions of master data a case was planned against, by region; undefined for a case started before they were recorded. */
export async function caseMasterDataVersions(pool: Pool, caseId: string): Promise<Record<string, number> | undefined> {
  const { rows } = await pool.query('SELECT versions FROM case_master_data WHERE case_id = $1', [caseId]);
  return rows[0]?.versions;
}

/** Records them once: a retried start of the same case keeps the first. */
export async function recordCaseMasterData(pool: Pool, caseId: string, versions: Record<string, number>): Promise<void> {
  await pool.query(prepared('INSERT INTO case_master_data (case_id, versions) VALUES ($1, $2) ON CONFLICT DO NOTHING', [caseId, versions]));
}

const toUnit = (r: any): Unit => ({ kode: r.kode, nama: r.nama, induk: r.induk, jenis: r.jenis, kodeSurat: r.kode_surat, alamat: r.alamat ?? undefined });
const toPegawai = (r: any): Pegawai => ({
  nip: r.nip, nama: r.nama, golongan: r.golongan, jabatan: r.jabatan, namaJabatan: r.nama_jabatan, jenisJabatan: r.jenis,
  jenjang: r.jenjang ?? undefined, unit: r.unit, memimpinUnit: r.memimpin_unit, pendidikan: r.pendidikan,
  predikatTerakhir: r.predikat_terakhir ?? undefined, pengalamanTahun: r.pengalaman_tahun, hasilPenyetaraan: r.hasil_penyetaraan,
  ppk: r.ppk ?? undefined, puo: r.puo ?? undefined,
});
const PEGAWAI_SELECT = `SELECT p.*, j.nama AS nama_jabatan, j.jenis, j.jenjang, j.unit, j.memimpin_unit
  FROM pegawai p JOIN jabatan j ON j.region = p.region AND j.kode = p.jabatan`;

/**
 * What the rules of a new case need to see: the whole tree, every unit head, the named people, the
 * whole staff of the units named in staffOf (and the units below them), and the PPK and PUO of all of
 * them (a PPK need not lead a unit, nor sit in the staff's unit).
 * Small (hundreds of rows) even for a large regency.
 */
export async function loadOrg(pool: Pool, region: string, nips: string[], staffOf: string[] = []): Promise<OrgSnapshot> {
  const [units, pegawai] = await Promise.all([
    pool.query('SELECT * FROM units WHERE region = $1', [region]),
    pool.query(
      `WITH RECURSIVE inside AS (
         SELECT kode FROM units WHERE region = $1 AND kode = ANY($3)
         UNION SELECT u.kode FROM units u JOIN inside i ON u.region = $1 AND u.induk = i.kode)
       ${PEGAWAI_SELECT} WHERE p.region = $1 AND (j.memimpin_unit OR p.nip = ANY($2) OR j.unit IN (SELECT kode FROM inside)
         OR p.nip IN (SELECT unnest(ARRAY[k.ppk, k.puo]) FROM pegawai k JOIN jabatan kj ON kj.region = k.region AND kj.kode = k.jabatan
                      WHERE k.region = $1 AND (k.nip = ANY($2) OR kj.unit IN (SELECT kode FROM inside))))`,
      [region, nips, staffOf],
    ),
  ]);
  return {
    units: Object.fromEntries(units.rows.map((r) => [r.kode, toUnit(r)])),
    pegawai: Object.fromEntries(pegawai.rows.map((r) => [r.nip, toPegawai(r)])),
  };
}

/**
 * The org with the Plt (or Pj) in force at `at` in each of its vacant head positions (domain: denganPlt), for a
 * plan: read apart from the snapshot, which is kept per revision of the master data, not of delegations.
 */
export async function withPlt(pool: Pool, region: string, org: OrgSnapshot, at = new Date().toISOString()): Promise<OrgSnapshot> {
  const { rows } = await pool.query(
    `SELECT d.*, to_char(d.dasar_tanggal, 'YYYY-MM-DD') AS dasar_tanggal_text, j.nama AS nama_jabatan, j.jenis AS jenis_jabatan, j.jenjang, j.unit
       FROM delegasi d JOIN jabatan j ON j.region = d.region AND j.kode = d.jabatan
      WHERE d.region = $1 AND d.jenis IN ('Plt', 'Pj') AND d.mulai <= $2 AND $2 < d.sampai AND j.memimpin_unit
        AND NOT EXISTS (SELECT 1 FROM pegawai p WHERE p.region = d.region AND p.jabatan = d.jabatan)`,
    [region, at],
  );
  if (!rows.length) return org;
  const { rows: people } = await pool.query(`${PEGAWAI_SELECT} WHERE p.region = $1 AND p.nip = ANY($2)`, [region, rows.map((r) => r.delegasi_nip)]);
  const byNip = new Map(people.map((r) => [r.nip, toPegawai(r)]));
  return denganPlt(org, rows.flatMap((r) => {
    const pelaksana = byNip.get(r.delegasi_nip);
    const d: Delegasi = { id: r.id, region, jabatan: r.jabatan, delegasiNip: r.delegasi_nip, jenis: r.jenis, mulai: r.mulai.toISOString(), sampai: r.sampai.toISOString(), dasar: { nomor: r.dasar_nomor, tanggal: r.dasar_tanggal_text } };
    return pelaksana ? [{ d, pelaksana, jabatan: { jabatan: r.jabatan, namaJabatan: r.nama_jabatan, jenisJabatan: r.jenis_jabatan, jenjang: r.jenjang ?? undefined, unit: r.unit } }] : [];
  }));
}

/** Where the master data stands: its revision (any write changes it, migration 024) and a region's import version. */
async function stampOf(pool: Pool, region: string): Promise<{ revision: string; version: number }> {
  const { rows } = await pool.query(prepared(
    'SELECT (SELECT revision::text FROM master_data_revision) AS revision, (SELECT coalesce(max(version), 0) FROM master_data_imports WHERE region = $1) AS version',
    [region],
  ));
  return rows[0];
}

/** Snapshots read per pool, by revision, region and what was read; the oldest go first. */
const snapshots = new WeakMap<Pool, Map<string, { org: OrgSnapshot; version: number }>>();
const SNAPSHOTS_KEPT = 256;

/**
 * `read` (a snapshot of `region`, named by `key`), with the region's import version it was read at,
 * consistent (a write between the reads is read again) and read once per revision of the master data:
 * a later read of the same key gets a copy of it after one round trip, the reader's to use as it likes.
 */
async function oncePerRevision(pool: Pool, region: string, key: unknown[], read: () => Promise<OrgSnapshot>): Promise<{ org: OrgSnapshot; version: number }> {
  const kept = snapshots.get(pool) ?? new Map<string, { org: OrgSnapshot; version: number }>();
  snapshots.set(pool, kept);
  for (;;) {
    const at = await stampOf(pool, region);
    const named = JSON.stringify([at.revision, region, ...key]);
    const hit = kept.get(named);
    if (hit) return structuredClone(hit);
    const org = await read();
    if ((await stampOf(pool, region)).revision !== at.revision) continue;
    kept.set(named, { org, version: at.version });
    if (kept.size > SNAPSHOTS_KEPT) kept.delete(kept.keys().next().value!);
    return structuredClone({ org, version: at.version });
  }
}

/** loadOrg, read once per revision of the master data (a plan's, in the API and the worker). */
export function loadOrgOnce(pool: Pool, region: string, nips: string[], staffOf: string[] = []): Promise<{ org: OrgSnapshot; version: number }> {
  return oncePerRevision(pool, region, ['org', [...nips].sort(), [...staffOf].sort()], () => loadOrg(pool, region, nips, staffOf));
}

/** loadUnitStaff, read once per revision of the master data (a step's candidates, as of now). */
export async function loadUnitStaffOnce(pool: Pool, region: string, unitKode: string): Promise<OrgSnapshot> {
  return (await oncePerRevision(pool, region, ['staff', unitKode], () => loadUnitStaff(pool, region, unitKode))).org;
}

/** The tree plus every employee in one unit and the units below it. */
async function loadUnitStaff(pool: Pool, region: string, unitKode: string): Promise<OrgSnapshot> {
  const { rows: unitRows } = await pool.query('SELECT * FROM units WHERE region = $1', [region]);
  const units = Object.fromEntries(unitRows.map((r) => [r.kode, toUnit(r)]));
  const inside = Object.keys(units).filter((k) => lineage(units, k).some((u) => u.kode === unitKode));
  const { rows } = await pool.query(`${PEGAWAI_SELECT} WHERE p.region = $1 AND j.unit = ANY($2) ORDER BY p.nip`, [region, inside]);
  return { units, pegawai: Object.fromEntries(rows.map((r) => [r.nip, toPegawai(r)])) };
}
