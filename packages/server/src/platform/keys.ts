import type { Kysely } from 'kysely';
import type { Keyring } from './crypto.js';
import type { Db } from './db.js';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.js';

/**
 * Re-encrypts every stored ciphertext that is not under the active key, in batches, each batch
 * one transaction. Safe to re-run after an interruption: finished rows are skipped.
 */
export async function reencryptAll(db: Db, keyring: Keyring, batchSize = 500): Promise<{ rewritten: number }> {
  let rewritten = 0;
  const activePrefix = `v1.${keyring.activeKeyId}.`;
  for (const { table, key, column } of ENCRYPTED_COLUMNS) {
    for (;;) {
      // The table and column names come from ENCRYPTED_COLUMNS, so the query is untyped.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const anyDb = db as unknown as Kysely<any>;
      const rows: { k: string; v: string }[] = await anyDb
        .selectFrom(table)
        .select([`${key} as k`, `${column} as v`])
        .where(column, 'is not', null)
        .where(column, 'not like', `${activePrefix}%`)
        .limit(batchSize)
        .execute();
      if (rows.length === 0) break;
      await anyDb.transaction().execute(async (tx) => {
        for (const row of rows) {
          await tx.updateTable(table).set({ [column]: keyring.encrypt(keyring.decrypt(row.v)) }).where(key, '=', row.k).execute();
        }
      });
      rewritten += rows.length;
    }
  }
  return { rewritten };
}
