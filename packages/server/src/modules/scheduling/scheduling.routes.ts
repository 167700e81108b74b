import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { FileResponse, IdParams, NoContent } from '../../platform/schemas.js';
import { APPOINTMENT_KINDS, AppointmentSchema, AvailabilitySchema, CancelBody, MODALITIES, NewAppointmentBody, RangeQuery, TimeOffBody, WorkingHoursBody } from './scheduling.schemas.js';
import * as availability from './availability.service.js';
import * as scheduling from './scheduling.service.js';
import { calendarFeed, createCalendarFeed } from './calendar-feed.js';

export function registerSchedulingRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['scheduling'];
  r.post('/api/v1/appointments', { schema: { summary: 'Book an appointment or a weekly series', tags, body: NewAppointmentBody, response: { 201: Type.Array(AppointmentSchema) } } }, async (req, reply) =>
    reply.status(201).send(await scheduling.createAppointments(app, req.rc, req.body)));
  r.get('/api/v1/appointments', { schema: { summary: 'List appointments in a date range', tags, querystring: RangeQuery, response: { 200: Type.Array(AppointmentSchema) } } }, async (req) =>
    scheduling.listAppointments(app, req.rc, req.query));
  r.post('/api/v1/appointments/:id/cancel', { schema: { summary: 'Cancel an appointment, or the rest of its series', tags, params: IdParams, body: Type.Optional(CancelBody), response: { 200: Type.Array(AppointmentSchema) } } }, async (req) =>
    scheduling.cancelAppointment(app, req.rc, req.params.id, req.body?.scope));
  r.post('/api/v1/appointments/:id/no-show', { schema: { summary: 'Mark an appointment a no-show', tags, params: IdParams, response: { 200: AppointmentSchema } } }, async (req) => scheduling.markNoShow(app, req.rc, req.params.id));
  r.get('/api/v1/clinicians/:id/availability', { schema: { summary: 'Read a clinician’s working hours and time off', tags, params: IdParams, response: { 200: AvailabilitySchema } } }, async (req) => availability.getAvailability(app, req.rc, req.params.id));
  r.put('/api/v1/clinicians/:id/working-hours', { schema: { summary: 'Replace a clinician’s weekly working hours', tags, params: IdParams, body: WorkingHoursBody, response: { 200: AvailabilitySchema } } }, async (req) =>
    availability.setWorkingHours(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/clinicians/:id/time-off', { schema: { summary: 'Add time off for a clinician', tags, params: IdParams, body: TimeOffBody, response: { 201: AvailabilitySchema } } }, async (req, reply) =>
    reply.status(201).send(await availability.addTimeOff(app, req.rc, req.params.id, req.body)));
  r.delete('/api/v1/time-off/:id', { schema: { summary: 'Remove time off', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await availability.removeTimeOff(app, req.rc, req.params.id);
    return reply.status(204).send();
  });
  r.post('/api/v1/calendar-feeds', { schema: { summary: 'Create one’s private calendar feed address', tags, response: { 201: Type.Object({ url: Type.String() }) } } }, async (req, reply) =>
    reply.status(201).send(await createCalendarFeed(app, req.rc)));
  // The secret address is the credential (calendar apps cannot sign in); text/calendar, not JSON.
  r.get('/api/v1/calendar-feeds/:file', { schema: { summary: 'Read a calendar feed by its secret address (iCalendar)', tags, security: [], params: Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_-]{43}\\.ics$' }) }, { additionalProperties: false }), response: { 200: FileResponse('The clinician’s appointments as an iCalendar feed', 'text/calendar') } } }, async (req, reply) =>
    reply.type('text/calendar; charset=utf-8').header('cache-control', 'no-store').send(await calendarFeed(app, req.params.file.slice(0, -4))));
  r.get('/api/v1/portal/appointments', {
    schema: {
      summary: 'List the signed-in client’s upcoming sessions', tags: ['portal'],
      response: { 200: Type.Array(Type.Object({
        id: Type.String(), kind: Type.Enum([...APPOINTMENT_KINDS]), modality: Type.Enum([...MODALITIES]), startsAt: Type.String(), endsAt: Type.String(), timeZone: Type.String(), clinicianName: Type.String(),
        room: Type.Union([Type.String(), Type.Null()]), videoLink: Type.Union([Type.String(), Type.Null()]), withPartner: Type.Boolean(),
      })) },
    },
  }, async (req) => scheduling.listOwnAppointments(app, req.rc));
}
