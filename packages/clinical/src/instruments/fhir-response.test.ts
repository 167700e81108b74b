import { describe, expect, it } from 'vitest';
import { requireInstrument } from './registry.js';
import { scoreInstrument } from './score.js';
import { fromFhirResponse, toFhirResponse } from './fhir-response.js';
import { INSTRUMENTS } from './definitions/index.js';

describe('toFhirResponse', () => {
  it('gives a PHQ-9 QuestionnaireResponse with every answer and an Observation with LOINC 44261-6', () => {
    const answers = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    const { questionnaireResponse, observations } = toFhirResponse(requireInstrument('phq-9'), answers, scoreInstrument('phq-9', answers), {
      responseId: 'r1', subject: 'Patient/c1', authored: '2026-11-25T15:00:00.000Z',
    });
    expect(questionnaireResponse).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'urn:candor:instrument:phq-9', subject: { reference: 'Patient/c1' } });
    expect((questionnaireResponse.item as unknown[]).length).toBe(9);
    expect(observations).toEqual([expect.objectContaining({
      resourceType: 'Observation', id: 'r1-total', status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6', display: 'PHQ-9 total score' }], text: 'PHQ-9 total score' },
      valueQuantity: expect.objectContaining({ value: 8 }), interpretation: [{ text: expect.any(String) }], derivedFrom: [{ reference: 'QuestionnaireResponse/r1' }],
    })]);
  });

  it('leaves out unanswered items and adds one Observation per FSFI domain', () => {
    const answers = [3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 3, 3, 3, 4, 4, 4, 3, 2, 3];
    const { observations } = toFhirResponse(requireInstrument('fsfi'), answers, scoreInstrument('fsfi', answers), { responseId: 'r2', subject: 'Patient/c1', authored: '2026-11-25T15:00:00.000Z' });
    expect(observations.map((o) => (o.id as string))).toEqual(['r2-total', 'r2-desire', 'r2-arousal', 'r2-lubrication', 'r2-orgasm', 'r2-satisfaction', 'r2-pain']);
    const partial = toFhirResponse(requireInstrument('phq-9'), [1, null, 0, 0, 0, 0, 0, 0, 0], scoreInstrument('phq-9', [1, null, 0, 0, 0, 0, 0, 0, 0]), { responseId: 'r3', subject: 'Patient/c1', authored: '2026-11-25T15:00:00.000Z' });
    expect((partial.questionnaireResponse.item as { linkId: string }[]).map((i) => i.linkId)).not.toContain('q2');
    expect(partial.observations).toEqual([]);
  });
});

describe('fromFhirResponse', () => {
  const all = INSTRUMENTS;
  it('reads back what toFhirResponse wrote, for every instrument', () => {
    for (const definition of all) {
      const answers = definition.items.map((item, i) => item.options[i % item.options.length]!.value);
      const { questionnaireResponse } = toFhirResponse(definition, answers, scoreInstrument(definition.id, answers), { responseId: 'r', subject: 'Patient/c', authored: '2026-11-25T15:00:00.000Z' });
      expect(fromFhirResponse(questionnaireResponse, all), definition.id).toEqual({ ok: true, instrumentId: definition.id, answers, authored: '2026-11-25T15:00:00.000Z' });
    }
  });

  it('reads a PHQ-9 from a LOINC form, items by LOINC code and values by ordinalValue, with answers nested in groups', () => {
    const ordinal = (code: string, value: number) => ({ valueCoding: { system: 'http://loinc.org', code, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: value }] } });
    const codes = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
    const values = [1, 2, 0, 3, 1, 0, 2, 1, 0];
    const resource = {
      resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'http://loinc.org/q/44249-1', authored: '2026-10-01T09:30:00-05:00',
      item: [{ linkId: 'group', item: codes.map((code, i) => ({ linkId: `/${code}`, answer: [ordinal(`LA${6568 + values[i]!}-x`, values[i]!)] })) }],
    };
    const definition = requireInstrument('phq-9');
    const expected = definition.items.map((item) => values[codes.indexOf(item.loinc!)]!);
    expect(fromFhirResponse(resource, all)).toEqual({ ok: true, instrumentId: 'phq-9', answers: expected, authored: '2026-10-01T14:30:00.000Z' });
  });

  it('names every problem: an unfinished response, a value that is not published, an answer with no value, an unknown question', () => {
    const result = fromFhirResponse({
      resourceType: 'QuestionnaireResponse', status: 'in-progress', questionnaire: 'urn:candor:instrument:phq-9', authored: '2026-10-01T09:30:00Z',
      item: [{ linkId: 'q1', answer: [{ valueInteger: 7 }] }, { linkId: 'q2', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3' } }] }, { linkId: 'q42', answer: [{ valueInteger: 1 }] }, { linkId: 'q3', answer: [{ valueInteger: 2 }] }],
    }, all);
    expect(result).toEqual({ ok: false, problems: [
      { item: 'item', message: 'has status "in-progress"; only a completed response can be imported' },
      { item: 'q1', message: 'answers 7, which is not one of the published values (0, 1, 2, 3)' },
      { item: 'q2', message: 'has an answer with no value Candor can read (an ordinalValue, a numeric code, or an integer)' },
      { item: 'q42', message: 'is not a question of the PHQ-9' },
    ] });
    expect(fromFhirResponse({ resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'http://example.test/q/mood', authored: '2026-10-01T09:30:00Z', item: [] }, all))
      .toEqual({ ok: false, problems: [{ item: 'item', message: 'is for a questionnaire Candor does not know (http://example.test/q/mood)' }] });
    expect(fromFhirResponse({ resourceType: 'Patient' }, all)).toEqual({ ok: false, problems: [{ item: 'item', message: 'is not a QuestionnaireResponse' }] });
  });
});
