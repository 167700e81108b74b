import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams } from '../../platform/schemas.js';
import { AddendumBody, NewNoteBody, NewTemplateBody, NoteSchema, NoteSummarySchema, TemplateSchema, PsychotherapyNoteBody, PsychotherapyNoteSchema, SaveNoteBody, SupervisionBody, VersionBody } from './notes.schemas.js';
import * as notes from './notes.service.js';

export function registerNoteRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['notes'];
  r.post('/api/v1/appointments/:id/notes', { schema: { tags, params: IdParams, body: NewNoteBody, response: { 201: NoteSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.startNote(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/appointments/:id/notes', { schema: { tags, params: IdParams, response: { 200: Type.Array(NoteSchema) } } }, async (req) => notes.listAppointmentNotes(app, req.rc, req.params.id));
  r.get('/api/v1/clients/:id/notes', { schema: { tags, params: IdParams, response: { 200: Type.Array(NoteSummarySchema) } } }, async (req) => notes.listClientNotes(app, req.rc, req.params.id));
  r.get('/api/v1/note-templates', { schema: { tags, response: { 200: Type.Array(TemplateSchema) } } }, async (req) => notes.listTemplates(app, req.rc));
  r.post('/api/v1/note-templates', { schema: { tags, body: NewTemplateBody, response: { 201: TemplateSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.createTemplate(app, req.rc, req.body)));
  r.get('/api/v1/notes/:id', { schema: { tags, params: IdParams, response: { 200: NoteSchema } } }, async (req) => notes.getNote(app, req.rc, req.params.id));
  r.put('/api/v1/notes/:id', { schema: { tags, params: IdParams, body: SaveNoteBody, response: { 200: NoteSchema } } }, async (req) => notes.saveNote(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/notes/:id/sign', { schema: { tags, params: IdParams, body: VersionBody, response: { 200: NoteSchema } } }, async (req) => notes.signNote(app, req.rc, req.params.id, req.body.version));
  r.post('/api/v1/notes/:id/cosign', { schema: { tags, params: IdParams, response: { 200: NoteSchema } } }, async (req) => notes.cosignNote(app, req.rc, req.params.id));
  r.post('/api/v1/notes/:id/addenda', { schema: { tags, params: IdParams, body: AddendumBody, response: { 201: NoteSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.addAddendum(app, req.rc, req.params.id, req.body.content)));
  r.get('/api/v1/supervision/queue', { schema: { tags, response: { 200: Type.Array(NoteSchema) } } }, async (req) => notes.cosignQueue(app, req.rc));
  r.put('/api/v1/practice/supervision', {
    schema: { tags: ['practice'], body: SupervisionBody, response: { 200: Type.Object({ superviseeId: Type.String(), supervisorIds: Type.Array(Type.String()) }) } },
  }, async (req) => notes.setSupervisors(app, req.rc, req.body.superviseeId, req.body.supervisorIds));

  r.get('/api/v1/clients/:id/psychotherapy-notes', { schema: { tags, params: IdParams, response: { 200: Type.Array(PsychotherapyNoteSchema) } } }, async (req) =>
    notes.listOwnPsychotherapyNotes(app, req.rc, req.params.id));
  r.post('/api/v1/clients/:id/psychotherapy-notes', { schema: { tags, params: IdParams, body: PsychotherapyNoteBody, response: { 201: PsychotherapyNoteSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.addPsychotherapyNote(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/psychotherapy-notes/:id', { schema: { tags, params: IdParams, response: { 200: PsychotherapyNoteSchema } } }, async (req) => notes.getPsychotherapyNote(app, req.rc, req.params.id));
}
