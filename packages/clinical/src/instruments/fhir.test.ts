import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './definitions/index.js';
import { ORDINAL_VALUE_URL, toFhirQuestionnaire, type FhirQuestionnaire } from './fhir.js';
import { checkImportedCsv, checkImportedQuestionnaire } from './fhir-import.js';
import { requireInstrument } from './registry.js';

const clone = <T>(value: T): T => structuredClone(value);
const phq = () => toFhirQuestionnaire(requireInstrument('phq-9'));
const problemsOf = (result: ReturnType<typeof checkImportedQuestionnaire>) => (result.ok ? [] : result.problems);

describe('toFhirQuestionnaire', () => {
  it('writes an active R4 Questionnaire with LOINC codes where they exist', () => {
    const q = phq();
    expect(q).toMatchObject({ resourceType: 'Questionnaire', id: 'phq-9', url: 'urn:candor:instrument:phq-9', name: 'PHQ9', status: 'active' });
    expect(q.code).toEqual([{ system: 'http://loinc.org', code: '44249-1', display: 'PHQ-9' }]);
    expect(q.item[0]).toMatchObject({ linkId: 'q1', text: 'Little interest or pleasure in doing things', type: 'choice', code: [{ system: 'http://loinc.org', code: '44250-9' }] });
    expect(toFhirQuestionnaire(requireInstrument('fsfi')).code).toBeUndefined();
  });

  it('codes each answer as its published value, with the ordinalValue extension on the Coding', () => {
    expect(phq().item[8]!.answerOption![3]).toEqual({
      valueCoding: {
        system: 'urn:candor:instrument:phq-9:answer-value', code: '3', display: 'Nearly every day',
        extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: 3 }],
      },
    });
    const iief = toFhirQuestionnaire(requireInstrument('iief-5'));
    expect(iief.item[1]!.answerOption!.map((o) => o.valueCoding?.code)).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('uses neutral labels for copyrighted instruments unless wording is imported', () => {
    const fsfi = requireInstrument('fsfi');
    expect(toFhirQuestionnaire(fsfi).item[0]!.text).toBe('Desire: how often (past 4 weeks)');
    expect(toFhirQuestionnaire(fsfi, { q1: 'Licensed wording for item 1' }).item.map((i) => i.text).slice(0, 2)).toEqual([
      'Licensed wording for item 1', 'Desire: level',
    ]);
  });
});

describe.each(INSTRUMENTS.map((d) => [d.id, d] as const))('%s round trip', (id, definition) => {
  it('accepts its own Questionnaire and returns the wording by link id', () => {
    const result = checkImportedQuestionnaire(id, toFhirQuestionnaire(definition));
    expect(result).toEqual({ ok: true, wording: Object.fromEntries(definition.items.map((i) => [i.linkId, i.text])) });
  });

  it('accepts its own wording as CSV', () => {
    const rows = [['linkId', 'text'], ...definition.items.map((i) => [i.linkId, i.text])];
    expect(checkImportedCsv(id, rows)).toMatchObject({ ok: true });
  });
});

describe('checkImportedQuestionnaire', () => {
  it('names a renamed link id twice: the stranger and the missing item', () => {
    const q = phq();
    q.item[2]!.linkId = '/44259-0';
    expect(problemsOf(checkImportedQuestionnaire('phq-9', q))).toEqual([
      { item: '/44259-0', message: expect.stringContaining('Is not an item of PHQ-9') },
      { item: 'q3', message: 'Missing: PHQ-9 item 3 has link id "q3".' },
    ]);
  });

  it('names an answer value that is not published, and one that is missing', () => {
    const q = phq();
    q.item[0]!.answerOption![3]!.valueCoding!.code = '4';
    q.item[0]!.answerOption![3]!.valueCoding!.extension = [{ url: ORDINAL_VALUE_URL, valueDecimal: 4 }];
    expect(problemsOf(checkImportedQuestionnaire('phq-9', q))).toEqual([
      { item: 'q1', message: 'Answer value(s) 4 are not published values; the published values are 0, 1, 2, 3.' },
      { item: 'q1', message: 'Answer value(s) 3 are missing; the published values are 0, 1, 2, 3.' },
    ]);
  });

  it('names an ordinalValue that contradicts its code', () => {
    const q = phq();
    q.item[4]!.answerOption![1]!.valueCoding!.extension = [{ url: ORDINAL_VALUE_URL, valueDecimal: 2 }];
    expect(problemsOf(checkImportedQuestionnaire('phq-9', q))).toEqual([{ item: 'q5', message: 'Answer option 2: ordinalValue 2 does not match its code 1.' }]);
  });

  it('names an extra question, a duplicate and an item without text', () => {
    const q = phq();
    q.item.push({ linkId: 'difficulty', text: 'How difficult have these problems made things?', type: 'choice', answerOption: [{ valueInteger: 0 }] });
    q.item.push(clone(q.item[0]!));
    delete q.item[1]!.text;
    expect(problemsOf(checkImportedQuestionnaire('phq-9', q))).toEqual([
      { item: 'difficulty', message: expect.stringContaining('Is not an item of PHQ-9') },
      { item: 'q1', message: 'Appears more than once.' },
      { item: 'q2', message: 'Has no text.' },
    ]);
  });

  it('names a non-numeric code and missing answer options', () => {
    const q = toFhirQuestionnaire(requireInstrument('gad-7'));
    q.item[0]!.answerOption![0]!.valueCoding!.code = 'LA6568-5';
    delete q.item[6]!.answerOption;
    expect(problemsOf(checkImportedQuestionnaire('gad-7', q))).toEqual([
      { item: 'q1', message: 'Answer option 1 has no numeric value (code "LA6568-5"); the code must be the published value.' },
      { item: 'q1', message: 'Answer value(s) 0 are missing; the published values are 0, 1, 2, 3.' },
      { item: 'q7', message: 'Has no answer options.' },
    ]);
  });

  it('opens groups, skips display items, and accepts ordinalValue on the answerOption or valueInteger answers', () => {
    const q = phq();
    const [first, ...rest] = q.item;
    first!.answerOption = first!.answerOption!.map((o) => ({ valueCoding: { code: o.valueCoding!.code }, extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: Number(o.valueCoding!.code) }] }));
    rest[0]!.answerOption = [0, 1, 2, 3].map((v) => ({ valueInteger: v }));
    const nested: FhirQuestionnaire = { ...q, item: [{ linkId: 'intro', type: 'display', text: 'Please answer' }, { linkId: 'panel', type: 'group', item: [first, ...rest] }] };
    expect(checkImportedQuestionnaire('phq-9', nested)).toMatchObject({ ok: true });
  });

  it('refuses something that is not a Questionnaire, naming the resource as a whole', () => {
    for (const bad of [null, 'text', { resourceType: 'Patient', status: 'active', item: [] }, { resourceType: 'Questionnaire', status: 'active' }]) {
      const problems = problemsOf(checkImportedQuestionnaire('phq-9', bad));
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.item === 'item')).toBe(true);
    }
  });

  it('refuses a choice item turned into free text', () => {
    const q = phq();
    q.item[0]!.type = 'string';
    expect(problemsOf(checkImportedQuestionnaire('phq-9', q))).toEqual([{ item: 'q1', message: 'Type is "string"; expected "choice".' }]);
  });
});

describe('checkImportedCsv', () => {
  const csi = requireInstrument('csi-4');
  const rows = () => [['linkId', 'text'], ...csi.items.map((i) => [i.linkId, `Licensed ${i.linkId}`])];

  it('returns the wording by link id, ignoring blank lines and a byte-order mark', () => {
    const input = rows();
    input[0] = ['\uFEFFlinkId', 'Text'];
    input.splice(2, 0, ['', '']);
    expect(checkImportedCsv('csi-4', input)).toEqual({ ok: true, wording: { q1: 'Licensed q1', q2: 'Licensed q2', q3: 'Licensed q3', q4: 'Licensed q4' } });
  });

  it('requires the header row', () => {
    expect(checkImportedCsv('csi-4', rows().slice(1))).toEqual({ ok: false, problems: [{ item: 'item', message: 'The first row must be the header "linkId,text".' }] });
    expect(checkImportedCsv('csi-4', [])).toMatchObject({ ok: false });
  });

  it('names unknown, duplicate, empty, over-long and missing rows', () => {
    const input = rows();
    input[1] = ['q9', 'Stranger'];
    input[2] = ['q3', 'Licensed q3'];
    input[4] = ['q4', ''];
    input.push(['q4', 'Split', ' text']);
    expect(checkImportedCsv('csi-4', input)).toEqual({
      ok: false,
      problems: [
        { item: 'q4', message: 'Line 5 has no text.' },
        { item: 'q4', message: 'Line 6 has more than two columns; quote text that contains commas.' },
        { item: 'q9', message: expect.stringContaining('Is not an item of CSI-4') },
        { item: 'q3', message: 'Appears more than once.' },
        { item: 'q4', message: 'Appears more than once.' },
        { item: 'q1', message: 'Missing: CSI-4 item 1 has link id "q1".' },
        { item: 'q2', message: 'Missing: CSI-4 item 2 has link id "q2".' },
      ],
    });
  });
});
