import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireStaff } from '../../platform/authz.js';
import type { AppContext } from '../../platform/context.js';
import { IdParams, NoContent, Nullable } from '../../platform/schemas.js';
import { TOKEN_SCOPE_IDS } from './token-scopes.js';
import * as tokens from './tokens.service.js';
import * as webhooks from './webhooks.service.js';

const tags = ['integrations'];

const TokenSchema = Type.Object({
  id: Type.String(), name: Type.String(), userId: Type.String(), userName: Type.String(), scopes: Type.Array(Type.String()),
  createdAt: Type.String(), expiresAt: Type.String(), lastUsedAt: Nullable(Type.String()), revokedAt: Nullable(Type.String()), status: Type.Enum(['active', 'expired', 'revoked']),
});
const NewTokenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  scopes: Type.Array(Type.Enum([...TOKEN_SCOPE_IDS]), { minItems: 1, maxItems: TOKEN_SCOPE_IDS.length }),
  expiresInDays: Type.Integer({ minimum: 1, maximum: tokens.MAX_DAYS }),
}, { additionalProperties: false });
const WebhookSchema = Type.Object({
  id: Type.String(), url: Type.String(), description: Nullable(Type.String()), events: Type.Array(Type.String()), active: Type.Boolean(), createdAt: Type.String(), updatedAt: Type.String(),
});
const Events = Type.Array(Type.Enum([...webhooks.WEBHOOK_EVENTS]), { minItems: 1, maxItems: webhooks.WEBHOOK_EVENTS.length });
const NewWebhookBody = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2000 }), description: Type.Optional(Nullable(Type.String({ maxLength: 200 }))), events: Events,
}, { additionalProperties: false });
const WebhookPatchBody = Type.Object({
  url: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })), description: Type.Optional(Nullable(Type.String({ maxLength: 200 }))), events: Type.Optional(Events), active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 });
const DeliverySchema = Type.Object({
  id: Type.String(), event: Type.String(), status: Type.Enum(['pending', 'delivered', 'failed']), attempts: Type.Integer(), nextAttemptAt: Nullable(Type.String()),
  lastStatusCode: Nullable(Type.Integer()), lastError: Nullable(Type.String()), createdAt: Type.String(), deliveredAt: Nullable(Type.String()),
  payload: Type.Object({}, { additionalProperties: true }),
});

export function registerIntegrationRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/v1/integrations', {
    schema: {
      summary: 'List the token scopes and webhook events', tags, description: 'The scopes an access token may have and the events a webhook may receive.',
      response: { 200: Type.Object({ scopes: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), routes: Type.Array(Type.String()) })), events: Type.Array(Type.String()), retryMinutes: Type.Array(Type.Integer()) }) },
    },
  }, async (req) => {
    requireStaff(req.rc);
    return { scopes: tokens.listScopes(), events: [...webhooks.WEBHOOK_EVENTS], retryMinutes: [...webhooks.RETRY_MINUTES] };
  });

  r.get('/api/v1/access-tokens', { schema: { summary: 'List the practice’s personal access tokens', tags, response: { 200: Type.Array(TokenSchema) } } }, async (req) => tokens.listTokens(app, req.rc));
  r.post('/api/v1/access-tokens', { schema: { summary: 'Create a personal access token (its secret is shown once)', tags, body: NewTokenBody, response: { 201: Type.Intersect([TokenSchema, Type.Object({ token: Type.String() })]) } } }, async (req, reply) =>
    reply.status(201).send(await tokens.createToken(app, req.rc, req.body)));
  r.delete('/api/v1/access-tokens/:id', { schema: { summary: 'Revoke a personal access token', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await tokens.revokeToken(app, req.rc, req.params.id);
    return reply.status(204).send();
  });

  r.get('/api/v1/webhooks', { schema: { summary: 'List the practice’s webhooks', tags, response: { 200: Type.Array(WebhookSchema) } } }, async (req) => webhooks.listWebhooks(app, req.rc));
  r.post('/api/v1/webhooks', { schema: { summary: 'Create a webhook (its signing secret is shown once)', tags, body: NewWebhookBody, response: { 201: Type.Intersect([WebhookSchema, Type.Object({ secret: Type.String() })]) } } }, async (req, reply) =>
    reply.status(201).send(await webhooks.createWebhook(app, req.rc, req.body)));
  r.patch('/api/v1/webhooks/:id', { schema: { summary: 'Change a webhook', tags, params: IdParams, body: WebhookPatchBody, response: { 200: WebhookSchema } } }, async (req) => webhooks.updateWebhook(app, req.rc, req.params.id, req.body));
  r.delete('/api/v1/webhooks/:id', { schema: { summary: 'Delete a webhook', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await webhooks.deleteWebhook(app, req.rc, req.params.id);
    return reply.status(204).send();
  });
  r.get('/api/v1/webhooks/:id/deliveries', { schema: { summary: 'List a webhook’s recent deliveries', tags, params: IdParams, response: { 200: Type.Array(DeliverySchema) } } }, async (req) => webhooks.listDeliveries(app, req.rc, req.params.id));
  r.post('/api/v1/webhooks/:id/ping', { schema: { summary: 'Send a webhook a test delivery', tags, params: IdParams, response: { 202: DeliverySchema } } }, async (req, reply) =>
    reply.status(202).send(await webhooks.pingWebhook(app, req.rc, req.params.id)));
}
