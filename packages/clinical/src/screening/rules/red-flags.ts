import type { ScreeningRule, Trigger } from '../types.js';
import { DO_NOT_STOP, SOURCES } from './sources.js';

/** Erection difficulty, and arousal difficulty unless recorded as female (the cardiovascular link is for erectile function). */
const ERECTILE_CONCERN: readonly Trigger[] = [
  { kind: 'concern', concerns: ['erection'] },
  { kind: 'concern', concerns: ['arousal'], sex: 'not-female' },
];

const PAIN_WITH_PENETRATION: readonly Trigger[] = [{ kind: 'concern', concerns: ['pain-penetration'] }];

/** Narrative mentions of bleeding with or after sex (no attempt at reading negation: the clinician sees the sentence). */
const POSTCOITAL_BLEEDING: Trigger = {
  kind: 'narrative',
  phrases: ['postcoital bleeding', 'post coital bleeding', 'postcoital spotting', 'spotting after sex', 'spotting after intercourse', 'blood after sex', 'blood after intercourse'],
  patterns: [/\bbleed(?:s|ing)?\b[^.!?\n]{0,30}\b(?:after|during|following)\s+(?:sex|intercourse|penetration)\b/],
};

/** An erection lasting four hours or more, or one that will not go down. */
const PRIAPISM: Trigger = {
  kind: 'narrative',
  phrases: ['priapism', 'erection that wont go away', 'erection wont go away', 'erection that wont go down', 'erection wont go down', 'erection that would not go away', 'erection that would not go down'],
  patterns: [
    /\berections?\b[^.!?\n]{0,60}?\b(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|twelve|several|many)\s*\+?\s*(?:hours?|hrs?)\b/,
    /\b(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(?:hours?|hrs?)[\s-]+(?:long\s+)?erections?\b/,
  ],
};

const ENDOCRINE_MENTION: Trigger = {
  kind: 'narrative',
  // "low t" is left to the condition list: in running text it matches "... low. T..." after normalisation.
  phrases: ['low testosterone', 'testosterone deficiency', 'hypogonadism', 'prolactin', 'prolactinoma', 'hyperprolactinemia', 'hyperprolactinaemia', 'pituitary'],
};

export const RED_FLAG_RULES: readonly ScreeningRule[] = [
  {
    // ED is a marker of cardiovascular risk: it shares risk factors (age, hypertension, diabetes, smoking) and precedes
    // coronary symptoms by about 2–3 years (PMC5675247, PMC5313297); Princeton III treats men over 30 with ED as at
    // raised risk and asks for a risk assessment. Known cardiovascular disease goes to cardiology (condition rules).
    id: 'red-flag-erection-cardiovascular-risk',
    specialty: 'primary-care',
    urgency: 'soon',
    reason: 'Erection difficulties share risk factors with heart and blood-vessel disease and can come years before heart symptoms. With the risk factors shown, suggest the client see their primary care clinician for a cardiovascular risk check (blood pressure, blood sugar, cholesterol) before or alongside sexual-health treatment.',
    source: `${SOURCES.edCardiovascular} ; age: ${SOURCES.edOver30}`,
    allOf: [
      ERECTILE_CONCERN,
      [
        { kind: 'condition', conditions: ['diabetes'] },
        { kind: 'condition', conditions: ['hypertension'] },
        { kind: 'tobacco-current' },
        { kind: 'age-over', years: 30 },
      ],
    ],
    noneOf: [{ kind: 'condition', conditions: ['cardiovascular-disease'] }],
  },
  {
    // Sudden onset is more typical of psychological or situational causes than of vascular ones (bpacnz 2008), so it is
    // not treated as a cardiovascular marker; a medical check still rules out a new medicine, injury or surgery.
    id: 'red-flag-erection-sudden-onset',
    specialty: 'primary-care',
    urgency: 'routine',
    reason: 'A sudden onset more often points to psychological or situational causes (especially if morning erections continue), but a medical check is still worthwhile to rule out a new medicine, an injury or surgery as the trigger.',
    source: SOURCES.edOnset,
    allOf: [[{ kind: 'concern', concerns: ['erection'], onsetSpeed: 'sudden' }]],
  },
  {
    // Pain with penetration needs a pelvic examination for physical causes (MSD Manual) and pelvic-floor physical
    // therapy is part of care (PFPT clinician's guide).
    id: 'red-flag-pain-penetration-gynecology',
    specialty: 'gynecology',
    urgency: 'routine',
    reason: 'Pain with penetration needs a pelvic examination to find or rule out physical causes (such as vestibulodynia, skin conditions, atrophy or deeper pelvic problems). Suggest a gynecology review.',
    source: SOURCES.painPenetration,
    sex: 'not-male',
    allOf: [PAIN_WITH_PENETRATION],
  },
  {
    id: 'red-flag-pain-penetration-medical',
    specialty: 'primary-care',
    urgency: 'routine',
    reason: 'Pain with penetration needs a medical examination to find or rule out physical causes. Suggest the client see their primary care clinician.',
    source: SOURCES.painPenetration,
    sex: 'male',
    allOf: [PAIN_WITH_PENETRATION],
  },
  {
    id: 'red-flag-pain-penetration-pelvic-floor',
    specialty: 'pelvic-floor-physical-therapy',
    urgency: 'routine',
    reason: 'Pelvic-floor muscle tension or guarding often accompanies pain with penetration; pelvic-floor physical therapy (manual therapy, biofeedback, education) is part of recommended care.',
    source: SOURCES.pelvicFloorPt,
    allOf: [PAIN_WITH_PENETRATION],
  },
  {
    // Postcoital bleeding: cervical cancer and infection must be excluded (GP Online red flags; Cancer Council Australia).
    id: 'red-flag-postcoital-bleeding-gynecology',
    specialty: 'gynecology',
    urgency: 'soon',
    reason: 'Bleeding after sex needs medical assessment to exclude cervical disease or infection, sooner with other warning signs (age over 35, persistent bleeding, abnormal smears, a new partner, pain or fever). Suggest the client book a gynecology or primary care appointment soon.',
    source: SOURCES.postcoitalBleeding,
    sex: 'not-male',
    allOf: [[POSTCOITAL_BLEEDING]],
  },
  {
    id: 'red-flag-postcoital-bleeding-urology',
    specialty: 'urology',
    urgency: 'soon',
    reason: 'Bleeding with or after sex needs a medical assessment to find its source. Suggest the client book a urology or primary care appointment soon.',
    source: SOURCES.postcoitalBleeding,
    sex: 'male',
    allOf: [[POSTCOITAL_BLEEDING]],
  },
  {
    // An erection lasting more than 4 hours is priapism, an emergency: untreated it can scar the penis and cause
    // permanent erectile dysfunction (UCLA Urology; AUA spokesperson).
    id: 'red-flag-priapism',
    specialty: 'emergency',
    urgency: 'emergency',
    reason: 'An erection lasting more than four hours (priapism) is a medical emergency: delay risks permanent damage. If it is happening now, the client should go to an emergency department immediately; if it happened before, it still needs a urology review and a plan for next time.',
    source: SOURCES.priapism,
    allOf: [[PRIAPISM]],
  },
  {
    // Low libido or ED with suspected low testosterone or raised prolactin calls for morning testosterone, LH and
    // prolactin (AUA testosterone guideline; BU Sexual Medicine).
    id: 'red-flag-endocrine',
    specialty: 'endocrinology',
    urgency: 'routine',
    reason: 'Low testosterone, raised prolactin or a pituitary problem can lower desire and cause erection difficulties, and are treatable. Suggest an endocrine review (morning testosterone, prolactin and related tests) through endocrinology or primary care.',
    source: SOURCES.endocrine,
    allOf: [[{ kind: 'condition', conditions: ['hypogonadism-or-prolactin'] }, ENDOCRINE_MENTION]],
  },
  {
    // Sildenafil label: contraindicated with organic nitrates in any form (profound hypotension), poppers included;
    // FDA: "enhancement" supplements often hide sildenafil-like drugs that interact with nitrates.
    id: 'red-flag-nitrates-with-erection-medicine',
    specialty: 'prescriber',
    urgency: 'urgent',
    reason: `Nitrates (including "poppers") taken with an erection medicine, or with a "sexual enhancement" product that may secretly contain one, can drop blood pressure dangerously. The client should not combine them and should speak to their prescriber or primary care clinician urgently. ${DO_NOT_STOP}`,
    source: `${SOURCES.sildenafilLabel} ; ${SOURCES.fdaTaintedEnhancement}`,
    allOf: [
      [{ kind: 'medicine', classes: ['nitrate'] }],
      [{ kind: 'medicine', classes: ['pde5-inhibitor', 'sexual-enhancement'] }],
    ],
  },
  {
    // USPSTF 2018: people who disclose intimate partner violence should be offered or referred to ongoing support services.
    id: 'red-flag-feels-unsafe',
    specialty: 'crisis-services',
    urgency: 'soon',
    reason: 'The client answered that they do not feel safe. Follow up privately and soon; offer intimate-partner-violence support services and safety planning, and avoid conjoint sessions until safety is assessed.',
    source: SOURCES.ipv,
    allOf: [[{ kind: 'feels-unsafe' }]],
  },
  {
    // A depressive disorder can itself explain low desire and other difficulties (DSM-5 exclusion), and antidepressant
    // choice affects sexual function; both are for a psychiatric assessment.
    id: 'red-flag-depression',
    specialty: 'psychiatry',
    urgency: 'routine',
    reason: 'Depression can cause sexual difficulties and its treatment can affect sexual function. Suggest a psychiatric assessment, or review with whoever treats the depression.',
    source: SOURCES.depression,
    allOf: [[{ kind: 'condition', conditions: ['depression'] }, { kind: 'narrative', phrases: ['depression', 'depressed', 'depressive'] }]],
  },
];
