/**
 * Shapes of docs/api.md "Billing essentials": the practice's billing details and fees, a
 * charge per session, payments, a client's account and the billing worklist. Amounts are
 * whole cents; days are `YYYY-MM-DD`. Nothing here is clinical text: a charge carries only
 * the billed client's ICD-10-CM codes, as a claim must. The generated API types (schema.ts),
 * named for the components.
 */
import type { BodyOf, ResponseOf } from './schema';

export const CptCodes = ['90791', '90832', '90834', '90837', '90846', '90847', '90853'] as const;
export type CptCode = (typeof CptCodes)[number];

export const PlacesOfService = ['02', '10', '11'] as const;
export type PlaceOfService = (typeof PlacesOfService)[number];

export const Modifiers = ['95', 'GT', 'FQ', '93'] as const;
export type Modifier = (typeof Modifiers)[number];

export const PaymentMethods = ['card', 'cash', 'check', 'bank-transfer', 'insurance', 'other'] as const;
export type PaymentMethod = (typeof PaymentMethods)[number];

/** `GET/PUT /billing/settings` (owners and billing). `fees`: cents per CPT code; a code without a fee is left out. */
export type BillingSettings = ResponseOf<'/api/v1/billing/settings'>;

/** `PUT /billing/providers/:userId`: a clinician's numbers for superbills. */
export type ProviderNumbers = BodyOf<'/api/v1/billing/providers/{id}', 'put'>;

/** `GET /billing/providers` (owners and billing): every active clinician with the numbers saved for them. */
export type BillingProvider = ResponseOf<'/api/v1/billing/providers'>[number];

/** A session's charge; `serviceDate` is the session's day where it was booked. */
export type Charge = ResponseOf<'/api/v1/appointments/{id}/charge', 'put'>;

/** A client who may be billed for a session, with their current ICD-10-CM codes and sliding scale (null: the full fee). */
export type BillableClient = ChargeDraft['billableClients'][number];

/** `GET /appointments/:id/charge`: what the charge form starts from (`fees`: the practice's fee per code). */
export type ChargeDraft = ResponseOf<'/api/v1/appointments/{id}/charge'>;

/** `PUT /appointments/:id/charge`. Without `feeCents` the practice's fee applies; without `amountCents` the sliding scale. */
export type ChargeInput = BodyOf<'/api/v1/appointments/{id}/charge', 'put'>;

export type Payment = ResponseOf<'/api/v1/clients/{id}/payments', 'post'>;

export type PaymentInput = BodyOf<'/api/v1/clients/{id}/payments', 'post'>;

/** `GET /clients/:id/account`: only the sessions this client is billed for. */
export type ClientAccount = ResponseOf<'/api/v1/clients/{id}/account'>;

/** A row of `GET /billing/sessions`: a session of the period (not cancelled) and its charge. */
export type BillingSession = ResponseOf<'/api/v1/billing/sessions'>[number];
