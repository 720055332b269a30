#!/bin/sh
# The postgres image's first start (/docker-entrypoint-initdb.d): the service's roles (roles.sql).
set -eu
psql --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v database="$POSTGRES_DB" \
  -v owner=sistem_kerja_owner -v owner_password="$SISTEM_KERJA_OWNER_PASSWORD" \
  -v app=sistem_kerja_app -v app_password="$SISTEM_KERJA_APP_PASSWORD" \
  -f /sistem-kerja/roles.sql
