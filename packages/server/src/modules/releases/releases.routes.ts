import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams } from '../../platform/schemas.js';
import { NewReleaseBody, ReleaseSchema } from './releases.schemas.js';
import * as releases from './releases.service.js';

export function registerReleaseRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['releases'];
  r.get('/api/v1/clients/:id/releases', { schema: { summary: 'List a client’s releases of information', tags, params: IdParams, response: { 200: Type.Array(ReleaseSchema) } } }, async (req) =>
    releases.listClientReleases(app, req.rc, req.params.id));
  r.post('/api/v1/clients/:id/releases', { schema: { summary: 'Draft a release of information for a client to sign', tags, params: IdParams, body: NewReleaseBody, response: { 201: ReleaseSchema } } }, async (req, reply) =>
    reply.status(201).send(await releases.createRelease(app, req.rc, req.params.id, req.body)));

  r.get('/api/v1/portal/releases', { schema: { summary: 'List the signed-in client’s releases of information', tags: ['portal'], response: { 200: Type.Array(ReleaseSchema) } } }, async (req) => releases.listOwnReleases(app, req.rc));
  r.post('/api/v1/portal/releases/:id/signature', {
    schema: { summary: 'Sign a release of information', tags: ['portal'], params: IdParams, body: Type.Object({ typedName: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }), response: { 200: ReleaseSchema } },
  }, async (req) => releases.signOwnRelease(app, req.rc, req.params.id, req.body.typedName));
  r.post('/api/v1/portal/releases/:id/revoke', { schema: { summary: 'Revoke a signed release of information', tags: ['portal'], params: IdParams, response: { 200: ReleaseSchema } } }, async (req) =>
    releases.revokeOwnRelease(app, req.rc, req.params.id));
}
