-- The kepala daerah in office (Bupati / Wali Kota), an elected official outside the employee tables:
-- a decree they sign (a Keputusan Bupati) carries their name under "BUPATI BANJAR," as issued.
CREATE TABLE kepala_daerah (
  region text PRIMARY KEY,
  nama text NOT NULL
);
