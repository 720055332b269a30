-- The service's own PostgreSQL roles, run by a superuser (the postgres image runs it once, through
-- init-roles.sh, on its first start; rerunning it is harmless). psql variables: database, owner,
-- owner_password, app, app_password.
--   owner  owns the database and its schema: runs the migrations (`npm run migrate`), nothing else.
--   app    what the API and the worker log in as: reads and writes rows, creates nothing, no superuser.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
ALTER ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';

ALTER DATABASE :"database" OWNER TO :"owner";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"app";

\connect :"database"
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";
-- Tables created before the roles existed (a deployment that ran as postgres) pass to the owner.
SELECT format('ALTER TABLE public.%I OWNER TO %I', tablename, :'owner') FROM pg_tables WHERE schemaname = 'public' AND tableowner <> :'owner' \gexec
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
-- And whatever the owner's migrations create from now on.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";
-- The audit log is append-only for the app (migrations/013_audit_log.sql revokes the same when it
-- creates the table): a rerun of this file after the migrations does not give back UPDATE or DELETE.
SELECT format('REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_log FROM %I', :'app') WHERE to_regclass('public.audit_log') IS NOT NULL \gexec
