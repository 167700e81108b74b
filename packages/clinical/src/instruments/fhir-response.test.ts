import { describe, expect, it } from 'vitest';
import { requireInstrument } from './registry.js';
import { scoreInstrument } from './score.js';
import { toFhirResponse } from './fhir-response.js';

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
