import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { FhirResponse, IdParams } from '../../platform/schemas.js';
import * as instruments from './instruments.service.js';
import * as portal from './measures-portal.service.js';
import { Answers, AssignBody, AssignmentSchema, InstrumentIdSchema, InstrumentTrendSchema, PortalMeasureSchema, SafetyAlertSchema, ScoreSchema } from './measures.schemas.js';
import * as measures from './measures.service.js';
import { acknowledgeSafetyAlert } from './safety-alerts.service.js';

const InstrumentParams = Type.Object({ id: InstrumentIdSchema }, { additionalProperties: false });
const AnswersBody = Type.Object({ answers: Answers }, { additionalProperties: false });
const ClientMeasures = Type.Object({
  assignments: Type.Array(AssignmentSchema),
  due: Type.Array(Type.Object({ requestId: Type.String(), instrumentId: InstrumentIdSchema, dueOn: Type.String() })),
  trends: Type.Array(InstrumentTrendSchema),
});

export function registerMeasureRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['measures'];

  r.post('/api/v1/clients/:id/measures/assignments', { schema: { summary: 'Assign questionnaires to a client', tags, params: IdParams, body: AssignBody, response: { 201: Type.Array(AssignmentSchema) } } }, async (req, reply) =>
    reply.status(201).send(await measures.assignToClient(app, req.rc, req.params.id, req.body)));
  r.post('/api/v1/relationships/:id/measures/assignments', { schema: { summary: 'Assign questionnaires to every partner of a relationship', tags, params: IdParams, body: AssignBody, response: { 201: Type.Array(AssignmentSchema) } } }, async (req, reply) =>
    reply.status(201).send(await measures.assignToRelationship(app, req.rc, req.params.id, req.body)));
  r.post('/api/v1/measure-assignments/:id/cancel', { schema: { summary: 'Cancel a questionnaire assignment', tags, params: IdParams, response: { 200: AssignmentSchema } } }, async (req) =>
    measures.cancelAssignment(app, req.rc, req.params.id));
  r.get('/api/v1/clients/:id/measures', { schema: { summary: 'Read a client’s assignments, due questionnaires and score trends', tags, params: IdParams, response: { 200: ClientMeasures } } }, async (req) => measures.clientMeasures(app, req.rc, req.params.id));
  r.get('/api/v1/relationships/:id/measures', {
    schema: { summary: 'Read each partner’s score trends', tags, params: IdParams, response: { 200: Type.Object({ partners: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String(), trends: Type.Array(InstrumentTrendSchema) })) }) } },
  }, async (req) => measures.relationshipMeasures(app, req.rc, req.params.id));
  r.get('/api/v1/measure-responses/:id', {
    schema: {
      summary: 'Read a completed questionnaire with its score', tags, params: IdParams,
      response: {
        200: Type.Object({
          id: Type.String(), clientId: Type.String(), instrumentId: InstrumentIdSchema, completedAt: Type.String(), answers: Answers,
          score: Type.Object({ ...ScoreSchema.properties, instrumentId: InstrumentIdSchema }),
        }),
      },
    },
  }, async (req) => measures.getResponse(app, req.rc, req.params.id));

  // FHIR JSON (R4 Bundle); its resources are built in @candor/clinical.
  r.get('/api/v1/measure-responses/:id/fhir', { schema: { summary: 'Download a completed questionnaire as FHIR R4', tags, params: IdParams, response: { 200: FhirResponse('A Bundle of the QuestionnaireResponse and its score Observations', 'Bundle') } } }, async (req, reply) =>
    reply.type('application/fhir+json').send(await measures.getResponseFhir(app, req.rc, req.params.id)));

  r.get('/api/v1/portal/measures', { schema: { summary: 'List the signed-in client’s questionnaires', tags: ['portal'], response: { 200: Type.Array(PortalMeasureSchema) } } }, async (req) => portal.listOwnMeasures(app, req.rc));
  r.put('/api/v1/portal/measures/:id/draft', { schema: { summary: 'Save the signed-in client’s answers so far', tags: ['portal'], params: IdParams, body: AnswersBody, response: { 200: Type.Object({ saved: Type.Boolean() }) } } }, async (req) =>
    portal.saveOwnDraft(app, req.rc, req.params.id, req.body.answers));
  r.post('/api/v1/portal/measures/:id/submit', {
    schema: {
      summary: 'Submit the signed-in client’s questionnaire', tags: ['portal'], params: IdParams, body: AnswersBody,
      response: { 200: Type.Object({ completed: Type.Boolean(), crisisResources: Type.Array(Type.Object({ name: Type.String(), contact: Type.String() })) }) },
    },
  }, async (req) => portal.submitOwnMeasure(app, req.rc, req.params.id, req.body.answers));

  r.get('/api/v1/instruments', {
    schema: {
      summary: 'List the questionnaires Candor scores', tags,
      response: { 200: Type.Array(Type.Object({
        id: InstrumentIdSchema, shortName: Type.String(), title: Type.String(), licence: Type.String(), licenceLabel: Type.String(), wordingImported: Type.Boolean(),
        loinc: Type.Union([Type.String(), Type.Null()]), recallPeriod: Type.Union([Type.String(), Type.Null()]), itemCount: Type.Integer(),
      })) },
    },
  }, async (req) => instruments.listInstruments(app, req.rc));
  // The FHIR R4 Questionnaire resource, served as FHIR JSON (its own schema lives in @candor/clinical).
  r.get('/api/v1/instruments/:id/questionnaire', { schema: { summary: 'Read an instrument as a FHIR R4 Questionnaire', tags, params: InstrumentParams, response: { 200: FhirResponse('The Questionnaire', 'Questionnaire') } } }, async (req, reply) =>
    reply.type('application/fhir+json').send(await instruments.instrumentQuestionnaire(app, req.rc, req.params.id)));
  r.post('/api/v1/instruments/:id/wording', {
    schema: {
      summary: 'Import the licensed wording of an instrument', tags, params: InstrumentParams,
      body: Type.Object({ questionnaire: Type.Optional(Type.Object({}, { additionalProperties: true })), csv: Type.Optional(Type.String({ maxLength: 200_000 })) }, { additionalProperties: false }),
      response: { 200: Type.Object({ instrumentId: Type.String(), items: Type.Integer() }) },
    },
  }, async (req) => instruments.importWording(app, req.rc, req.params.id, req.body));

  r.post('/api/v1/safety-alerts/:id/acknowledge', {
    schema: { summary: 'Acknowledge a safety alert with the action taken', tags, params: IdParams, body: Type.Object({ actionTaken: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }), response: { 200: SafetyAlertSchema } },
  }, async (req) => acknowledgeSafetyAlert(app, req.rc, req.params.id, req.body.actionTaken));
}
