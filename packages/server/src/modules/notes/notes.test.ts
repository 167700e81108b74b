import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string, jamieId: string, appointmentId: string;

interface Note { session: { startsAt: string; kind: string; attendees: { clientId: string; displayName: string }[] }; id: string; version: number; status: string; contentHash: string | null; hashVerified: boolean | null; content: { fields: Record<string, string> }; addenda: { content: string }[] }

const content = (fields: Record<string, string>) => ({ fields, interventions: ['Sensate focus, stage 1'], risk: { level: 'none-indicated' } });

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-11-20T15:00:00Z'));
  ({ users: u } = await seedPractice(t, 'Notes', [
    { key: 'sam', roles: ['clinician'] }, { key: 'park', roles: ['supervisor', 'clinician'] }, { key: 'other', roles: ['clinician'] }, { key: 'owner', roles: ['owner'] },
  ]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.sam!, { firstName: 'Alex', lastName: 'Morgan' });
  jamieId = await createClientVia(a.sam!, { firstName: 'Jamie', lastName: 'Chen' });
  const relationshipId = (await a.sam!.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'limited-secrets' })).json().id;
  const [appt] = (await a.sam!.post('/api/v1/appointments', { kind: 'joint', relationshipId, startsAt: '2026-11-20T08:00', durationMinutes: 50, modality: 'in-person' })).json();
  appointmentId = appt.id;
});
afterAll(async () => t.close());

describe('progress notes', () => {
  let noteId: string;

  it('starts a SOAP note for the joint session and autosaves with a version check (409 on a stale save)', async () => {
    const started = await a.sam!.post(`/api/v1/appointments/${appointmentId}/notes`, { template: 'soap' });
    expect(started.statusCode).toBe(201);
    noteId = started.json().id;
    const saved = await a.sam!.request('PUT', `/api/v1/notes/${noteId}`, { content: content({ subjective: 'Both partners report less pressure.', plan: 'Continue stage 1.' }), version: 0 });
    expect(saved.json()).toMatchObject({ version: 1, status: 'draft' });
    const stale = await a.sam!.request('PUT', `/api/v1/notes/${noteId}`, { content: content({ subjective: 'Overwrite attempt' }), version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors).toEqual([{ field: 'version', message: 'is out of date' }]);
    expect((await a.sam!.get(`/api/v1/notes/${noteId}`)).json().content.fields.subjective).toBe('Both partners report less pressure.');
    const wrongField = await a.sam!.request('PUT', `/api/v1/notes/${noteId}`, { content: content({ data: 'x' }), version: 1 });
    expect(wrongField.json().errors).toEqual([{ field: 'content.fields.data', message: 'is not a field of the SOAP template' }]);
  });

  it('lets only the author sign; signing locks the note with a content hash', async () => {
    expect((await a.other!.post(`/api/v1/notes/${noteId}/sign`, { version: 1 })).statusCode).toBe(404);
    const signed = (await a.sam!.post(`/api/v1/notes/${noteId}/sign`, { version: 1 })).json() as Note;
    expect(signed).toMatchObject({ status: 'signed', hashVerified: true });
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const edit = await a.sam!.request('PUT', `/api/v1/notes/${noteId}`, { content: content({ subjective: 'Changed after signing' }), version: 1 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().errors).toEqual([{ field: 'status', message: 'is signed' }]);
  });

  it('corrects a signed note with a signed addendum; the original stays as it was', async () => {
    const res = await a.sam!.post(`/api/v1/notes/${noteId}/addenda`, { content: 'Correction: the session was 50 minutes, not 45.' });
    expect(res.statusCode).toBe(201);
    const note = res.json() as Note;
    expect(note.addenda.map((x) => x.content)).toEqual(['Correction: the session was 50 minutes, not 45.']);
    expect(note.content.fields.subjective).toBe('Both partners report less pressure.');
    expect(note.hashVerified).toBe(true);
  });

  it('detects a signed note altered in the database', async () => {
    const row = await t.app.db.selectFrom('notes').select('content').where('id', '=', noteId).executeTakeFirstOrThrow();
    const tampered = JSON.parse(t.app.keyring.decrypt(row.content));
    tampered.fields.plan = 'Altered';
    await t.app.db.updateTable('notes').set({ content: t.app.keyring.encrypt(JSON.stringify(tampered)) }).where('id', '=', noteId).execute();
    expect((await a.sam!.get(`/api/v1/notes/${noteId}`)).json().hashVerified).toBe(false);
  });

  it('needs a no-show to be declared before documenting it, and refuses a cancelled appointment', async () => {
    t.clock.set(new Date('2026-11-21T15:00:00Z'));
    for (const k of ['sam', 'park', 'other', 'owner']) await a[k]!.signIn(u[k]!);
    const [missed] = (await a.sam!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alexId], startsAt: '2026-11-21T08:00', durationMinutes: 50, modality: 'in-person' })).json();
    await a.sam!.post(`/api/v1/appointments/${missed.id}/no-show`);
    const undeclared = await a.sam!.post(`/api/v1/appointments/${missed.id}/notes`, { template: 'dap' });
    expect(undeclared.json().errors).toEqual([{ field: 'noShow', message: 'this appointment was a no-show; set noShow to document it as one' }]);
    const declared = await a.sam!.post(`/api/v1/appointments/${missed.id}/notes`, { template: 'dap', noShow: true });
    expect((await a.sam!.get('/api/v1/today')).json().unsignedNotes.map((n: { id: string }) => n.id)).toContain(declared.json().id);
    expect(declared.json().content.fields).toEqual({ data: 'Client did not attend (no-show).' });
    const [later] = (await a.sam!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alexId], startsAt: '2026-11-28T08:00', durationMinutes: 50, modality: 'in-person' })).json();
    await a.sam!.post(`/api/v1/appointments/${later.id}/cancel`, {});
    expect((await a.sam!.post(`/api/v1/appointments/${later.id}/notes`, { template: 'dap' })).json().errors[0].field).toBe('appointmentId');
  });
});

describe('supervision', () => {
  it('holds a supervisee’s signed note for co-signature in the supervisor’s queue', async () => {
    expect((await a.sam!.request('PUT', '/api/v1/practice/supervision', { superviseeId: u.sam!.id, supervisorIds: [u.park!.id] })).statusCode).toBe(403);
    const bad = await a.owner!.request('PUT', '/api/v1/practice/supervision', { superviseeId: u.sam!.id, supervisorIds: [u.other!.id] });
    expect(bad.json().errors[0].field).toBe('supervisorIds.0');
    expect((await a.owner!.request('PUT', '/api/v1/practice/supervision', { superviseeId: u.sam!.id, supervisorIds: [u.park!.id] })).statusCode).toBe(200);

    const [appt] = (await a.sam!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [jamieId], startsAt: '2026-11-21T10:00', durationMinutes: 50, modality: 'in-person' })).json();
    const note = (await a.sam!.post(`/api/v1/appointments/${appt.id}/notes`, { template: 'birp' })).json();
    await a.sam!.request('PUT', `/api/v1/notes/${note.id}`, { content: content({ behavior: 'Engaged.', plan: 'Review homework.' }), version: 0 });
    expect((await a.sam!.post(`/api/v1/notes/${note.id}/sign`, { version: 1 })).json().status).toBe('awaiting-cosign');
    const queue = (await a.park!.get('/api/v1/supervision/queue')).json() as Note[];
    expect(queue.map((n) => n.id)).toEqual([note.id]);
    expect((await a.park!.get('/api/v1/today')).json().notesAwaitingCosign).toEqual([expect.objectContaining({ id: note.id, authorName: 'sam' })]);
    expect((await a.other!.post(`/api/v1/notes/${note.id}/cosign`)).statusCode).toBe(404);
    const cosigned = (await a.park!.post(`/api/v1/notes/${note.id}/cosign`)).json();
    expect(cosigned).toMatchObject({ status: 'signed', cosignedBy: u.park!.id });
    expect(queue[0]!.session).toMatchObject({ startsAt: '2026-11-21T16:00:00.000Z', kind: 'individual', attendees: [{ clientId: jamieId, displayName: 'Jamie Chen' }] });
    expect((await a.park!.get('/api/v1/supervision/queue')).json()).toEqual([]);
  });
});

describe('psychotherapy notes', () => {
  it('are visible only to their author — not the co-therapist, the supervisor or the owner', async () => {
    await a.sam!.request('PUT', `/api/v1/clients/${alexId}/care-team`, { userIds: [u.sam!.id, u.other!.id] });
    const created = await a.sam!.post(`/api/v1/clients/${alexId}/psychotherapy-notes`, { content: 'My countertransference this week: impatience.' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await a.sam!.get(`/api/v1/clients/${alexId}/psychotherapy-notes`)).json().map((n: { id: string }) => n.id)).toEqual([id]);
    expect((await a.other!.get(`/api/v1/clients/${alexId}/psychotherapy-notes`)).json()).toEqual([]);
    for (const k of ['other', 'park', 'owner']) expect((await a[k]!.get(`/api/v1/psychotherapy-notes/${id}`)).statusCode).toBe(404);
    const row = await t.app.db.selectFrom('psychotherapy_notes').select('content').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.content).not.toContain('countertransference');
  });
});

describe('note listings and the practice’s own templates', () => {
  it('lists a client’s notes for the chart (joint-session notes included) and marks the signed session completed', async () => {
    const list = (await a.sam!.get(`/api/v1/clients/${jamieId}/notes`)).json() as { id: string; appointmentId: string; status: string; addendumCount: number; appointmentKind: string }[];
    const joint = list.find((n) => n.appointmentId === appointmentId)!;
    expect(joint).toMatchObject({ status: 'signed', addendumCount: 1, appointmentKind: 'joint' });
    expect(Object.keys(joint)).not.toContain('content');
    expect((await a.other!.get(`/api/v1/clients/${jamieId}/notes`)).statusCode).toBe(404);
    const notes = (await a.sam!.get(`/api/v1/appointments/${appointmentId}/notes`)).json() as Note[];
    expect(notes.map((n) => n.status)).toEqual(['signed']);
    const appointment = await t.app.db.selectFrom('appointments').select('status').where('id', '=', appointmentId).executeTakeFirstOrThrow();
    expect(appointment.status).toBe('completed');
  });

  it('lets an owner add a template whose notes accept its own fields and the common ones', async () => {
    expect((await a.sam!.post('/api/v1/note-templates', { label: 'Couples check-in', fields: [{ id: 'connection', label: 'Connection' }] })).statusCode).toBe(403);
    const twice = await a.owner!.post('/api/v1/note-templates', { label: 'Twice', fields: [{ id: 'a', label: 'A' }, { id: 'a', label: 'Again' }] });
    expect(twice.json().errors).toEqual([{ field: 'fields.1.id', message: 'is used twice in this template' }]);
    const created = await a.owner!.post('/api/v1/note-templates', { label: 'Couples check-in', fields: [{ id: 'connection', label: 'Connection' }, { id: 'plan', label: 'Plan' }] });
    expect(created.statusCode).toBe(201);
    const template = created.json() as { id: string; fields: { id: string }[] };
    expect(template.fields.map((f) => f.id)).toEqual(['connection', 'plan', 'homeworkReviewed', 'homeworkAssigned', 'measuresReviewed']);
    expect((await a.sam!.get('/api/v1/note-templates')).json().map((x: { label: string }) => x.label)).toEqual(['SOAP', 'DAP', 'BIRP', 'Couples check-in']);

    const [appt] = (await a.other!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alexId], startsAt: '2026-11-21T12:00', durationMinutes: 50, modality: 'in-person' })).json();
    expect((await a.other!.post(`/api/v1/appointments/${appt.id}/notes`, { template: 'nonexistent' })).json().errors).toEqual([{ field: 'template', message: 'is not one of this practice’s note templates' }]);
    const note = (await a.other!.post(`/api/v1/appointments/${appt.id}/notes`, { template: template.id })).json();
    expect((await a.other!.request('PUT', `/api/v1/notes/${note.id}`, { content: content({ connection: 'Warmer this week.', homeworkReviewed: 'Stage 1 twice.' }), version: 0 })).statusCode).toBe(200);
    expect((await a.other!.request('PUT', `/api/v1/notes/${note.id}`, { content: content({ subjective: 'x' }), version: 1 })).json().errors).toEqual([{ field: 'content.fields.subjective', message: 'is not a field of the Couples check-in template' }]);
  });
});

describe('a couple’s notes and one partner’s own clinician', () => {
  it('shows a clinician on only one partner’s care team that partner’s notes — not the joint note, not the other partner’s', async () => {
    // Alex also sees "other" individually; Jamie does not.
    expect((await a.sam!.request('PUT', `/api/v1/clients/${alexId}/care-team`, { userIds: [u.sam!.id, u.other!.id] })).statusCode).toBe(200);
    const [session] = (await a.sam!.post('/api/v1/appointments', { kind: 'joint', relationshipId: (await t.app.db.selectFrom('relationship_members').select('relationship_id').where('client_id', '=', alexId).executeTakeFirstOrThrow()).relationship_id, startsAt: '2026-11-19T08:00', durationMinutes: 50, modality: 'in-person' })).json();
    const start = async (body: Record<string, unknown>) => (await a.sam!.post(`/api/v1/appointments/${session.id}/notes`, { template: 'soap', ...body })).json().id as string;
    const joint = await start({});
    const aboutAlex = await start({ clientId: alexId });
    const aboutJamie = await start({ clientId: jamieId });

    expect((await a.other!.get(`/api/v1/notes/${aboutAlex}`)).statusCode).toBe(200);
    expect((await a.other!.get(`/api/v1/notes/${aboutJamie}`)).statusCode).toBe(404);
    expect((await a.other!.get(`/api/v1/notes/${joint}`)).statusCode).toBe(404);
    const listed = (await a.other!.get(`/api/v1/appointments/${session.id}/notes`)).json() as Note[];
    expect(listed.map((n) => n.id)).toEqual([aboutAlex]);
    // The couple's own clinician, on both care teams, reads all three.
    expect(((await a.sam!.get(`/api/v1/appointments/${session.id}/notes`)).json() as Note[]).map((n) => n.id).sort()).toEqual([joint, aboutAlex, aboutJamie].sort());
  });
});
