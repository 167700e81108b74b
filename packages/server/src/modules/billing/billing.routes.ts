import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { FileResponse, IdParams, Nullable } from '../../platform/schemas.js';
import { AccountSchema, ChargeBody, ChargeDraftSchema, ChargeSchema, ClientBillingBody, PaymentBody, PaymentSchema, ProviderBody, ProviderSchema, RangeQuery, SessionRowSchema, SettingsBody } from './billing.schemas.js';
import * as billing from './billing.service.js';

export function registerBillingRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['billing'];
  r.get('/api/v1/billing/settings', { schema: { summary: 'Read the practice’s billing settings and fee schedule', tags, response: { 200: SettingsBody } } }, async (req) => billing.getSettings(app, req.rc));
  r.put('/api/v1/billing/settings', { schema: { summary: 'Save the practice’s billing settings and fee schedule', tags, body: SettingsBody, response: { 200: SettingsBody } } }, async (req) => billing.saveSettings(app, req.rc, req.body));
  r.get('/api/v1/billing/providers', { schema: { summary: 'List clinicians with the NPI and licence printed on superbills', tags, response: { 200: Type.Array(ProviderSchema) } } }, async (req) => billing.listProviders(app, req.rc));
  r.put('/api/v1/billing/providers/:id', { schema: { summary: 'Save a clinician’s NPI and licence', tags, params: IdParams, body: ProviderBody, response: { 200: Type.Object({ userId: Type.String(), npi: Nullable(Type.String()), license: Nullable(Type.String()) }) } } }, async (req) => billing.saveProvider(app, req.rc, req.params.id, req.body));
  r.put('/api/v1/clients/:id/billing', { schema: { summary: 'Set a client’s sliding-scale share of the fee', tags, params: IdParams, body: ClientBillingBody, response: { 200: Type.Object({ clientId: Type.String(), slidingScalePercent: Nullable(Type.Integer()) }) } } }, async (req) => billing.setSlidingScale(app, req.rc, req.params.id, req.body.slidingScalePercent));
  r.get('/api/v1/appointments/:id/charge', { schema: { summary: 'Read a session’s charge, or a draft with the suggested fee', tags, params: IdParams, response: { 200: ChargeDraftSchema } } }, async (req) => billing.chargeDraft(app, req.rc, req.params.id));
  r.put('/api/v1/appointments/:id/charge', { schema: { summary: 'Save a session’s charge', tags, params: IdParams, body: ChargeBody, response: { 200: ChargeSchema } } }, async (req) => billing.saveCharge(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/clients/:id/payments', { schema: { summary: 'Record a client’s payment', tags, params: IdParams, body: PaymentBody, response: { 201: PaymentSchema } } }, async (req, reply) =>
    reply.status(201).send(await billing.recordPayment(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/clients/:id/account', { schema: { summary: 'Read a client’s account: charges, payments and balance', tags, params: IdParams, response: { 200: AccountSchema } } }, async (req) => billing.account(app, req.rc, req.params.id));
  r.get('/api/v1/clients/:id/superbill.pdf', { schema: { summary: 'Download a client’s superbill for a period (PDF)', tags, params: IdParams, querystring: RangeQuery, response: { 200: FileResponse('The superbill', 'application/pdf') } } }, async (req, reply) => {
    const pdf = await billing.superbill(app, req.rc, req.params.id, req.query);
    return reply.type('application/pdf').header('content-disposition', 'attachment; filename="superbill.pdf"').header('cache-control', 'no-store').send(Buffer.from(pdf));
  });
  r.get('/api/v1/billing/income.csv', { schema: { summary: 'Download the income report for a period (CSV)', tags, querystring: RangeQuery, response: { 200: FileResponse('The income report', 'text/csv') } } }, async (req, reply) =>
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="income.csv"').header('cache-control', 'no-store').send(await billing.incomeCsv(app, req.rc, req.query)));
  r.get('/api/v1/billing/sessions', { schema: { summary: 'List a period’s sessions with their charges', tags, querystring: RangeQuery, response: { 200: Type.Array(SessionRowSchema) } } }, async (req) => billing.sessions(app, req.rc, req.query));
}
