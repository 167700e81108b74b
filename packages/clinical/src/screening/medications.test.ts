import { describe, expect, it } from 'vitest';
import { screenHistory } from './evaluate.js';
import { classifyMedicine } from './facts.js';
import { normaliseText } from './normalise.js';
import { IMPLICATED_MEDICINE_CLASSES } from './rules/medications.js';

const meds = (...names: string[]) => ({ medications: names.map((name) => ({ name })) });
const ruleIds = (result: ReturnType<typeof screenHistory>) => result.suggestions.map((s) => s.ruleId);

/** A generic and a brand (or common written form) per implicated class. */
const EXAMPLES: Record<string, [generic: string, brand: string]> = {
  ssri: ['sertraline', 'Lexapro'],
  snri: ['venlafaxine', 'Cymbalta'],
  'tricyclic-or-maoi': ['amitriptyline', 'Nardil'],
  antipsychotic: ['risperidone', 'Zyprexa'],
  'beta-blocker': ['metoprolol', 'Toprol-XL'],
  thiazide: ['hydrochlorothiazide', 'HCTZ'],
  'central-antihypertensive': ['clonidine', 'methyldopa 250 mg'],
  spironolactone: ['spironolactone', 'Aldactone'],
  'five-alpha-reductase-inhibitor': ['finasteride', 'Avodart'],
  'antiandrogen-or-gnrh': ['bicalutamide', 'Lupron Depot'],
  opioid: ['oxycodone', 'Percocet'],
  antiepileptic: ['carbamazepine', 'Lyrica'],
  benzodiazepine: ['lorazepam', 'Xanax'],
  'hormonal-contraceptive': ['levonorgestrel', 'NuvaRing'],
};

describe('medicine classes', () => {
  it('has an example for every implicated class', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(IMPLICATED_MEDICINE_CLASSES.map((c) => c.id).sort());
  });

  for (const [classId, [generic, brand]] of Object.entries(EXAMPLES)) {
    it(`suggests a prescriber conversation for ${classId} (generic ${generic}, brand ${brand})`, () => {
      for (const name of [generic, brand]) {
        const result = screenHistory(meds('metformin', name));
        expect(result.suggestions).toEqual([
          expect.objectContaining({ ruleId: `medication-${classId}`, specialty: 'prescriber', urgency: 'routine', evidence: [{ path: 'medications.1', text: name }] }),
        ]);
        expect(result.unrecognisedMedicines).toEqual([]);
      }
    });
  }

  it('never advises stopping: every prescriber reason says not to stop or change without the prescriber', () => {
    const names = Object.values(EXAMPLES).map(([generic]) => generic);
    const result = screenHistory(meds(...names));
    expect(result.suggestions).toHaveLength(IMPLICATED_MEDICINE_CLASSES.length);
    for (const s of result.suggestions) expect(s.reason).toMatch(/should not stop or change it without their prescriber/);
  });

  it('does not fire without an implicated medicine', () => {
    expect(screenHistory(meds('metformin', 'atorvastatin', 'vitamin D')).suggestions).toEqual([]);
    expect(screenHistory({}).suggestions).toEqual([]);
  });
});

describe('recognising names as people write them', () => {
  it.each([
    ['Zoloft 50mg', 'ssri'], ['ZOLOFT', 'ssri'], ['sertraline HCl', 'ssri'], ['Sertraline hydrochloride 100 mg daily', 'ssri'],
    ['Lexapro', 'ssri'], ['  lexapro  10 MG ', 'ssri'], ['escitalopram (Cipralex)', 'ssri'], ['Effexor XR 75', 'snri'],
    ['Toprol XL', 'beta-blocker'], ['ToprolXL', 'beta-blocker'], ['hydro chlorothiazide', 'thiazide'], ['Lisinopril/HCTZ 20/12.5', 'thiazide'],
    ['Birth control pill (Yaz)', 'hormonal-contraceptive'], ['ms contin', 'opioid'], ['MS-Contin 30', 'opioid'], ['Depo-Provera shot', 'hormonal-contraceptive'], ['the pill', 'hormonal-contraceptive'],
    ["St. John's Wort", 'st-johns-wort'], ['St Johns wort 300mg', 'st-johns-wort'], ['stjohnswort', 'st-johns-wort'], ['Ginkgo biloba', 'ginkgo'],
    ['Viagra 50', 'pde5-inhibitor'], ['tadalafil 5mg', 'pde5-inhibitor'], ['Nitroglycerin spray', 'nitrate'], ['poppers', 'nitrate'], ['Isosorbide mononitrate ER', 'nitrate'],
  ])('%s → %s', (name, classId) => {
    expect(classifyMedicine(name).has(classId)).toBe(true);
  });

  it('does not take a copper IUD for a hormonal contraceptive', () => {
    expect([...classifyMedicine('Birth control: copper IUD')]).toEqual(['not-implicated']);
  });

  it('does not match short names inside other words', () => {
    expect(classifyMedicine('Rhinocort nasal spray').size).toBe(0);
    expect(classifyMedicine('normal saline').size).toBe(0);
  });

  it('normalises case, accents, apostrophes, punctuation and digits glued to letters', () => {
    expect(normaliseText("  St. John’s WORT 300mg/day ")).toBe('st johns wort 300 mg day');
    expect(normaliseText('Café-Ölmühle')).toBe('cafe olmuhle');
  });
});

describe('unrecognised medicines', () => {
  it('reports names nothing matched, exactly as written and with their path, from medicines and supplements', () => {
    const result = screenHistory({
      medications: [{ name: 'Zoloft 50mg' }, { name: '  Foozolam 2 mg ' }],
      supplements: [{ name: 'Mystery Herb Blend™' }, { name: 'fish oil' }],
    });
    expect(result.unrecognisedMedicines).toEqual([
      { path: 'medications.1', name: '  Foozolam 2 mg ' },
      { path: 'supplements.0', name: 'Mystery Herb Blend™' },
    ]);
    expect(ruleIds(result)).toEqual(['medication-ssri']);
  });

  it('recognises common medicines with no rule so they are not reported', () => {
    const result = screenHistory(meds('Metformin 500mg', 'Wellbutrin XL', 'lamotrigine', 'Eliquis', 'sildenafil'));
    expect(result).toEqual({ suggestions: [], unrecognisedMedicines: [] });
  });

  it('does not report a substance answer as an unrecognised medicine', () => {
    const result = screenHistory({ substances: { other: { frequency: 'weekly', which: 'mushrooms' } } });
    expect(result.unrecognisedMedicines).toEqual([]);
  });
});

describe('clinician aliases', () => {
  it('maps an unknown name (normalised) to a class so it is recognised and screened', () => {
    const history = meds('Foozolam 2 mg');
    expect(screenHistory(history).unrecognisedMedicines).toEqual([{ path: 'medications.0', name: 'Foozolam 2 mg' }]);

    const result = screenHistory(history, { medicineAliases: { foozolam: 'benzodiazepine' } });
    expect(result.unrecognisedMedicines).toEqual([]);
    expect(result.suggestions).toEqual([
      expect.objectContaining({ ruleId: 'medication-benzodiazepine', specialty: 'prescriber', evidence: [{ path: 'medications.0', text: 'Foozolam 2 mg' }] }),
    ]);
  });

  it('accepts aliases written in any case and can silence a name as not implicated', () => {
    expect(screenHistory(meds('Blorbex'), { medicineAliases: { 'BLORBEX': 'not-implicated' } })).toEqual({ suggestions: [], unrecognisedMedicines: [] });
  });

  it('ignores an alias naming a class that does not exist, so the name stays visible', () => {
    const result = screenHistory(meds('Blorbex'), { medicineAliases: { blorbex: 'no-such-class' } });
    expect(result.unrecognisedMedicines).toEqual([{ path: 'medications.0', name: 'Blorbex' }]);
  });
});

describe('deduplication', () => {
  it('makes one suggestion per rule with all the evidence', () => {
    const result = screenHistory({ medications: [{ name: 'sertraline' }, { name: 'Prozac' }], supplements: [{ name: 'fluoxetine' }] });
    expect(result.suggestions).toHaveLength(1);
    expect(result.suggestions[0]!.evidence).toEqual([
      { path: 'medications.0', text: 'sertraline' }, { path: 'medications.1', text: 'Prozac' }, { path: 'supplements.0', text: 'fluoxetine' },
    ]);
  });
});
