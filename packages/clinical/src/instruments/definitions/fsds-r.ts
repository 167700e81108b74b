import { ordinalOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * FSDS-R (Derogatis et al., J Sex Med 2008;5:357-64). Copyrighted (the © marks on FSDS and
 * FSDS-R in Derogatis et al., J Sex Res 2011;48:565-72): scoring and our own neutral labels
 * only. Thirteen items rated 0 (never) to 4 (always) for how often each problem bothered the
 * respondent in the past 30 days; item 13 is the added low-desire item
 * (scales.arabpsychology.com FSDS-R entry, written by the authors). Total 0–52.
 */

const options = ordinalOptions(0, 4, { low: 'never', high: 'always' });
const distress = (n: number) => ({ linkId: `q${n}`, text: `Sex-related distress: aspect ${n} of 12 (past 30 days)`, options });

export const FSDS_R: InstrumentDefinition = {
  id: 'fsds-r',
  shortName: 'FSDS-R',
  title: 'Female Sexual Distress Scale — Revised',
  computableName: 'FSDSR',
  recallPeriod: 'Past 30 days (a 7-day version is also validated)',
  licence: 'copyrighted-scoring-only',
  copyright: 'FSDS-R © Derogatis et al. Official wording not included.',
  loinc: { panel: null, total: null },
  instructions: null,
  items: [
    ...Array.from({ length: 12 }, (_, i) => distress(i + 1)),
    { linkId: 'q13', text: 'Distress about low sexual desire (past 30 days)', options },
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 0, max: 52 },
    direction: 'higher-is-worse',
    domains: [],
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  bands: [],
  belowBands: null,
  // The commonly quoted ≥11 could not be confirmed from Derogatis 2008 (only its abstract,
  // which stops before the ROC result, was found), and other cut-offs are in use (12-item FSDS
  // ≥15, PMC3163299). clinical-facts §2: "Do not hard-code 11 without the Derogatis 2008 paper".
  positive: null,
  positiveMeaning: null,
  criticalItems: [],
  reliability: { available: false, reason: 'No test–retest figure with a normative SD was confirmed from Derogatis 2008.' },
  sources: {
    scoring: 'Derogatis et al. 2008, J Sex Med 5:357-64: 13 items 0–4, sum 0–52',
    cutoffs: 'None encoded (≥11 unconfirmed)',
    loinc: 'None found',
    licence: 'Copyright marks in Derogatis et al. 2011, J Sex Res 48:565-72; terms not verified',
  },
  caveats: [
    'Cut-off ≥11 not confirmed: no screening result is given (positive is always null).',
    'No missing-answer rule published: the total is withheld when any item is unanswered.',
  ],
};
