-- Plt/Plh delegations (UU 30/2014 Pasal 14): a position (jabatan, by its kode in the region's master
-- data) held for a half-open period [mulai, sampai) by a delegate, on the basis of a surat perintah.
-- Rows are never deleted: ending one early records who ended it and when (sampai moves, the old
-- value stays in the history table).
CREATE TABLE delegasi (
  id             text PRIMARY KEY,
  region         text NOT NULL,
  jabatan        text NOT NULL,
  -- The holder when it was made (null: the position was vacant, a Plt).
  pemegang_nip   char(18),
  delegasi_nip   char(18) NOT NULL,
  jenis          text NOT NULL CHECK (jenis IN ('Plt', 'Plh')),
  mulai          timestamptz NOT NULL,
  sampai         timestamptz NOT NULL,
  dasar_nomor    text NOT NULL,
  dasar_tanggal  date NOT NULL,
  -- Who made it: the appointing official, how they were known, and the system it came through.
  dibuat_oleh    char(18) NOT NULL,
  dibuat_via     text NOT NULL CHECK (dibuat_via IN ('signed-in', 'vouched')),
  client         text NOT NULL,
  dibuat_pada    timestamptz NOT NULL DEFAULT now(),
  -- Made with mulai < sampai; one ended before it began is empty, [mulai, mulai).
  CHECK (mulai <= sampai)
);
CREATE INDEX delegasi_by_position ON delegasi (region, jabatan, mulai);
CREATE INDEX delegasi_by_delegate ON delegasi (region, delegasi_nip);

-- Every change of a delegation: made, ended early (sampai before and after), by whom.
CREATE TABLE delegasi_riwayat (
  id          bigserial PRIMARY KEY,
  delegasi_id text NOT NULL REFERENCES delegasi (id),
  peristiwa   text NOT NULL CHECK (peristiwa IN ('dibuat', 'diakhiri')),
  pada        timestamptz NOT NULL DEFAULT now(),
  oleh        char(18) NOT NULL,
  via         text NOT NULL CHECK (via IN ('signed-in', 'vouched')),
  client      text NOT NULL,
  sampai_sebelum timestamptz,
  sampai_sesudah timestamptz NOT NULL,
  alasan      text
);
CREATE INDEX delegasi_riwayat_by_delegasi ON delegasi_riwayat (delegasi_id, id);

-- The delegation an open task is routed through (its holder, kind and basis), for the delegate's inbox.
ALTER TABLE tasks ADD COLUMN delegasi jsonb;
