import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { Id, IdParams } from '../../platform/schemas.js';
import * as interventions from './interventions.service.js';
import { EditInterventionBody, InterventionParams, InterventionSchema, NewInterventionBody, NewPlanBody, PlanSchema, PlanSummarySchema, PlanVersionParams, ProgressBody, ReviewPlanBody } from './plans.schemas.js';
import * as plans from './plans.service.js';

export function registerPlanRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['treatment plans'];
  r.get('/api/v1/interventions', { schema: { summary: 'List the intervention library', tags, response: { 200: Type.Array(InterventionSchema) } } }, async (req) => interventions.listInterventions(app, req.rc));
  r.post('/api/v1/interventions', { schema: { summary: 'Add an intervention to the practice’s library', tags, body: NewInterventionBody, response: { 201: InterventionSchema } } }, async (req, reply) =>
    reply.status(201).send(await interventions.createIntervention(app, req.rc, req.body)));
  r.put('/api/v1/interventions/:id', { schema: { summary: 'Change one of the practice’s interventions', tags, params: InterventionParams, body: EditInterventionBody, response: { 200: InterventionSchema } } }, async (req) =>
    interventions.editIntervention(app, req.rc, req.params.id, req.body));

  r.post('/api/v1/treatment-plans', { schema: { summary: 'Create a treatment plan', tags, body: NewPlanBody, response: { 201: PlanSchema } } }, async (req, reply) => reply.status(201).send(await plans.createPlan(app, req.rc, req.body)));
  r.get('/api/v1/treatment-plans', {
    schema: { summary: 'List a client’s or relationship’s treatment plans', tags, querystring: Type.Object({ clientId: Type.Optional(Id), relationshipId: Type.Optional(Id) }, { additionalProperties: false }), response: { 200: Type.Array(PlanSummarySchema) } },
  }, async (req) => plans.listPlans(app, req.rc, req.query));
  r.get('/api/v1/treatment-plans/:id', { schema: { summary: 'Read the current version of a treatment plan', tags, params: IdParams, response: { 200: PlanSchema } } }, async (req) => plans.getPlan(app, req.rc, req.params.id));
  r.get('/api/v1/treatment-plans/:id/versions/:version', { schema: { summary: 'Read an earlier version of a treatment plan', tags, params: PlanVersionParams, response: { 200: PlanSchema } } }, async (req) => plans.getPlan(app, req.rc, req.params.id, Number(req.params.version)));
  r.post('/api/v1/treatment-plans/:id/versions', { schema: { summary: 'Review a treatment plan, making a new version', tags, params: IdParams, body: ReviewPlanBody, response: { 201: PlanSchema } } }, async (req, reply) =>
    reply.status(201).send(await plans.reviewPlan(app, req.rc, req.params.id, req.body)));
  r.post('/api/v1/treatment-plans/:id/progress', { schema: { summary: 'Record progress toward a plan’s goals', tags, params: IdParams, body: ProgressBody, response: { 201: PlanSchema } } }, async (req, reply) =>
    reply.status(201).send(await plans.recordProgress(app, req.rc, req.params.id, req.body)));
  r.post('/api/v1/treatment-plans/:id/close', { schema: { summary: 'Close a treatment plan', tags, params: IdParams, response: { 200: PlanSchema } } }, async (req) => plans.closePlan(app, req.rc, req.params.id));
}
