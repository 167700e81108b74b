import { ordinalOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * ASEX (McGahuey et al., J Sex Marital Ther 2000;26:25-40). Permission from the Arizona Board of
 * Regents is needed (clinical-facts §2): scoring and our own neutral labels only. Five items,
 * each 1–6 with higher = more dysfunction, total 5–30 (McGahuey 2000 abstract via
 * study.space; psychologyroots.org ASEX page). Male and female forms differ only on item 3
 * (erection / lubrication), so one neutral label covers both.
 */

const options = ordinalOptions(1, 6, { low: 'strongest or easiest', high: 'absent or never' });

export const ASEX: InstrumentDefinition = {
  id: 'asex',
  shortName: 'ASEX',
  title: 'Arizona Sexual Experiences Scale',
  computableName: 'ASEX',
  // simpleandpractical.com ASEX page: past week, including today.
  recallPeriod: 'Past week, including today',
  licence: 'copyrighted-scoring-only',
  copyright: 'ASEX © Arizona Board of Regents; McGahuey et al. 2000. Official wording not included.',
  loinc: { panel: null, total: null },
  instructions: null,
  items: [
    { linkId: 'q1', text: 'Sex drive: strength', options },
    { linkId: 'q2', text: 'Arousal: how easily', options },
    { linkId: 'q3', text: 'Erection or lubrication: how easily', options },
    { linkId: 'q4', text: 'Orgasm: how easily reached', options },
    { linkId: 'q5', text: 'Orgasm: how satisfying', options },
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 5, max: 30 },
    direction: 'higher-is-worse',
    domains: [],
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  bands: [],
  belowBands: null,
  // Sexual dysfunction if total ≥ 19, or any one item ≥ 5, or any three items ≥ 4
  // (sensitivity 82%, specificity 90%; McGahuey 2000; testable.org ASEX page). Read on the
  // answers given: one item at 5 is positive even if another item is unanswered.
  positive: {
    kind: 'any-of',
    rules: [
      { kind: 'total-at-least', value: 19 },
      { kind: 'items-at-least', count: 1, value: 5 },
      { kind: 'items-at-least', count: 3, value: 4 },
    ],
  },
  positiveMeaning: 'Clinically significant sexual dysfunction (total ≥ 19, any item ≥ 5, or any three items ≥ 4)',
  criticalItems: [],
  reliability: {
    available: false,
    reason: 'Test–retest r = 0.801 (patients) and α = 0.9055 are published (McGahuey 2000 abstract) but no normative SD was confirmed.',
  },
  sources: {
    scoring: 'McGahuey et al. 2000, J Sex Marital Ther 26:25-40: five items 1–6, total 5–30',
    cutoffs: 'McGahuey 2000: total ≥19, any item ≥5, or any three items ≥4',
    loinc: 'None found',
    licence: 'Arizona Board of Regents permission (clinical-facts §2)',
  },
  caveats: ['No missing-answer rule published: the total is withheld when any item is unanswered (the item rules still apply).'],
};
