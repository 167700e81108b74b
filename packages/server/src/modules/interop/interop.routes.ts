import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { Type } from 'typebox';
import { FhirResponse, FileResponse, IdParams } from '../../platform/schemas.js';
import * as interop from './interop.service.js';
import * as access from './record-access.service.js';
import { exportPractice, MIN_PASSPHRASE } from './practice-archive.js';
import { importFhirResponses } from '../measures/measures-import.service.js';

const RecordRequestSchema = Type.Object({
  id: Type.String(), clientId: Type.String(), requestedAt: Type.String(), dueOn: Type.String(), status: Type.Enum(['pending-review', 'released', 'declined']),
  reviewedAt: Type.Union([Type.String(), Type.Null()]), decisionNote: Type.Union([Type.String(), Type.Null()]), downloads: Type.Integer(), firstDownloadedAt: Type.Union([Type.String(), Type.Null()]),
});
const DeclineBody = Type.Object({ reason: Type.String({ minLength: 20, maxLength: 4000 }) }, { additionalProperties: false });

const tags = ['interoperability'];

export function registerInteropRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  // The client's record as a FHIR R4 Bundle (application/fhir+json); the file name carries the record id only.
  r.get('/api/v1/clients/:id/fhir', {
    schema: { summary: 'Download a client’s record as FHIR R4', tags, params: IdParams, description: 'The client record as a FHIR R4 Bundle of type collection (application/fhir+json).', response: { 200: FhirResponse('The record: a Bundle of type collection', 'Bundle') } },
  }, async (req, reply) => {
    const bundle = await interop.exportClientFhir(app, req.rc, req.params.id);
    return reply.type('application/fhir+json').header('content-disposition', `attachment; filename="candor-record-${req.params.id}.fhir.json"`).send(bundle);
  });

  // A client's right of access: the request in the portal, the care team's review, the released copy.
  r.post('/api/v1/portal/record-requests', { schema: { summary: 'Ask for a copy of the signed-in client’s record', tags: ['portal'], response: { 201: RecordRequestSchema } } }, async (req, reply) =>
    reply.status(201).send(await access.requestOwnRecord(app, req.rc)));
  r.get('/api/v1/portal/record-requests', { schema: { summary: 'List the signed-in client’s requests for their record', tags: ['portal'], response: { 200: Type.Array(RecordRequestSchema) } } }, async (req) => access.listOwnRecordRequests(app, req.rc));
  r.get('/api/v1/portal/record-requests/:id/record.pdf', { schema: { summary: 'Download the released record (PDF)', tags: ['portal'], params: IdParams, response: { 200: FileResponse('The record as a PDF', 'application/pdf') } } }, async (req, reply) =>
    reply.type('application/pdf').header('content-disposition', 'attachment; filename="my-record.pdf"').send(Buffer.from(await access.downloadOwnRecord(app, req.rc, req.params.id, 'pdf'))));
  r.get('/api/v1/portal/record-requests/:id/record.fhir.json', { schema: { summary: 'Download the released record (FHIR R4)', tags: ['portal'], params: IdParams, response: { 200: FhirResponse('The record: a Bundle of type collection', 'Bundle') } } }, async (req, reply) =>
    reply.type('application/fhir+json').header('content-disposition', 'attachment; filename="my-record.fhir.json"').send(JSON.parse(String(await access.downloadOwnRecord(app, req.rc, req.params.id, 'fhir'))) as { resourceType: string }));
  r.get('/api/v1/clients/:id/record-requests', { schema: { summary: 'List a client’s requests for their record', tags, params: IdParams, response: { 200: Type.Array(RecordRequestSchema) } } }, async (req) =>
    access.listClientRecordRequests(app, req.rc, req.params.id));
  r.post('/api/v1/record-requests/:id/release', { schema: { summary: 'Release the record to the client who asked', tags, params: IdParams, response: { 200: RecordRequestSchema } } }, async (req) => access.releaseRecord(app, req.rc, req.params.id));
  r.post('/api/v1/record-requests/:id/decline', { schema: { summary: 'Decline a request for the record, with the reason', tags, params: IdParams, body: DeclineBody, response: { 200: RecordRequestSchema } } }, async (req) =>
    access.declineRecord(app, req.rc, req.params.id, req.body.reason));

  // The whole practice, sealed with the owner's passphrase, to move to another deployment (`candor practice import`).
  r.post('/api/v1/practice/archive', {
    schema: {
      summary: 'Download the whole practice, sealed with a passphrase', tags, description: 'The whole practice as a passphrase-sealed archive (application/octet-stream), for `candor practice import` on another deployment.',
      response: { 200: FileResponse('The sealed archive', 'application/octet-stream') },
      body: Type.Object({ passphrase: Type.String({ minLength: MIN_PASSPHRASE, maxLength: 1000 }) }, { additionalProperties: false }),
    },
  }, async (req, reply) => {
    const { bytes, filename } = await exportPractice(app, req.rc, req.body.passphrase);
    return reply.type('application/octet-stream').header('content-disposition', `attachment; filename="${filename}"`).send(bytes);
  });

  // Questionnaires answered elsewhere, as FHIR R4 QuestionnaireResponses (one, or a Bundle of them), into the client's chart.
  r.post('/api/v1/clients/:id/questionnaire-responses', {
    schema: {
      summary: 'Bring in questionnaires answered elsewhere (FHIR R4)', tags, params: IdParams, description: 'A FHIR R4 QuestionnaireResponse, or a Bundle of them, for Candor\'s instruments (by Candor URL or LOINC form); scored and charted, all or nothing.',
      body: Type.Object({ resource: Type.Object({ resourceType: Type.Enum(['QuestionnaireResponse', 'Bundle']) }, { additionalProperties: true }) }, { additionalProperties: false }),
      response: {
        201: Type.Object({
          imported: Type.Array(Type.Object({
            id: Type.String(), instrumentId: Type.String(), shortName: Type.String(), completedAt: Type.String(), total: Type.Union([Type.Number(), Type.Null()]),
            severity: Type.Union([Type.String(), Type.Null()]), criticalItems: Type.Array(Type.String()),
          })),
        }),
      },
    },
  }, async (req, reply) => reply.status(201).send(await importFhirResponses(app, req.rc, req.params.id, req.body.resource)));
}
