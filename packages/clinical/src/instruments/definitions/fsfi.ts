import { itemRange, ordinalOptions } from '../options.js';
import type { InstrumentDefinition } from '../types.js';

/*
 * FSFI (Rosen et al., J Sex Marital Ther 2000;26:191-208). Copyrighted: scoring and our own
 * neutral labels only. Item coding from the FSFI scoring appendix (studylib.net "FSFI Scoring
 * Appendix"; the same appendix is cited by awell-health/awell-score src/scores/fsfi/README.md as
 * Reed et al., Obstet Gynecol 2014;124, supplemental digital content): items 1–2 and 15–16 are
 * 1–5; items 3–14 are 0–5 with 0 = no sexual activity; items 17–19 are 0–5 with 0 = did not
 * attempt intercourse. Domain factors 0.6/0.3/0.3/0.4/0.4/0.4 and the 2.0–36.0 total
 * (compendiumapp.com/post_Tuk50m-IU; betterworldhealthcare.com FSFI page; awell-score README).
 */

const favourable = { low: 'least favourable', high: 'most favourable' };
const oneToFive = ordinalOptions(1, 5, favourable);
const activity = ordinalOptions(1, 5, favourable, 'No sexual activity');
const intercourse = ordinalOptions(1, 5, { low: 'most pain', high: 'least pain' }, 'Did not attempt intercourse');

const LABELS = [
  'Desire: how often (past 4 weeks)', 'Desire: level',
  'Arousal: how often during sexual activity', 'Arousal: level', 'Arousal: confidence', 'Arousal: satisfaction',
  'Lubrication: how often', 'Lubrication: how difficult', 'Lubrication: kept until the end, how often', 'Lubrication: kept until the end, how difficult',
  'Orgasm: how often when stimulated', 'Orgasm: how difficult', 'Orgasm: satisfaction with ability',
  'Satisfaction: emotional closeness', 'Satisfaction: sexual relationship', 'Satisfaction: sexual life overall',
  'Pain: how often during penetration', 'Pain: how often after penetration', 'Pain: level during or after penetration',
];

const optionsFor = (n: number) => (n <= 2 || n === 15 || n === 16 ? oneToFive : n >= 17 ? intercourse : activity);

export const FSFI: InstrumentDefinition = {
  id: 'fsfi',
  shortName: 'FSFI',
  title: 'Female Sexual Function Index (19 items)',
  computableName: 'FSFI',
  recallPeriod: 'Past 4 weeks',
  licence: 'copyrighted-scoring-only',
  copyright: 'FSFI © Rosen et al. 2000. Official wording not included; licence terms for software use not verified.',
  loinc: { panel: null, total: null },
  instructions: null,
  items: LABELS.map((text, i) => ({ linkId: `q${i + 1}`, text, options: optionsFor(i + 1) })),
  scoring: {
    method: 'sum-of-domains',
    totalRange: { min: 2, max: 36 },
    direction: 'higher-is-better',
    // Each domain: item sum × factor, maximum 6.0 (desire minimum 1.2, satisfaction 0.8, others 0).
    domains: [
      { id: 'desire', label: 'Desire', items: itemRange(1, 2), weight: 0.6 },
      { id: 'arousal', label: 'Arousal', items: itemRange(3, 6), weight: 0.3 },
      { id: 'lubrication', label: 'Lubrication', items: itemRange(7, 10), weight: 0.3 },
      { id: 'orgasm', label: 'Orgasm', items: itemRange(11, 13), weight: 0.4 },
      { id: 'satisfaction', label: 'Satisfaction', items: itemRange(14, 16), weight: 0.4 },
      { id: 'pain', label: 'Pain', items: itemRange(17, 19), weight: 0.4 },
    ],
    // No author rule for missing items was confirmed (Meston et al., J Sex Med 2020;17:17-25,
    // was found but not read in full), so: a domain needs all its items, the total needs every
    // domain — the rule awell-score implements.
    missing: { kind: 'domain-complete' },
    decimals: 1,
  },
  bands: [],
  belowBands: null,
  // Wiegel, Meston & Rosen, J Sex Marital Ther 2005;31:1-20: 26.55 best separates women with
  // and without sexual dysfunction (compendiumapp.com/post_Tuk50m-IU).
  positive: { kind: 'total-at-most', value: 26.55 },
  positiveMeaning: 'At risk of sexual dysfunction (total ≤ 26.55)',
  criticalItems: [],
  reliability: {
    available: false,
    reason: 'Rosen 2000 reports domain-level test–retest (r 0.79–0.86) but no confirmed total-score reliability with a normative SD.',
  },
  sources: {
    scoring: 'Rosen et al. 2000; FSFI scoring appendix (item ranges, factors, 2.0–36.0)',
    cutoffs: 'Wiegel, Meston & Rosen 2005, J Sex Marital Ther 31:1-20: ≤26.55',
    loinc: 'None found',
    licence: 'Copyrighted (Rosen et al. 2000); terms for software use not found',
  },
  caveats: [
    'Missing answers: author guidance not confirmed; a domain needs all its items and the total needs all domains.',
    '"No sexual activity" answers score 0 and pull the total down; such responses are flagged (no-activity-reported).',
    'No LOINC code found; licence terms not verified.',
  ],
};
