-- Master data with history. Every accepted import of a region's master data is a version of it
-- (1, 2, … per region; 0 is what was stored before history was kept): who imported it, through which
-- system, when, and each row it added, changed or removed, with the row before and after.
CREATE TABLE master_data_imports (
  region      text NOT NULL,
  version     integer NOT NULL CHECK (version > 0),
  imported_at timestamptz NOT NULL DEFAULT now(),
  -- The e-office system whose key it came with, or official:<NIP> for an official signed in.
  client      text NOT NULL,
  -- The official named, and how: signed-in, or vouched by the system; null: a key naming none.
  actor_nip   text,
  via         text CHECK (via IN ('signed-in', 'vouched')),
  PRIMARY KEY (region, version)
);

CREATE TABLE master_data_changes (
  id        bigserial PRIMARY KEY,
  region    text NOT NULL,
  version   integer NOT NULL,
  -- units, jabatan, pegawai or kepala_daerah, and the row's key in it (kode, nip; the region for kepala_daerah).
  tabel     text NOT NULL,
  kunci     text NOT NULL,
  perubahan text NOT NULL CHECK (perubahan IN ('added', 'changed', 'removed')),
  sebelum   jsonb,
  sesudah   jsonb,
  FOREIGN KEY (region, version) REFERENCES master_data_imports (region, version)
);
CREATE INDEX master_data_changes_by_version ON master_data_changes (region, version, id);

-- The version of each region's master data a case was planned against ({"banjar": 3}), written when it starts.
CREATE TABLE case_master_data (
  case_id  text PRIMARY KEY,
  versions jsonb NOT NULL
);
