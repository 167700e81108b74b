import type { HistoryAnswers } from '@candor/clinical';

const ALL_SECTIONS: HistoryAnswers['completedSections'] = ['concerns', 'treatments', 'stress', 'life-changes', 'health', 'substances', 'safety'];

/** Fictional histories for the demo practice: realistic in shape, invented in every detail. */
export const DEMO_HISTORIES: Record<'alex' | 'jamie' | 'marc', HistoryAnswers> = {
  alex: {
    concerns: [
      {
        kind: 'low-desire', inOwnWords: 'Since our daughter was born I almost never feel like having sex, and I feel guilty about it.',
        onset: { type: 'date', date: '2023-06' }, course: 'acquired', onsetSpeed: 'gradual', context: 'generalized', frequency: 'most-times', distress: 7,
        statusNow: 'same', betterWhen: 'On holiday, when we have time alone and I have slept.', worseWhen: 'When I am exhausted or we have argued about chores.',
      },
      {
        kind: 'pain-penetration', inOwnWords: 'Penetration has hurt since the birth, so I avoid it.', onset: { type: 'date', date: '2023-05' },
        course: 'acquired', onsetSpeed: 'sudden', context: 'situational', situations: 'Only with penetration; other touch is fine.', frequency: 'almost-always', distress: 8, statusNow: 'worse',
      },
    ],
    previousTreatments: [{ kind: 'therapy', detail: 'Postnatal counselling', when: '2023-10', outcome: 'helped-a-little' }],
    stressors: [{ kind: 'family', severity: 7, notes: 'Little sleep with a toddler.' }, { kind: 'money', severity: 5 }],
    lifeChanges: [{ kind: 'pregnancy-birth', when: '2023-04' }, { kind: 'sleep', when: '2023-04', notes: 'Broken sleep since the birth.' }],
    conditions: [],
    medications: [{ name: 'Sertraline', dose: '50 mg daily', since: '2023-09' }, { name: 'Norethindrone (progestin-only pill)', dose: '0.35 mg daily', since: '2023-07' }],
    supplements: [{ name: 'Vitamin D', dose: '1000 IU' }],
    substances: { alcohol: { frequency: 'monthly-or-less' }, tobacco: { frequency: 'never' }, cannabis: { frequency: 'past' } },
    safety: { feelsSafe: 'yes' },
    completedSections: ALL_SECTIONS,
    preferNotToSay: ['substances.other'],
  },
  jamie: {
    concerns: [
      {
        kind: 'erection', inOwnWords: 'When I am anxious about whether Alex wants to, I sometimes lose my erection. It never happens on my own.',
        onset: { type: 'date', date: '2024-01' }, course: 'acquired', onsetSpeed: 'gradual', context: 'situational', situations: 'Only with my partner, when I am worried about rejection.',
        frequency: 'sometimes', distress: 6, statusNow: 'same',
      },
      { kind: 'relationship-intimacy', inOwnWords: 'I feel rejected and have stopped initiating.', onset: { type: 'date', date: '2023-09' }, course: 'acquired', distress: 7, statusNow: 'worse' },
    ],
    stressors: [{ kind: 'work', severity: 8, notes: 'New management role.' }, { kind: 'relationship', severity: 6 }],
    lifeChanges: [{ kind: 'pregnancy-birth', when: '2023-04' }, { kind: 'job', when: '2024-02' }],
    medications: [],
    substances: { alcohol: { frequency: 'weekly', amount: 'A few beers at the weekend' }, tobacco: { frequency: 'never' }, cannabis: { frequency: 'never' } },
    safety: { feelsSafe: 'yes' },
    completedSections: ALL_SECTIONS,
  },
  marc: {
    concerns: [
      {
        kind: 'erection', inOwnWords: 'Since the operation I cannot get an erection firm enough for sex, and I am nervous about dating again.',
        onset: { type: 'date', date: '2025-03' }, course: 'acquired', onsetSpeed: 'sudden', context: 'generalized', frequency: 'almost-always', distress: 6, statusNow: 'better',
        betterWhen: 'The pills help a little.',
      },
    ],
    previousTreatments: [{ kind: 'medication', detail: 'Tadalafil from my urologist', when: '2025-06', outcome: 'helped-a-little' }],
    stressors: [{ kind: 'health', severity: 6 }],
    lifeChanges: [{ kind: 'bereavement', when: '2024-08', notes: 'My husband died.' }, { kind: 'new-relationship', when: '2026-09' }],
    conditions: [{ name: 'Prostate cancer, treated with radical prostatectomy', since: '2025-02' }, { name: 'High blood pressure', since: '2015' }],
    medications: [{ name: 'Amlodipine', dose: '5 mg daily', since: '2015' }, { name: 'Tadalafil', dose: '5 mg daily', since: '2025-06' }],
    substances: { alcohol: { frequency: 'several-times-a-week', amount: 'A glass of wine with dinner' }, tobacco: { frequency: 'past' } },
    safety: { feelsSafe: 'yes' },
    completedSections: ALL_SECTIONS,
  },
};
