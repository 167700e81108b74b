import { DIAGNOSIS_EXCLUSIONS, INDUCING_SUBSTANCES, USE_DISORDERS, type DiagnosisCriteria } from './types.js';

/*
 * DSM-5-TR sexual dysfunctions as structured facts (clinical-facts.md 1.0–1.2). APA owns the
 * criteria text: labels here are our own short words; only counts, thresholds and enums follow
 * the manual. Sources per diagnosis are in each entry; the shared skeleton (symptoms, ~6 months,
 * distress, exclusions) and the specifiers are from the chapter introduction quoted at
 * https://studfile.net/preview/1660360/page:5/ and https://pmc.ncbi.nlm.nih.gov/articles/PMC9918233/figure/jcm-12-01112-f001.
 */

const ALL_EXCLUSIONS = DIAGNOSIS_EXCLUSIONS.map((e) => e.id);
const COURSE = ['lifelong', 'acquired'] as const;
const CONTEXT = ['generalized', 'situational'] as const;
const BY_DISTRESS = { basis: 'distress', levels: ['mild', 'moderate', 'severe'] } as const;
const ABOUT_SIX_MONTHS = { months: 6, approximate: true } as const;
const ALMOST_ALWAYS = 'On almost all or all occasions (about 75–100%)';

/** ICD-10-CM codes for substance/medication-induced sexual dysfunction (F1x.181 / .281 / .981; no code exists for cannabis, hallucinogens, inhalants or nicotine). */
export const SUBSTANCE_INDUCED_CODES: readonly string[] = INDUCING_SUBSTANCES.flatMap((s) => USE_DISORDERS.map((u) => `${s.icdPrefix}${u.icdSuffix}`));

export const DIAGNOSES: readonly DiagnosisCriteria[] = [
  {
    id: 'delayed-ejaculation', label: 'Delayed ejaculation', icd10: ['F52.32'],
    symptoms: {
      required: 1,
      items: [
        { id: 'marked-delay', label: 'Ejaculation is markedly delayed' },
        { id: 'marked-infrequency-or-absence', label: 'Ejaculation is markedly infrequent or absent' },
      ],
    },
    alsoRequired: [],
    frequency: { required: 'almost-always', note: `${ALMOST_ALWAYS} of partnered sexual activity, without the person wanting the delay` },
    duration: ABOUT_SIX_MONTHS, distressRequired: true, exclusions: ALL_EXCLUSIONS,
    specifiers: { course: COURSE, context: CONTEXT, severity: BY_DISTRESS, other: [] },
    note: 'No precise latency cut-off exists; the clinician judges "delay".',
    source: 'clinical-facts 1.1 (F52.32: https://www.mindyra.com/en-us/solutions/adults/delayedejaculation ; partnered activity and no time boundary: https://drjackhwhelper.com/dsm-5-write-up-no-2-sexual-dysfunction-category-delayed-ej [S])',
  },
  {
    id: 'erectile-disorder', label: 'Erectile disorder', icd10: ['F52.21'],
    symptoms: {
      required: 1,
      items: [
        { id: 'difficulty-obtaining', label: 'Getting an erection during sex is markedly difficult' },
        { id: 'difficulty-maintaining', label: 'Keeping an erection until sex is over is markedly difficult' },
        { id: 'reduced-rigidity', label: 'Erections are markedly less firm' },
      ],
    },
    alsoRequired: [],
    frequency: { required: 'almost-always', note: `${ALMOST_ALWAYS} of partnered sexual activity` },
    duration: ABOUT_SIX_MONTHS, distressRequired: true, exclusions: ALL_EXCLUSIONS,
    specifiers: { course: COURSE, context: CONTEXT, severity: BY_DISTRESS, other: [] },
    source: 'clinical-facts 1.1 [V2] (https://theravive.com/therapedia/Erectile-Disorder-DSM--5-302.72-(F52.21) ; https://www.mindyra.com/solutions/adults/erectiledisorder)',
  },
  {
    id: 'female-orgasmic-disorder', label: 'Female orgasmic disorder', icd10: ['F52.31'],
    symptoms: {
      required: 1,
      items: [
        { id: 'delay-infrequency-absence', label: 'Orgasm is markedly delayed, infrequent or absent' },
        { id: 'reduced-intensity', label: 'Orgasmic sensations are markedly less intense' },
      ],
    },
    alsoRequired: [],
    frequency: { required: 'almost-always', note: `${ALMOST_ALWAYS} of sexual activity` },
    duration: ABOUT_SIX_MONTHS, distressRequired: true, exclusions: ALL_EXCLUSIONS,
    specifiers: {
      course: COURSE, context: CONTEXT, severity: BY_DISTRESS,
      other: [{ id: 'never-experienced-orgasm', label: 'Has never had an orgasm in any situation' }],
    },
    source: 'clinical-facts 1.1 [V] (https://www.theravive.com/therapedia/female-orgasmic-disorder-dsm--5-302.73-(f52.31) ; https://neupsykey.com/evaluation-of-female-orgasmic-disorder)',
  },
  {
    id: 'female-sexual-interest-arousal-disorder', label: 'Female sexual interest/arousal disorder', icd10: ['F52.22'],
    symptoms: {
      required: 3,
      items: [
        { id: 'interest', label: 'Little or no interest in sexual activity' },
        { id: 'thoughts-fantasies', label: 'Few or no sexual or erotic thoughts or fantasies' },
        { id: 'initiation', label: 'Rarely or never initiates sex, and usually not receptive when a partner does' },
        { id: 'excitement-pleasure', label: 'Little or no excitement or pleasure in almost all (about 75–100%) sexual encounters' },
        { id: 'responsive-interest', label: 'Little or no interest or arousal in response to erotic cues (internal or external)' },
        { id: 'sensations', label: 'Little or no genital or non-genital sensation in almost all (about 75–100%) sexual encounters' },
      ],
    },
    alsoRequired: [],
    // The 75–100% qualifier belongs to two of the six symptoms (clinical-facts 1.1), so it lives in their labels.
    frequency: null,
    duration: ABOUT_SIX_MONTHS, distressRequired: true, exclusions: ALL_EXCLUSIONS,
    specifiers: { course: COURSE, context: CONTEXT, severity: BY_DISTRESS, other: [] },
    source: 'clinical-facts 1.1 [V2] (https://pmc.ncbi.nlm.nih.gov/articles/PMC9144766/table/jcm-11-02794-t001 ; https://medicalcriteria.com/web/sexual-dysfunction-women/)',
  },
  {
    id: 'genito-pelvic-pain-penetration-disorder', label: 'Genito-pelvic pain/penetration disorder', icd10: ['F52.6'],
    symptoms: {
      required: 1,
      items: [
        { id: 'penetration-difficulty', label: 'Ongoing difficulty with vaginal penetration in intercourse' },
        { id: 'pain', label: 'Marked pain in the vulva, vagina or pelvis with intercourse or attempts at penetration' },
        { id: 'fear-anxiety', label: 'Marked fear or anxiety about that pain, before, during or after penetration' },
        { id: 'muscle-tensing', label: 'Pelvic-floor muscles markedly tense or tighten when penetration is attempted' },
      ],
    },
    alsoRequired: [],
    // Persistent or recurrent; no percentage of occasions is set.
    frequency: null,
    duration: ABOUT_SIX_MONTHS, distressRequired: true, exclusions: ALL_EXCLUSIONS,
    specifiers: { course: COURSE, context: [], severity: BY_DISTRESS, other: [] },
    source: 'clinical-facts 1.1 [V2] (https://dsm.wikia.org/wiki/Genito-Pelvic_Pain/Penetration_Disorder ; https://psychcentral.com/disorders/genito-pelvic-painpenetration-disorder)',
  },
  {
    id: 'male-hypoactive-sexual-desire-disorder', label: 'Male hypoactive sexual desire disorder', icd10: ['F52.0'],
    symptoms: {
      required: 1,
      items: [
        { id: 'low-thoughts-and-desire', label: 'Persistently or recurrently low or absent sexual thoughts or fantasies and desire for sex, judged against age and life context' },
      ],
    },
    alsoRequired: [],
    frequency: null,
    duration: ABOUT_SIX_MONTHS, distressRequired: true, exclusions: ALL_EXCLUSIONS,
    specifiers: { course: COURSE, context: CONTEXT, severity: BY_DISTRESS, other: [] },
    note: 'Lower desire than a partner (a desire discrepancy) is not by itself this disorder; the clinician judges the deficiency.',
    source: 'clinical-facts 1.1 (F52.0: https://theravive.com/therapedia/male-hypoactive-sexual-desire-disorder-dsm--5-625.89-(f52.0))',
  },
  {
    id: 'premature-ejaculation', label: 'Premature (early) ejaculation', icd10: ['F52.4'],
    symptoms: {
      required: 1,
      items: [
        { id: 'early-ejaculation', label: 'During partnered sex, ejaculates within about a minute of vaginal penetration, earlier than wanted' },
      ],
    },
    alsoRequired: [],
    frequency: {
      required: 'almost-always',
      note: `${ALMOST_ALWAYS} of partnered sexual activity. Its own timing rule is the ~1-minute latency in the symptom; for non-vaginal activity no latency cut-off has been set, so the clinician judges it`,
    },
    // "At least 6 months" here, not "about": read strictly.
    duration: { months: 6, approximate: false }, distressRequired: true, exclusions: ALL_EXCLUSIONS,
    specifiers: { course: COURSE, context: CONTEXT, severity: { basis: 'ejaculatory-latency', levels: ['mild', 'moderate', 'severe'] }, other: [] },
    note: 'Severity is by latency: mild about 30 s–1 min, moderate about 15–30 s, severe before or at the start of activity or within about 15 s (see prematureEjaculationSeverity).',
    source: 'clinical-facts 1.1 [V] (https://www.theravive.com/therapedia/premature-(early)-ejaculation-dsm--5-302.75-(f52.4))',
  },
  {
    id: 'substance-medication-induced-sexual-dysfunction', label: 'Substance/medication-induced sexual dysfunction', icd10: SUBSTANCE_INDUCED_CODES,
    symptoms: {
      required: 1,
      items: [{ id: 'predominant-disturbance', label: 'A clinically significant sexual difficulty is the main clinical problem' }],
    },
    alsoRequired: [
      { id: 'onset-with-exposure', label: 'Started during or shortly after intoxication or withdrawal, or after starting a medication (shown by history, examination or tests)' },
      { id: 'substance-capable', label: 'The substance or medication is able to cause these symptoms' },
      { id: 'not-independent-dysfunction', label: 'Not better accounted for by an independent sexual dysfunction (for example, one that began before the exposure)' },
      { id: 'not-only-during-delirium', label: 'Does not occur only during a delirium' },
    ],
    frequency: null,
    duration: null, distressRequired: true, exclusions: [],
    // Onset specifiers and the frequency-based severity bands (25–50 / 50–75 / ≥75% of occasions) could not be
    // checked against the licensed text (clinical-facts 1.1 [K]); they are left out rather than guessed.
    specifiers: { course: [], context: [], severity: null, other: [] },
    note: 'No 6-month rule. The ICD-10-CM code depends on the substance and on any use disorder; prescribed medicines are usually coded as other/unknown substance (F19.x81).',
    source: 'DSM-5 criteria as summarised at https://sites.google.com/view/mh-md/dsm-v-disorders/sexual-dysfunctions/substancemedication-induced-sexual-dysfunction ; codes: CMS ICD-10-CM FY2023 (clinical-facts 1.2) and the DSM-5 code list (mild → .181, moderate/severe → .281, none → .981)',
  },
  {
    id: 'other-specified-sexual-dysfunction', label: 'Other specified sexual dysfunction', icd10: ['F52.8'],
    symptoms: { required: 1, items: [{ id: 'characteristic-symptoms', label: 'Symptoms typical of a sexual dysfunction predominate' }] },
    alsoRequired: [
      { id: 'full-criteria-not-met', label: 'Full criteria for another sexual dysfunction are not met' },
      { id: 'reason-recorded', label: 'The clinician records the specific reason (for example, sexual aversion)' },
    ],
    frequency: null, duration: null, distressRequired: true, exclusions: [],
    specifiers: { course: [], context: [], severity: null, other: [] },
    source: 'clinical-facts 1.1 (F52.8: ICD-10-CM FY2023 code-title file; recording the reason is [K], kept because it is what separates this from unspecified)',
  },
  {
    id: 'unspecified-sexual-dysfunction', label: 'Unspecified sexual dysfunction', icd10: ['F52.9'],
    symptoms: { required: 1, items: [{ id: 'characteristic-symptoms', label: 'Symptoms typical of a sexual dysfunction predominate' }] },
    alsoRequired: [{ id: 'full-criteria-not-met', label: 'Full criteria for another sexual dysfunction are not met' }],
    frequency: null, duration: null, distressRequired: true, exclusions: [],
    specifiers: { course: [], context: [], severity: null, other: [] },
    note: 'Used when the clinician does not specify the reason the criteria are not met.',
    source: 'clinical-facts 1.1 [V2] (F52.9: https://www.diseasedb.com/icd10/F52.9 ; ICD-10-CM FY2023 code-title file)',
  },
];
