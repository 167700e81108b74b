import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { HistoryAnswers, HistorySummarySchema } from '@candor/clinical';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Id, IdParams, Nullable } from '../../platform/schemas.js';
import * as intake from './intake.service.js';

const Progress = Type.Object({ completed: Type.Integer(), total: Type.Integer() });
const Status = Type.Enum(['draft', 'submitted']);
const CompletedBy = Type.Enum(['client', 'clinician']);
const IntakeSchema = Type.Object({
  id: Type.String(), clientId: Type.String(), version: Nullable(Type.Integer()), status: Status, revision: Type.Integer(), completedBy: CompletedBy,
  completedByName: Type.String(), answers: HistoryAnswers, progress: Progress, createdAt: Type.String(), updatedAt: Type.String(), submittedAt: Nullable(Type.String()),
});
const ListItem = Type.Object({ id: Type.String(), version: Nullable(Type.Integer()), status: Status, completedBy: CompletedBy, progress: Progress, updatedAt: Type.String(), submittedAt: Nullable(Type.String()) });
const SaveBody = Type.Object({ answers: HistoryAnswers, revision: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
const Saved = Type.Object({ id: Type.String(), revision: Type.Integer(), progress: Progress, updatedAt: Type.String() });
const SubmitBody = Type.Object({ revision: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
const ClientIntakeParams = Type.Object({ id: Id, intakeId: Id }, { additionalProperties: false });
const SummaryReply = Type.Object({
  intake: Nullable(Type.Object({ id: Type.String(), version: Type.Integer(), submittedAt: Type.String(), completedBy: Type.String() })),
  summary: Nullable(HistorySummarySchema),
});

/** The history intake: the client's own in the portal, and the care team's on the client's behalf. */
export function registerIntakeRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['intake'];

  r.get('/api/v1/portal/intakes', { schema: { summary: 'List the signed-in client’s history intakes', tags, response: { 200: Type.Array(ListItem) } } }, async (req) =>
    intake.listIntakes(app, req.rc, await intake.portalSubject(app, req.rc)));
  r.post('/api/v1/portal/intakes', { schema: { summary: 'Open the signed-in client’s intake draft', tags, response: { 200: IntakeSchema, 201: IntakeSchema } } }, async (req, reply) => {
    const { created, intake: draft } = await intake.openDraft(app, req.rc, await intake.portalSubject(app, req.rc));
    return reply.status(created ? 201 : 200).send(draft);
  });
  r.get('/api/v1/portal/intakes/:id', { schema: { summary: 'Read one of the signed-in client’s intakes', tags, params: IdParams, response: { 200: IntakeSchema } } }, async (req) =>
    intake.getIntake(app, req.rc, await intake.portalSubject(app, req.rc), req.params.id));
  r.put('/api/v1/portal/intakes/:id', { schema: { summary: 'Save the signed-in client’s intake draft', tags, params: IdParams, body: SaveBody, response: { 200: Saved } } }, async (req) =>
    intake.saveDraft(app, req.rc, await intake.portalSubject(app, req.rc), req.params.id, req.body));
  r.post('/api/v1/portal/intakes/:id/submit', { schema: { summary: 'Submit the signed-in client’s intake', tags, params: IdParams, body: SubmitBody, response: { 200: IntakeSchema } } }, async (req) =>
    intake.submitIntake(app, req.rc, await intake.portalSubject(app, req.rc), req.params.id, req.body.revision));

  r.get('/api/v1/clients/:id/intakes', { schema: { summary: 'List a client’s history intakes', tags, params: IdParams, response: { 200: Type.Array(ListItem) } } }, async (req) =>
    intake.listIntakes(app, req.rc, await intake.clinicianSubject(app, req.rc, req.params.id)));
  r.post('/api/v1/clients/:id/intakes', { schema: { summary: 'Open an intake draft on a client’s behalf', tags, params: IdParams, response: { 200: IntakeSchema, 201: IntakeSchema } } }, async (req, reply) => {
    const { created, intake: draft } = await intake.openDraft(app, req.rc, await intake.clinicianSubject(app, req.rc, req.params.id));
    return reply.status(created ? 201 : 200).send(draft);
  });
  r.get('/api/v1/clients/:id/intakes/:intakeId', { schema: { summary: 'Read one of a client’s intakes', tags, params: ClientIntakeParams, response: { 200: IntakeSchema } } }, async (req) =>
    intake.getIntake(app, req.rc, await intake.clinicianSubject(app, req.rc, req.params.id), req.params.intakeId));
  r.put('/api/v1/clients/:id/intakes/:intakeId', { schema: { summary: 'Save an intake draft on a client’s behalf', tags, params: ClientIntakeParams, body: SaveBody, response: { 200: Saved } } }, async (req) =>
    intake.saveDraft(app, req.rc, await intake.clinicianSubject(app, req.rc, req.params.id), req.params.intakeId, req.body));
  r.post('/api/v1/clients/:id/intakes/:intakeId/submit', { schema: { summary: 'Submit an intake on a client’s behalf', tags, params: ClientIntakeParams, body: SubmitBody, response: { 200: IntakeSchema } } }, async (req) =>
    intake.submitIntake(app, req.rc, await intake.clinicianSubject(app, req.rc, req.params.id), req.params.intakeId, req.body.revision));
  r.get('/api/v1/clients/:id/history-summary', { schema: { summary: 'Summarise a client’s latest submitted history', tags, params: IdParams, response: { 200: SummaryReply } } }, async (req) =>
    intake.clientHistorySummary(app, req.rc, req.params.id));
}
