import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Id, IdParams, Nullable } from '../../platform/schemas.js';
import * as consents from './consents.service.js';

const Version = Type.Object({ id: Type.String(), version: Type.Integer(), title: Type.String(), body: Type.String(), hash: Type.String(), createdAt: Type.String() });
const AppliesTo = Type.Enum(['everyone', 'relationship']);
const Document = Type.Object({ id: Type.String(), kind: Type.String(), title: Type.String(), appliesTo: AppliesTo, currentVersion: Version });
const RelationshipRef = Nullable(Type.Object({ id: Type.String(), name: Type.String() }));

export function registerConsentRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['consents'];

  r.get('/api/v1/consent-documents', { schema: { summary: 'List the practice’s consent documents', tags, response: { 200: Type.Array(Document) } } }, async (req) => consents.listDocuments(app, req.rc));
  r.get('/api/v1/consent-documents/:id', {
    schema: { summary: 'Read a consent document with all its versions', tags, params: IdParams, response: { 200: Type.Object({ ...Document.properties, versions: Type.Array(Version) }) } },
  }, async (req) => consents.getDocument(app, req.rc, req.params.id));
  r.post('/api/v1/consent-documents/:id/versions', {
    schema: {
      summary: 'Publish a new version of a consent document', tags, params: IdParams,
      body: Type.Object({ title: Type.String({ minLength: 1, maxLength: 200 }), body: Type.String({ minLength: 1, maxLength: 50_000 }) }, { additionalProperties: false }),
      response: { 201: Version },
    },
  }, async (req, reply) => reply.status(201).send(await consents.publishVersion(app, req.rc, req.params.id, req.body)));

  r.get('/api/v1/clients/:id/consents', {
    schema: {
      summary: 'List what a client is asked to sign and has signed', tags, params: IdParams,
      response: {
        200: Type.Array(Type.Object({
          document: Type.Object({ id: Type.String(), kind: Type.String(), title: Type.String() }),
          version: Type.Object({ id: Type.String(), version: Type.Integer(), hash: Type.String() }),
          relationship: RelationshipRef,
          signature: Nullable(Type.Object({ typedName: Type.String(), signedAt: Type.String(), ip: Type.String(), versionHash: Type.String() })),
        })),
      },
    },
  }, async (req) => consents.clientConsents(app, req.rc, req.params.id));

  r.get('/api/v1/portal/consents', {
    schema: {
      summary: 'List the consents the signed-in client is asked to sign', tags: ['portal'],
      response: {
        200: Type.Array(Type.Object({
          versionId: Type.String(), documentId: Type.String(), kind: Type.String(), title: Type.String(), version: Type.Integer(), body: Type.String(), hash: Type.String(),
          relationship: RelationshipRef, signature: Nullable(Type.Object({ typedName: Type.String(), signedAt: Type.String() })),
        })),
      },
    },
  }, async (req) => consents.portalConsents(app, req.rc));
  r.post('/api/v1/portal/consents/:versionId/signature', {
    schema: {
      summary: 'Sign a consent document', tags: ['portal'],
      params: Type.Object({ versionId: Id }, { additionalProperties: false }),
      body: Type.Object({ typedName: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ typedName: Type.String(), signedAt: Type.String(), versionHash: Type.String() }) },
    },
  }, async (req, reply) => reply.status(201).send(await consents.signConsent(app, req.rc, req.params.versionId, req.body.typedName)));
}
