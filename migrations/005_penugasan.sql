-- The ledger of team assignments (banjar pasal 9(4)–(5)): one row per employee per case, counted
-- across all cases of the employee's performance year. A case that ends without the assignment
-- releases its rows; the counts look only at reserved ones.
CREATE TABLE penugasan (
  case_id     text NOT NULL,
  nip         char(18) NOT NULL,
  region      text NOT NULL,
  lingkup     text NOT NULL CHECK (lingkup IN ('dalam-unit', 'lintas')),
  tim_nama    text NOT NULL,
  tim_peran   text NOT NULL CHECK (tim_peran IN ('ketua', 'sekretaris', 'anggota')),
  mulai       date NOT NULL,
  selesai     date NOT NULL CHECK (selesai >= mulai),
  status      text NOT NULL CHECK (status IN ('reserved', 'released')),
  reserved_at timestamptz NOT NULL DEFAULT now(),
  released_at timestamptz,
  PRIMARY KEY (case_id, nip)
);
CREATE INDEX penugasan_counted ON penugasan (region, nip, lingkup, mulai) WHERE status = 'reserved';
