-- Permendagri 1/2023 Pasal 44 ayat (4)-(5) names four who sign for another: besides Plt and Plh, a Pj
-- (penjabat; of a vacant Sekretaris Daerah, Perpres 3/2018) and a Pjs (penjabat sementara).
ALTER TABLE delegasi DROP CONSTRAINT delegasi_jenis_check;
ALTER TABLE delegasi ADD CONSTRAINT delegasi_jenis_check CHECK (jenis IN ('Plt', 'Plh', 'Pj', 'Pjs'));
