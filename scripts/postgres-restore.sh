#!/bin/sh
# Restores a dump made by postgres-backup.sh into the (empty, or to be replaced) database at
# DATABASE_URL, in one transaction: it all lands or nothing does. Stop Candor first; afterwards
# start it with the same CANDOR_MASTER_KEY and run `candor audit verify`.
# Usage: DATABASE_URL=postgres://… scripts/postgres-restore.sh <file.dump>
set -eu
if [ $# -ne 1 ] || [ -z "${DATABASE_URL:-}" ]; then
  echo "usage: DATABASE_URL=postgres://… $0 <file.dump>" >&2
  exit 2
fi
if [ ! -f "$1" ]; then
  echo "no backup at $1" >&2
  exit 1
fi
pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname="$DATABASE_URL" "$1"
echo "Restored $1. Now start Candor with the key it was written with and run: candor audit verify"
