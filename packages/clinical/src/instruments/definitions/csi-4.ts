import { ordinalOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * CSI-4 (Funk & Rogge, J Fam Psychol 2007;21:572-83): items 1, 12, 19 and 22 of the CSI-32;
 * item 1 is scored 0–6, items 2–4 are 0–5, total 0–21, higher = more satisfied; scores below
 * 13.5 suggest notable relationship dissatisfaction. The authors make the CSI scales freely
 * available for research and clinical use ("no additional permission is necessary", quoted from
 * the Rogge lab site in public instrument packs). Read only in secondary sources — several
 * independent implementations agree — so wording is not bundled and the figures are caveated.
 */

export const CSI_4: InstrumentDefinition = {
  id: 'csi-4',
  shortName: 'CSI-4',
  title: 'Couples Satisfaction Index (4 items)',
  computableName: 'CSI4',
  recallPeriod: 'Current relationship (no fixed window)',
  licence: 'free-use-wording-not-bundled',
  copyright: 'CSI © Funk & Rogge 2007; freely available for research and clinical use per the authors. Official wording not included.',
  loinc: { panel: null, total: null },
  instructions: null,
  items: [
    { linkId: 'q1', text: 'Overall happiness in the relationship', options: ordinalOptions(0, 6, { low: 'least happy', high: 'happiest' }) },
    { linkId: 'q2', text: 'Warmth and comfort in the relationship', options: ordinalOptions(0, 5, { low: 'not at all', high: 'completely' }) },
    { linkId: 'q3', text: 'How rewarding the relationship is', options: ordinalOptions(0, 5, { low: 'not at all', high: 'completely' }) },
    { linkId: 'q4', text: 'Overall satisfaction with the relationship', options: ordinalOptions(0, 5, { low: 'not at all', high: 'completely' }) },
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 0, max: 21 },
    direction: 'higher-is-better',
    domains: [],
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  bands: [],
  belowBands: null,
  positive: { kind: 'total-at-most', value: 13.5 },
  positiveMeaning: 'Notable relationship dissatisfaction (total below 13.5)',
  criticalItems: [],
  reliability: { available: false, reason: 'No test–retest figure with a normative SD was confirmed for the CSI-4.' },
  sources: {
    scoring: 'Funk & Rogge 2007, J Fam Psychol 21:572-83: item 1 0–6, items 2–4 0–5, sum 0–21',
    cutoffs: 'Funk & Rogge 2007: below 13.5 (as reported by independent implementations; paper not read)',
    loinc: 'None found',
    licence: 'Authors: free for research and clinical use (Rogge lab, as quoted by public instrument packs)',
  },
  caveats: [
    'Item ranges and the 13.5 cut-off were confirmed only from secondary sources that cite Funk & Rogge 2007.',
    'No missing-answer rule published: the total is withheld when any item is unanswered.',
  ],
};
