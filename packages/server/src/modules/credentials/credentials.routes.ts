import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { FileResponse, IdParams, NoContent } from '../../platform/schemas.js';
import { CredentialBody, CredentialPatch, CredentialQuery, CredentialSchema, DOCUMENT_TYPES, DocumentBody, DocumentParams, VerificationBody } from './credentials.schemas.js';
import * as credentials from './credentials.service.js';

export function registerCredentialRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['credentials'];
  r.get('/api/v1/credentials', { schema: { summary: 'List a clinician’s credentials', tags, querystring: CredentialQuery, response: { 200: Type.Array(CredentialSchema) } } }, async (req) => credentials.listCredentialsFor(app, req.rc, req.query.userId));
  r.post('/api/v1/credentials', { schema: { summary: 'Add a credential', tags, body: CredentialBody, response: { 201: CredentialSchema } } }, async (req, reply) => reply.status(201).send(await credentials.addCredential(app, req.rc, req.body)));
  r.patch('/api/v1/credentials/:id', { schema: { summary: 'Change a credential', tags, params: IdParams, body: CredentialPatch, response: { 200: CredentialSchema } } }, async (req) => credentials.updateCredential(app, req.rc, req.params.id, req.body));
  r.delete('/api/v1/credentials/:id', { schema: { summary: 'Archive a credential', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await credentials.archiveCredential(app, req.rc, req.params.id);
    return reply.status(204).send();
  });
  r.post('/api/v1/credentials/:id/verification', { schema: { summary: 'Record the verification of a credential', tags, params: IdParams, body: VerificationBody, response: { 200: CredentialSchema } } }, async (req) => credentials.verifyCredential(app, req.rc, req.params.id, req.body));
  r.delete('/api/v1/credentials/:id/verification', { schema: { summary: 'Withdraw the verification of a credential', tags, params: IdParams, response: { 200: CredentialSchema } } }, async (req) => credentials.withdrawVerification(app, req.rc, req.params.id));
  r.post('/api/v1/credentials/:id/documents', { schema: { summary: 'Attach a document to a credential', tags, params: IdParams, body: DocumentBody, response: { 201: CredentialSchema } } }, async (req, reply) =>
    reply.status(201).send(await credentials.attachDocument(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/credentials/:id/documents/:documentId', { schema: { summary: 'Download a credential’s document', tags, params: DocumentParams, response: { 200: FileResponse('The document, as uploaded', ...DOCUMENT_TYPES) } } }, async (req, reply) => {
    const document = await credentials.readDocument(app, req.rc, req.params.id, req.params.documentId);
    return reply.header('content-type', document.contentType).header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${document.filename.replace(/"/g, '')}"`).send(document.bytes);
  });
  r.delete('/api/v1/credentials/:id/documents/:documentId', { schema: { summary: 'Remove a credential’s document', tags, params: DocumentParams, response: { 204: NoContent } } }, async (req, reply) => {
    await credentials.removeDocument(app, req.rc, req.params.id, req.params.documentId);
    return reply.status(204).send();
  });
}
