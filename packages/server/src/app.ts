import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import helmet from 'helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { recordAudit } from './platform/audit.js';
import { auditEntry, requireStaff } from './platform/authz.js';
import { randomBytesFromPool } from './platform/ids.js';
import { lazySchemaController } from './platform/lazy-schemas.js';
import type { AppContext, RequestContext } from './platform/context.js';
import { TooManyRequestsError, NotFoundError, ValidationError } from './platform/errors.js';
import { registerMetrics } from './platform/metrics.js';
import { openApiOptions } from './platform/openapi.js';
import { sendProblem, toProblem } from './platform/problem.js';
import { registerAuthRoutes, SESSION_COOKIE } from './modules/auth/auth.routes.js';
import { resolveSession, type ResolvedSession } from './modules/auth/auth.service.js';
import { registerClientRoutes } from './modules/clients/clients.routes.js';
import { registerConsentRoutes } from './modules/consents/consents.routes.js';
import { registerDiagnosisRoutes } from './modules/diagnoses/diagnoses.routes.js';
import { registerIntakeRoutes } from './modules/intake/intake.routes.js';
import { registerMeasureRoutes } from './modules/measures/measures.routes.js';
import { registerNoteRoutes } from './modules/notes/notes.routes.js';
import { registerPortalRoutes } from './modules/portal/portal.routes.js';
import { registerReferralRoutes } from './modules/referrals/referrals.routes.js';
import { registerRelationshipRoutes } from './modules/relationships/relationships.routes.js';
import { registerReleaseRoutes } from './modules/releases/releases.routes.js';
import { registerSchedulingRoutes } from './modules/scheduling/scheduling.routes.js';
import { registerScreeningRoutes } from './modules/screening/screening.routes.js';
import { registerTodayRoutes } from './modules/today/today.routes.js';
import { registerPracticeRoutes } from './modules/practice/practice.routes.js';
import { registerPlanRoutes } from './modules/plans/plans.routes.js';
import { registerHomeworkRoutes } from './modules/homework/homework.routes.js';
import { registerBillingRoutes } from './modules/billing/billing.routes.js';
import { registerCredentialRoutes } from './modules/credentials/credentials.routes.js';
import { registerCertificationRoutes } from './modules/certification/certification.routes.js';
import { registerDirectoryRoutes } from './modules/directory/directory.routes.js';
import { registerFindRoutes } from './modules/directory/find.routes.js';
import { registerTrainingRoutes } from './modules/training/training.routes.js';
import { registerInteropRoutes } from './modules/interop/interop.routes.js';
import { registerIntegrationRoutes } from './modules/integrations/integrations.routes.js';
import { authenticateToken, bearerToken } from './modules/integrations/tokens.service.js';
import { registerCsvImportRoutes } from './modules/interop/csv-import.routes.js';
import type { Role } from './platform/context.js';

declare module 'fastify' {
  interface FastifyRequest {
    rc: RequestContext;
    session: ResolvedSession | null;
  }
  interface FastifyInstance {
    /** Every route the app registered (HEAD aside): for tests that must reach all of them. */
    routeTable: RegisteredRoute[];
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  /** The route's JSON schemas for what it accepts (TypeBox emits plain JSON Schema). */
  schema: { body?: unknown; querystring?: unknown; params?: unknown };
}

export const BODY_LIMIT = 1024 * 1024;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Where the built web app lives (packages/web/dist), unless CANDOR_WEB_DIR says otherwise. */
function defaultWebDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}

/**
 * The load benchmarks' ceiling (bench/, BENCHMARKS.md): the same server answering a JSON body of
 * the asked-for size from memory, with no database and no session, through the same hooks. And
 * the audited floor: the same body for a signed-in staff member, after the two things every
 * clinical read does before it answers (the session looked up, an audit row made durable), so
 * a read's cost can be told apart from what any audited read costs. Off unless
 * CANDOR_BENCH_CEILING is set.
 */
function registerCeiling(fastify: FastifyInstance, app: AppContext): void {
  const bodies = new Map<number, { padding: string }>();
  const bodyOf = (query: unknown) => {
    const asked = Number((query as { bytes?: string }).bytes);
    const bytes = Number.isInteger(asked) ? Math.min(1_000_000, Math.max(14, asked)) : 14;
    let body = bodies.get(bytes);
    if (!body) bodies.set(bytes, (body = { padding: 'x'.repeat(bytes - '{"padding":""}'.length) }));
    return body;
  };
  fastify.get('/bench/ceiling', { schema: { hide: true } }, async (request) => bodyOf(request.query));
  fastify.get('/api/v1/bench/floor', { schema: { hide: true } }, async (request) => {
    const actor = requireStaff(request.rc);
    await recordAudit(app.db, auditEntry(request.rc, 'bench.floor', 'user', actor.userId), app.clock.now());
    return bodyOf(request.query);
  });
}

/** Builds the HTTP application without listening: `server.listen()` or `inject()` is the caller's. */
export async function buildApp(app: AppContext): Promise<FastifyInstance> {
  const fastify = Fastify({
    loggerInstance: app.log,
    bodyLimit: BODY_LIMIT,
    trustProxy: app.config.trustProxy,
    genReqId: () => `req-${randomBytesFromPool(6).toString('hex')}`,
    requestIdHeader: false,
    // One line per request, when it is answered (below), instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // Each route's schemas are compiled when first used, not all at start-up (a faster cold start).
    schemaController: lazySchemaController as never,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true, useDefaults: true } },
    // Errors the router raises before a route is found (an over-long or unreadable address) are
    // problem+json like every other refusal.
    frameworkErrors: (error, request, reply) => void sendProblem(reply, toProblem(error, request)),
  }) as unknown as FastifyInstance;
  const routeTable: RegisteredRoute[] = [];
  fastify.decorate('routeTable', routeTable);
  fastify.addHook('onRoute', (route) => {
    const { body, querystring, params } = (route.schema ?? {}) as RegisteredRoute['schema'];
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, schema: { body, querystring, params } });
  });

  fastify.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error as Error, request);
    if (problem.status >= 500) {
      request.log.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code, stack: (error as Error).stack } }, 'request failed');
    }
    return sendProblem(reply, problem);
  });
  fastify.setNotFoundHandler(async (request, reply) => {
    const webDir = app.config.webDir ?? defaultWebDir();
    const pathname = request.url.split('?')[0]!;
    // App routes (no file extension) get the single-page app; a missing asset stays a 404.
    const isAppRoute = !pathname.startsWith('/api/') && !pathname.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(pathname);
    if (request.method === 'GET' && isAppRoute && fs.existsSync(path.join(webDir, 'index.html'))) {
      // The single-page app handles its own routes.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, toProblem(new NotFoundError(), request));
  });

  // Security headers, built once: @fastify/helmet rebuilt Helmet (and re-parsed the CSP) on every
  // request, a twentieth of a chart open's time; the same Helmet middleware, made once, sets them.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
        fontSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
  fastify.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  await fastify.register(fastifyCookie);
  const secureCookies = app.config.publicUrl.startsWith('https://');
  await fastify.register(fastifyCsrf, { cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: secureCookies } });
  await fastify.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new TooManyRequestsError('Too many attempts. Please wait a minute and try again.', Math.ceil(context.ttl / 1000)),
  });
  await fastify.register(fastifySwagger, openApiOptions(SESSION_COOKIE));

  fastify.decorateRequest('rc', null as unknown as RequestContext);
  fastify.decorateRequest('session', null);
  fastify.addHook('onRequest', async (request, reply) => {
    const bearer = request.url.startsWith('/api/') ? bearerToken(request.headers.authorization) : null;
    if (bearer !== null) {
      // An integration's personal access token. It is no cookie, so there is no cross-site request to
      // guard against (no CORS is offered); its scopes limit the routes it reaches.
      request.session = null;
      request.rc = { requestId: String(request.id), ip: request.ip, actor: null };
      request.rc.actor = await authenticateToken(app, bearer, `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`, String(request.id));
      return;
    }
    if (request.url.startsWith('/api/') && UNSAFE_METHODS.has(request.method)) {
      await new Promise<void>((resolve, reject) => {
        fastify.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
      });
    }
    const token = request.url.startsWith('/api/') ? request.cookies[SESSION_COOKIE] : undefined;
    request.session = token ? await resolveSession(app, token) : null;
    const user = request.session?.stage === 'signed-in' ? request.session.user : null;
    request.rc = {
      requestId: String(request.id),
      ip: request.ip,
      actor: user ? { userId: user.id, practiceId: user.practice_id, roles: JSON.parse(user.roles) as Role[], clientId: user.client_id, siteAdmin: user.site_admin === 1 } : null,
    };
  });

  // No text Candor keeps may contain the NUL character: PostgreSQL cannot store it in text (it
  // was a 500 there), and no person types one. Refused, naming the field, before any route runs.
  fastify.addHook('preValidation', async (request) => {
    const field = nulField(request.params, 'params') ?? nulField(request.query, 'query') ?? nulField(request.body, '');
    if (field !== null) throw ValidationError.field(field || 'body', 'must not contain the NUL character (\\u0000)');
  });

  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info({ req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 }, 'request completed');
  });
  registerMetrics(fastify);
  fastify.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    await app.db.selectFrom('practices').select('id').limit(1).execute();
    return reply.header('cache-control', 'no-store').send({ status: 'ok' });
  });
  if (app.config.benchCeiling) registerCeiling(fastify, app);
  fastify.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());

  registerAuthRoutes(fastify, app);
  registerPracticeRoutes(fastify, app);
  registerClientRoutes(fastify, app);
  registerPortalRoutes(fastify, app);
  registerRelationshipRoutes(fastify, app);
  registerConsentRoutes(fastify, app);
  registerIntakeRoutes(fastify, app);
  registerReleaseRoutes(fastify, app);
  registerReferralRoutes(fastify, app);
  registerScreeningRoutes(fastify, app);
  registerDiagnosisRoutes(fastify, app);
  registerMeasureRoutes(fastify, app);
  registerSchedulingRoutes(fastify, app);
  registerNoteRoutes(fastify, app);
  registerPlanRoutes(fastify, app);
  registerHomeworkRoutes(fastify, app);
  registerInteropRoutes(fastify, app);
  registerIntegrationRoutes(fastify, app);
  registerCsvImportRoutes(fastify, app);
  registerBillingRoutes(fastify, app);
  registerTodayRoutes(fastify, app);
  registerCredentialRoutes(fastify, app);
  registerCertificationRoutes(fastify, app);
  registerDirectoryRoutes(fastify, app);
  registerFindRoutes(fastify, app);
  registerTrainingRoutes(fastify, app);

  const webDir = app.config.webDir ?? defaultWebDir();
  if (fs.existsSync(webDir)) {
    await fastify.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  }
  return fastify;
}

/** The path of the first string (or key) holding a NUL character in a parsed request part, or null. */
function nulField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const found = nulField(inner, at);
    if (found !== null) return found;
  }
  return null;
}
