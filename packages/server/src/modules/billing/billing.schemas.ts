import { Type, type Static } from 'typebox';
import { Id, Nullable } from '../../platform/schemas.js';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, MODALITIES } from '../scheduling/scheduling.schemas.js';

export const CPT = ['90791', '90832', '90834', '90837', '90846', '90847', '90853'] as const;
export const POS = ['02', '10', '11'] as const;
export const MODIFIERS = ['95', 'GT', 'FQ', '93'] as const;
export const PAYMENT_METHODS = ['card', 'cash', 'check', 'bank-transfer', 'insurance', 'other'] as const;
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Cents = Type.Integer({ minimum: 0, maximum: 10_000_000 });

export const SettingsBody = Type.Object({
  billingName: Nullable(Type.String({ minLength: 1, maxLength: 200 })),
  address: Nullable(Type.String({ minLength: 1, maxLength: 400 })),
  phone: Nullable(Type.String({ minLength: 1, maxLength: 40 })),
  taxId: Nullable(Type.String({ pattern: '^[0-9]{2}-?[0-9]{7}$' })),
  npi: Nullable(Type.String({ pattern: '^[0-9]{10}$' })),
  /** Fee in cents per CPT code. */
  fees: Type.Object(Object.fromEntries(CPT.map((code) => [code, Type.Optional(Cents)])), { additionalProperties: false }),
}, { additionalProperties: false });
export type Settings = Static<typeof SettingsBody>;

export const ProviderBody = Type.Object({ npi: Nullable(Type.String({ pattern: '^[0-9]{10}$' })), license: Nullable(Type.String({ minLength: 1, maxLength: 120 })) }, { additionalProperties: false });
export const ClientBillingBody = Type.Object({ slidingScalePercent: Nullable(Type.Integer({ minimum: 0, maximum: 100 })) }, { additionalProperties: false });

export const ChargeBody = Type.Object({
  billedClientId: Id,
  cptCode: Type.Enum([...CPT]),
  placeOfService: Type.Enum([...POS]),
  modifier: Nullable(Type.Enum([...MODIFIERS])),
  diagnosisCodes: Type.Array(Type.String({ pattern: '^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$' }), { maxItems: 4 }),
  /** Defaults to the practice's fee for the code. */
  feeCents: Type.Optional(Cents),
  /** Defaults to the fee at the client's sliding-scale rate. */
  amountCents: Type.Optional(Cents),
}, { additionalProperties: false });
export type ChargeInput = Static<typeof ChargeBody>;

export const ChargeSchema = Type.Object({
  id: Type.String(), appointmentId: Type.String(), billedClientId: Type.String(), clinicianId: Type.String(), serviceDate: Type.String(), cptCode: Type.Enum([...CPT]),
  placeOfService: Type.Enum([...POS]), modifier: Nullable(Type.Enum([...MODIFIERS])), diagnosisCodes: Type.Array(Type.String()), feeCents: Type.Integer(), amountCents: Type.Integer(),
  status: Type.String(), updatedAt: Type.String(),
});
export type Charge = Static<typeof ChargeSchema>;

export const ChargeDraftSchema = Type.Object({
  appointment: Type.Object({
    id: Type.String(), kind: Type.Enum([...APPOINTMENT_KINDS]), modality: Type.Enum([...MODALITIES]), startsAt: Type.String(), minutes: Type.Integer(), status: Type.Enum([...APPOINTMENT_STATUSES]),
    clinicianName: Type.String(),
  }),
  billableClients: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String(), diagnosisCodes: Type.Array(Type.String()), slidingScalePercent: Nullable(Type.Integer()) })),
  suggestion: Type.Object({ cptCode: Nullable(Type.Enum([...CPT])), reason: Type.String(), placeOfService: Type.Enum([...POS]), modifier: Nullable(Type.Enum([...MODIFIERS])), feeCents: Nullable(Type.Integer()) }),
  /** The practice's fee per code, so changing the code can show its fee. */
  fees: Type.Record(Type.String(), Type.Integer()),
  charge: Nullable(ChargeSchema),
});

export const PaymentBody = Type.Object({
  amountCents: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
  method: Type.Enum([...PAYMENT_METHODS]),
  receivedOn: Day,
  reference: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
}, { additionalProperties: false });
export const PaymentSchema = Type.Object({ id: Type.String(), clientId: Type.String(), amountCents: Type.Integer(), method: Type.Enum([...PAYMENT_METHODS]), receivedOn: Type.String(), reference: Nullable(Type.String()) });

export const AccountSchema = Type.Object({
  client: Type.Object({ id: Type.String(), displayName: Type.String() }),
  slidingScalePercent: Nullable(Type.Integer()),
  charges: Type.Array(ChargeSchema), payments: Type.Array(PaymentSchema),
  chargedCents: Type.Integer(), paidCents: Type.Integer(), balanceCents: Type.Integer(),
});

export const RangeQuery = Type.Object({ from: Day, to: Day }, { additionalProperties: false });

export const SessionRowSchema = Type.Object({
  appointmentId: Type.String(), startsAt: Type.String(), kind: Type.Enum([...APPOINTMENT_KINDS]), status: Type.Enum([...APPOINTMENT_STATUSES]), clinicianName: Type.String(),
  attendees: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String() })), charge: Nullable(ChargeSchema),
});

export const ProviderSchema = Type.Object({ userId: Type.String(), displayName: Type.String(), npi: Nullable(Type.String()), license: Nullable(Type.String()) });
