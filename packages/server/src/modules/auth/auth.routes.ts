import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Email, EmptyBody, NoContent, PublicUserSchema, StageSchema } from '../../platform/schemas.js';
import { UnauthenticatedError } from '../../platform/errors.js';
import * as auth from './auth.service.js';

export const SESSION_COOKIE = 'candor_session';

const SignInReply = Type.Object({ stage: StageSchema, user: PublicUserSchema });
const Password = Type.String({ minLength: 1, maxLength: 256 });
const Token = Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' });
const tight = { rateLimit: { max: 10, timeWindow: '1 minute' } };

export function setSessionCookie(app: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.publicUrl.startsWith('https://'),
  });
}

export function registerAuthRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/v1/auth/csrf', { schema: { summary: 'Issue a CSRF token for state-changing requests', tags: ['auth'], security: [], response: { 200: Type.Object({ token: Type.String() }) } } }, async (_req, reply) => {
    return { token: reply.generateCsrf() };
  });

  r.get('/api/v1/auth/session', { schema: { summary: 'Describe the current session and its user', tags: ['auth'], response: { 200: SignInReply } } }, async (req) => {
    if (!req.session) throw new UnauthenticatedError('You are not signed in.');
    return { stage: req.session.stage, user: await auth.describeUser(app, req.session.user) };
  });

  r.post('/api/v1/auth/sign-in', {
    config: tight,
    schema: { summary: 'Sign in with email and password', tags: ['auth'], security: [], body: Type.Object({ email: Email, password: Password }, { additionalProperties: false }), response: { 200: SignInReply } },
  }, async (req, reply) => {
    const result = await auth.signIn(app, req.rc, req.body, req.session?.idHash ?? null);
    setSessionCookie(app, reply, result.sessionToken);
    return { stage: result.stage, user: result.user };
  });

  r.post('/api/v1/auth/second-factor', {
    config: tight,
    schema: { summary: 'Complete sign-in with a TOTP or recovery code', tags: ['auth'], body: Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }) }, { additionalProperties: false }), response: { 200: SignInReply } },
  }, async (req, reply) => {
    const result = await auth.verifySecondFactor(app, req.rc, req.session, req.body.code);
    setSessionCookie(app, reply, result.sessionToken);
    return { stage: result.stage, user: result.user };
  });

  r.post('/api/v1/auth/totp/enroll', {
    schema: { summary: 'Start enrolling an authenticator app', tags: ['auth'], body: EmptyBody, response: { 200: Type.Object({ secret: Type.String(), otpauthUri: Type.String(), qrCodeDataUrl: Type.String() }) } },
  }, async (req) => auth.startTotpEnrollment(app, req.rc, req.session));

  r.post('/api/v1/auth/totp/confirm', {
    config: tight,
    schema: {
      summary: 'Confirm the authenticator app and receive recovery codes', tags: ['auth'],
      body: Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ stage: StageSchema, user: PublicUserSchema, recoveryCodes: Type.Array(Type.String()) }) },
    },
  }, async (req, reply) => {
    const result = await auth.confirmTotpEnrollment(app, req.rc, req.session, req.body.code);
    setSessionCookie(app, reply, result.sessionToken);
    return { stage: result.stage, user: result.user, recoveryCodes: result.recoveryCodes };
  });

  r.post('/api/v1/auth/sign-out', { schema: { summary: 'Sign out', tags: ['auth'], body: Type.Optional(EmptyBody), response: { 204: NoContent } } }, async (req, reply) => {
    await auth.signOut(app, req.rc, req.session);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.post('/api/v1/auth/password-reset', {
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    schema: { summary: 'Ask for a password reset link by email', tags: ['auth'], security: [], body: Type.Object({ email: Email }, { additionalProperties: false }), response: { 202: Type.Unsafe<undefined>({ type: 'null', description: 'Accepted: a link is mailed if the account exists' }) } },
  }, async (req, reply) => {
    await auth.requestPasswordReset(app, req.rc, req.body.email);
    return reply.status(202).send();
  });

  r.post('/api/v1/auth/password', {
    config: tight,
    schema: { summary: 'Change one’s own password', tags: ['auth'], body: Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false }), response: { 200: SignInReply } },
  }, async (req, reply) => {
    const result = await auth.changePassword(app, req.rc, req.session, req.body);
    setSessionCookie(app, reply, result.sessionToken);
    return { stage: result.stage, user: result.user };
  });

  r.post('/api/v1/auth/password-reset/complete', {
    config: tight,
    schema: { summary: 'Set a new password with a reset link’s token', tags: ['auth'], security: [], body: Type.Object({ token: Token, password: Password }, { additionalProperties: false }), response: { 204: NoContent } },
  }, async (req, reply) => {
    await auth.completePasswordReset(app, req.rc, req.body);
    return reply.status(204).send();
  });

  r.post('/api/v1/auth/invitations/accept', {
    config: tight,
    schema: { summary: 'Accept an invitation and set a password', tags: ['auth'], security: [], body: Type.Object({ token: Token, password: Password }, { additionalProperties: false }), response: { 200: SignInReply } },
  }, async (req, reply) => {
    const result = await auth.acceptInvitation(app, req.rc, req.body);
    setSessionCookie(app, reply, result.sessionToken);
    return { stage: result.stage, user: result.user };
  });
}
