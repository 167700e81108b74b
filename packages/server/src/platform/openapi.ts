import type { SwaggerOptions } from '@fastify/swagger';
import { ProblemSchema } from './problem.js';

/**
 * How the OpenAPI 3.1 document at /api/v1/openapi.json is put together from the route schemas
 * (@fastify/swagger): the parts no single route says. Each route gives its tags, summary and the
 * schemas of what it accepts and answers; here every operation gets a stable operationId and the
 * shared RFC 9457 problem answer for its errors. The web app's client types are generated from
 * this document (`npm run api:generate`; platform/openapi.test.ts keeps them current).
 */
export const PROBLEM_RESPONSE_REF = '#/components/responses/Problem';
export const PROBLEM_SCHEMA_REF = '#/components/schemas/Problem';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * A stable operationId from the method and the route's address: `GET /api/v1/clients/:id/intakes`
 * → `getClientsByIdIntakes`, `GET /api/v1/billing/income.csv` → `getBillingIncomeCsv`.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url.replace(/^\/api\/v1\//, '').split('/').filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  return method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

interface OpenApiOperation {
  responses?: Record<string, unknown>;
}

/** The options for @fastify/swagger. */
export function openApiOptions(sessionCookie: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Candor API', version: '1', description: 'The HTTP API of Candor, a practice platform for sex therapists. Errors are RFC 9457 problem+json.' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookie } },
        schemas: { Problem: ProblemSchema as never },
        responses: {
          Problem: {
            description: 'An RFC 9457 problem: 400 a field needs attention (`errors` names it), 401 not signed in, 403 not allowed or a missing CSRF token, 404 missing or not visible, 409 a conflict, 413/414/415 a request Candor cannot take, 429 too many attempts (`Retry-After`), 5XX a fault on the server',
            content: { 'application/problem+json': { schema: { $ref: PROBLEM_SCHEMA_REF } } },
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: ({ schema, url, route }) => {
      const method = [route.method].flat()[0] ?? 'GET';
      const given = (schema ?? {}) as { operationId?: string };
      return { schema: { ...schema, operationId: given.operationId ?? operationIdOf(method, url) } as typeof schema, url };
    },
    // Every operation's errors are the same problem document (the one error handler, problem.ts).
    transformObject: (documentObject) => {
      const document = (documentObject as { openapiObject: { paths?: Record<string, Record<string, OpenApiOperation>> } }).openapiObject;
      for (const pathItem of Object.values(document.paths ?? {})) {
        for (const [method, operation] of Object.entries(pathItem)) {
          if (!HTTP_METHODS.includes(method)) continue;
          operation.responses = { ...operation.responses, '4XX': { $ref: PROBLEM_RESPONSE_REF }, '5XX': { $ref: PROBLEM_RESPONSE_REF } };
        }
      }
      return document as never;
    },
  };
}
