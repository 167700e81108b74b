import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { AuditEventTable } from './database.js';
import type { Db, DbOrTx } from './db.js';
import { newId } from './ids.js';

/**
 * The append-only, hash-chained audit log. Each practice has its own chain (`system` for events
 * outside any practice); each row's hash covers its fields and the previous row's hash, so a
 * changed, removed or reordered row breaks the chain at that row. The chain head row is
 * updated in the same transaction, which also serializes writers on PostgreSQL (row lock).
 */
export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEntry {
  practiceId: string | null;
  actorId: string | null;
  actorRole: string | null;
  /** A verb phrase such as `client.read`, `auth.sign-in`, `note.sign`. */
  action: string;
  resourceType: string;
  resourceId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);
export const SYSTEM_CHAIN = 'system';

type HashedFields = Omit<AuditEventTable, 'hash'>;

/** The hash of a row: SHA-256 over its fields in a fixed order, joined unambiguously (JSON). */
export function hashAuditRow(row: HashedFields): string {
  const fields = [
    row.id, row.chain_id, row.seq, row.practice_id, row.actor_id, row.actor_role, row.action,
    row.resource_type, row.resource_id, row.outcome, row.request_id, row.occurred_at, row.prev_hash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Appends one event. Call it with the transaction that makes the change it records. */
export async function appendAudit(db: DbOrTx, entry: AuditEntry, at: Date): Promise<void> {
  const chainId = entry.practiceId ?? SYSTEM_CHAIN;
  // Touching the head row first takes its lock (PostgreSQL) before we read it.
  let head = await db
    .updateTable('audit_heads')
    .set({ seq: sql`seq` })
    .where('chain_id', '=', chainId)
    .returning(['seq', 'hash'])
    .executeTakeFirst();
  if (!head) {
    await db
      .insertInto('audit_heads')
      .values({ chain_id: chainId, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('chain_id').doNothing())
      .execute();
    head = await db
      .updateTable('audit_heads')
      .set({ seq: sql`seq` })
      .where('chain_id', '=', chainId)
      .returning(['seq', 'hash'])
      .executeTakeFirstOrThrow();
  }
  const row: HashedFields = {
    id: newId(at.getTime()),
    chain_id: chainId,
    seq: head.seq + 1,
    practice_id: entry.practiceId,
    actor_id: entry.actorId,
    actor_role: entry.actorRole,
    action: entry.action,
    resource_type: entry.resourceType,
    resource_id: entry.resourceId,
    outcome: entry.outcome,
    request_id: entry.requestId,
    occurred_at: at.toISOString(),
    prev_hash: head.hash,
  };
  const hash = hashAuditRow(row);
  await db.insertInto('audit_events').values({ ...row, hash }).execute();
  await db.updateTable('audit_heads').set({ seq: row.seq, hash }).where('chain_id', '=', chainId).execute();
}

/** Appends one event in a transaction of its own (for reads and refusals, which change nothing else). */
export async function recordAudit(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  await db.transaction().execute((tx) => appendAudit(tx, entry, at));
}

export interface AuditVerifyResult {
  ok: boolean;
  chains: number;
  rows: number;
  /** The first broken row and why, when not ok. */
  problem?: { chainId: string; seq: number; rowId: string | null; reason: string };
}

/** Walks every chain in order and recomputes each hash. */
export async function verifyAuditChain(db: Db): Promise<AuditVerifyResult> {
  const heads = await db.selectFrom('audit_heads').selectAll().orderBy('chain_id').execute();
  const orphanChains = await db
    .selectFrom('audit_events')
    .select('chain_id')
    .distinct()
    .where('chain_id', 'not in', heads.length ? heads.map((h) => h.chain_id) : [''])
    .execute();
  if (orphanChains.length > 0) {
    const chainId = orphanChains[0]!.chain_id;
    return { ok: false, chains: heads.length, rows: 0, problem: { chainId, seq: 0, rowId: null, reason: 'rows belong to a chain with no head' } };
  }
  let rows = 0;
  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let lastSeq = 0;
    for (;;) {
      const page = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('chain_id', '=', head.chain_id)
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(5000)
        .execute();
      for (const row of page) {
        rows += 1;
        const fail = (reason: string): AuditVerifyResult => ({
          ok: false, chains: heads.length, rows, problem: { chainId: head.chain_id, seq: row.seq, rowId: row.id, reason },
        });
        if (row.seq !== expectedSeq) return fail(`row ${expectedSeq} is missing (found ${row.seq} next)`);
        if (row.prev_hash !== prevHash) return fail('its link to the previous row does not match (a row was removed, reordered or changed)');
        const { hash, ...fields } = row;
        if (hashAuditRow(fields) !== hash) return fail('its contents were changed after it was written');
        prevHash = hash;
        lastSeq = row.seq;
        expectedSeq += 1;
      }
      if (page.length < 5000) break;
    }
    if (head.seq !== lastSeq || head.hash !== prevHash) {
      return {
        ok: false, chains: heads.length, rows,
        problem: { chainId: head.chain_id, seq: lastSeq + 1, rowId: null, reason: `the chain ends at row ${lastSeq} but its head records row ${head.seq} (rows were removed from the end)` },
      };
    }
  }
  return { ok: true, chains: heads.length, rows };
}
