import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams } from '../../platform/schemas.js';
import { AssignHomeworkBody, HomeworkQuery, HomeworkSchema, LogBody, LogParams, PortalHomeworkSchema, ShareBody } from './homework.schemas.js';
import * as homework from './homework.service.js';

export function registerHomeworkRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['homework'];
  r.post('/api/v1/homework', { schema: { summary: 'Assign homework to a client or relationship', tags, body: AssignHomeworkBody, response: { 201: HomeworkSchema } } }, async (req, reply) => reply.status(201).send(await homework.assignHomework(app, req.rc, req.body)));
  r.get('/api/v1/homework', { schema: { summary: 'List a client’s or relationship’s homework', tags, querystring: HomeworkQuery, response: { 200: Type.Array(HomeworkSchema) } } }, async (req) => homework.listHomework(app, req.rc, req.query));
  r.post('/api/v1/homework/:id/stop', { schema: { summary: 'Stop an exercise', tags, params: IdParams, response: { 200: HomeworkSchema } } }, async (req) => homework.stopHomework(app, req.rc, req.params.id));

  r.get('/api/v1/portal/homework', { schema: { summary: 'List the signed-in client’s homework', tags: ['portal'], response: { 200: Type.Array(PortalHomeworkSchema) } } }, async (req) => homework.listOwnHomework(app, req.rc));
  r.post('/api/v1/portal/homework/:id/logs', { schema: { summary: 'Log practice of an exercise', tags: ['portal'], params: IdParams, body: LogBody, response: { 201: PortalHomeworkSchema } } }, async (req, reply) =>
    reply.status(201).send(await homework.logPractice(app, req.rc, req.params.id, req.body)));
  r.put('/api/v1/portal/homework/:id/logs/:logId/sharing', { schema: { summary: 'Share a reflection with one’s partners, or make it private', tags: ['portal'], params: LogParams, body: ShareBody, response: { 200: PortalHomeworkSchema } } }, async (req) =>
    homework.setReflectionSharing(app, req.rc, req.params.id, req.params.logId, req.body.shareReflection));
}
