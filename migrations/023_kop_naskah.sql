-- The kop of a naskah dinas carries the issuing Perangkat Daerah's whole address block (Permendagri
-- 1/2023, kop naskah dinas): beside the alamat, its telepon, laman, surel and kode pos.
ALTER TABLE units
  ADD COLUMN telepon  text,
  ADD COLUMN laman    text,
  ADD COLUMN surel    text,
  ADD COLUMN kode_pos text;
