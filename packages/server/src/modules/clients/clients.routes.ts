import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Email, Id, IdParams } from '../../platform/schemas.js';
import * as clients from './clients.service.js';

const Status = Type.Union([Type.Literal('prospective'), Type.Literal('active'), Type.Literal('discharged')]);
const Summary = Type.Object({ id: Type.String(), displayName: Type.String(), status: Status });
const Record = Type.Object({
  id: Type.String(), displayName: Type.String(), status: Status, firstName: Type.String(), lastName: Type.String(),
  preferredName: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]), dateOfBirth: Type.String(),
  careTeam: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String() })),
  presentingConcern: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
const Name = Type.String({ minLength: 1, maxLength: 100 });

export function registerClientRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/v1/clients', {
    schema: { tags: ['clients'], querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }), response: { 200: Type.Array(Summary) } },
  }, async (req) => clients.listClients(app, req.rc, req.query.q ?? null));

  r.post('/api/v1/clients', {
    schema: {
      tags: ['clients'],
      body: Type.Object({
        firstName: Name, lastName: Name, preferredName: Type.Optional(Type.String({ maxLength: 100 })), email: Type.Optional(Email),
        dateOfBirth: Type.String({ maxLength: 10 }),
        // The service enforces the cap with a message that names it; the schema bounds the worst case.
        presentingConcern: Type.Optional(Type.String({ maxLength: clients.NARRATIVE_MAX * 2 })),
        careTeam: Type.Optional(Type.Array(Id, { maxItems: 10 })),
      }, { additionalProperties: false }),
      response: { 201: Record },
    },
  }, async (req, reply) => reply.status(201).send(await clients.createClient(app, req.rc, req.body)));

  r.get('/api/v1/clients/:id', { schema: { tags: ['clients'], params: IdParams, response: { 200: Record } } }, async (req) => clients.getClient(app, req.rc, req.params.id));

  r.post('/api/v1/clients/:id/portal-invitation', {
    schema: { tags: ['clients'], params: IdParams, response: { 201: Type.Object({ userId: Type.String() }) } },
  }, async (req, reply) => reply.status(201).send(await clients.inviteClientToPortal(app, req.rc, req.params.id)));
}
