-- The archive of closed cases (issue 16): what an auditor needs once Temporal has purged a case after
-- its retention — every run's history, the final view, the documents (data and the issued PDF) and the
-- case's audit rows — kept until `keep_until` (ARCHIVE_RETENTION, the region's Jadwal Retensi Arsip
-- under UU 43/2009 tentang Kearsipan). Written by the arsipkan activity; nothing here is destroyed by
-- the service: pemusnahan arsip follows the procedure of that law, not a timer.
CREATE TABLE case_archive (
  case_id     text PRIMARY KEY,
  region      text NOT NULL,
  procedure   text NOT NULL,
  status      text NOT NULL,
  -- The build that started the case (its memo), as its first run recorded it.
  build       text,
  view        jsonb NOT NULL,
  -- [{id, kind, nomor, unit, year, seq, issuedAt, data, file: {kode, sha256, pdf (base64)} | null}]
  documents   jsonb NOT NULL,
  audit       jsonb NOT NULL,
  closed_at   timestamptz NOT NULL,
  archived_at timestamptz NOT NULL DEFAULT now(),
  keep_until  timestamptz NOT NULL
);

-- One row per run of a case (a long case continues as new): each archived as soon as it closed.
CREATE TABLE case_archive_runs (
  case_id     text NOT NULL,
  run_id      text NOT NULL,
  -- The run this one continued (null: the first run), which orders them.
  continued_from text,
  build       text,
  -- The history as the Temporal CLI exports it (protobuf JSON).
  history     jsonb NOT NULL,
  closed_at   timestamptz NOT NULL,
  archived_at timestamptz NOT NULL DEFAULT now(),
  keep_until  timestamptz NOT NULL,
  PRIMARY KEY (case_id, run_id)
);
