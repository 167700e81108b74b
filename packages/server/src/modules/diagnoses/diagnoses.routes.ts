import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DIAGNOSIS_EXCLUSIONS, DIAGNOSIS_IDS } from '@candor/clinical';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Id, IdParams } from '../../platform/schemas.js';
import { DIAGNOSIS_STATUSES, DiagnosisRecordSchema, EvaluateBody, EvaluationSchema, NewDiagnosisBody } from './diagnoses.schemas.js';
import * as diagnoses from './diagnoses.service.js';

const Item = Type.Object({ id: Type.String(), label: Type.String() });
const CatalogEntry = Type.Object({
  id: Type.Enum([...DIAGNOSIS_IDS]), label: Type.String(), icd10: Type.Array(Type.String()), symptoms: Type.Object({ items: Type.Array(Item), required: Type.Integer() }),
  alsoRequired: Type.Array(Item), frequencyRequired: Type.Boolean(), durationMonths: Type.Union([Type.Number(), Type.Null()]), distressRequired: Type.Boolean(),
  exclusions: Type.Array(Type.Enum(DIAGNOSIS_EXCLUSIONS.map((e) => e.id))),
  specifiers: Type.Object({
    course: Type.Array(Type.Enum(['lifelong', 'acquired'])), context: Type.Array(Type.Enum(['generalized', 'situational'])), severity: Type.Array(Type.Enum(['mild', 'moderate', 'severe'])),
    other: Type.Array(Item),
  }),
});

export function registerDiagnosisRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['diagnoses'];
  r.get('/api/v1/diagnoses/catalog', { schema: { summary: 'List the diagnoses with their criteria and specifiers', tags, response: { 200: Type.Array(CatalogEntry) } } }, async (req) => diagnoses.diagnosisCatalog(req.rc));
  r.post('/api/v1/clients/:id/diagnoses/evaluate', { schema: { summary: 'Evaluate a diagnosis’s criteria against findings (changes nothing)', tags, params: IdParams, body: EvaluateBody, response: { 200: EvaluationSchema } } }, async (req) =>
    diagnoses.evaluateForClient(app, req.rc, req.params.id, req.body.diagnosisId, req.body.findings));
  r.get('/api/v1/clients/:id/diagnoses', { schema: { summary: 'List a client’s diagnoses', tags, params: IdParams, response: { 200: Type.Array(DiagnosisRecordSchema) } } }, async (req) =>
    diagnoses.listClientDiagnoses(app, req.rc, req.params.id));
  r.post('/api/v1/clients/:id/diagnoses', { schema: { summary: 'Record a diagnosis for a client', tags, params: IdParams, body: NewDiagnosisBody, response: { 201: DiagnosisRecordSchema } } }, async (req, reply) =>
    reply.status(201).send(await diagnoses.recordDiagnosis(app, req.rc, req.params.id, req.body)));
  r.patch('/api/v1/clients/:id/diagnoses/:diagnosisRecordId', {
    schema: {
      summary: 'Change the status of a client’s diagnosis', tags, params: Type.Object({ id: Id, diagnosisRecordId: Id }, { additionalProperties: false }),
      body: Type.Object({ status: Type.Enum([...DIAGNOSIS_STATUSES]) }, { additionalProperties: false }), response: { 200: DiagnosisRecordSchema },
    },
  }, async (req) => diagnoses.updateDiagnosisStatus(app, req.rc, req.params.id, req.params.diagnosisRecordId, req.body.status));
}
