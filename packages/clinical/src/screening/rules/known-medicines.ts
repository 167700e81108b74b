import type { MedicineClass } from './medications.js';
import { SOURCES } from './sources.js';

/**
 * Medicines the rules must recognise but that carry no sexual-side-effect rule of their own:
 * the ones interaction rules need (erection medicines, nitrates, blood thinners) and a short
 * list of very common ones, so a history full of everyday medicines does not come back as
 * "unrecognised". Being listed here is not a statement that a medicine is free of sexual side
 * effects — only that no rule here is about it. Brand names are included only where a source
 * was checked (see each entry); otherwise the generic name alone.
 */
export const KNOWN_MEDICINE_CLASSES: readonly MedicineClass[] = [
  {
    // PDE5 inhibitors and their brands: https://www.verywellhealth.com/chest-pain-and-erectile-dysfunction-1298731 ; Revatio/Adcirca: https://www.singlecare.com/drug-classes/pde5-inhibitors
    id: 'pde5-inhibitor', label: 'An erection medicine (PDE5 inhibitor)', source: SOURCES.sildenafilLabel,
    names: ['sildenafil', 'viagra', 'revatio', 'tadalafil', 'cialis', 'adcirca', 'vardenafil', 'levitra', 'staxyn', 'avanafil', 'stendra'],
  },
  {
    // US brand names: Lexi-Drugs nitroglycerin monograph (https://dokumen.tips/document/nitroglycerin-lexi-drugs-online.html);
    // isosorbide: AHFS monograph at https://www.drugs.com/monograph/isosorbide.html ; poppers: https://brooklynuro.com/education/ed-oral-medications/
    id: 'nitrate', label: 'A nitrate (including "poppers")', source: SOURCES.sildenafilLabel,
    names: [
      'nitroglycerin', 'nitroglycerine', 'glyceryl trinitrate', 'gtn', 'nitrostat', 'nitro dur', 'nitrolingual', 'nitro bid', 'minitran', 'nitroquick',
      'isosorbide', 'isosorbide mononitrate', 'isosorbide dinitrate', 'imdur', 'ismo', 'monoket', 'isordil', 'dilatrate',
      'amyl nitrite', 'amyl nitrate', 'butyl nitrite', 'alkyl nitrite', 'poppers',
    ],
  },
  {
    // Anticoagulants and antiplatelets with brands: https://bloodthinnersbleeding.com/types ; https://www.healtheuniversity.ca/EN/CardiacCollege/Disease/Heart_Medications/Pages/anticoagulants.aspx ;
    // Jantoven: https://thrombosis.org/healthcare-professionals/resource-center/anticoagulant-comparison-chart
    id: 'antithrombotic', label: 'A blood thinner (anticoagulant or antiplatelet)', source: SOURCES.ginkgo,
    names: [
      'warfarin', 'coumadin', 'jantoven', 'apixaban', 'eliquis', 'rivaroxaban', 'xarelto', 'dabigatran', 'pradaxa', 'edoxaban', 'savaysa', 'lixiana',
      'heparin', 'enoxaparin', 'clopidogrel', 'plavix', 'prasugrel', 'ticagrelor', 'aspirin',
    ],
  },
  {
    // Common medicines with no rule here. Brands only where checked: Wellbutrin, Remeron (J Am Board Fam Med antidepressant table);
    // Lamictal, Keppra, Trileptal (Epilepsy Foundation). Lamotrigine, oxcarbazepine and levetiracetam are the antiepileptics
    // reported as lower-risk or even improving sexual function (Expert Opin Drug Saf 2016, https://pubmed.ncbi.nlm.nih.gov/26559937/).
    id: 'not-implicated', label: 'A common medicine or supplement with no screening rule', source: 'Recognised only so it is not reported as unrecognised.',
    names: [
      'bupropion', 'wellbutrin', 'mirtazapine', 'remeron', 'lamotrigine', 'lamictal', 'levetiracetam', 'keppra', 'oxcarbazepine', 'trileptal',
      'metformin', 'insulin', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'pravastatin', 'lisinopril', 'ramipril', 'losartan', 'amlodipine',
      'levothyroxine', 'omeprazole', 'pantoprazole', 'ibuprofen', 'naproxen', 'acetaminophen', 'paracetamol', 'cetirizine', 'loratadine',
      'albuterol', 'salbutamol', 'montelukast', 'vitamin', 'multivitamin', 'fish oil', 'omega 3', 'magnesium', 'zinc', 'iron', 'calcium',
      'probiotic', 'melatonin', 'folic acid', 'copper iud',
    ],
  },
];
