import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SPECIALTIES, URGENCIES } from '@candor/clinical';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, Nullable } from '../../platform/schemas.js';
import * as screening from './screening.service.js';

const Suggestion = Type.Object({
  id: Type.String(), ruleId: Type.String(), specialty: Type.Enum([...SPECIALTIES]), urgency: Type.Enum([...URGENCIES]), reason: Type.String(),
  evidence: Type.Array(Type.Object({ path: Type.String(), text: Type.String() })), source: Type.String(),
  status: Type.Enum(['open', 'accepted', 'dismissed']), decisionReason: Nullable(Type.String()), decidedAt: Nullable(Type.String()), referralId: Nullable(Type.String()),
  intakeId: Type.String(), createdAt: Type.String(),
});
const ScreeningReply = Type.Object({ suggestions: Type.Array(Suggestion), unrecognisedMedicines: Type.Array(Type.Object({ path: Type.String(), name: Type.String() })) });

export function registerScreeningRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['screening'];
  r.get('/api/v1/clients/:id/screening', { schema: { summary: 'Read a client’s referral suggestions from screening rules', tags, params: IdParams, response: { 200: ScreeningReply } } }, async (req) => screening.getScreening(app, req.rc, req.params.id));
  r.post('/api/v1/clients/:id/medicine-mappings', {
    schema: {
      summary: 'Map an unrecognised medicine name to a class', tags, params: IdParams,
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), classId: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: false }),
      response: { 200: ScreeningReply },
    },
  }, async (req) => screening.mapMedicine(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/screening-suggestions/:id/accept', {
    schema: {
      summary: 'Accept a referral suggestion, creating a referral', tags, params: IdParams,
      body: Type.Object({
        recipientName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), recipientOrganization: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ suggestion: Suggestion, referralId: Type.String() }) },
    },
  }, async (req) => screening.acceptSuggestion(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/screening-suggestions/:id/dismiss', {
    schema: { summary: 'Dismiss a referral suggestion with a reason', tags, params: IdParams, body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }), response: { 200: Suggestion } },
  }, async (req) => screening.dismissSuggestion(app, req.rc, req.params.id, req.body.reason));
}
