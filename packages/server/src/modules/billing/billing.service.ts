import { isValidCptForKind, suggestCpt, suggestPlaceOfService, type CptCode } from '@candor/clinical';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, requireActor, requireRole } from '../../platform/authz.js';
import { localDay } from '../../platform/clock.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { spreadsheetCell as cell } from '../../platform/csv.js';
import { renderPdf, type PdfBlock } from '../../platform/pdf.js';
import { displayName, findClientRecord, requireBillableClient } from '../clients/clients.service.js';
import { diagnosesOfClients } from '../diagnoses/diagnoses.service.js';
import { clinicianIdsAmong, getPracticeRecord, practiceClinicians, staffDisplayName } from '../practice/practice.service.js';
import type { Appointment } from '../scheduling/scheduling.schemas.js';
import { appointmentWithAttendees, appointmentsBetween } from '../scheduling/scheduling.service.js';
import * as repo from './billing.repository.js';
import type { ChargeRow, PaymentRow } from './billing.repository.js';
import type { Charge, ChargeInput, PAYMENT_METHODS, Settings } from './billing.schemas.js';

/**
 * Billing essentials: a charge per session (CPT code suggested from its length, place of
 * service and telehealth modifier, the billed client's diagnosis codes, the practice's fee at
 * the client's sliding-scale rate), payments, balances, a superbill per client and an income
 * report. For a joint session one partner is the billed client; their statements never name
 * or describe the other. Billing users see this and nothing clinical: no notes, plans,
 * histories or measures are read here.
 */
const BILLABLE_DIAGNOSIS_STATUSES = new Set(['provisional', 'confirmed', 'in-remission']);

function toCharge(row: ChargeRow): Charge {
  return {
    id: row.id, appointmentId: row.appointment_id, billedClientId: row.billed_client_id, clinicianId: row.clinician_id, serviceDate: row.service_date, cptCode: row.cpt_code as Charge['cptCode'],
    placeOfService: row.place_of_service as Charge['placeOfService'], modifier: row.modifier as Charge['modifier'], diagnosisCodes: JSON.parse(row.diagnosis_codes) as string[], feeCents: row.fee_cents, amountCents: row.amount_cents,
    status: row.status, updatedAt: row.updated_at,
  };
}

function toPayment(row: PaymentRow) {
  return { id: row.id, clientId: row.client_id, amountCents: row.amount_cents, method: row.method as (typeof PAYMENT_METHODS)[number], receivedOn: row.received_on, reference: row.reference };
}

function requireBillingStaff(rc: RequestContext): Actor {
  return requireRole(rc, 'owner', 'billing');
}

async function feesOf(db: DbOrTx, practiceId: string): Promise<Partial<Record<CptCode, number>>> {
  const row = await repo.findSettings(db, practiceId);
  return row ? (JSON.parse(row.fees) as Partial<Record<CptCode, number>>) : {};
}

export async function getSettings(app: AppContext, rc: RequestContext): Promise<Settings> {
  const actor = requireBillingStaff(rc);
  const row = await repo.findSettings(app.db, actor.practiceId);
  return { billingName: row?.billing_name ?? null, address: row?.address ?? null, phone: row?.phone ?? null, taxId: row?.tax_id ?? null, npi: row?.npi ?? null, fees: row ? JSON.parse(row.fees) : {} };
}

export async function saveSettings(app: AppContext, rc: RequestContext, input: Settings): Promise<Settings> {
  const actor = requireBillingStaff(rc);
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertSettings(tx, {
      practice_id: actor.practiceId, billing_name: input.billingName, address: input.address, phone: input.phone, tax_id: input.taxId, npi: input.npi,
      fees: JSON.stringify(input.fees), updated_at: app.clock.now().toISOString(),
    });
    await appendAudit(tx, auditEntry(rc, 'billing.settings', 'practice', actor.practiceId), app.clock.now());
  });
  return input;
}

/** A clinician's NPI and licence for superbills: the clinician themself, owners or billing. */
export async function saveProvider(app: AppContext, rc: RequestContext, userId: string, input: { npi: string | null; license: string | null }) {
  const actor = requireActor(rc);
  if (!(actor.userId === userId || hasRole(actor, 'owner', 'billing')) || !(await clinicianIdsAmong(app.db, actor.practiceId, [userId])).has(userId)) throw new NotFoundError();
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertProvider(tx, { user_id: userId, practice_id: actor.practiceId, npi: input.npi, license: input.license, updated_at: app.clock.now().toISOString() });
    await appendAudit(tx, auditEntry(rc, 'billing.provider', 'user', userId), app.clock.now());
  });
  return { userId, ...input };
}

/** Each clinician's NPI and licence as entered for superbills (owners and billing). */
export async function listProviders(app: AppContext, rc: RequestContext) {
  const actor = requireBillingStaff(rc);
  const out = [];
  for (const c of await practiceClinicians(app.db, actor.practiceId)) {
    const numbers = await repo.findProvider(app.db, actor.practiceId, c.id);
    out.push({ userId: c.id, displayName: c.displayName, npi: numbers?.npi ?? null, license: numbers?.license ?? null });
  }
  return out;
}

export async function setSlidingScale(app: AppContext, rc: RequestContext, clientId: string, percent: number | null) {
  const { actor } = await requireBillableClient(app, rc, clientId, 'billing.sliding-scale');
  await app.db.transaction().execute(async (tx) => {
    await repo.setSlidingScale(tx, actor.practiceId, clientId, percent, app.clock.now().toISOString());
    await appendAudit(tx, auditEntry(rc, 'billing.sliding-scale', 'client', clientId), app.clock.now());
  });
  return { clientId, slidingScalePercent: percent };
}

/** Owners and billing: any appointment of the practice; a clinician: their own. Others 404, audited. */
async function loadAppointment(app: AppContext, rc: RequestContext, id: string, action: string) {
  const actor = requireRole(rc, 'owner', 'billing', 'clinician', 'supervisor');
  const found = await appointmentWithAttendees(app.db, actor.practiceId, id);
  if (!found || !(hasRole(actor, 'owner', 'billing') || found.row.clinician_id === actor.userId)) {
    await recordAudit(app.db, auditEntry(rc, action, 'appointment', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, ...found };
}

async function billableClients(app: AppContext, practiceId: string, clientIds: string[]) {
  const diagnoses = await diagnosesOfClients(app.db, practiceId, clientIds);
  const out = [];
  for (const clientId of clientIds) {
    const client = (await findClientRecord(app.db, practiceId, clientId))!;
    out.push({
      clientId, displayName: displayName(client), slidingScalePercent: await repo.slidingScaleOf(app.db, practiceId, clientId),
      diagnosisCodes: [...new Set(diagnoses.filter((d) => d.clientId === clientId && BILLABLE_DIAGNOSIS_STATUSES.has(d.status)).map((d) => d.icd10))],
    });
  }
  return out;
}

function minutesOf(row: { starts_at: string; ends_at: string }): number {
  return Math.round((Date.parse(row.ends_at) - Date.parse(row.starts_at)) / 60_000);
}

/** What the charge form starts from: the session, who can be billed, and the suggested coding. */
export async function chargeDraft(app: AppContext, rc: RequestContext, appointmentId: string) {
  const { actor, row, clientIds } = await loadAppointment(app, rc, appointmentId, 'billing.charge-read');
  const minutes = minutesOf(row);
  const cpt = suggestCpt({ kind: row.kind as 'individual', minutes });
  // Most video sessions are joined from home (POS 10); the biller changes it when not.
  const pos = suggestPlaceOfService({ modality: row.modality as 'video', clientAtHome: true });
  const fees = await feesOf(app.db, actor.practiceId);
  const charge = await repo.findChargeOfAppointment(app.db, actor.practiceId, appointmentId);
  await recordAudit(app.db, auditEntry(rc, 'billing.charge-read', 'appointment', appointmentId), app.clock.now());
  return {
    appointment: {
      id: row.id, kind: row.kind as Appointment['kind'], modality: row.modality as Appointment['modality'], startsAt: row.starts_at, minutes, status: row.status as Appointment['status'], clinicianName: await staffDisplayName(app.db, actor.practiceId, row.clinician_id) },
    billableClients: await billableClients(app, actor.practiceId, clientIds),
    suggestion: { cptCode: cpt.code, reason: cpt.reason, placeOfService: pos.placeOfService, modifier: pos.modifier, feeCents: cpt.code ? fees[cpt.code] ?? null : null },
    fees,
    charge: charge ? toCharge(charge) : null,
  };
}

export async function saveCharge(app: AppContext, rc: RequestContext, appointmentId: string, input: ChargeInput): Promise<Charge> {
  const { actor, row, clientIds } = await loadAppointment(app, rc, appointmentId, 'billing.charge');
  if (row.status === 'cancelled') throw ValidationError.field('appointmentId', 'this appointment was cancelled, so there is no session to bill');
  if (row.status === 'no-show') throw ValidationError.field('appointmentId', 'this appointment was missed; a missed session is not billed as psychotherapy');
  if (Date.parse(row.starts_at) > app.clock.now().getTime()) throw ValidationError.field('appointmentId', 'this session has not happened yet');
  if (!clientIds.includes(input.billedClientId)) throw ValidationError.field('billedClientId', 'is not an attendee of this session');
  if (!isValidCptForKind(input.cptCode, row.kind as 'individual')) throw ValidationError.field('cptCode', `does not fit a ${row.kind} session`);
  if (row.modality === 'in-person' && input.placeOfService !== '11') throw ValidationError.field('placeOfService', 'an in-person session is place of service 11 (office)');
  if (row.modality === 'video' && input.placeOfService === '11') throw ValidationError.field('placeOfService', 'a video session is place of service 02 or 10');
  const [billed] = await billableClients(app, actor.practiceId, [input.billedClientId]);
  input.diagnosisCodes.forEach((code, i) => { if (!billed!.diagnosisCodes.includes(code)) throw ValidationError.field(`diagnosisCodes.${i}`, 'is not a current diagnosis of the billed client'); });
  const fee = input.feeCents ?? (await feesOf(app.db, actor.practiceId))[input.cptCode];
  if (fee === undefined) throw ValidationError.field('feeCents', `set a fee for ${input.cptCode} in billing settings, or give one here`);
  const amount = input.amountCents ?? Math.round((fee * (billed!.slidingScalePercent ?? 100)) / 100);
  if (amount > fee) throw ValidationError.field('amountCents', 'cannot be more than the fee');
  const now = app.clock.now().toISOString();
  const existing = await repo.findChargeOfAppointment(app.db, actor.practiceId, appointmentId);
  const charge: ChargeRow = {
    id: existing?.id ?? newId(), practice_id: actor.practiceId, appointment_id: appointmentId, billed_client_id: input.billedClientId, clinician_id: row.clinician_id,
    service_date: localDay(new Date(row.starts_at), row.time_zone), cpt_code: input.cptCode, place_of_service: input.placeOfService, modifier: input.modifier,
    diagnosis_codes: JSON.stringify(input.diagnosisCodes), fee_cents: fee, amount_cents: amount, status: 'active', created_by: existing?.created_by ?? actor.userId,
    created_at: existing?.created_at ?? now, updated_at: now,
  };
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertCharge(tx, charge);
    await appendAudit(tx, auditEntry(rc, existing ? 'billing.charge-update' : 'billing.charge', 'appointment', appointmentId), app.clock.now());
  });
  return toCharge(charge);
}

export async function recordPayment(app: AppContext, rc: RequestContext, clientId: string, input: { amountCents: number; method: string; receivedOn: string; reference?: string }) {
  requireBillingStaff(rc);
  const { actor } = await requireBillableClient(app, rc, clientId, 'billing.payment');
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  if (input.receivedOn > localDay(app.clock.now(), practice.time_zone)) throw ValidationError.field('receivedOn', 'cannot be in the future');
  const row: PaymentRow = { id: newId(), practice_id: actor.practiceId, client_id: clientId, amount_cents: input.amountCents, method: input.method, received_on: input.receivedOn, reference: input.reference ?? null, created_by: actor.userId, created_at: app.clock.now().toISOString() };
  await app.db.transaction().execute(async (tx) => {
    await repo.insertPayment(tx, row);
    await appendAudit(tx, auditEntry(rc, 'billing.payment', 'client', clientId), app.clock.now());
  });
  return toPayment(row);
}

/** A client's account: their charges (as the billed client only), payments and balance. */
export async function account(app: AppContext, rc: RequestContext, clientId: string) {
  const { actor, client } = await requireBillableClient(app, rc, clientId, 'billing.account');
  const charges = await repo.listChargesOfClient(app.db, actor.practiceId, clientId);
  const payments = await repo.listPaymentsOfClient(app.db, actor.practiceId, clientId);
  await recordAudit(app.db, auditEntry(rc, 'billing.account', 'client', clientId), app.clock.now());
  const chargedCents = charges.reduce((s, c) => s + c.amount_cents, 0);
  const paidCents = payments.reduce((s, p) => s + p.amount_cents, 0);
  return {
    client: { id: client.id, displayName: displayName(client) }, slidingScalePercent: await repo.slidingScaleOf(app.db, actor.practiceId, clientId),
    charges: charges.map(toCharge), payments: payments.map(toPayment), chargedCents, paidCents, balanceCents: chargedCents - paidCents,
  };
}

const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** A superbill for the client to claim from their insurer: only their own sessions, codes and payments. */
export async function superbill(app: AppContext, rc: RequestContext, clientId: string, range: { from: string; to: string }): Promise<Uint8Array> {
  if (range.to < range.from) throw ValidationError.field('query.to', 'must be on or after from');
  const { actor, client } = await requireBillableClient(app, rc, clientId, 'billing.superbill');
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const settings = await repo.findSettings(app.db, actor.practiceId);
  const charges = await repo.listChargesOfClient(app.db, actor.practiceId, clientId, range);
  const payments = await repo.listPaymentsOfClient(app.db, actor.practiceId, clientId, range);
  const contact = client.contact ? (JSON.parse(app.keyring.decrypt(client.contact)) as { address?: string | null }) : {};
  const blocks: PdfBlock[] = [
    { kind: 'letterhead', text: settings?.billing_name ?? practice.name },
    ...(settings?.address ? [{ kind: 'text' as const, text: settings.address }] : []),
    { kind: 'text', text: [settings?.phone ? `Phone ${settings.phone}` : null, settings?.tax_id ? `Tax ID ${settings.tax_id}` : null, settings?.npi ? `NPI ${settings.npi}` : null].filter(Boolean).join('   ') || ' ' },
    { kind: 'heading', text: `Superbill — statement of services ${range.from} to ${range.to}` },
    { kind: 'text', text: `Client: ${client.first_name} ${client.last_name}, born ${client.date_of_birth}` },
    ...(contact.address ? [{ kind: 'text' as const, text: `Address: ${contact.address}` }] : []),
    { kind: 'heading', text: 'Services' },
    { kind: 'row', bold: true, cells: ['Date', 'CPT', 'Mod', 'POS', 'Diagnosis (ICD-10-CM)', 'Provider', 'Fee', 'Charged'], widths: [0.12, 0.08, 0.06, 0.06, 0.22, 0.22, 0.12, 0.12] },
  ];
  const providers = new Map<string, string>();
  for (const c of charges) {
    if (!providers.has(c.clinician_id)) {
      const numbers = await repo.findProvider(app.db, actor.practiceId, c.clinician_id);
      providers.set(c.clinician_id, [await staffDisplayName(app.db, actor.practiceId, c.clinician_id), numbers?.npi ? `NPI ${numbers.npi}` : null].filter(Boolean).join(', '));
    }
    blocks.push({ kind: 'row', cells: [c.service_date, c.cpt_code, c.modifier ?? '', c.place_of_service, (JSON.parse(c.diagnosis_codes) as string[]).join(', '), providers.get(c.clinician_id)!, money(c.fee_cents), money(c.amount_cents)], widths: [0.12, 0.08, 0.06, 0.06, 0.22, 0.22, 0.12, 0.12] });
  }
  if (charges.length === 0) blocks.push({ kind: 'text', text: 'No services in this period.' });
  const charged = charges.reduce((s, c) => s + c.amount_cents, 0);
  const paid = payments.reduce((s, p) => s + p.amount_cents, 0);
  blocks.push(
    { kind: 'heading', text: 'Payments' },
    ...payments.map((p) => ({ kind: 'item' as const, text: `${p.received_on}  ${money(p.amount_cents)}  (${p.method})` })),
    { kind: 'text', text: `Total charged ${money(charged)}; total paid ${money(paid)}; balance for this period ${money(charged - paid)}.` },
    { kind: 'text', text: 'Place of service: 11 office, 10 telehealth in the client’s home, 02 telehealth elsewhere. Provided to the client for their own insurance claim.' },
  );
  await recordAudit(app.db, auditEntry(rc, 'billing.superbill', 'client', clientId), app.clock.now());
  return renderPdf('Superbill', blocks);
}


/** The practice's income for a period: each charge and each payment, one row each. */
export async function incomeCsv(app: AppContext, rc: RequestContext, range: { from: string; to: string }): Promise<string> {
  const actor = requireBillingStaff(rc);
  if (range.to < range.from) throw ValidationError.field('query.to', 'must be on or after from');
  const charges = await repo.listChargesInRange(app.db, actor.practiceId, range.from, range.to);
  const payments = await repo.listPaymentsInRange(app.db, actor.practiceId, range.from, range.to);
  const names = new Map<string, string>();
  const clientName = async (id: string) => names.get(id) ?? names.set(id, displayName((await findClientRecord(app.db, actor.practiceId, id))!)).get(id)!;
  const rows: string[][] = [];
  for (const c of charges) rows.push([c.service_date, 'charge', await staffDisplayName(app.db, actor.practiceId, c.clinician_id), cell(await clientName(c.billed_client_id)), c.cpt_code, (c.fee_cents / 100).toFixed(2), (c.amount_cents / 100).toFixed(2), '']);
  for (const p of payments) rows.push([p.received_on, 'payment', '', cell(await clientName(p.client_id)), '', '', '', (p.amount_cents / 100).toFixed(2)]);
  rows.sort((x, y) => x[0]!.localeCompare(y[0]!));
  const totalCharged = charges.reduce((s, c) => s + c.amount_cents, 0);
  const totalPaid = payments.reduce((s, p) => s + p.amount_cents, 0);
  rows.push(['', 'total', '', '', '', '', (totalCharged / 100).toFixed(2), (totalPaid / 100).toFixed(2)]);
  await recordAudit(app.db, auditEntry(rc, 'billing.income-report', 'practice', actor.practiceId), app.clock.now());
  return stringify(rows, { header: true, columns: ['date', 'type', 'clinician', 'client', 'cpt', 'fee', 'charged', 'paid'] });
}

/** The billing worklist: sessions in a period (not cancelled) with their charge, if any. */
export async function sessions(app: AppContext, rc: RequestContext, range: { from: string; to: string }) {
  const actor = requireBillingStaff(rc);
  if (range.to < range.from) throw ValidationError.field('query.to', 'must be on or after from');
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const from = DateTime.fromISO(range.from, { zone: practice.time_zone }).toUTC().toISO()!;
  const to = DateTime.fromISO(range.to, { zone: practice.time_zone }).plus({ days: 1 }).toUTC().toISO()!;
  const appointments = (await appointmentsBetween(app, actor.practiceId, from, to)).filter((a) => a.status !== 'cancelled');
  await recordAudit(app.db, auditEntry(rc, 'billing.sessions', 'practice', actor.practiceId), app.clock.now());
  const charges = new Map((await repo.listChargesOfAppointments(app.db, actor.practiceId, appointments.map((a) => a.id))).map((c) => [c.appointment_id, toCharge(c)]));
  return appointments.map((a) => ({ appointmentId: a.id, startsAt: a.startsAt, kind: a.kind, status: a.status, clinicianName: a.clinician.displayName, attendees: a.attendees, charge: charges.get(a.id) ?? null }));
}
