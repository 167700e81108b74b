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
  await appendAuditEntries(db, [{ entry, at }]);
}

/** Takes the chain head's lock (PostgreSQL: the row lock) and reads it, creating it on first use. */
async function lockHead(db: DbOrTx, chainId: string): Promise<{ seq: number; hash: string }> {
  // Touching the head row first takes its lock (PostgreSQL) before we read it.
  const head = await db.updateTable('audit_heads').set({ seq: sql`seq` }).where('chain_id', '=', chainId).returning(['seq', 'hash']).executeTakeFirst();
  if (head) return head;
  await db.insertInto('audit_heads').values({ chain_id: chainId, seq: 0, hash: GENESIS_HASH }).onConflict((oc) => oc.column('chain_id').doNothing()).execute();
  return db.updateTable('audit_heads').set({ seq: sql`seq` }).where('chain_id', '=', chainId).returning(['seq', 'hash']).executeTakeFirstOrThrow();
}

/**
 * Appends events in order, each to its practice's chain: per chain the head is locked and read
 * once, the rows written in one statement, and the head moved once. Chains are taken in a fixed
 * order, so two transactions never wait on each other's heads (no deadlock on PostgreSQL).
 */
export async function appendAuditEntries(db: DbOrTx, items: readonly { entry: AuditEntry; at: Date }[]): Promise<void> {
  const byChain = new Map<string, { entry: AuditEntry; at: Date }[]>();
  for (const item of items) {
    const chainId = item.entry.practiceId ?? SYSTEM_CHAIN;
    const list = byChain.get(chainId);
    if (list) list.push(item);
    else byChain.set(chainId, [item]);
  }
  for (const chainId of [...byChain.keys()].sort()) {
    const head = await lockHead(db, chainId);
    let seq = head.seq;
    let prev = head.hash;
    const rows: AuditEventTable[] = [];
    for (const { entry, at } of byChain.get(chainId)!) {
      const row: HashedFields = {
        id: newId(at.getTime()),
        chain_id: chainId,
        seq: ++seq,
        practice_id: entry.practiceId,
        actor_id: entry.actorId,
        actor_role: entry.actorRole,
        action: entry.action,
        resource_type: entry.resourceType,
        resource_id: entry.resourceId,
        outcome: entry.outcome,
        request_id: entry.requestId,
        occurred_at: at.toISOString(),
        prev_hash: prev,
      };
      prev = hashAuditRow(row);
      rows.push({ ...row, hash: prev });
    }
    for (let i = 0; i < rows.length; i += 1_000) await db.insertInto('audit_events').values(rows.slice(i, i + 1_000)).execute();
    await db.updateTable('audit_heads').set({ seq, hash: prev }).where('chain_id', '=', chainId).execute();
  }
}

interface PendingAudit { entry: AuditEntry; at: Date; resolve: () => void; reject: (error: unknown) => void }
const pendingAudits = new WeakMap<Db, PendingAudit[]>();

/**
 * Appends one event in a transaction of its own (for reads and refusals, which change nothing
 * else), and resolves once it is committed. Events recorded in the same turn of the event loop
 * share one transaction (group commit): one durable write for many reads under load, each still
 * acknowledged only after its row is on disk.
 */
export function recordAudit(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  return new Promise((resolve, reject) => {
    let queue = pendingAudits.get(db);
    if (!queue) {
      queue = [];
      pendingAudits.set(db, queue);
      setImmediate(() => void flushAudits(db));
    }
    queue.push({ entry, at, resolve, reject });
  });
}

async function flushAudits(db: Db): Promise<void> {
  const batch = pendingAudits.get(db) ?? [];
  pendingAudits.delete(db);
  try {
    await db.transaction().execute((tx) => appendAuditEntries(tx, batch));
    for (const p of batch) p.resolve();
  } catch (error) {
    for (const p of batch) p.reject(error);
  }
}

/**
 * Appends already-chained rows and moves each chain's head to its last row: for importing a
 * history (the bench dataset generator), whose rows the caller hashed with hashAuditRow in order.
 */
export async function appendChainedRows(db: DbOrTx, rows: readonly AuditEventTable[], heads: readonly { chain_id: string; seq: number; hash: string }[]): Promise<void> {
  if (rows.length) await db.insertInto('audit_events').values(rows).execute();
  for (const head of heads) {
    await db.insertInto('audit_heads').values(head).onConflict((oc) => oc.column('chain_id').doUpdateSet({ seq: head.seq, hash: head.hash })).execute();
  }
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
