import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { FileResponse, IdParams, NoContent } from '../../platform/schemas.js';
import { ImportBody, ImportResultSchema, ProgrammeBody, ProgrammeQuery, ProgrammeSchema } from './training.schemas.js';
import * as training from './training.service.js';

export function registerTrainingRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['training'];
  r.get('/api/v1/public/training', { schema: { summary: 'Search the public training catalogue', tags, security: [], querystring: ProgrammeQuery, response: { 200: Type.Object({ results: Type.Array(ProgrammeSchema), total: Type.Integer(), page: Type.Integer(), pages: Type.Integer() }) } } }, async (req) =>
    training.searchProgrammes(app, req.query));
  r.get('/api/v1/admin/training', { schema: { summary: 'List every training programme (site administrators)', tags, response: { 200: Type.Array(ProgrammeSchema) } } }, async (req) => training.listAllProgrammes(app, req.rc));
  r.post('/api/v1/admin/training', { schema: { summary: 'Add a training programme', tags, body: ProgrammeBody, response: { 201: ProgrammeSchema } } }, async (req, reply) => reply.status(201).send(await training.createProgramme(app, req.rc, req.body)));
  r.put('/api/v1/admin/training/:id', { schema: { summary: 'Change a training programme', tags, params: IdParams, body: ProgrammeBody, response: { 200: ProgrammeSchema } } }, async (req) => training.updateProgramme(app, req.rc, req.params.id, req.body));
  r.delete('/api/v1/admin/training/:id', { schema: { summary: 'Delete a training programme', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await training.deleteProgramme(app, req.rc, req.params.id);
    return reply.status(204).send();
  });
  r.post('/api/v1/admin/training/import', { schema: { summary: 'Import training programmes from CSV', tags, body: ImportBody, response: { 200: ImportResultSchema } } }, async (req) => training.importCsv(app, req.rc, req.body));
  r.get('/api/v1/admin/training.csv', { schema: { summary: 'Download the training catalogue (CSV)', tags, response: { 200: FileResponse('The catalogue', 'text/csv') } } }, async (req, reply) =>
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="training-programmes.csv"').header('cache-control', 'no-store').send(await training.exportCsv(app, req.rc)));
}
