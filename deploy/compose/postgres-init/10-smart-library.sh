#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d):
# creates the role the services use and one database per service, owned by it.
set -eu
psql -v ON_ERROR_STOP=1 -v slp_password="${SLP_DB_PASSWORD:-slp}" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE slp LOGIN PASSWORD :'slp_password';
CREATE DATABASE assessment OWNER slp;
CREATE DATABASE partner OWNER slp;
CREATE DATABASE matching OWNER slp;
SQL
