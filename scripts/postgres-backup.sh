#!/bin/sh
# Backs up Candor's PostgreSQL database while Candor runs: pg_dump reads one consistent snapshot,
# so writes may continue. The encryption key (CANDOR_MASTER_KEY) is not in the dump: keep it
# separately. Usage: DATABASE_URL=postgres://… scripts/postgres-backup.sh <file.dump>
set -eu
if [ $# -ne 1 ] || [ -z "${DATABASE_URL:-}" ]; then
  echo "usage: DATABASE_URL=postgres://… $0 <file.dump>" >&2
  exit 2
fi
umask 077
pg_dump --format=custom --no-owner --file="$1.partial" "$DATABASE_URL"
mv "$1.partial" "$1"
echo "Backed up to $1. The encryption key is NOT in the backup: keep CANDOR_MASTER_KEY safe separately."
