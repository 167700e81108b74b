import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import * as portal from './portal.service.js';

export function registerPortalRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/v1/portal/me', {
    schema: {
      summary: 'Read the signed-in client’s portal home', tags: ['portal'],
      response: {
        200: Type.Object({
          client: Type.Object({ id: Type.String(), displayName: Type.String() }),
          practice: Type.Object({ name: Type.String() }),
          nextSteps: Type.Array(Type.Object({ kind: Type.String(), title: Type.String(), done: Type.Boolean() })),
        }),
      },
    },
  }, async (req) => portal.getPortalHome(app, req.rc));
}
