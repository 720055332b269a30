-- A case may span regions (penunjukan lintas instansi: the agency asked is another region of this
-- service): the regions it involves, so that a key of any of them lists and reads it. Tasks already
-- carry their own region: that of the official who acts on them.
ALTER TABLE cases ADD COLUMN regions text[];
UPDATE cases SET regions = ARRAY[region];
ALTER TABLE cases ALTER COLUMN regions SET NOT NULL;
CREATE INDEX cases_by_regions ON cases USING gin (regions);
