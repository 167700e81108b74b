import type { InstrumentDefinition } from '../types.js';
import { PHQ_FREQUENCY } from './phq-9.js';

/*
 * GAD-7 (Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006;166:1092-7). Same Pfizer
 * "no permission required" notice as the PHQ-9 (HL7 pco-ig Questionnaire 69737-5). Item order,
 * wording and item LOINC codes as in that Questionnaire (GitHub HL7/pco-ig
 * Questionnaire-69737-5.json); total score LOINC 70274-6 (MII PRO ObservationDefinition
 * mii-obsdef-pro-score-gad-7, "GAD-7 total score [Reported.PHQ]").
 */

const item = (n: number, loinc: string, text: string) => ({ linkId: `q${n}`, text, options: PHQ_FREQUENCY, loinc });

export const GAD_7: InstrumentDefinition = {
  id: 'gad-7',
  shortName: 'GAD-7',
  title: 'Generalized Anxiety Disorder-7',
  computableName: 'GAD7',
  recallPeriod: 'Last 2 weeks',
  licence: 'public-domain-or-free',
  copyright: 'Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  loinc: { panel: '69737-5', total: '70274-6' },
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    item(1, '69725-0', 'Feeling nervous, anxious, or on edge'),
    item(2, '68509-9', 'Not being able to stop or control worrying'),
    item(3, '69733-4', 'Worrying too much about different things'),
    item(4, '69734-2', 'Trouble relaxing'),
    item(5, '69735-9', 'Being so restless that it is hard to sit still'),
    item(6, '69689-8', 'Becoming easily annoyed or irritable'),
    item(7, '69736-7', 'Feeling afraid, as if something awful might happen'),
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 0, max: 21 },
    direction: 'higher-is-worse',
    domains: [],
    // No published proration rule found for the GAD-7: total withheld when any item is missing.
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  // Spitzer 2006: 5, 10 and 15 are the cut points for mild, moderate and severe anxiety
  // (rdrr.io cliot gad7_anxiety_screen, citing Spitzer 2006; Löwe 2008 abstract uses 10 and 15).
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
  belowBands: null,
  // ≥10 warrants further evaluation: sensitivity 89%, specificity 82% for GAD (Spitzer 2006).
  positive: { kind: 'total-at-least', value: 10 },
  positiveMeaning: 'Screen positive for an anxiety disorder; further evaluation warranted (total ≥ 10)',
  criticalItems: [],
  reliability: {
    available: true,
    // Löwe et al., Med Care 2008;46:266-74 (abstract): α = 0.89 in every subgroup, n = 5030;
    // mean (SD) women 3.2 (3.5), men 2.7 (3.2). No pooled SD in the abstract, so the larger
    // (3.5) is used: it widens the reliable-change threshold rather than narrowing it.
    reliability: { kind: 'internal-consistency', value: 0.89, source: 'Cronbach α = 0.89, German general population (Löwe et al. 2008, Med Care 46:266-74)' },
    sd: { value: 3.5, source: 'SD 3.5 (women; men 3.2), German general population (Löwe et al. 2008, Med Care 46:266-74); the larger is used' },
  },
  sources: {
    scoring: 'Spitzer et al. 2006, Arch Intern Med 166:1092-7: items 0–3, sum 0–21',
    cutoffs: 'Spitzer 2006: 5/10/15 mild/moderate/severe; ≥10 further evaluation',
    loinc: 'LOINC 69737-5 panel and item codes (HL7 pco-ig Questionnaire 69737-5); 70274-6 total (MII PRO ObservationDefinition)',
    licence: 'Pfizer "no permission required" notice (HL7 pco-ig Questionnaire 69737-5 copyright)',
  },
  caveats: ['Missing answers: no published proration rule found; the total is withheld when any item is unanswered.'],
};
