import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { HistorySummarySchema } from '@candor/clinical';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, Nullable } from '../../platform/schemas.js';
import { AddMemberBody, InvitationsResult, NewRelationshipBody, PortalRelationshipSchema, RelationshipPatchBody, RelationshipSchema } from './relationships.schemas.js';
import * as relationships from './relationships.service.js';

const PartnerHistory = Type.Object({
  client: Type.Object({ id: Type.String(), displayName: Type.String() }),
  privateTo: Type.Object({ clientId: Type.String(), displayName: Type.String() }),
  intake: Nullable(Type.Object({ id: Type.String(), version: Type.Integer(), submittedAt: Type.String(), completedBy: Type.String() })),
  summary: Nullable(HistorySummarySchema),
});

export function registerRelationshipRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['relationships'];

  r.get('/api/v1/relationships', { schema: { summary: 'List the relationships one may see', tags, response: { 200: Type.Array(RelationshipSchema) } } }, async (req) => relationships.listRelationships(app, req.rc));
  r.post('/api/v1/relationships', { schema: { summary: 'Create a relationship of clients', tags, body: NewRelationshipBody, response: { 201: RelationshipSchema } } }, async (req, reply) =>
    reply.status(201).send(await relationships.createRelationship(app, req.rc, req.body)));
  r.get('/api/v1/relationships/:id', { schema: { summary: 'Read a relationship', tags, params: IdParams, response: { 200: RelationshipSchema } } }, async (req) => relationships.getRelationship(app, req.rc, req.params.id));
  r.patch('/api/v1/relationships/:id', { schema: { summary: 'Change a relationship', tags, params: IdParams, body: RelationshipPatchBody, response: { 200: RelationshipSchema } } }, async (req) =>
    relationships.updateRelationship(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/relationships/:id/members', { schema: { summary: 'Add a client to a relationship', tags, params: IdParams, body: AddMemberBody, response: { 200: RelationshipSchema } } }, async (req) =>
    relationships.addMember(app, req.rc, req.params.id, req.body.clientId));
  r.post('/api/v1/relationships/:id/invitations', { schema: { summary: 'Invite a relationship’s members to the portal', tags, params: IdParams, response: { 200: InvitationsResult } } }, async (req) =>
    relationships.inviteMembers(app, req.rc, req.params.id));
  r.get('/api/v1/relationships/:id/history-summary', {
    schema: { summary: 'Summarise each partner’s latest history, each private to that partner', tags, params: IdParams, response: { 200: Type.Object({ relationship: RelationshipSchema, partners: Type.Array(PartnerHistory) }) } },
  }, async (req) => relationships.relationshipHistorySummary(app, req.rc, req.params.id));

  r.get('/api/v1/portal/relationships', { schema: { summary: 'List the signed-in client’s relationships', tags: ['portal'], response: { 200: Type.Array(PortalRelationshipSchema) } } }, async (req) => relationships.listOwnRelationships(app, req.rc));
}
