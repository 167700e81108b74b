import { describe, expect, it } from 'vitest';
import type { HistoryAnswers } from '../intake/schema.js';
import { screenHistory } from './evaluate.js';
import type { ScreeningContext } from './types.js';

const conditions = (...names: string[]): HistoryAnswers => ({ conditions: names.map((name) => ({ name })) });
const fired = (history: HistoryAnswers, context: ScreeningContext = {}) => screenHistory(history, context).suggestions;

/** [rule id, specialty, condition name as a client might write it, context]. */
const CASES: [string, string, string, ScreeningContext?][] = [
  ['condition-diabetes', 'primary-care', 'Type 2 diabetes'],
  ['condition-hypertension', 'primary-care', 'High blood pressure'],
  ['condition-cardiovascular', 'cardiology', 'Heart attack 2019 (stent)'],
  ['condition-thyroid', 'endocrinology', 'Hashimoto’s thyroiditis'],
  ['condition-multiple-sclerosis', 'primary-care', 'MS (relapsing-remitting)'],
  ['condition-spinal-cord-injury', 'primary-care', 'Spinal cord injury T6'],
  ['condition-prostate-surgery', 'urology', 'Radical prostatectomy'],
  ['condition-hysterectomy', 'gynecology', 'Total hysterectomy'],
  ['condition-pelvic-surgery-gynecology', 'gynecology', 'Pelvic radiotherapy for cervical cancer', { sexAssignedAtBirth: 'female' }],
  ['condition-pelvic-surgery-urology', 'urology', 'pelvic radiation', { sexAssignedAtBirth: 'male' }],
  ['condition-menopause', 'gynecology', 'Perimenopause'],
  ['condition-endometriosis', 'gynecology', 'Stage 3 endometriosis'],
  ['condition-lichen-sclerosus-gynecology', 'gynecology', 'Lichen sclerosus', { sexAssignedAtBirth: 'female' }],
  ['condition-lichen-sclerosus-urology', 'urology', 'lichen sclerosus', { sexAssignedAtBirth: 'male' }],
  ['condition-peyronie', 'urology', "Peyronie's disease"],
  ['red-flag-endocrine', 'endocrinology', 'Low T'],
  ['red-flag-depression', 'psychiatry', 'Major depressive disorder'],
];

describe('condition rules', () => {
  for (const [ruleId, specialty, name, context] of CASES) {
    it(`${ruleId}: "${name}" → ${specialty}, routine, with the condition as evidence`, () => {
      expect(fired(conditions('Asthma', name), context)).toEqual([
        expect.objectContaining({ ruleId, specialty, urgency: 'routine', evidence: [{ path: 'conditions.1', text: name }] }),
      ]);
    });
  }

  it('does not fire for conditions outside the list', () => {
    expect(fired(conditions('Asthma', 'Eczema', 'Migraine', 'Gastric bypass'))).toEqual([]);
  });

  it('recognises synonyms and spellings', () => {
    const ids = (name: string) => fired(conditions(name)).map((s) => s.ruleId);
    expect(ids('diabetic')).toEqual(['condition-diabetes']);
    expect(ids('HTN')).toEqual(['condition-hypertension']);
    expect(ids('coronary artery disease')).toEqual(['condition-cardiovascular']);
    expect(ids('underactive thyroid')).toEqual(['condition-thyroid']);
    expect(ids('multiple sclerosis')).toEqual(['condition-multiple-sclerosis']);
    expect(ids('TURP for enlarged prostate')).toEqual(['condition-prostate-surgery']);
    expect(ids('peyronie disease')).toEqual(['condition-peyronie']);
    expect(ids('hypogonadism')).toEqual(['red-flag-endocrine']);
    expect(ids('prolactinoma')).toEqual(['red-flag-endocrine']);
    expect(ids('genitourinary syndrome of menopause')).toEqual(['condition-menopause']);
  });

  it('vulvodynia → gynecology and pelvic-floor physical therapy, two suggestions', () => {
    expect(fired(conditions('Provoked vestibulodynia'))).toEqual([
      expect.objectContaining({ ruleId: 'condition-vulvodynia-gynecology', specialty: 'gynecology', urgency: 'routine', evidence: [{ path: 'conditions.0', text: 'Provoked vestibulodynia' }] }),
      expect.objectContaining({ ruleId: 'condition-vulvodynia-pelvic-floor', specialty: 'pelvic-floor-physical-therapy', urgency: 'routine', evidence: [{ path: 'conditions.0', text: 'Provoked vestibulodynia' }] }),
    ]);
  });

  it('menopause also fires from the life-change answer, with both as evidence', () => {
    expect(fired({ lifeChanges: [{ kind: 'move' }, { kind: 'menopause', when: '2024' }] })).toEqual([
      expect.objectContaining({ ruleId: 'condition-menopause', specialty: 'gynecology', evidence: [{ path: 'lifeChanges.1', text: 'Menopause or perimenopause' }] }),
    ]);
    expect(fired({ conditions: [{ name: 'vaginal dryness' }], lifeChanges: [{ kind: 'menopause' }] })[0]!.evidence).toEqual([
      { path: 'conditions.0', text: 'vaginal dryness' }, { path: 'lifeChanges.0', text: 'Menopause or perimenopause' },
    ]);
  });

  it('picks the gynecology variant when sex at birth is unrecorded (errs towards suggesting)', () => {
    expect(fired(conditions('lichen sclerosus')).map((s) => s.ruleId)).toEqual(['condition-lichen-sclerosus-gynecology']);
  });

  it('depression fires once with the condition and any narrative mention as evidence', () => {
    const history: HistoryAnswers = { conditions: [{ name: 'Depression' }], healthNotes: 'Sleep is poor. I have felt depressed since the move.' };
    expect(fired(history)).toEqual([
      expect.objectContaining({
        ruleId: 'red-flag-depression', specialty: 'psychiatry', urgency: 'routine',
        evidence: [{ path: 'conditions.0', text: 'Depression' }, { path: 'healthNotes', text: 'I have felt depressed since the move.' }],
      }),
    ]);
  });
});
