import { labelledOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * PHQ-9 (Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606-13). Free to reproduce:
 * "No permission required to reproduce, translate, display or distribute" (Pfizer notice as
 * carried in HL7 US Core Questionnaire phq-9-example and HL7 pco-ig Questionnaire 69737-5).
 * Item wording, order, answer anchors 0–3 and item LOINC codes as in the HL7 US Core
 * Questionnaire PHQ-9 example (GitHub HL7/US-Core input/examples/Questionnaire-phq-9-example.json).
 */

/** Pfizer's answer anchors, coded 0–3 (US Core PHQ-9 example: LA6568-5 … LA6571-9 with ordinalValue 0–3). */
export const PHQ_FREQUENCY = labelledOptions(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);

const item = (n: number, loinc: string, text: string) => ({ linkId: `q${n}`, text, options: PHQ_FREQUENCY, loinc });

export const PHQ_9: InstrumentDefinition = {
  id: 'phq-9',
  shortName: 'PHQ-9',
  title: 'Patient Health Questionnaire-9 (depression)',
  computableName: 'PHQ9',
  recallPeriod: 'Last 2 weeks',
  licence: 'public-domain-or-free',
  copyright: 'Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  loinc: { panel: '44249-1', total: '44261-6' },
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    item(1, '44250-9', 'Little interest or pleasure in doing things'),
    item(2, '44255-8', 'Feeling down, depressed, or hopeless'),
    item(3, '44259-0', 'Trouble falling or staying asleep, or sleeping too much'),
    item(4, '44254-1', 'Feeling tired or having little energy'),
    item(5, '44251-7', 'Poor appetite or overeating'),
    item(6, '44258-2', 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'),
    item(7, '44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television'),
    item(8, '44253-3', 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual'),
    item(9, '44260-8', 'Thoughts that you would be better off dead or of hurting yourself in some way'),
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 0, max: 27 },
    direction: 'higher-is-worse',
    domains: [],
    // No author-published proration rule was found (searched the PHQ materials and Kroenke 2001);
    // one R scorer (qscorer) prorates up to two missing items citing a single validation study
    // (Arrieta et al., J Clin Psychol 2017, doi:10.1002/jclp.22390), which is not the authors'
    // guidance. So: no total unless all nine items are answered.
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  // Kroenke 2001: 5, 10, 15, 20 mark mild, moderate, moderately severe, severe
  // (awell-health/awell-score src/scores/phq_9/README.md; mindsanctuary.net/surveys/PHQ-9).
  bands: [
    { id: 'none-minimal', label: 'None or minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { id: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  belowBands: null,
  // ≥10: sensitivity 88%, specificity 88% for major depression (Kroenke 2001).
  positive: { kind: 'total-at-least', value: 10 },
  positiveMeaning: 'Screen positive for depression (total ≥ 10)',
  criticalItems: [{
    item: 9,
    atLeast: 1,
    code: 'suicidal-ideation',
    // A third of patients endorsing item 9 reported recent active suicidal ideation
    // (Corson, Gerrity & Dobscha, Am J Manag Care 2004;10:839-45), so any answer above 0 asks
    // for a same-day safety assessment, whatever the total.
    message: 'Item 9 (thoughts of being better off dead or of self-harm) was answered above "Not at all": assess safety before the session ends.',
  }],
  reliability: {
    available: true,
    reliability: { kind: 'internal-consistency', value: 0.89, source: 'Cronbach α = 0.89, Kroenke et al. 2001 (J Gen Intern Med 16:606-13)' },
    // General-population SD: women 3.1 (3.5), men 2.7 (3.5), n = 5018
    // (Kocalevent, Hinz & Brähler, Gen Hosp Psychiatry 2013;35:551-5, abstract).
    sd: { value: 3.5, source: 'SD 3.5 in both sexes, German general population (Kocalevent et al. 2013, Gen Hosp Psychiatry 35:551-5)' },
  },
  sources: {
    scoring: 'Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606-13: items 0–3, sum 0–27',
    cutoffs: 'Kroenke 2001: bands at 5/10/15/20; ≥10 screen positive',
    loinc: 'LOINC 44249-1 panel, 44261-6 total, item codes 44250-9 … 44260-8 (HL7 US Core Questionnaire phq-9-example)',
    licence: 'Pfizer "no permission required" notice (HL7 US Core phq-9-example copyright)',
  },
  caveats: [
    'Missing answers: no author-published proration rule found; the total is withheld when any item is unanswered.',
    'RCI uses a general-population SD (3.5); Jacobson & Truax also allow a clinical pre-treatment SD, which would widen the threshold.',
  ],
};
