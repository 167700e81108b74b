import { ordinalOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * IIEF-5 / SHIM (Rosen et al., Int J Impot Res 1999;11:319-26). Copyrighted (IIEF family ©
 * IQVIA per the SMSNA/eval.health listing): scoring and our own neutral labels only.
 * Coding as published: item 1 is 1–5; items 2–5 are 0–5 where 0 = no sexual activity / no
 * attempt (awell-health/awell-score todo/iief5/README.md citing Rosen 1999; qscorer scoring_iief5:
 * range 1–25, no missing items allowed). Many SHIM handouts print 1–5 only — clinical-facts §2.
 */

const NO_ACTIVITY = 'No sexual activity or no attempt';
const graded = ordinalOptions(1, 5, { low: 'least favourable', high: 'most favourable' }, NO_ACTIVITY);

export const IIEF_5: InstrumentDefinition = {
  id: 'iief-5',
  shortName: 'IIEF-5',
  title: 'International Index of Erectile Function, 5-item version (SHIM)',
  computableName: 'IIEF5',
  recallPeriod: 'Past 6 months',
  licence: 'copyrighted-scoring-only',
  copyright: 'IIEF-5 © its rights holder (IQVIA per the SMSNA listing); Rosen et al. 1999. Official wording not included.',
  loinc: { panel: null, total: null },
  instructions: null,
  items: [
    { linkId: 'q1', text: 'Erection: confidence in getting and keeping one (past 6 months)', options: ordinalOptions(1, 5, { low: 'least favourable', high: 'most favourable' }) },
    { linkId: 'q2', text: 'Erection: firm enough for penetration when stimulated', options: graded },
    { linkId: 'q3', text: 'Erection: kept after penetration', options: graded },
    { linkId: 'q4', text: 'Erection: kept until intercourse was completed', options: graded },
    { linkId: 'q5', text: 'Intercourse: satisfaction', options: graded },
  ],
  scoring: {
    method: 'sum',
    totalRange: { min: 1, max: 25 },
    direction: 'higher-is-better',
    domains: [],
    // qscorer scoring_iief5: no missing items allowed.
    missing: { kind: 'none-missing' },
    decimals: 0,
  },
  // Rhoden et al., Int J Impot Res 2002;14:245-50 (nature.com/articles/3900859): severe 5–7,
  // moderate 8–11, mild to moderate 12–16, mild 17–21, no ED 22–25.
  bands: [
    { id: 'severe', label: 'Severe erectile dysfunction', min: 5, max: 7 },
    { id: 'moderate', label: 'Moderate erectile dysfunction', min: 8, max: 11 },
    { id: 'mild-moderate', label: 'Mild to moderate erectile dysfunction', min: 12, max: 16 },
    { id: 'mild', label: 'Mild erectile dysfunction', min: 17, max: 21 },
    { id: 'none', label: 'No erectile dysfunction', min: 22, max: 25 },
  ],
  // Totals 1–4 are only reachable with "no activity" answers; they describe inactivity, not
  // severe ED (clinical-facts §2: store the 0s and flag "no activity").
  belowBands: {
    code: 'insufficient-activity',
    message: 'Total below 5 because items were answered "no sexual activity / no attempt": erectile function cannot be graded from this response.',
  },
  // ≤21 = ED: sensitivity 0.98, specificity 0.88 (Rosen 1999), consistent with the bands above.
  positive: { kind: 'total-at-most', value: 21 },
  positiveMeaning: 'Consistent with erectile dysfunction (total ≤ 21)',
  criticalItems: [],
  reliability: { available: false, reason: 'No test–retest or internal-consistency figure with a normative SD was confirmed from a primary source.' },
  sources: {
    scoring: 'Rosen et al. 1999, Int J Impot Res 11:319-26: item 1 1–5, items 2–5 0–5, sum',
    cutoffs: 'Rhoden et al. 2002, Int J Impot Res 14:245-50 (bands); ≤21 cut-off from Rosen 1999 as reported in clinical-facts §2',
    loinc: 'None found',
    licence: 'eval.health / SMSNA listing (© IQVIA); SHIM sheets carry "adapted with permission"',
  },
  caveats: [
    'The sensitivity/specificity behind ≤21 were seen only in a secondary source; the cut-off also follows from the published bands.',
    'A total of 5–21 that includes "no activity" answers is still graded but flagged (no-activity-reported).',
    'No LOINC code found.',
  ],
};
