import type { Selectable } from 'kysely';
import type { BillingSettingsTable, ChargeTable, PaymentTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type SettingsRow = Selectable<BillingSettingsTable>;
export type ChargeRow = Selectable<ChargeTable>;
export type PaymentRow = Selectable<PaymentTable>;

export function findSettings(db: DbOrTx, practiceId: string): Promise<SettingsRow | undefined> {
  return db.selectFrom('billing_settings').selectAll().where('practice_id', '=', practiceId).executeTakeFirst();
}

export async function upsertSettings(db: DbOrTx, row: SettingsRow): Promise<void> {
  const { practice_id: _id, ...rest } = row;
  await db.insertInto('billing_settings').values(row).onConflict((oc) => oc.column('practice_id').doUpdateSet(rest)).execute();
}

export function findProvider(db: DbOrTx, practiceId: string, userId: string) {
  return db.selectFrom('provider_numbers').selectAll().where('practice_id', '=', practiceId).where('user_id', '=', userId).executeTakeFirst();
}

export async function upsertProvider(db: DbOrTx, row: { user_id: string; practice_id: string; npi: string | null; license: string | null; updated_at: string }): Promise<void> {
  await db.insertInto('provider_numbers').values(row).onConflict((oc) => oc.column('user_id').doUpdateSet({ npi: row.npi, license: row.license, updated_at: row.updated_at })).execute();
}

export async function slidingScaleOf(db: DbOrTx, practiceId: string, clientId: string): Promise<number | null> {
  const row = await db.selectFrom('client_billing').select('sliding_scale_percent').where('practice_id', '=', practiceId).where('client_id', '=', clientId).executeTakeFirst();
  return row?.sliding_scale_percent ?? null;
}

export async function setSlidingScale(db: DbOrTx, practiceId: string, clientId: string, percent: number | null, at: string): Promise<void> {
  await db.insertInto('client_billing').values({ client_id: clientId, practice_id: practiceId, sliding_scale_percent: percent, updated_at: at })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ sliding_scale_percent: percent, updated_at: at })).execute();
}

export function findChargeOfAppointment(db: DbOrTx, practiceId: string, appointmentId: string): Promise<ChargeRow | undefined> {
  return db.selectFrom('charges').selectAll().where('practice_id', '=', practiceId).where('appointment_id', '=', appointmentId).executeTakeFirst();
}

export async function upsertCharge(db: DbOrTx, row: ChargeRow): Promise<void> {
  const { id: _id, created_at: _c, created_by: _b, appointment_id: _a, practice_id: _p, ...rest } = row;
  await db.insertInto('charges').values(row).onConflict((oc) => oc.column('appointment_id').doUpdateSet(rest)).execute();
}

export function listChargesOfClient(db: DbOrTx, practiceId: string, clientId: string, range?: { from: string; to: string }): Promise<ChargeRow[]> {
  let q = db.selectFrom('charges').selectAll().where('practice_id', '=', practiceId).where('billed_client_id', '=', clientId).where('status', '=', 'active');
  if (range) q = q.where('service_date', '>=', range.from).where('service_date', '<=', range.to);
  return q.orderBy('service_date').execute();
}

export function listChargesInRange(db: DbOrTx, practiceId: string, from: string, to: string): Promise<ChargeRow[]> {
  return db.selectFrom('charges').selectAll().where('practice_id', '=', practiceId).where('status', '=', 'active').where('service_date', '>=', from).where('service_date', '<=', to).orderBy('service_date').execute();
}

export async function insertPayment(db: DbOrTx, row: PaymentRow): Promise<void> {
  await db.insertInto('payments').values(row).execute();
}

export function listPaymentsOfClient(db: DbOrTx, practiceId: string, clientId: string, range?: { from: string; to: string }): Promise<PaymentRow[]> {
  let q = db.selectFrom('payments').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId);
  if (range) q = q.where('received_on', '>=', range.from).where('received_on', '<=', range.to);
  return q.orderBy('received_on').execute();
}

export function listPaymentsInRange(db: DbOrTx, practiceId: string, from: string, to: string): Promise<PaymentRow[]> {
  return db.selectFrom('payments').selectAll().where('practice_id', '=', practiceId).where('received_on', '>=', from).where('received_on', '<=', to).orderBy('received_on').execute();
}

export function listChargesOfAppointments(db: DbOrTx, practiceId: string, appointmentIds: string[]): Promise<ChargeRow[]> {
  if (appointmentIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('charges').selectAll().where('practice_id', '=', practiceId).where('appointment_id', 'in', appointmentIds).execute();
}
