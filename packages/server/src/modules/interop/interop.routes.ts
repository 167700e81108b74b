import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams } from '../../platform/schemas.js';
import * as interop from './interop.service.js';

const tags = ['interoperability'];

export function registerInteropRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  // The client's record as a FHIR R4 Bundle (application/fhir+json); the file name carries the record id only.
  r.get('/api/v1/clients/:id/fhir', {
    schema: { tags, params: IdParams, description: 'The client record as a FHIR R4 Bundle of type collection (application/fhir+json).' },
  }, async (req, reply) => {
    const bundle = await interop.exportClientFhir(app, req.rc, req.params.id);
    return reply.type('application/fhir+json').header('content-disposition', `attachment; filename="candor-record-${req.params.id}.fhir.json"`).send(bundle);
  });
}
