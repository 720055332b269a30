-- The audit log: one row per API call that changes something (and so per decision or action that
-- enters a workflow). Rows form a hash chain per region ('service' for a call that names none): each
-- row's hash is the SHA-256 of its RFC 8785 canonical content and the previous row's hash, so an
-- altered, removed or reordered row breaks the chain. audit_heads holds each chain's last row; its
-- row lock serialises appends, so a chain never forks.
CREATE TABLE audit_heads (
  chain text PRIMARY KEY,
  seq   bigint NOT NULL,
  hash  text NOT NULL
);

CREATE TABLE audit_log (
  chain         text NOT NULL,
  seq           bigint NOT NULL,
  at            timestamptz NOT NULL,
  request_id    text NOT NULL,
  client        text,
  official      text,
  -- How the service knew the official: 'signed-in', or 'vouched' by the client system.
  known_via     text,
  vouched_by    text,
  -- For whom the official acted (delegation, not built yet).
  on_behalf_of  text,
  operation     text NOT NULL,
  case_id       text,
  task_id       text,
  -- Null for a body the door refused unread (nested past its limit): it has no canonical form.
  request_hash  text,
  status        integer NOT NULL,
  code          text,
  prev_hash     text NOT NULL,
  hash          text NOT NULL,
  PRIMARY KEY (chain, seq)
);
CREATE INDEX audit_log_case ON audit_log (case_id, chain, seq) WHERE case_id IS NOT NULL;

-- Append-only, whoever asks: only a superuser who disables the trigger can change a row, and the
-- chain and its anchor in Temporal then say so.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The app role (deploy/postgres/roles.sql) was granted UPDATE and DELETE on new tables by default:
-- on this one it keeps INSERT and SELECT only.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
            WHERE table_schema = current_schema() AND table_name = 'audit_log' AND grantee NOT IN (current_user, 'PUBLIC')
              AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', r.grantee);
  END LOOP;
END $$;
