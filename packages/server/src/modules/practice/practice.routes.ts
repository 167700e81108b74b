import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Email, RoleSchema } from '../../platform/schemas.js';
import * as practice from './practice.service.js';

const PracticeSchema = Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String(), requireStaffSecondFactor: Type.Boolean() });
const Name = Type.String({ minLength: 1, maxLength: 200 });

export function registerPracticeRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/v1/practice', { schema: { summary: 'Read the practice', tags: ['practice'], response: { 200: PracticeSchema } } }, async (req) => practice.getPractice(app, req.rc));

  r.patch('/api/v1/practice', {
    schema: {
      summary: 'Change the practice’s settings', tags: ['practice'],
      body: Type.Object({ name: Type.Optional(Name), timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), requireStaffSecondFactor: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: PracticeSchema },
    },
  }, async (req) => practice.updatePracticeSettings(app, req.rc, req.body));

  r.get('/api/v1/practice/users', {
    schema: {
      summary: 'List the practice’s users', tags: ['practice'],
      response: { 200: Type.Array(Type.Object({ id: Type.String(), email: Type.String(), displayName: Type.String(), roles: Type.Array(RoleSchema), status: Type.String(), secondFactorEnabled: Type.Boolean() })) },
    },
  }, async (req) => practice.listUsers(app, req.rc));

  r.post('/api/v1/practice/invitations', {
    schema: {
      summary: 'Invite a staff member', tags: ['practice'],
      body: Type.Object({ email: Email, displayName: Name, roles: Type.Array(RoleSchema, { minItems: 1, maxItems: 4 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String() }) },
    },
  }, async (req, reply) => reply.status(201).send(await practice.inviteStaff(app, req.rc, req.body)));

  r.get('/api/v1/outbox', {
    schema: {
      summary: 'Read the practice’s mail outbox', tags: ['practice'],
      response: { 200: Type.Array(Type.Object({ id: Type.String(), to: Type.String(), subject: Type.String(), text: Type.String(), status: Type.String(), createdAt: Type.String() })) },
    },
  }, async (req) => practice.readOutbox(app, req.rc));
}
