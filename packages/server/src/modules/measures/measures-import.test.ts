import { requireInstrument, scoreInstrument, toFhirResponse } from '@candor/clinical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let clientId: string;

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** A PHQ-9 as another system's LOINC form sends it: items by LOINC code, values by ordinalValue on LOINC answer codes. */
function loincPhq9(values: number[], authored: string) {
  const definition = requireInstrument('phq-9');
  return {
    resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'http://loinc.org/q/44249-1', authored,
    item: definition.items.map((item, i) => ({ linkId: `/${item.loinc}`, answer: [{ valueCoding: { system: 'http://loinc.org', code: `LA-${values[i]}`, extension: [{ url: ORDINAL, valueDecimal: values[i] }] } }] })),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Imports', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  clientId = await createClientVia(a.okafor!, { firstName: 'Robin', lastName: 'Ellis', dateOfBirth: '1985-05-05' });
});
afterAll(async () => t?.close());

describe('questionnaires answered elsewhere, as FHIR', () => {
  it('come into the chart from a Bundle — Candor’s own and another system’s LOINC form — scored and charted when answered', async () => {
    const gadAnswers = [1, 1, 2, 0, 1, 1, 0];
    const gad = toFhirResponse(requireInstrument('gad-7'), gadAnswers, scoreInstrument('gad-7', gadAnswers), { responseId: 'elsewhere-1', subject: 'Patient/x', authored: '2026-09-02T15:00:00.000Z' }).questionnaireResponse;
    const phqValues = [2, 2, 1, 1, 2, 1, 1, 1, 0];
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', id: 'x' } }, { resource: gad }, { resource: loincPhq9(phqValues, '2026-09-16T10:00:00-05:00') }] };
    const res = await a.okafor!.post(`/api/v1/clients/${clientId}/questionnaire-responses`, { resource: bundle });
    expect(res.statusCode).toBe(201);
    expect(res.json().imported.map((r: any) => [r.instrumentId, r.completedAt, r.total, r.severity, r.criticalItems])).toEqual([
      ['gad-7', '2026-09-02T15:00:00.000Z', 6, 'mild', []],
      ['phq-9', '2026-09-16T15:00:00.000Z', 11, 'moderate', []],
    ]);
    const trends = (await a.okafor!.get(`/api/v1/clients/${clientId}/measures`)).json().trends as any[];
    const charted = trends.map((tr) => [tr.instrumentId, tr.series.map((p: any) => [p.completedAt, p.total])]);
    expect(charted.sort()).toEqual([['gad-7', [['2026-09-02T15:00:00.000Z', 6]]], ['phq-9', [['2026-09-16T15:00:00.000Z', 11]]]]);
    // Out again as FHIR, the same answers.
    const phq = res.json().imported[1];
    const out = (await a.okafor!.get(`/api/v1/measure-responses/${phq.id}/fhir`)).json();
    const byLink = Object.fromEntries(out.entry[0].resource.item.map((i: any) => [i.linkId, Number(i.answer[0].valueCoding.code)]));
    expect(requireInstrument('phq-9').items.map((item) => byLink[item.linkId])).toEqual(requireInstrument('phq-9').items.map((item) => phqValues[requireInstrument('phq-9').items.findIndex((x) => x.loinc === item.loinc)]));
    const audit = await t.app.db.selectFrom('audit_events').select('resource_id').where('action', '=', 'measure.import').execute();
    expect(audit.map((e) => e.resource_id).sort()).toEqual(res.json().imported.map((r: any) => r.id).sort());
  });

  it('refuse the whole file, naming the entry and question, when any response is wrong', async () => {
    const count = async () => (await t.app.db.selectFrom('measure_responses').select('id').execute()).length;
    const before = await count();
    const bad = loincPhq9([1, 1, 1, 1, 1, 1, 1, 1, 9], '2026-10-01T10:00:00Z');
    const res = await a.okafor!.post(`/api/v1/clients/${clientId}/questionnaire-responses`, { resource: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: loincPhq9([0, 0, 0, 0, 0, 0, 0, 0, 0], '2026-10-01T10:00:00Z') }, { resource: bad }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'resource.entry[1].item[/44260-8]', message: 'answers 9, which is not one of the published values (0, 1, 2, 3)' }]);
    const foreign = await a.okafor!.post(`/api/v1/clients/${clientId}/questionnaire-responses`, { resource: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Observation' } }] } });
    expect(foreign.json().errors).toEqual([{ field: 'resource', message: 'holds no QuestionnaireResponse' }]);
    const notFhir = await a.okafor!.post(`/api/v1/clients/${clientId}/questionnaire-responses`, { resource: { resourceType: 'Patient' } });
    expect(notFhir.statusCode).toBe(400);
    expect(notFhir.json().errors[0].field).toMatch(/^resource/);
    expect(await count()).toBe(before);
  });

  it('are for the client’s care team only', async () => {
    const res = await a.rivera!.post(`/api/v1/clients/${clientId}/questionnaire-responses`, { resource: loincPhq9([0, 0, 0, 0, 0, 0, 0, 0, 0], '2026-10-01T10:00:00Z') });
    expect(res.statusCode).toBe(404);
  });
});
