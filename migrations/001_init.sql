-- Master data: the org tree, positions and employees of each region (tenant).
CREATE TABLE units (
  region      text NOT NULL,
  kode        text NOT NULL,
  nama        text NOT NULL,
  induk       text,
  jenis       text NOT NULL,
  kode_surat  text NOT NULL,
  alamat      text,
  PRIMARY KEY (region, kode),
  FOREIGN KEY (region, induk) REFERENCES units (region, kode) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE jabatan (
  region         text NOT NULL,
  kode           text NOT NULL,
  nama           text NOT NULL,
  unit           text NOT NULL,
  jenis          text NOT NULL,
  jenjang        text,
  memimpin_unit  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (region, kode),
  FOREIGN KEY (region, unit) REFERENCES units (region, kode) DEFERRABLE INITIALLY DEFERRED
);
-- One head per unit.
CREATE UNIQUE INDEX jabatan_one_head_per_unit ON jabatan (region, unit) WHERE memimpin_unit;

CREATE TABLE pegawai (
  region             text NOT NULL,
  nip                char(18) NOT NULL,
  nama               text NOT NULL,
  golongan           text NOT NULL,
  jabatan            text NOT NULL,
  pendidikan         text NOT NULL,
  predikat_terakhir  text,
  pengalaman_tahun   integer NOT NULL,
  hasil_penyetaraan  boolean NOT NULL DEFAULT false,
  ppk                char(18),
  puo                char(18),
  PRIMARY KEY (region, nip),
  FOREIGN KEY (region, jabatan) REFERENCES jabatan (region, kode) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (region, ppk) REFERENCES pegawai (region, nip) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (region, puo) REFERENCES pegawai (region, nip) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX pegawai_by_jabatan ON pegawai (region, jabatan);

-- Cases: the projection of each workflow's state, kept current by the saveCase activity.
CREATE TABLE cases (
  case_id        text PRIMARY KEY,
  region         text NOT NULL,
  procedure      text NOT NULL,
  status         text NOT NULL,
  requester_nip  char(18) NOT NULL,
  version        integer NOT NULL,
  view           jsonb NOT NULL,
  started_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- The inbox: open and past tasks of every case, by assignee.
CREATE TABLE tasks (
  case_id         text NOT NULL REFERENCES cases (case_id) ON DELETE CASCADE,
  task_id         text NOT NULL,
  region          text NOT NULL,
  assignee_nip    char(18) NOT NULL,
  kind            text NOT NULL,
  title           text NOT NULL,
  status          text NOT NULL,
  opened_at       timestamptz NOT NULL,
  due_at          timestamptz NOT NULL,
  reminders_sent  integer NOT NULL,
  PRIMARY KEY (case_id, task_id)
);
CREATE INDEX tasks_open_by_assignee ON tasks (assignee_nip, opened_at) WHERE status = 'open';

-- Idempotent starts: one case per (API client, Idempotency-Key).
CREATE TABLE idempotency_keys (
  client        text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  case_id       text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client, key)
);

-- Letter numbers: one gapless sequence per issuing unit, year and kind of document.
CREATE TABLE document_sequences (
  region  text NOT NULL,
  unit    text NOT NULL,
  year    integer NOT NULL,
  kind    text NOT NULL,
  last    integer NOT NULL,
  PRIMARY KEY (region, unit, year, kind)
);

-- Issued documents: immutable data; the PDF is rendered from it on request.
CREATE TABLE documents (
  id         text PRIMARY KEY,
  case_id    text NOT NULL,
  region     text NOT NULL,
  kind       text NOT NULL,
  unit       text NOT NULL,
  year       integer NOT NULL,
  seq        integer NOT NULL,
  nomor      text NOT NULL,
  data       jsonb NOT NULL,
  issued_at  timestamptz NOT NULL,
  UNIQUE (region, unit, year, kind, seq)
);

-- Reminders and escalations, for e-office systems to deliver.
CREATE TABLE notifications (
  id             bigserial PRIMARY KEY,
  case_id        text NOT NULL,
  task_id        text NOT NULL,
  seq            integer NOT NULL,
  kind           text NOT NULL,
  recipient_nip  char(18) NOT NULL,
  message        text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, task_id, seq, recipient_nip)
);
CREATE INDEX notifications_by_recipient ON notifications (recipient_nip, id);
