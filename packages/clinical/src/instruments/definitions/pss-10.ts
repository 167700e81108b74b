import { ordinalOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * PSS-10 (Cohen, Kamarck & Mermelstein, J Health Soc Behav 1983;24:385-96; 10-item form
 * Cohen & Williamson 1988). Items 0 (never) – 4 (very often); items 4, 5, 7 and 8 are
 * reverse-scored; total 0–40 (PSS scoring sheet "PSS Scoring and Information", scribd 128890627;
 * PMC4481047 table T0006; bio-protocol 10251187). Free for research use per the authors'
 * materials, but terms for redistribution in software were not verified: neutral labels only.
 */

const options = ordinalOptions(0, 4, { low: 'never', high: 'very often' });

export const PSS_10: InstrumentDefinition = {
  id: 'pss-10',
  shortName: 'PSS-10',
  title: 'Perceived Stress Scale (10 items)',
  computableName: 'PSS10',
  recallPeriod: 'Last month',
  licence: 'free-use-wording-not-bundled',
  copyright: 'PSS © Sheldon Cohen; Cohen, Kamarck & Mermelstein 1983. Official wording not included.',
  loinc: { panel: null, total: null },
  instructions: null,
  items: [
    { linkId: 'q1', text: 'Stress: upset by something unexpected', options },
    { linkId: 'q2', text: 'Stress: unable to control important things', options },
    { linkId: 'q3', text: 'Stress: nervous and stressed', options },
    { linkId: 'q4', text: 'Coping: confident handling personal problems (reverse-scored)', options, reverse: true },
    { linkId: 'q5', text: 'Coping: things going your way (reverse-scored)', options, reverse: true },
    { linkId: 'q6', text: 'Stress: unable to cope with everything to do', options },
    { linkId: 'q7', text: 'Coping: able to control irritations (reverse-scored)', options, reverse: true },
    { linkId: 'q8', text: 'Coping: on top of things (reverse-scored)', options, reverse: true },
    { linkId: 'q9', text: 'Stress: angered by things outside your control', options },
    { linkId: 'q10', text: 'Stress: difficulties piling up too high to overcome', options },
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 0, max: 40 },
    direction: 'higher-is-worse',
    domains: [],
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  // The 0–13 / 14–26 / 27–40 "low / moderate / high" bands circulate in secondary sources but
  // are not the authors' (ambiova.pages.dev says so; the PSS has no published norms-based
  // cut-off), so no severity bands and no screening cut-off are encoded.
  bands: [],
  belowBands: null,
  positive: null,
  positiveMeaning: null,
  criticalItems: [],
  reliability: {
    available: false,
    reason: 'α = .78 appears on the authors\' scoring sheet, but the normative SD (Cohen & Williamson 1988) was not confirmed from a primary source.',
  },
  sources: {
    scoring: 'Cohen, Kamarck & Mermelstein 1983; PSS scoring sheet: reverse 4, 5, 7, 8; sum 0–40',
    cutoffs: 'None published',
    loinc: 'None confirmed (93038-8 is a single "stress level" item, not the PSS)',
    licence: 'Free for non-commercial / research use per secondary sources; commercial terms not verified',
  },
  caveats: ['No severity bands or cut-off: the circulating bands are not official.', 'No missing-answer rule published: the total is withheld when any item is unanswered.'],
};
