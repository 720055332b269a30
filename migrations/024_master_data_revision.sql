-- What the API's cache of master-data reads is keyed by: a value that changes with every transaction
-- that writes the master data (an import, or a row mended by hand), read in the same round trip as
-- the import version. The first write of a transaction sets it to that transaction's id (never
-- repeated); later statements of the same transaction leave it.
CREATE TABLE master_data_revision (
  only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  revision  bigint NOT NULL
);
INSERT INTO master_data_revision (revision) VALUES (txid_current());

CREATE FUNCTION master_data_revised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE master_data_revision SET revision = txid_current() WHERE revision <> txid_current();
  RETURN NULL;
END $$;

CREATE TRIGGER master_data_revised AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units FOR EACH STATEMENT EXECUTE FUNCTION master_data_revised();
CREATE TRIGGER master_data_revised AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jabatan FOR EACH STATEMENT EXECUTE FUNCTION master_data_revised();
CREATE TRIGGER master_data_revised AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pegawai FOR EACH STATEMENT EXECUTE FUNCTION master_data_revised();
CREATE TRIGGER master_data_revised AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kepala_daerah FOR EACH STATEMENT EXECUTE FUNCTION master_data_revised();
