import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTx } from '../../platform/db.js';
import type { WebhookDeliveryTable, WebhookTable } from '../../platform/database.js';

export type WebhookRow = Selectable<WebhookTable>;
export type DeliveryRow = Selectable<WebhookDeliveryTable>;

export async function insertWebhook(db: DbOrTx, row: Insertable<WebhookTable>): Promise<void> {
  await db.insertInto('webhooks').values(row).execute();
}

export function findWebhook(db: DbOrTx, practiceId: string, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhooks').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export function listWebhooks(db: DbOrTx, practiceId: string): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().where('practice_id', '=', practiceId).orderBy('created_at').orderBy('id').execute();
}

export function activeWebhooks(db: DbOrTx, practiceId: string): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().where('practice_id', '=', practiceId).where('active', '=', 1).execute();
}

export async function updateWebhook(db: DbOrTx, id: string, set: Updateable<WebhookTable>): Promise<void> {
  await db.updateTable('webhooks').set(set).where('id', '=', id).execute();
}

export async function deleteWebhook(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
  await db.deleteFrom('webhooks').where('id', '=', id).execute();
}

export async function insertDeliveries(db: DbOrTx, rows: Insertable<WebhookDeliveryTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('webhook_deliveries').values(rows).execute();
}

export function dueDeliveries(db: DbOrTx, now: string, limit: number): Promise<DeliveryRow[]> {
  return db.selectFrom('webhook_deliveries').selectAll().where('status', '=', 'pending').where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
}

export function listDeliveries(db: DbOrTx, webhookId: string, limit: number): Promise<DeliveryRow[]> {
  return db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function updateDelivery(db: DbOrTx, id: string, set: Updateable<WebhookDeliveryTable>): Promise<void> {
  await db.updateTable('webhook_deliveries').set(set).where('id', '=', id).execute();
}
