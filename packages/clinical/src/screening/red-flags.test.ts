import { describe, expect, it } from 'vitest';
import type { HistoryAnswers } from '../intake/schema.js';
import { screenHistory } from './evaluate.js';
import type { ScreeningContext } from './types.js';

const fired = (history: HistoryAnswers, context: ScreeningContext = {}) => screenHistory(history, context).suggestions;
const ids = (history: HistoryAnswers, context: ScreeningContext = {}) => fired(history, context).map((s) => s.ruleId);
const ERECTION = { path: 'concerns.0', text: 'Getting or keeping an erection' };

describe('erection difficulty with cardiovascular risk factors → primary care soon', () => {
  const erection: HistoryAnswers = { concerns: [{ kind: 'erection' }] };

  it.each([
    ['diabetes', { ...erection, conditions: [{ name: 'Type 1 diabetes' }] }, {}, [ERECTION, { path: 'conditions.0', text: 'Type 1 diabetes' }]],
    ['current smoking', { ...erection, substances: { tobacco: { frequency: 'daily' } } }, {}, [ERECTION, { path: 'substances.tobacco.frequency', text: 'Daily or almost daily' }]],
    ['age over 30', erection, { ageYears: 31 }, [ERECTION, { path: 'context.ageYears', text: '31' }]],
  ] as [string, HistoryAnswers, ScreeningContext, unknown][])('%s', (_name, history, context, evidence) => {
    expect(fired(history, context)).toContainEqual(
      expect.objectContaining({ ruleId: 'red-flag-erection-cardiovascular-risk', specialty: 'primary-care', urgency: 'soon', evidence }),
    );
  });

  it('hypertension: collects every risk factor as evidence', () => {
    const history: HistoryAnswers = { ...erection, conditions: [{ name: 'hypertension' }], substances: { tobacco: { frequency: 'weekly' } } };
    const s = fired(history, { ageYears: 52 }).find((x) => x.ruleId === 'red-flag-erection-cardiovascular-risk')!;
    expect(s.evidence).toEqual([ERECTION, { path: 'conditions.0', text: 'hypertension' }, { path: 'substances.tobacco.frequency', text: 'About weekly' }, { path: 'context.ageYears', text: '52' }]);
  });

  it('counts an arousal concern unless the client is recorded as female', () => {
    const history: HistoryAnswers = { concerns: [{ kind: 'arousal' }], conditions: [{ name: 'diabetes' }] };
    expect(ids(history, { sexAssignedAtBirth: 'male' })).toContain('red-flag-erection-cardiovascular-risk');
    expect(ids(history, {})).toContain('red-flag-erection-cardiovascular-risk');
    expect(ids(history, { sexAssignedAtBirth: 'female' })).not.toContain('red-flag-erection-cardiovascular-risk');
  });

  it('does not fire without a risk factor, for a past smoker, at 30 or younger, or without an erection concern', () => {
    expect(ids(erection)).toEqual([]);
    expect(ids({ ...erection, substances: { tobacco: { frequency: 'past' } } }, { ageYears: 30 })).toEqual([]);
    expect(ids({ concerns: [{ kind: 'low-desire' }], conditions: [{ name: 'diabetes' }] }, { ageYears: 60 })).toEqual(['condition-diabetes']);
  });

  it('leaves known heart disease to the cardiology rule', () => {
    expect(ids({ ...erection, conditions: [{ name: 'angina' }] }, { ageYears: 60 })).toEqual(['condition-cardiovascular']);
  });
});

describe('sudden-onset erection difficulty → primary care, routine', () => {
  it('fires with the concern as evidence, and not for gradual onset', () => {
    expect(fired({ concerns: [{ kind: 'erection', onsetSpeed: 'sudden' }] })).toEqual([
      expect.objectContaining({ ruleId: 'red-flag-erection-sudden-onset', specialty: 'primary-care', urgency: 'routine', evidence: [{ path: 'concerns.0', text: 'Getting or keeping an erection (sudden onset)' }] }),
    ]);
    expect(ids({ concerns: [{ kind: 'erection', onsetSpeed: 'gradual' }] })).toEqual([]);
  });
});

describe('pain with penetration', () => {
  const pain: HistoryAnswers = { concerns: [{ kind: 'low-desire' }, { kind: 'pain-penetration' }] };
  const evidence = [{ path: 'concerns.1', text: 'Pain or difficulty with penetration' }];

  it('→ gynecology and pelvic-floor physical therapy, two suggestions', () => {
    expect(fired(pain, { sexAssignedAtBirth: 'female' })).toEqual([
      expect.objectContaining({ ruleId: 'red-flag-pain-penetration-gynecology', specialty: 'gynecology', urgency: 'routine', evidence }),
      expect.objectContaining({ ruleId: 'red-flag-pain-penetration-pelvic-floor', specialty: 'pelvic-floor-physical-therapy', urgency: 'routine', evidence }),
    ]);
  });

  it('→ a medical (not gynecology) check when recorded as male', () => {
    expect(ids(pain, { sexAssignedAtBirth: 'male' })).toEqual(['red-flag-pain-penetration-medical', 'red-flag-pain-penetration-pelvic-floor']);
  });

  it('does not fire without the concern', () => {
    expect(ids({ concerns: [{ kind: 'orgasm' }] })).toEqual([]);
  });
});

describe('bleeding after sex → gynecology (or urology) soon', () => {
  it.each([
    ['concerns.0.inOwnWords', { concerns: [{ kind: 'pain-penetration', inOwnWords: 'It hurts. I also bleed after intercourse sometimes.' }] }, 'I also bleed after intercourse sometimes.'],
    ['conditions.0', { conditions: [{ name: 'Postcoital bleeding' }] }, 'Postcoital bleeding'],
    ['healthNotes', { healthNotes: 'Some bleeding after sex last month' }, 'Some bleeding after sex last month'],
  ] as [string, HistoryAnswers, string][])('from %s', (path, history, text) => {
    expect(fired(history, { sexAssignedAtBirth: 'female' })).toContainEqual(
      expect.objectContaining({ ruleId: 'red-flag-postcoital-bleeding-gynecology', specialty: 'gynecology', urgency: 'soon', evidence: [{ path, text }] }),
    );
  });

  it('→ urology when recorded as male', () => {
    expect(fired({ healthNotes: 'bleeding during sex' }, { sexAssignedAtBirth: 'male' })).toEqual([
      expect.objectContaining({ ruleId: 'red-flag-postcoital-bleeding-urology', specialty: 'urology', urgency: 'soon', evidence: [{ path: 'healthNotes', text: 'bleeding during sex' }] }),
    ]);
  });

  it('does not fire on unrelated bleeding', () => {
    expect(ids({ healthNotes: 'Nosebleeds in winter. Heavy periods.' })).toEqual([]);
  });
});

describe('priapism → emergency', () => {
  it.each([
    'Once had an erection lasting more than four hours after an injection.',
    'erection lasted 5 hours',
    'I had a 6-hour erection last year',
    'Had priapism in 2020',
    "An erection that won't go away",
  ])('"%s"', (text) => {
    expect(fired({ concerns: [{ kind: 'erection', inOwnWords: text }] })).toContainEqual(
      expect.objectContaining({ ruleId: 'red-flag-priapism', specialty: 'emergency', urgency: 'emergency', evidence: [{ path: 'concerns.0.inOwnWords', text }] }),
    );
  });

  it('is listed first, and does not fire for short durations or minutes', () => {
    expect(ids({ healthNotes: 'erection for 5 hours', medications: [{ name: 'sertraline' }] })[0]).toBe('red-flag-priapism');
    expect(ids({ healthNotes: 'My erection lasts 2 hours at most. I lose it after 4 minutes.' })).toEqual([]);
  });
});

describe('suspected low testosterone or high prolactin → endocrinology', () => {
  it('fires on narrative mentions', () => {
    expect(fired({ healthNotes: 'GP said my testosterone was low? Prolactin was never checked.' })).toEqual([
      expect.objectContaining({ ruleId: 'red-flag-endocrine', specialty: 'endocrinology', urgency: 'routine', evidence: [{ path: 'healthNotes', text: 'Prolactin was never checked.' }] }),
    ]);
    expect(ids({ conditions: [{ name: 'Asthma', notes: 'also a pituitary adenoma' }] })).toEqual(['red-flag-endocrine']);
  });

  it('does not fire without a mention', () => {
    expect(ids({ healthNotes: 'I feel low. Tired a lot.' })).toEqual([]);
  });
});

describe('nitrates with erection medicines or enhancement supplements → prescriber, urgent', () => {
  it('nitrate + PDE5 inhibitor', () => {
    expect(fired({ medications: [{ name: 'Isosorbide mononitrate 30mg' }, { name: 'Cialis' }] })).toEqual([
      expect.objectContaining({
        ruleId: 'red-flag-nitrates-with-erection-medicine', specialty: 'prescriber', urgency: 'urgent',
        evidence: [{ path: 'medications.0', text: 'Isosorbide mononitrate 30mg' }, { path: 'medications.1', text: 'Cialis' }],
      }),
    ]);
  });

  it('poppers (as a substance) + an enhancement supplement', () => {
    const s = fired({ supplements: [{ name: 'Horny goat weed' }], substances: { other: { frequency: 'monthly-or-less', which: 'poppers' } } });
    expect(s).toEqual([
      expect.objectContaining({
        ruleId: 'red-flag-nitrates-with-erection-medicine', urgency: 'urgent',
        evidence: [{ path: 'substances.other.which', text: 'poppers' }, { path: 'supplements.0', text: 'Horny goat weed' }],
      }),
    ]);
    expect(s[0]!.reason).toMatch(/should not stop or change it without their prescriber/);
  });

  it('does not fire for either alone, or for past substance use', () => {
    expect(ids({ medications: [{ name: 'nitroglycerin' }] })).toEqual([]);
    expect(ids({ medications: [{ name: 'Viagra' }] })).toEqual([]);
    expect(ids({ medications: [{ name: 'Viagra' }], substances: { other: { frequency: 'past', which: 'poppers' } } })).toEqual([]);
  });
});

describe('safety', () => {
  it('feeling unsafe → crisis services soon', () => {
    expect(fired({ safety: { feelsSafe: 'no', wantsToTalk: true } })).toEqual([
      expect.objectContaining({ ruleId: 'red-flag-feels-unsafe', specialty: 'crisis-services', urgency: 'soon', evidence: [{ path: 'safety.feelsSafe', text: 'no' }] }),
    ]);
  });

  it('does not fire for yes or unsure', () => {
    expect(ids({ safety: { feelsSafe: 'yes' } })).toEqual([]);
    expect(ids({ safety: { feelsSafe: 'unsure' } })).toEqual([]);
  });
});

describe('a history with nothing physiological', () => {
  it('gives no suggestions', () => {
    const history: HistoryAnswers = {
      concerns: [{ kind: 'relationship-intimacy', inOwnWords: 'We argue about how often to have sex.', frequency: 'sometimes', distress: 6 }],
      stressors: [{ kind: 'work', severity: 7 }],
      lifeChanges: [{ kind: 'new-relationship', when: '2024-02' }],
      conditions: [{ name: 'Seasonal allergies' }],
      medications: [{ name: 'cetirizine 10mg' }],
      substances: { alcohol: { frequency: 'weekly' }, tobacco: { frequency: 'never' } },
      safety: { feelsSafe: 'yes' },
    };
    expect(screenHistory(history, { ageYears: 34, sexAssignedAtBirth: 'female' })).toEqual({ suggestions: [], unrecognisedMedicines: [] });
  });
});
