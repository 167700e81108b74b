import type { ScreeningRule } from '../types.js';
import type { MedicineClass } from './medications.js';
import { DO_NOT_STOP, SOURCES } from './sources.js';

/** Supplements with known risks or interactions; matched in both the medicines and supplements lists. */
export const SUPPLEMENT_CLASSES: readonly MedicineClass[] = [
  { id: 'yohimbine', label: 'Yohimbe or yohimbine', source: SOURCES.yohimbe, names: ['yohimbine', 'yohimbe', 'pausinystalia'] },
  { id: 'st-johns-wort', label: "St John's wort", source: SOURCES.stJohnsWortSerotonin, names: ['st johns wort', 'saint johns wort', 'st john wort', 'hypericum'] },
  { id: 'ginkgo', label: 'Ginkgo', source: SOURCES.ginkgo, names: ['ginkgo', 'gingko', 'ginkgo biloba'] },
  {
    // FDA: products sold for sexual enhancement often hide sildenafil-like drugs; "Rhino" products are among those named.
    id: 'sexual-enhancement', label: 'A "sexual enhancement" supplement', source: SOURCES.fdaTaintedEnhancement,
    names: ['horny goat weed', 'epimedium', 'male enhancement', 'sexual enhancement', 'sex enhancement', 'enhancement pill', 'rhino'],
  },
];

const SEROTONERGIC_ANTIDEPRESSANTS = ['ssri', 'snri', 'tricyclic-or-maoi'] as const;

export const SUPPLEMENT_RULES: readonly ScreeningRule[] = [
  {
    // NCCIH: yohimbe has been associated with heart attacks and seizures; poison-centre calls show rapid heartbeat,
    // anxiety and high blood pressure; product contents vary widely.
    id: 'supplement-yohimbine',
    specialty: 'primary-care',
    urgency: 'soon',
    reason: 'Yohimbe/yohimbine supplements have been linked to heart attacks, seizures, a racing heart and high blood pressure, and products vary widely in what they contain. Suggest the client review it with their doctor soon, especially with any heart, blood-pressure or mood condition.',
    source: SOURCES.yohimbe,
    allOf: [[{ kind: 'medicine', classes: ['yohimbine'] }]],
  },
  {
    // NCCIH: combining St John's wort with certain antidepressants can cause a dangerous rise in serotonin;
    // US Pharmacist names SSRIs, SNRIs and MAOIs.
    id: 'supplement-st-johns-wort-antidepressant',
    specialty: 'prescriber',
    urgency: 'soon',
    reason: `St John's wort taken with a serotonergic antidepressant can cause serotonin syndrome, which can be dangerous. Suggest the client tell their prescriber soon about both. ${DO_NOT_STOP}`,
    source: SOURCES.stJohnsWortSerotonin,
    allOf: [[{ kind: 'medicine', classes: ['st-johns-wort'] }], [{ kind: 'medicine', classes: SEROTONERGIC_ANTIDEPRESSANTS }]],
  },
  {
    // Hall 2003 and Pfrunder 2003: St John's wort speeds clearance of contraceptive hormones and causes breakthrough
    // bleeding; reduced contraceptive efficacy is possible though not proven.
    id: 'supplement-st-johns-wort-contraceptive',
    specialty: 'prescriber',
    urgency: 'soon',
    reason: `St John's wort speeds the breakdown of contraceptive hormones and causes breakthrough bleeding, so the contraceptive may protect less well. Suggest the client raise it with their prescriber soon and consider a barrier method meanwhile. ${DO_NOT_STOP}`,
    source: SOURCES.stJohnsWortContraceptives,
    allOf: [[{ kind: 'medicine', classes: ['st-johns-wort'] }], [{ kind: 'medicine', classes: ['hormonal-contraceptive'] }]],
  },
  {
    // Bent 2005: case reports suggest a possible causal link between ginkgo and bleeding, many in people on
    // anticoagulants or antiplatelets; Stoddard 2015: higher bleeding risk with warfarin and ginkgo.
    id: 'supplement-ginkgo-blood-thinner',
    specialty: 'prescriber',
    urgency: 'soon',
    reason: `Ginkgo may raise bleeding risk, and more so with a blood thinner. Suggest the client tell their prescriber soon that they take both. ${DO_NOT_STOP}`,
    source: SOURCES.ginkgo,
    allOf: [[{ kind: 'medicine', classes: ['ginkgo'] }], [{ kind: 'medicine', classes: ['antithrombotic'] }]],
  },
];
