import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { SafetyAlertSchema } from '../measures/measures.schemas.js';
import { getToday } from './today.service.js';

const OverdueReferral = Type.Object({
  id: Type.String(), clientId: Type.String(), clientName: Type.String(), specialty: Type.String(), specialtyLabel: Type.String(),
  urgency: Type.String(), dueOn: Type.String(), status: Type.String(),
});

export function registerTodayRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/v1/today', { schema: { tags: ['today'], response: {
        200: Type.Object({
          safetyAlerts: Type.Array(SafetyAlertSchema), overdueReferrals: Type.Array(OverdueReferral),
          unsignedNotes: Type.Array(Type.Object({ id: Type.String(), appointmentId: Type.String(), createdAt: Type.String() })),
          notesAwaitingCosign: Type.Array(Type.Object({ id: Type.String(), appointmentId: Type.String(), authorName: Type.String(), signedAt: Type.String() })),
        }),
      } } }, async (req) => getToday(app, req.rc));
}
