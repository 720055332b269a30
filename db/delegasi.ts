// Plt/Plh delegations with their history (migrations/015_delegasi.sql), and what routing a task needs
// of them: who acts for a holder at a moment, and which cases have tasks to move when one starts or ends.
import type { Pool, PoolClient } from 'pg';
import { berlaku, dasarOf, rantaiUntuk, type Delegasi, type Jabatan, type JabatanOf } from '../domain/delegasi';
import type { Golongan } from '../domain/kepegawaian';
import type { OfficialRef } from '../domain/kasus';
import { inTransaction } from './transaction';

type Db = Pool | PoolClient;

/** Who made or ended a delegation, and how the service knew them. */
export interface Oleh { nip: string; via: 'signed-in' | 'vouched'; client: string }

export interface DelegasiRow extends Delegasi {
  dibuat: { oleh: string; via: string; client: string; pada: string };
  riwayat: { peristiwa: 'dibuat' | 'diakhiri'; pada: string; oleh: string; via: string; client: string; sampaiSebelum?: string; sampaiSesudah: string; alasan?: string }[];
}

const iso = (d: Date) => d.toISOString();
const toDelegasi = (r: Record<string, any>): Delegasi => ({
  id: r.id, region: r.region, jabatan: r.jabatan, ...(r.pemegang_nip ? { pemegangNip: r.pemegang_nip } : {}), delegasiNip: r.delegasi_nip,
  jenis: r.jenis, mulai: iso(r.mulai), sampai: iso(r.sampai), dasar: { nomor: r.dasar_nomor, tanggal: r.dasar_tanggal_text },
});
const SELECT = `SELECT *, to_char(dasar_tanggal, 'YYYY-MM-DD') AS dasar_tanggal_text FROM delegasi`;

/** A position of the region and its holder (the employee whose jabatan it is), if any. */
export async function jabatanOf(db: Db, region: string, kode: string): Promise<(Jabatan & { pemegang?: string }) | undefined> {
  const { rows } = await db.query(
    `SELECT j.kode, j.nama, j.unit, j.memimpin_unit, (SELECT p.nip FROM pegawai p WHERE p.region = j.region AND p.jabatan = j.kode ORDER BY p.nip LIMIT 1) AS pemegang
       FROM jabatan j WHERE j.region = $1 AND j.kode = $2`,
    [region, kode],
  );
  const r = rows[0];
  return r && { kode: r.kode, nama: r.nama, unit: r.unit, memimpinUnit: r.memimpin_unit, ...(r.pemegang ? { pemegang: r.pemegang } : {}) };
}

/** Each employee's position in the region, to follow a chain of delegations. */
async function positions(db: Db, region: string): Promise<JabatanOf> {
  const { rows } = await db.query('SELECT nip, jabatan FROM pegawai WHERE region = $1', [region]);
  const map = new Map<string, string>(rows.map((r) => [r.nip, r.jabatan]));
  return (nip) => map.get(nip);
}

/** The region's delegations in force at some moment of [mulai, sampai). */
async function overlapping(db: Db, region: string, mulai: string, sampai: string): Promise<Delegasi[]> {
  const { rows } = await db.query(`${SELECT} WHERE region = $1 AND mulai < $3 AND $2 < sampai`, [region, mulai, sampai]);
  return rows.map(toDelegasi);
}

/**
 * Makes a delegation after `check` accepts it against the region's others (one at a time per region,
 * so two racing cannot both pass), then `started` (its workflow, which reads it: after the commit); a
 * start that fails takes the delegation back.
 */
export async function makeDelegasi(pool: Pool, d: Delegasi, by: Oleh, check: (others: Delegasi[], jabatanOf: JabatanOf) => void, started: () => Promise<unknown>): Promise<void> {
  await inTransaction(pool, async (db) => {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`delegasi:${d.region}`]);
    check(await overlapping(db, d.region, d.mulai, d.sampai), await positions(db, d.region));
    await db.query(
      `INSERT INTO delegasi (id, region, jabatan, pemegang_nip, delegasi_nip, jenis, mulai, sampai, dasar_nomor, dasar_tanggal, dibuat_oleh, dibuat_via, client)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [d.id, d.region, d.jabatan, d.pemegangNip ?? null, d.delegasiNip, d.jenis, d.mulai, d.sampai, d.dasar.nomor, d.dasar.tanggal, by.nip, by.via, by.client],
    );
    await db.query(`INSERT INTO delegasi_riwayat (delegasi_id, peristiwa, oleh, via, client, sampai_sesudah) VALUES ($1, 'dibuat', $2, $3, $4, $5)`, [d.id, by.nip, by.via, by.client, d.sampai]);
  });
  await started().catch(async (e) => {
    await inTransaction(pool, async (db) => {
      await db.query('DELETE FROM delegasi_riwayat WHERE delegasi_id = $1', [d.id]);
      await db.query('DELETE FROM delegasi WHERE id = $1', [d.id]);
    });
    throw e;
  });
}

/**
 * Ends a delegation at `sampai` (now or later, and not later than it was to end; one ended before it
 * began is empty), and `told` its workflow before it commits; answers the new end, or undefined when it
 * had ended already.
 */
export function endDelegasi(pool: Pool, id: string, sampai: string, by: Oleh, alasan: string | undefined, told: (end: string) => Promise<unknown>): Promise<string | undefined> {
  return inTransaction(pool, async (db) => {
    const { rows } = await db.query('SELECT mulai, sampai FROM delegasi WHERE id = $1 FOR UPDATE', [id]);
    const { mulai, sampai: before } = rows[0] as { mulai: Date; sampai: Date };
    if (before.getTime() <= Date.now()) return undefined;
    const end = new Date(Math.max(mulai.getTime(), Math.min(before.getTime(), Math.max(Date.now(), Date.parse(sampai)))));
    await db.query('UPDATE delegasi SET sampai = $2 WHERE id = $1', [id, end]);
    await db.query(
      `INSERT INTO delegasi_riwayat (delegasi_id, peristiwa, oleh, via, client, sampai_sebelum, sampai_sesudah, alasan) VALUES ($1, 'diakhiri', $2, $3, $4, $5, $6, $7)`,
      [id, by.nip, by.via, by.client, before, end, alasan ?? null],
    );
    await told(iso(end)); // its workflow: the tasks move at the new end
    return iso(end);
  });
}

export async function getDelegasi(db: Db, id: string): Promise<DelegasiRow | undefined> {
  const { rows } = await db.query(`${SELECT} WHERE id = $1`, [id]);
  if (!rows[0]) return undefined;
  const { rows: events } = await db.query('SELECT * FROM delegasi_riwayat WHERE delegasi_id = $1 ORDER BY id', [id]);
  return withHistory(rows[0], events);
}

const withHistory = (r: Record<string, any>, events: Record<string, any>[]): DelegasiRow => ({
  ...toDelegasi(r),
  dibuat: { oleh: r.dibuat_oleh, via: r.dibuat_via, client: r.client, pada: iso(r.dibuat_pada) },
  riwayat: events.map((e) => ({
    peristiwa: e.peristiwa, pada: iso(e.pada), oleh: e.oleh, via: e.via, client: e.client,
    ...(e.sampai_sebelum ? { sampaiSebelum: iso(e.sampai_sebelum) } : {}), sampaiSesudah: iso(e.sampai_sesudah), ...(e.alasan ? { alasan: e.alasan } : {}),
  })),
});

/** The delegations of the regions (newest first), optionally of one position or naming one official (holder or delegate). */
export async function listDelegasi(db: Db, f: { regions?: string[]; jabatan?: string; nip?: string; limit: number }): Promise<DelegasiRow[]> {
  const { rows } = await db.query(
    `${SELECT} WHERE ($1::text[] IS NULL OR region = ANY($1)) AND ($2::text IS NULL OR jabatan = $2) AND ($3::text IS NULL OR $3 IN (pemegang_nip, delegasi_nip))
      ORDER BY mulai DESC, id LIMIT $4`,
    [f.regions ?? null, f.jabatan ?? null, f.nip ?? null, f.limit],
  );
  const { rows: events } = await db.query('SELECT * FROM delegasi_riwayat WHERE delegasi_id = ANY($1) ORDER BY id', [rows.map((r) => r.id)]);
  return rows.map((r) => withHistory(r, events.filter((e) => e.delegasi_id === r.id)));
}

/** Who acts for a holder: the last delegate of the chain in force, with their golongan (a document they sign shows the pangkat). */
export interface Pelaksana extends OfficialRef {
  golongan: Golongan;
  delegasi: { jenis: Delegasi['jenis']; pemegang: OfficialRef; dasar: string };
}

/** For each holder, who acts for them at `at` (null: they themselves), through at most `batas` delegations. */
export async function pelaksanaUntuk(pool: Pool, region: string, holders: OfficialRef[], at: string, batas: number): Promise<Record<string, Pelaksana | null>> {
  const inForce = (await overlapping(pool, region, at, new Date(Date.parse(at) + 1).toISOString())).filter((d) => berlaku(d, at));
  // Most of the time none is: then every task stays with its holder, without reading the region's positions.
  const jabatanOf = inForce.length ? await positions(pool, region) : () => undefined;
  const chains = holders.map((h) => rantaiUntuk(h.nip, inForce, jabatanOf, batas));
  const delegates = chains.flatMap((c) => c.map((d) => d.delegasiNip));
  const { rows } = delegates.length
    ? await pool.query(
      'SELECT p.nip, p.nama, p.golongan, j.nama AS jabatan FROM pegawai p JOIN jabatan j ON j.region = p.region AND j.kode = p.jabatan WHERE p.region = $1 AND p.nip = ANY($2)',
      [region, delegates],
    )
    : { rows: [] }; // nobody acts for anyone: no one to read
  const people = new Map(rows.map((r) => [r.nip, r]));
  return Object.fromEntries(holders.map((h, i) => {
    const chain = chains[i]!;
    const last = chain.at(-1);
    const who = last && people.get(last.delegasiNip);
    if (!last || !who) return [h.nip, null];
    const first = chain[0]!;
    return [h.nip, {
      nip: who.nip, nama: who.nama, golongan: who.golongan, jabatan: `${first.jenis}. ${h.jabatan}`,
      delegasi: { jenis: first.jenis, pemegang: { nip: h.nip, nama: h.nama, jabatan: h.jabatan }, dasar: chain.map(dasarOf).join('; ') },
    }];
  }));
}

/** The cases with an open task for these officials, as holder or as the one acting for a holder. */
export async function casesWithTasksOf(pool: Pool, region: string, nips: string[]): Promise<string[]> {
  const { rows } = await pool.query(
    `SELECT DISTINCT case_id FROM tasks WHERE region = $1 AND status = 'open' AND (assignee_nip = ANY($2) OR delegasi->'pemegang'->>'nip' = ANY($2))`,
    [region, nips],
  );
  return rows.map((r) => r.case_id);
}
