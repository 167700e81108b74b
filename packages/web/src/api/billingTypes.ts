/**
 * Shapes of docs/api.md "Billing essentials": the practice's billing details and fees, a
 * charge per session, payments, a client's account and the billing worklist. Amounts are
 * whole cents; days are `YYYY-MM-DD`. Nothing here is clinical text: a charge carries only
 * the billed client's ICD-10-CM codes, as a claim must.
 */
import type { AppointmentKind, AppointmentStatus, Modality } from './schedulingTypes';

export const CptCodes = ['90791', '90832', '90834', '90837', '90846', '90847', '90853'] as const;
export type CptCode = (typeof CptCodes)[number];

export const PlacesOfService = ['02', '10', '11'] as const;
export type PlaceOfService = (typeof PlacesOfService)[number];

export const Modifiers = ['95', 'GT', 'FQ', '93'] as const;
export type Modifier = (typeof Modifiers)[number];

export const PaymentMethods = ['card', 'cash', 'check', 'bank-transfer', 'insurance', 'other'] as const;
export type PaymentMethod = (typeof PaymentMethods)[number];

/** `GET/PUT /billing/settings` (owners and billing). */
export interface BillingSettings {
  billingName: string | null;
  address: string | null;
  phone: string | null;
  /** `12-3456789`. */
  taxId: string | null;
  /** Ten digits. */
  npi: string | null;
  /** Fee in cents per CPT code; a code without a fee is left out. */
  fees: Partial<Record<CptCode, number>>;
}

/** `PUT /billing/providers/:userId`: a clinician's numbers for superbills. */
export interface ProviderNumbers {
  npi: string | null;
  license: string | null;
}

/** `GET /billing/providers` (owners and billing): every active clinician with the numbers saved for them. */
export interface BillingProvider extends ProviderNumbers {
  userId: string;
  displayName: string;
}

export interface Charge {
  id: string;
  appointmentId: string;
  billedClientId: string;
  clinicianId: string;
  /** The session's day where it was booked. */
  serviceDate: string;
  cptCode: CptCode;
  placeOfService: PlaceOfService;
  modifier: Modifier | null;
  diagnosisCodes: string[];
  feeCents: number;
  amountCents: number;
  status: string;
  updatedAt: string;
}

export interface BillableClient {
  clientId: string;
  displayName: string;
  /** The client's current (provisional, confirmed, in remission) ICD-10-CM codes. */
  diagnosisCodes: string[];
  /** The share of the fee the client pays; null is the full fee. */
  slidingScalePercent: number | null;
}

/** `GET /appointments/:id/charge`: what the charge form starts from. */
export interface ChargeDraft {
  appointment: {
    id: string;
    kind: AppointmentKind;
    modality: Modality;
    startsAt: string;
    minutes: number;
    status: AppointmentStatus;
    clinicianName: string;
  };
  billableClients: BillableClient[];
  suggestion: {
    cptCode: CptCode | null;
    reason: string;
    placeOfService: PlaceOfService;
    modifier: Modifier | null;
    /** The practice's fee for the suggested code, when one is set. */
    feeCents: number | null;
  };
  /** The practice's fee in cents for each code that has one, so a changed code shows its fee. */
  fees: Partial<Record<CptCode, number>>;
  charge: Charge | null;
}

/** `PUT /appointments/:id/charge`. Without `feeCents` the practice's fee applies; without `amountCents` the sliding scale. */
export interface ChargeInput {
  billedClientId: string;
  cptCode: CptCode;
  placeOfService: PlaceOfService;
  modifier: Modifier | null;
  diagnosisCodes: string[];
  feeCents?: number;
  amountCents?: number;
}

export interface Payment {
  id: string;
  clientId: string;
  amountCents: number;
  method: PaymentMethod;
  receivedOn: string;
  reference: string | null;
}

export interface PaymentInput {
  amountCents: number;
  method: PaymentMethod;
  receivedOn: string;
  reference?: string;
}

/** `GET /clients/:id/account`: only the sessions this client is billed for. */
export interface ClientAccount {
  client: { id: string; displayName: string };
  slidingScalePercent: number | null;
  charges: Charge[];
  payments: Payment[];
  chargedCents: number;
  paidCents: number;
  balanceCents: number;
}

/** A row of `GET /billing/sessions`: a session of the period (not cancelled) and its charge. */
export interface BillingSession {
  appointmentId: string;
  startsAt: string;
  kind: AppointmentKind;
  status: AppointmentStatus;
  clinicianName: string;
  attendees: { clientId: string; displayName: string }[];
  charge: Charge | null;
}
