-- The issued file of each document, fixed once (at issue, or on the first read of a document issued
-- before this table): the signed PDF's bytes and their SHA-256, so the hash the public verification
-- page shows is the hash of what is served; and the short, unguessable code of that page (/v/{kode}),
-- printed on the PDF with its QR code.
CREATE TABLE document_files (
  document_id text PRIMARY KEY REFERENCES documents (id),
  kode        text NOT NULL UNIQUE,
  pdf         bytea NOT NULL,
  sha256      text NOT NULL,
  fixed_at    timestamptz NOT NULL DEFAULT now()
);

-- The register of letters (buku agenda surat keluar) reads issued documents in the order of issue.
CREATE INDEX documents_register ON documents (issued_at, id);
