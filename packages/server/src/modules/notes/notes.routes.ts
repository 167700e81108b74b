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
  r.post('/api/v1/appointments/:id/notes', { schema: { summary: 'Start a note for a session', tags, params: IdParams, body: NewNoteBody, response: { 201: NoteSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.startNote(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/appointments/:id/notes', { schema: { summary: 'List a session’s notes', tags, params: IdParams, response: { 200: Type.Array(NoteSchema) } } }, async (req) => notes.listAppointmentNotes(app, req.rc, req.params.id));
  r.get('/api/v1/clients/:id/notes', { schema: { summary: 'List a client’s notes', tags, params: IdParams, response: { 200: Type.Array(NoteSummarySchema) } } }, async (req) => notes.listClientNotes(app, req.rc, req.params.id));
  r.get('/api/v1/note-templates', { schema: { summary: 'List the note templates', tags, response: { 200: Type.Array(TemplateSchema) } } }, async (req) => notes.listTemplates(app, req.rc));
  r.post('/api/v1/note-templates', { schema: { summary: 'Create a note template', tags, body: NewTemplateBody, response: { 201: TemplateSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.createTemplate(app, req.rc, req.body)));
  r.get('/api/v1/notes/:id', { schema: { summary: 'Read a note', tags, params: IdParams, response: { 200: NoteSchema } } }, async (req) => notes.getNote(app, req.rc, req.params.id));
  r.put('/api/v1/notes/:id', { schema: { summary: 'Save a draft note', tags, params: IdParams, body: SaveNoteBody, response: { 200: NoteSchema } } }, async (req) => notes.saveNote(app, req.rc, req.params.id, req.body));
  r.post('/api/v1/notes/:id/sign', { schema: { summary: 'Sign a note', tags, params: IdParams, body: VersionBody, response: { 200: NoteSchema } } }, async (req) => notes.signNote(app, req.rc, req.params.id, req.body.version));
  r.post('/api/v1/notes/:id/cosign', { schema: { summary: 'Co-sign a supervisee’s note', tags, params: IdParams, response: { 200: NoteSchema } } }, async (req) => notes.cosignNote(app, req.rc, req.params.id));
  r.post('/api/v1/notes/:id/addenda', { schema: { summary: 'Add an addendum to a signed note', tags, params: IdParams, body: AddendumBody, response: { 201: NoteSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.addAddendum(app, req.rc, req.params.id, req.body.content)));
  r.get('/api/v1/supervision/queue', { schema: { summary: 'List the notes awaiting one’s co-signature', tags, response: { 200: Type.Array(NoteSchema) } } }, async (req) => notes.cosignQueue(app, req.rc));
  r.put('/api/v1/practice/supervision', {
    schema: { summary: 'Set a clinician’s supervisors', tags: ['practice'], body: SupervisionBody, response: { 200: Type.Object({ superviseeId: Type.String(), supervisorIds: Type.Array(Type.String()) }) } },
  }, async (req) => notes.setSupervisors(app, req.rc, req.body.superviseeId, req.body.supervisorIds));

  r.get('/api/v1/clients/:id/psychotherapy-notes', { schema: { summary: 'List one’s own psychotherapy notes about a client', tags, params: IdParams, response: { 200: Type.Array(PsychotherapyNoteSchema) } } }, async (req) =>
    notes.listOwnPsychotherapyNotes(app, req.rc, req.params.id));
  r.post('/api/v1/clients/:id/psychotherapy-notes', { schema: { summary: 'Write a psychotherapy note about a client', tags, params: IdParams, body: PsychotherapyNoteBody, response: { 201: PsychotherapyNoteSchema } } }, async (req, reply) =>
    reply.status(201).send(await notes.addPsychotherapyNote(app, req.rc, req.params.id, req.body)));
  r.get('/api/v1/psychotherapy-notes/:id', { schema: { summary: 'Read one of one’s own psychotherapy notes', tags, params: IdParams, response: { 200: PsychotherapyNoteSchema } } }, async (req) => notes.getPsychotherapyNote(app, req.rc, req.params.id));
}
