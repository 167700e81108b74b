import { ordinalOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * PEDT (Symonds et al., Eur Urol 2007;52:565-73). © 2005 Cronos Clinical Consulting (an IQVIA
 * company) per eval.health: scoring and our own neutral labels only. Five items covering
 * control, frequency, minimal stimulation, distress and interpersonal difficulty, and the
 * ≤8 / 9–10 / ≥11 scoring (Symonds 2007 abstract, researchgate.net publication 6529877).
 */

const options = ordinalOptions(0, 4, { low: 'least', high: 'most' });

export const PEDT: InstrumentDefinition = {
  id: 'pedt',
  shortName: 'PEDT',
  title: 'Premature Ejaculation Diagnostic Tool',
  computableName: 'PEDT',
  recallPeriod: null,
  licence: 'copyrighted-scoring-only',
  copyright: 'PEDT © 2005 Cronos Clinical Consulting (an IQVIA company); Symonds et al. 2007. Official wording not included.',
  loinc: { panel: null, total: null },
  instructions: null,
  items: [
    { linkId: 'q1', text: 'Control: difficulty delaying ejaculation', options },
    { linkId: 'q2', text: 'Frequency: ejaculating before wanted', options },
    { linkId: 'q3', text: 'Minimal stimulation: ejaculating with very little stimulation', options },
    { linkId: 'q4', text: 'Distress: frustration about ejaculating before wanted', options },
    { linkId: 'q5', text: 'Interpersonal: concern about the partner being left unsatisfied', options },
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 0, max: 20 },
    direction: 'higher-is-worse',
    domains: [],
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  bands: [
    { id: 'no-pe', label: 'Premature ejaculation unlikely', min: 0, max: 8 },
    { id: 'probable-pe', label: 'Probable premature ejaculation', min: 9, max: 10 },
    { id: 'pe', label: 'Premature ejaculation likely', min: 11, max: 20 },
  ],
  belowBands: null,
  positive: { kind: 'total-at-least', value: 11 },
  positiveMeaning: 'Consistent with premature ejaculation (total ≥ 11; 9–10 is "probable")',
  criticalItems: [],
  reliability: { available: false, reason: 'No reliability figure with a normative SD was confirmed for the PEDT total.' },
  sources: {
    scoring: 'Symonds et al. 2007, Eur Urol 52:565-73: five items summed',
    cutoffs: 'Symonds 2007 abstract: ≤8 no PE, 9–10 probable PE, ≥11 PE',
    loinc: 'None found',
    licence: 'eval.health PEDT listing (© 2005 Cronos Clinical Consulting, an IQVIA company)',
  },
  caveats: [
    'Item coding 0–4 (total 0–20) is not confirmed from the primary paper; it is the only coding consistent with the published bands and is used by every implementation seen.',
    'Recall period not verified.',
    'No missing-answer rule published: the total is withheld when any item is unanswered.',
  ],
};
