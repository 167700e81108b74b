import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams } from '../../platform/schemas.js';
import { CredentialBody, CredentialPatch, CredentialQuery, CredentialSchema, DocumentBody, DocumentParams, VerificationBody } from './credentials.schemas.js';
import * as credentials from './credentials.service.js';

export function registerCredentialRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['credentials'];
  r.get('/api/v1/credentials', { schema: { tags, querystring: CredentialQuery, response: { 200: Type.Array(CredentialSchema) } } }, async (req) => credentials.listCredentialsFor(app, req.rc, req.query.userId));
  r.post('/api/v1/credentials', { schema: { tags, body: CredentialBody, response: { 201: CredentialSchema } } }, async (req, reply) => reply.status(201).send(await credentials.addCredential(app, req.rc, req.body)));
  r.patch('/api/v1/credentials/:id', { schema: { tags, params: IdParams, body: CredentialPatch, response: { 200: CredentialSchema } } }, async (req) => credentials.updateCredential(app, req.rc, req.params.id, req.body));
  r.delete('/api/v1/credentials/:id', { schema: { tags, params: IdParams } }, async (req, reply) => {
    await credentials.archiveCredential(app, req.rc, req.params.id);
    return reply.status(204).send();
  });
  r.post('/api/v1/credentials/:id/verification', { schema: { tags, params: IdParams, body: VerificationBody, response: { 200: CredentialSchema } } }, async (req) => credentials.verifyCredential(app, req.rc, req.params.id, req.body));
  r.delete('/api/v1/credentials/:id/verification', { schema: { tags, params: IdParams, response: { 200: CredentialSchema } } }, async (req) => credentials.withdrawVerification(app, req.rc, req.params.id));
  r.post('/api/v1/credentials/:id/documents', { schema: { tags, params: IdParams, body: DocumentBody, response: { 201: CredentialSchema } } }, async (req, reply) =>
    reply.status(201).send(await credentials.attachDocument(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/credentials/:id/documents/:documentId', { schema: { tags, params: DocumentParams } }, async (req, reply) => {
    const document = await credentials.readDocument(app, req.rc, req.params.id, req.params.documentId);
    return reply.header('content-type', document.contentType).header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${document.filename.replace(/"/g, '')}"`).send(document.bytes);
  });
  r.delete('/api/v1/credentials/:id/documents/:documentId', { schema: { tags, params: DocumentParams } }, async (req, reply) => {
    await credentials.removeDocument(app, req.rc, req.params.id, req.params.documentId);
    return reply.status(204).send();
  });
}
