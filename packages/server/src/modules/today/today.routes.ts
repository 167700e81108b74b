import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SPECIALTIES, URGENCIES } from '@candor/clinical';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Nullable } from '../../platform/schemas.js';
import { SafetyAlertSchema } from '../measures/measures.schemas.js';
import { getToday } from './today.service.js';
import { CredentialAlertSchema } from '../credentials/credentials.schemas.js';
import { REFERRAL_STATUSES } from '../referrals/referrals.schemas.js';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, MODALITIES } from '../scheduling/scheduling.schemas.js';

const OverdueReferral = Type.Object({
  id: Type.String(), clientId: Type.String(), clientName: Type.String(), specialty: Type.Enum([...SPECIALTIES]), specialtyLabel: Type.String(),
  urgency: Type.Enum([...URGENCIES]), dueOn: Type.String(), status: Type.Enum([...REFERRAL_STATUSES]),
});

export function registerTodayRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/v1/today', { schema: { summary: 'Read the signed-in staff member’s day', tags: ['today'], response: {
        200: Type.Object({
          safetyAlerts: Type.Array(SafetyAlertSchema), overdueReferrals: Type.Array(OverdueReferral),
          unsignedNotes: Type.Array(Type.Object({ id: Type.String(), appointmentId: Type.String(), createdAt: Type.String() })),
          notesAwaitingCosign: Type.Array(Type.Object({ id: Type.String(), appointmentId: Type.String(), authorName: Type.String(), signedAt: Type.String() })),
          appointments: Type.Array(Type.Object({
            id: Type.String(), kind: Type.Enum([...APPOINTMENT_KINDS]), modality: Type.Enum([...MODALITIES]), startsAt: Type.String(), endsAt: Type.String(), timeZone: Type.String(),
            room: Nullable(Type.String()), videoLink: Nullable(Type.String()), status: Type.Enum([...APPOINTMENT_STATUSES]),
            attendees: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String() })),
            notes: Type.Array(Type.Object({ id: Type.String(), status: Type.Enum(['draft', 'awaiting-cosign', 'signed']) })),
          })),
          homework: Type.Array(Type.Object({
            homeworkId: Type.String(), title: Type.String(), clientId: Type.String(), displayName: Type.String(), timesDone: Type.Integer(), timesLogged: Type.Integer(), lastPracticedOn: Nullable(Type.String()),
          })),
          measuresDue: Type.Array(Type.Object({ requestId: Type.String(), clientId: Type.String(), clientName: Type.String(), instrumentId: Type.String(), shortName: Type.String(), dueOn: Type.String() })),
          plansDueForReview: Type.Array(Type.Object({ planId: Type.String(), clientId: Nullable(Type.String()), relationshipId: Nullable(Type.String()), reviewOn: Type.String() })),
          credentialAlerts: Type.Array(CredentialAlertSchema),
          directoryInquiries: Type.Array(Type.Object({ id: Type.String(), clientId: Type.String(), displayName: Type.String(), createdAt: Type.String() })),
          supervisionToConfirm: Type.Integer(),
        }),
      } } }, async (req) => getToday(app, req.rc));
}
