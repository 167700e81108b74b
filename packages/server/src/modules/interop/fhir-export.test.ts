import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreInstrument } from '@candor/clinical';
import { bundleProblems, fhirProblems } from '../../test/fhir-schema.js';
import { createTestApp, demoAgent, type Agent, type TestApp } from '../../test/harness.js';
import { DEMO_CLIENT_LOGIN, seedDemo } from '../demo/seed-demo.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Resource = Record<string, any>;

const ALEX_OWN = 'Alex alone: spoke about the pain appointment with relief.';
const JAMIE_PRIVATE = 'Jamie alone: an individual disclosure kept from the joint sessions.';
let t: TestApp;
const a: Record<string, Agent> = {};
let alex: string;
let jamie: string;
let bundle: { resourceType: string; type: string; entry: { fullUrl: string; resource: Resource }[] };
const of = (type: string): Resource[] => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
/** The export as one searchable text: its JSON and every attachment decoded. */
let searchable: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app);
  a.okafor = await demoAgent(t, 'amara.okafor@demo.candor.test');
  a.rivera = await demoAgent(t, 'sam.rivera@demo.candor.test');
  a.billing = await demoAgent(t, 'jordan.lee@demo.candor.test');
  alex = (await t.app.db.selectFrom('users').select('client_id').where('email', '=', DEMO_CLIENT_LOGIN.email).executeTakeFirstOrThrow()).client_id!;
  jamie = (await t.app.db.selectFrom('relationship_members as m').innerJoin('relationship_members as o', 'o.relationship_id', 'm.relationship_id')
    .select('o.client_id').where('m.client_id', '=', alex).where('o.client_id', '!=', alex).executeTakeFirstOrThrow()).client_id;
  // In a joint session: a note about each partner alone. Alex's belongs in her export; Jamie's never.
  const joint = await t.app.db.selectFrom('appointments').select('id').where('relationship_id', 'is not', null).where('status', '=', 'completed').orderBy('starts_at').executeTakeFirstOrThrow();
  for (const [clientId, text] of [[alex, ALEX_OWN], [jamie, JAMIE_PRIVATE]] as const) {
    const note = (await a.okafor.post(`/api/v1/appointments/${joint.id}/notes`, { template: 'dap', clientId })).json();
    const saved = await a.okafor.request('PUT', `/api/v1/notes/${note.id}`, { content: { fields: { data: text }, interventions: [], risk: null }, version: note.version });
    expect(saved.statusCode).toBe(200);
    expect((await a.okafor.post(`/api/v1/notes/${note.id}/sign`, { version: saved.json().version })).statusCode).toBe(200);
  }
  expect((await a.okafor.post(`/api/v1/clients/${jamie}/psychotherapy-notes`, { content: `${JAMIE_PRIVATE} (process note)` })).statusCode).toBe(201);
  const res = await a.okafor.get(`/api/v1/clients/${alex}/fhir`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('application/fhir+json');
  expect(res.headers['content-disposition']).toBe(`attachment; filename="candor-record-${alex}.fhir.json"`);
  bundle = res.json();
  const attachments = bundle.entry.flatMap((e) => (e.resource.content ?? []).map((c: Resource) => c.attachment))
    .filter((x: Resource) => x.contentType.startsWith('text/')).map((x: Resource) => Buffer.from(x.data, 'base64').toString('utf8'));
  searchable = [JSON.stringify(bundle), ...attachments].join('\n');
}, 120_000);
afterAll(async () => t?.close());

describe('a client record exported as a FHIR R4 Bundle', () => {
  it('validates against the R4 JSON schema, resource by resource', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundleProblems(bundle)).toEqual([]);
    const counts: Record<string, number> = {};
    for (const e of bundle.entry) counts[e.resource.resourceType] = (counts[e.resource.resourceType] ?? 0) + 1;
    process.stdout.write(`client bundle: ${bundle.entry.length} resources ${JSON.stringify(counts)}\n`);
    for (const type of ['Patient', 'RelatedPerson', 'Group', 'Consent', 'QuestionnaireResponse', 'Observation', 'Condition', 'CarePlan', 'Goal', 'Task', 'ServiceRequest', 'Appointment', 'Encounter', 'DocumentReference', 'Practitioner', 'Organization']) {
      expect(counts[type], type).toBeGreaterThan(0);
    }
  });

  it('the schema check finds a wrong element, so a clean result means something', () => {
    const patient = { ...of('Patient')[0], gender: 'woman', nickname: 'Al' };
    expect(fhirProblems(patient)).toEqual(expect.arrayContaining([expect.stringMatching(/\/gender: must be equal to one of the allowed values/), expect.stringMatching(/additional properties \(nickname\)/)]));
  });

  it('gives every instrument as a valid R4 Questionnaire that the responses point to', async () => {
    const instruments = (await a.okafor!.get('/api/v1/instruments')).json() as Resource[];
    expect(instruments.length).toBeGreaterThan(5);
    for (const instrument of instruments) {
      const questionnaire = (await a.okafor!.get(`/api/v1/instruments/${instrument.id}/questionnaire`)).json();
      expect(fhirProblems(questionnaire), instrument.id).toEqual([]);
      expect(questionnaire.item.length).toBe(instrument.itemCount);
      for (const response of of('QuestionnaireResponse').filter((q) => q.questionnaire === questionnaire.url)) {
        const linkIds = new Set(questionnaire.item.map((i: Resource) => i.linkId));
        expect(response.item.every((i: Resource) => linkIds.has(i.linkId))).toBe(true);
      }
    }
  });

  it('addresses every resource as urn:uuid and resolves every reference inside the Bundle', () => {
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    for (const e of bundle.entry) expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    expect(urls.size).toBe(bundle.entry.length);
    const references = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]!);
    expect(references.length).toBeGreaterThan(50);
    expect(references.filter((r) => !urls.has(r))).toEqual([]);
  });

  it('carries the client’s identity as they gave it', () => {
    const [patient] = of('Patient');
    expect(patient).toMatchObject({
      id: alex, birthDate: '1989-04-17',
      name: [{ use: 'official', family: 'Morgan', given: ['Alexandra'] }, { use: 'usual', given: ['Alex'] }],
      telecom: [{ system: 'email', value: 'alex.morgan@demo.candor.test' }, { system: 'phone', value: '(312) 555-0142' }],
      maritalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-MaritalStatus', code: 'M' }] },
    });
    expect(patient!.extension).toEqual(expect.arrayContaining([
      { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: 'F' },
      { url: 'http://hl7.org/fhir/StructureDefinition/patient-genderIdentity', valueCodeableConcept: { text: 'Woman' } },
    ]));
    expect(patient!.gender).toBeUndefined();
    expect(of('Observation').find((o) => o.code.coding[0].code === '76690-7')).toMatchObject({ valueCodeableConcept: { text: 'Bisexual' } });
  });

  it('gives each diagnosis as a Condition coded in ICD-10-CM', async () => {
    const diagnoses = (await a.okafor!.get(`/api/v1/clients/${alex}/diagnoses`)).json() as Resource[];
    const conditions = of('Condition').filter((c) => c.category[0].coding[0].code === 'encounter-diagnosis');
    expect(conditions.map((c) => [c.id, c.code.coding[0].system, c.code.coding[0].code, c.verificationStatus.coding[0].code]))
      .toEqual(diagnoses.map((d) => [d.id, 'http://hl7.org/fhir/sid/icd-10-cm', d.icd10, d.status === 'provisional' ? 'provisional' : expect.any(String)]));
    expect(conditions[0]!.code.coding[0].code).toBe('F52.6');
  });

  it('gives every completed questionnaire, with scores recomputed from the answers and LOINC codes', async () => {
    const rows = await t.app.db.selectFrom('measure_responses').select(['id', 'instrument_id', 'answers']).where('client_id', '=', alex).execute();
    expect(rows.length).toBeGreaterThan(5);
    const responses = of('QuestionnaireResponse').filter((q) => q.questionnaire.startsWith('urn:candor:instrument:'));
    expect(responses.map((q) => q.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const row of rows) {
      const answers = JSON.parse(t.app.keyring.decrypt(row.answers)) as (number | null)[];
      const total = of('Observation').find((o) => o.derivedFrom?.[0].reference === `urn:uuid:${row.id}` && /total/.test(o.code.text));
      expect(total?.valueQuantity.value, row.instrument_id).toBe(scoreInstrument(row.instrument_id, answers).total);
      if (row.instrument_id === 'phq-9') expect(total!.code.coding[0]).toMatchObject({ system: 'http://loinc.org', code: '44261-6' });
    }
  });

  it('gives signed notes as text and PDF documents, addenda linked, and never a draft or a psychotherapy note', async () => {
    const notes = ((await a.okafor!.get(`/api/v1/clients/${alex}/notes`)).json() as Resource[]);
    const signed = notes.filter((n) => n.status === 'signed');
    const documents = of('DocumentReference').filter((d) => !d.relatesTo);
    expect(documents.map((d) => d.id).sort()).toEqual(signed.map((n) => n.id).sort());
    for (const d of documents) {
      const [text, pdf] = d.content.map((c: Resource) => c.attachment);
      expect(text.contentType).toBe('text/plain; charset=utf-8');
      expect(pdf.contentType).toBe('application/pdf');
      expect(Buffer.from(pdf.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      const note = (await a.okafor!.get(`/api/v1/notes/${d.id}`)).json();
      for (const field of Object.values(note.content.fields) as string[]) expect(Buffer.from(text.data, 'base64').toString()).toContain(field);
    }
    const addenda = of('DocumentReference').filter((d) => d.relatesTo);
    expect(addenda.length).toBe(signed.reduce((n, s) => n + s.addendumCount, 0));
    expect(addenda.every((d) => documents.some((doc) => d.relatesTo[0].target.reference === `urn:uuid:${doc.id}` && d.relatesTo[0].code === 'appends'))).toBe(true);
    for (const draft of notes.filter((n) => n.status !== 'signed')) {
      const content = (await a.okafor!.get(`/api/v1/notes/${draft.id}`)).json().content;
      for (const field of Object.values(content.fields) as string[]) expect(searchable).not.toContain(field);
    }
    const psychotherapy = (await a.okafor!.get(`/api/v1/clients/${alex}/psychotherapy-notes`)).json() as Resource[];
    expect(psychotherapy.length).toBeGreaterThan(0);
    for (const p of psychotherapy) expect(searchable).not.toContain(p.content);
  });

  it('gives appointments, held sessions as Encounters, referrals, homework, plans and consents', async () => {
    const attended = await t.app.db.selectFrom('appointment_attendees').select('appointment_id').where('client_id', '=', alex).execute();
    expect(of('Appointment').map((x) => x.id).sort()).toEqual(attended.map((r) => r.appointment_id).sort());
    const held = await t.app.db.selectFrom('appointments').innerJoin('appointment_attendees', 'appointment_attendees.appointment_id', 'appointments.id')
      .select('appointments.id').where('client_id', '=', alex).where('status', 'in', ['completed', 'no-show']).execute();
    expect(of('Encounter').length).toBe(held.length);
    for (const appointment of of('Appointment')) {
      expect(appointment.description).toBeUndefined();
      expect(JSON.stringify(appointment)).not.toMatch(/Willow|https?:/);
    }
    const referrals = (await a.okafor!.get(`/api/v1/clients/${alex}/referrals`)).json() as Resource[];
    expect(of('ServiceRequest').map((s) => [s.id, s.code.coding[0].code])).toEqual(referrals.map((r) => [r.id, r.specialty]));
    expect(of('Task')[0]).toMatchObject({ for: { reference: `urn:uuid:${alex}` }, code: { text: 'Touch without pressure — stage 1' } });
    expect(of('CarePlan').map((p) => p.subject.reference)).toContain(`urn:uuid:${of('Group')[0]!.id}`);
    const consents = (await a.okafor!.get(`/api/v1/clients/${alex}/consents`)).json() as Resource[];
    const releases = (await a.okafor!.get(`/api/v1/clients/${alex}/releases`)).json() as Resource[];
    expect(of('Consent').length).toBe(consents.filter((c) => c.signature).length + releases.length);
  });

  it('shows the partner by name only: none of Jamie’s own record, history, scores, diagnoses or notes', async () => {
    expect(of('RelatedPerson')).toEqual([expect.objectContaining({ name: [{ text: 'Jamie Chen' }], patient: { reference: `urn:uuid:${alex}`, display: 'Alex Morgan' } })]);
    expect(searchable).not.toContain(jamie);
    expect(searchable).toContain(ALEX_OWN);
    const record = (await a.okafor!.get(`/api/v1/clients/${jamie}`)).json();
    const secrets: string[] = [record.dateOfBirth, record.email, record.phone, record.presentingConcern, record.genderIdentity].filter(Boolean);
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
    for (const intake of (await a.okafor!.get(`/api/v1/clients/${jamie}/intakes`)).json() as Resource[]) {
      const answers = (await a.okafor!.get(`/api/v1/clients/${jamie}/intakes/${intake.id}`)).json().answers;
      secrets.push(...strings(answers).filter((s) => s.length > 15));
    }
    for (const d of (await a.okafor!.get(`/api/v1/clients/${jamie}/diagnoses`)).json() as Resource[]) secrets.push(d.id);
    for (const trend of (await a.okafor!.get(`/api/v1/clients/${jamie}/measures`)).json().trends as Resource[]) secrets.push(...trend.series.map((p: Resource) => p.responseId));
    for (const n of (await a.okafor!.get(`/api/v1/clients/${jamie}/notes`)).json() as Resource[]) {
      if (n.clientId !== jamie) continue;
      secrets.push(n.id, ...(Object.values((await a.okafor!.get(`/api/v1/notes/${n.id}`)).json().content.fields) as string[]).filter((s) => s.length > 15));
    }
    for (const p of (await a.okafor!.get(`/api/v1/clients/${jamie}/psychotherapy-notes`)).json() as Resource[]) secrets.push(p.content);
    expect(secrets).toEqual(expect.arrayContaining([JAMIE_PRIVATE, `${JAMIE_PRIVATE} (process note)`, '1987-09-02', 'jamie.chen@demo.candor.test']));
    expect(secrets.length).toBeGreaterThan(10);
    expect(secrets.filter((s) => searchable.includes(s))).toEqual([]);
  });

  it('is the same on every export, apart from its own id and time', async () => {
    t.clock.advance(60_000);
    const again = (await a.okafor!.get(`/api/v1/clients/${alex}/fhir`)).json();
    expect(again.entry).toEqual(bundle.entry);
    expect(again.timestamp).not.toBe((bundle as Resource).timestamp);
  });

  it('is for the care team only, and every export is audited', async () => {
    for (const who of ['rivera', 'billing'] as const) {
      const res = await a[who]!.get(`/api/v1/clients/${alex}/fhir`);
      expect(res.statusCode, who).toBe(404);
    }
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'outcome']).where('action', '=', 'client.export-fhir').where('resource_id', '=', alex).orderBy('occurred_at').execute();
    expect(audit.map((e) => e.outcome)).toEqual(['success', 'success', 'denied', 'denied']);
  });
});
