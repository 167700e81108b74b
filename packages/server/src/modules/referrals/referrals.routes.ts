import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { FileResponse, Id, IdParams } from '../../platform/schemas.js';
import { LetterSchema, NewReferralBody, ReferralPatchBody, ReferralSchema, SendBody, TransitionBody } from './referrals.schemas.js';
import * as referrals from './referrals.service.js';

const LetterQuery = Type.Object({ releaseId: Type.Optional(Id) }, { additionalProperties: false });

export function registerReferralRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['referrals'];
  r.get('/api/v1/clients/:id/referrals', { schema: { summary: 'List a client’s referrals', tags, params: IdParams, response: { 200: Type.Array(ReferralSchema) } } }, async (req) =>
    referrals.listClientReferrals(app, req.rc, req.params.id));
  r.post('/api/v1/clients/:id/referrals', { schema: { summary: 'Create a referral for a client', tags, params: IdParams, body: NewReferralBody, response: { 201: ReferralSchema } } }, async (req, reply) =>
    reply.status(201).send(await referrals.createReferral(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/referrals/:id', { schema: { summary: 'Read a referral', tags, params: IdParams, response: { 200: ReferralSchema } } }, async (req) => referrals.getReferral(app, req.rc, req.params.id));
  r.patch('/api/v1/referrals/:id', { schema: { summary: 'Change a referral', tags, params: IdParams, body: ReferralPatchBody, response: { 200: ReferralSchema } } }, async (req) =>
    referrals.updateReferral(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/referrals/:id/send', { schema: { summary: 'Send a referral under a signed release', tags, params: IdParams, body: SendBody, response: { 200: ReferralSchema } } }, async (req) =>
    referrals.sendReferral(app, req.rc, req.params.id, req.body.releaseId));
  r.post('/api/v1/referrals/:id/transition', { schema: { summary: 'Move a referral to its next status', tags, params: IdParams, body: TransitionBody, response: { 200: ReferralSchema } } }, async (req) =>
    referrals.transitionReferral(app, req.rc, req.params.id, req.body.to, req.body.outcome));
  r.get('/api/v1/referrals/:id/letter', { schema: { summary: 'Preview a referral letter', tags, params: IdParams, querystring: LetterQuery, response: { 200: LetterSchema } } }, async (req) =>
    referrals.referralLetter(app, req.rc, req.params.id, req.query.releaseId));
  r.get('/api/v1/referrals/:id/letter.pdf', { schema: { summary: 'Download a referral letter (PDF)', tags, params: IdParams, querystring: LetterQuery, response: { 200: FileResponse('The letter', 'application/pdf') } } }, async (req, reply) => {
    const pdf = await referrals.referralLetterPdf(app, req.rc, req.params.id, req.query.releaseId);
    // A neutral file name: nothing clinical or identifying in headers.
    return reply.type('application/pdf').header('content-disposition', 'attachment; filename="referral-letter.pdf"').header('cache-control', 'no-store').send(Buffer.from(pdf));
  });
}
