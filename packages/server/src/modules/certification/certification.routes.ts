import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { REQUIREMENT_SETS, RENEWAL_REQUIREMENT_SETS } from '@candor/clinical';
import { requireStaff } from '../../platform/authz.js';
import type { AppContext } from '../../platform/context.js';
import { FileResponse, IdParams, NoContent } from '../../platform/schemas.js';
import { ActivityBody, ActivitySchema, CertificationSummarySchema, ConfirmationSchema, RequirementSetsSchema, TrackBody } from './certification.schemas.js';
import * as certification from './certification.service.js';

export function registerCertificationRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['certification'];
  // The requirement sets are published data: the same for every signed-in staff member.
  r.get('/api/v1/certification/requirement-sets', { schema: { summary: 'List the published certification and renewal requirement sets', tags, response: { 200: RequirementSetsSchema } } }, async (req) => {
    requireStaff(req.rc);
    return { certification: REQUIREMENT_SETS, renewal: RENEWAL_REQUIREMENT_SETS };
  });
  r.get('/api/v1/certification/activities', { schema: { summary: 'List one’s own certification log', tags, response: { 200: Type.Array(ActivitySchema) } } }, async (req) => certification.listActivities(app, req.rc));
  r.post('/api/v1/certification/activities', { schema: { summary: 'Log education, clinical or supervision hours', tags, body: ActivityBody, response: { 201: ActivitySchema } } }, async (req, reply) =>
    reply.status(201).send(await certification.logActivity(app, req.rc, req.body)));
  r.put('/api/v1/certification/activities/:id', { schema: { summary: 'Change an entry of one’s certification log', tags, params: IdParams, body: ActivityBody, response: { 200: ActivitySchema } } }, async (req) =>
    certification.updateActivity(app, req.rc, req.params.id, req.body));
  r.delete('/api/v1/certification/activities/:id', { schema: { summary: 'Delete an entry of one’s certification log', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await certification.deleteActivity(app, req.rc, req.params.id);
    return reply.status(204).send();
  });
  r.get('/api/v1/certification/supervisors', { schema: { summary: 'List the practice’s supervisors', tags, response: { 200: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), aasectCertified: Type.Boolean() })) } } }, async (req) =>
    certification.practiceSupervisors(app, req.rc));
  r.get('/api/v1/certification/confirmations', { schema: { summary: 'List the supervision hours naming the signed-in supervisor', tags, response: { 200: Type.Array(ConfirmationSchema) } } }, async (req) => certification.supervisionToConfirm(app, req.rc));
  r.post('/api/v1/certification/activities/:id/confirmation', { schema: { summary: 'Confirm a supervisee’s supervision hours', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await certification.setConfirmation(app, req.rc, req.params.id, true);
    return reply.status(204).send();
  });
  r.delete('/api/v1/certification/activities/:id/confirmation', { schema: { summary: 'Withdraw a confirmation of supervision hours', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await certification.setConfirmation(app, req.rc, req.params.id, false);
    return reply.status(204).send();
  });
  r.get('/api/v1/certification/progress', { schema: { summary: 'Read progress toward certification and renewal', tags, response: { 200: CertificationSummarySchema } } }, async (req) => certification.progress(app, req.rc));
  r.put('/api/v1/certification/track', { schema: { summary: 'Choose the requirement set, supervision contract date and renewal cycle', tags, body: TrackBody, response: { 200: CertificationSummarySchema } } }, async (req) => certification.setTrack(app, req.rc, req.body));
  r.get('/api/v1/certification/log.csv', { schema: { summary: 'Download one’s certification log (CSV)', tags, response: { 200: FileResponse('The log', 'text/csv') } } }, async (req, reply) =>
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="certification-log.csv"').header('cache-control', 'no-store').send(await certification.exportCsv(app, req.rc)));
  r.get('/api/v1/certification/log.pdf', { schema: { summary: 'Download one’s certification log and progress (PDF)', tags, response: { 200: FileResponse('The log and progress summary', 'application/pdf') } } }, async (req, reply) =>
    reply.type('application/pdf').header('content-disposition', 'attachment; filename="certification-log.pdf"').header('cache-control', 'no-store').send(Buffer.from(await certification.exportPdf(app, req.rc))));
}
