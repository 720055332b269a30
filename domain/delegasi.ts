// Plt and Plh (UU 30/2014 Pasal 14): a position held for a while by a delegate — a Plh while its holder
// is temporarily away, a Plt while it is vacant — for a half-open period [mulai, sampai), on the basis
// of a surat perintah. Pure rules over plain data: who may appoint, whether a new delegation fits
// (no overlap, no cycle, a bounded chain), and who acts for a holder at a moment.
import { MANDAT, type DelegasiProfile, type TingkatJabatan } from '../profiles/delegasi';
import type { OfficialRef } from './kasus';
import { headOf, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from './organisasi';
import { sekretarisDaerah } from './pejabat';
import { refuse } from './refusal';

/** Permendagri 1/2023 Pasal 44 ayat (4)–(5) names the four who sign for another: Plt, Plh, Pj (penjabat) and Pjs (penjabat sementara). */
export type JenisDelegasi = 'Plt' | 'Plh' | 'Pj' | 'Pjs';

export interface Delegasi {
  id: string;
  region: string;
  /** The position held, by its kode in the region's master data. */
  jabatan: string;
  /** Its holder when the delegation was made; absent: vacant (a Plt). */
  pemegangNip?: string;
  delegasiNip: string;
  jenis: JenisDelegasi;
  /** ISO instants: in force from mulai, no longer at sampai. */
  mulai: string;
  sampai: string;
  dasar: { nomor: string; tanggal: string };
}

const SEMUA: TingkatJabatan[] = ['dalam-pd', 'pimpinan-pd', 'sekretaris-daerah'];

/**
 * Where each kind stands in (the level of the position) and whether the position is vacant (`lowong`)
 * or held: the national rules, the same in every region, each with its citation.
 */
export const JENIS: Record<JenisDelegasi, { tingkat: TingkatJabatan[]; lowong?: boolean; citation: string }> = {
  Plh: { tingkat: SEMUA, lowong: false, citation: MANDAT },
  Plt: { tingkat: SEMUA, citation: MANDAT },
  Pj: { tingkat: ['sekretaris-daerah'], lowong: true, citation: 'Perpres 3/2018 (Penjabat Sekretaris Daerah) Pasal 2; Permendagri 1/2023 Pasal 44 ayat (5)' },
  Pjs: {
    tingkat: [], lowong: false,
    citation: 'Permendagri 1/2023 Pasal 44 ayat (4); Permendagri 1/2018 (cuti di luar tanggungan negara): a Pjs stands in for the kepala daerah, whose office is no position of the master data',
  },
};

/** The kind fits the position: a Pj only for the Sekretaris Daerah, vacant; a Pjs for no position of the master data. */
export function checkJenis(d: Pick<Delegasi, 'jenis' | 'jabatan' | 'pemegangNip'>, tingkat: TingkatJabatan): void {
  const j = JENIS[d.jenis];
  const fields = [{ field: 'body.jenis', message: `not a ${d.jenis} of this position` }];
  if (!j.tingkat.includes(tingkat))
    refuse({ code: 'DELEGATION_KIND_NOT_FOR_POSITION', kind: 'unprocessable', citation: j.citation, message: `a ${d.jenis} stands in ${j.tingkat.length ? `only for ${j.tingkat.join(', ')}` : 'for no position of the master data'}; ${d.jabatan} is ${tingkat}`, fields });
  if (j.lowong && d.pemegangNip)
    refuse({ code: 'DELEGATION_KIND_NOT_FOR_POSITION', kind: 'unprocessable', citation: j.citation, message: `a ${d.jenis} stands in a vacant position; ${d.jabatan} is held by ${d.pemegangNip} (away: a Plh)`, fields });
}

/** A position as the rules need it. */
export interface Jabatan { kode: string; nama: string; unit: string; memimpinUnit: boolean }

/** What a task routed through delegations carries (the case view and the inbox show it). */
export interface DelegasiTugas { jenis: JenisDelegasi; pemegang: OfficialRef; dasar: string }

/** A delegate never decides a matter in which they have an interest: their own request, their own assignment. */
export const KONFLIK_KEPENTINGAN = 'UU 30/2014 (Administrasi Pemerintahan) Pasal 42 ayat (1)';

const t = (iso: string) => Date.parse(iso);
export const berlaku = (d: Delegasi, at: string) => t(d.mulai) <= t(at) && t(at) < t(d.sampai);
const overlaps = (a: Pick<Delegasi, 'mulai' | 'sampai'>, b: Pick<Delegasi, 'mulai' | 'sampai'>) => t(a.mulai) < t(b.sampai) && t(b.mulai) < t(a.sampai);

/** "Surat Perintah Nomor 800/12/DISKOMINFO tanggal 2026-03-02". */
export const dasarOf = (d: Pick<Delegasi, 'dasar'>) => `Surat Perintah Nomor ${d.dasar.nomor} tanggal ${d.dasar.tanggal}`;

/** Where a position sits: the head of the Sekretariat Daerah, the head of another Perangkat Daerah, or inside one. */
export function tingkatOf(org: OrgSnapshot, j: Jabatan): TingkatJabatan {
  const pd = perangkatDaerahOf(org.units, j.unit);
  if (!j.memimpinUnit || j.unit !== pd?.kode) return 'dalam-pd';
  return pd.jenis === 'sekretariat-daerah' ? 'sekretaris-daerah' : 'pimpinan-pd';
}

/** Who may appoint a delegate to the position: these officials, and the region's kepegawaian admins where the kepala daerah appoints. */
export function pengangkatOf(rules: DelegasiProfile, org: OrgSnapshot, j: Jabatan): { nips: string[]; kepegawaian: boolean; citation: string } {
  const rule = rules.pengangkat.find((p) => p.tingkat === tingkatOf(org, j))!;
  const pd = perangkatDaerahOf(org.units, j.unit);
  const nips = rule.oleh.flatMap((o) => {
    const who = o === 'pimpinan-pd' ? pd && headOf(org, pd.kode) : o === 'sekretaris-daerah' ? sekretarisDaerah(org) : undefined;
    return who ? [who.nip] : [];
  });
  return { nips, kepegawaian: rule.oleh.includes('kepegawaian'), citation: rule.citation };
}

/** The position each NIP holds (master data), for following a chain. */
export type JabatanOf = (nip: string) => string | undefined;

/**
 * A new delegation against the region's others of an overlapping period: refused when the period is
 * empty, the delegate holds the position, a Plh names a vacant one, another delegation holds the
 * position then, the chain it joins comes back to it, or grows longer than the region allows.
 */
export function checkDelegasi(rules: DelegasiProfile, d: Delegasi, others: Delegasi[], jabatanOf: JabatanOf): void {
  if (!(t(d.mulai) < t(d.sampai)))
    refuse({ code: 'PERIOD_INVALID', kind: 'invalid', citation: rules.citation, message: 'sampai must be after mulai: a delegation is in force for [mulai, sampai)', fields: [{ field: 'body.sampai', message: 'after mulai' }] });
  if (d.pemegangNip === d.delegasiNip)
    refuse({ code: 'DELEGATE_IS_HOLDER', kind: 'unprocessable', citation: rules.citation, message: `${d.delegasiNip} holds ${d.jabatan}: a Plh or Plt stands in for another`, fields: [{ field: 'body.delegasi', message: 'the holder of the position' }] });
  if (d.jenis === 'Plh' && !d.pemegangNip)
    refuse({ code: 'PLH_POSITION_VACANT', kind: 'unprocessable', citation: rules.citation, message: `${d.jabatan} has no holder in the master data: a Plh stands in for a holder temporarily away; a vacant position has a Plt`, fields: [{ field: 'body.jenis', message: 'Plt for a vacant position' }] });
  const live = others.filter((o) => o.id !== d.id && overlaps(o, d));
  const same = live.find((o) => o.jabatan === d.jabatan);
  if (same)
    refuse({ code: 'DELEGATION_OVERLAPS', kind: 'conflict', citation: rules.citation, message: `${d.jabatan} is held by ${same.jenis} ${same.delegasiNip} from ${same.mulai} until ${same.sampai} (delegation ${same.id}): end it first, or choose another period` });
  // Down: the delegate's own position may be delegated in turn; up: positions delegated to this one's holder.
  const down: string[] = [];
  for (let pos = jabatanOf(d.delegasiNip); pos; pos = jabatanOf(live.find((o) => o.jabatan === pos)?.delegasiNip ?? '')) {
    if (pos === d.jabatan || down.includes(pos))
      refuse({ code: 'DELEGATION_CYCLE', kind: 'conflict', citation: rules.citation, message: `the delegate's position leads back to ${d.jabatan} (${[d.jabatan, ...down, pos].join(' → ')}): a task would have nobody to go to` });
    down.push(pos);
    if (!live.some((o) => o.jabatan === pos)) break;
  }
  let up = 0;
  for (let pos = d.jabatan, seen = [pos]; ; up++) {
    const into = live.find((o) => jabatanOf(o.delegasiNip) === pos && !seen.includes(o.jabatan));
    if (!into) break;
    pos = into.jabatan;
    seen.push(pos);
  }
  const length = up + Math.max(1, down.length); // the new delegation, and each after it down the chain
  if (length > rules.batasRantai)
    refuse({ code: 'DELEGATION_CHAIN_TOO_LONG', kind: 'unprocessable', citation: rules.citation, message: `a task would pass through ${length} delegations; the region allows ${rules.batasRantai}: appoint someone who is not away themselves` });
}

/**
 * Who acts for a holder at a moment: the delegations in force followed from the holder's position
 * (the delegate may be away in turn), at most `batas` of them and never round a cycle. Empty: the holder.
 */
export function rantaiUntuk(holderNip: string, inForce: Delegasi[], jabatanOf: JabatanOf, batas: number): Delegasi[] {
  const chain: Delegasi[] = [];
  for (let nip = holderNip; chain.length < batas; ) {
    const pos = jabatanOf(nip);
    const d = inForce.find((x) => x.jabatan === pos && !chain.includes(x));
    if (!d || d.delegasiNip === holderNip) break;
    chain.push(d);
    nip = d.delegasiNip;
  }
  return chain;
}

/**
 * A head position vacant in the master data, with a Plt (or a Pj) in force: they act in it (UU 30/2014 Pasal
 * 14 ayat (2); Perpres 3/2018), so the plan resolves its roles to them. Their own record, in the position's place; keyed
 * by the position, since the Plt keeps their own position (and record) beside it.
 */
export function denganPlt(org: OrgSnapshot, plt: { d: Delegasi; jabatan: Pick<Pegawai, 'jabatan' | 'namaJabatan' | 'jenisJabatan' | 'jenjang' | 'unit'>; pelaksana: Pegawai }[]): OrgSnapshot {
  const pegawai = { ...org.pegawai };
  for (const { d, jabatan, pelaksana } of plt) {
    if (headOf(org, jabatan.unit)) continue; // filled since: the holder acts
    const { ppk: _ppk, puo: _puo, jenjang: _jenjang, ...own } = pelaksana;
    pegawai[`${d.jenis}:${d.jabatan}`] = { ...own, ...jabatan, memimpinUnit: true, lowong: { jenis: d.jenis === 'Pj' ? 'Pj' : 'Plt', dasar: dasarOf(d) } };
  }
  return { ...org, pegawai };
}
