import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams } from '../../platform/schemas.js';
import { CareTeamBody, ClientPatchBody, ClientRecordSchema, ClientSummarySchema, NewClientBody } from './clients.schemas.js';
import * as clients from './clients.service.js';

export function registerClientRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/v1/clients', {
    schema: { summary: 'List or search the clients one may see', tags: ['clients'], querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }), response: { 200: Type.Array(ClientSummarySchema) } },
  }, async (req) => clients.listClients(app, req.rc, req.query.q ?? null));

  r.post('/api/v1/clients', { schema: { summary: 'Create a client', tags: ['clients'], body: NewClientBody, response: { 201: ClientRecordSchema } } }, async (req, reply) =>
    reply.status(201).send(await clients.createClient(app, req.rc, req.body)));

  r.get('/api/v1/clients/:id', { schema: { summary: 'Read a client’s record', tags: ['clients'], params: IdParams, response: { 200: ClientRecordSchema } } }, async (req) => clients.getClient(app, req.rc, req.params.id));

  r.patch('/api/v1/clients/:id', { schema: { summary: 'Change a client’s record', tags: ['clients'], params: IdParams, body: ClientPatchBody, response: { 200: ClientRecordSchema } } }, async (req) =>
    clients.updateClient(app, req.rc, req.params.id, req.body));

  r.put('/api/v1/clients/:id/care-team', { schema: { summary: 'Replace a client’s care team', tags: ['clients'], params: IdParams, body: CareTeamBody, response: { 200: ClientRecordSchema } } }, async (req) =>
    clients.setCareTeam(app, req.rc, req.params.id, req.body.userIds));

  r.post('/api/v1/clients/:id/portal-invitation', {
    schema: { summary: 'Invite a client to the portal', tags: ['clients'], params: IdParams, response: { 201: Type.Object({ userId: Type.String() }) } },
  }, async (req, reply) => reply.status(201).send(await clients.inviteClientToPortal(app, req.rc, req.params.id)));
}
