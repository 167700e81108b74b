import type { ScreeningRule } from '../types.js';
import { DO_NOT_STOP, SOURCES } from './sources.js';

/**
 * A class of medicines, recognised by generic and common brand names as people write them
 * (matching ignores case, spacing, doses and extra words; see normalise.ts).
 */
export interface MedicineClass {
  id: string;
  label: string;
  names: readonly string[];
  /** For classes linked to sexual side effects: what they can do, in plain words. */
  effect?: string;
  source: string;
}

/*
 * Brand-name sources (generic → brand pairs), checked for this file:
 *  - SSRIs: Texas DFPS psychotropic medication training (https://www.dfps.state.tx.us/Training/Psychotropic_Medication/page44.asp);
 *    emedexpert antidepressant list (Cipralex, Sarafem, Pexeva) https://www.emedexpert.com/lists/antidepressants.shtml;
 *    Lustral/Seroxat: https://www.verywell.com/antidepressants-list-1066936
 *  - SNRIs, TCAs: J Am Board Fam Med table of commonly prescribed antidepressants
 *    (https://www.jabfm.org/) and WebMD (Fetzima, Emsam); MAOIs: RxList comprehensive list of antidepressants
 *  - Antipsychotics: LTCCC antipsychotic list https://nursinghome411.org/ap-list/
 *  - Beta-blockers: Texas Heart Institute list (copy at http://ihimontanafoundation.org/beta-blockers/); Public Citizen
 *    https://worstpills.org/monographs/view/180 ; openFDA NDC for Tenormin
 *  - Antiepileptics: Epilepsy Foundation https://plannedgiving.epilepsy.com/learn/professionals/resource-library/tables/mechanism-action-commonly-used-aeds
 *  - Opioids: http://www.findrxinformation.org/Medication-Types/Medication/Narcotic-and-Opioid-Analgesics ; https://edsinfo.wordpress.com/opioidsnarcotics/common-opiate-reference/
 *  - Benzodiazepines: https://www.gallusdetox.com/comprehensive-list-of-benzodiazepines/ ; http://drugspic.com/benzodiazepine_pictures.php
 *  - Androgen deprivation: Mayo Clinic, hormone therapy for prostate cancer; EAU patient information (cyproterone);
 *    relugolix (Orgovyx): https://pmc.ncbi.nlm.nih.gov/articles/PMC10400130
 *  - 5-ARIs: https://finasterideinfo.org/drug-information/ (Propecia 1 mg, Proscar 5 mg, Avodart)
 *  - Contraceptives: https://verywellhealth.pages.dev/posts/hormonal-birth-control-options ; https://wellsync.zendesk.com/hc/en-us/articles/28461398446739
 * Brands that could not be confirmed (for example Catapres, CaroSpir, Clozaril) are left out: the generic name still matches.
 */

/** Classes linked to sexual side effects: each gets a prescriber-conversation rule below. */
export const IMPLICATED_MEDICINE_CLASSES: readonly MedicineClass[] = [
  {
    id: 'ssri', label: 'An SSRI antidepressant', effect: 'delay or block orgasm and ejaculation and lower desire and arousal (reported by roughly 25–80% of people on serotonergic antidepressants)',
    source: SOURCES.dsmSubstanceInduced,
    names: ['sertraline', 'zoloft', 'lustral', 'paroxetine', 'paxil', 'pexeva', 'brisdelle', 'seroxat', 'citalopram', 'celexa', 'escitalopram', 'lexapro', 'cipralex', 'fluoxetine', 'prozac', 'sarafem', 'fluvoxamine', 'luvox'],
  },
  {
    id: 'snri', label: 'An SNRI antidepressant', effect: 'delay or block orgasm and ejaculation and lower desire and arousal, as SSRIs do',
    source: SOURCES.dsmSubstanceInduced,
    names: ['venlafaxine', 'effexor', 'desvenlafaxine', 'pristiq', 'duloxetine', 'cymbalta', 'levomilnacipran', 'fetzima', 'milnacipran', 'savella'],
  },
  {
    id: 'tricyclic-or-maoi', label: 'A tricyclic or MAOI antidepressant', effect: 'lower desire and cause erection and orgasm difficulties',
    source: SOURCES.dsmSubstanceInduced,
    names: [
      'amitriptyline', 'elavil', 'clomipramine', 'anafranil', 'nortriptyline', 'pamelor', 'aventyl', 'imipramine', 'tofranil', 'desipramine', 'norpramin',
      'doxepin', 'sinequan', 'protriptyline', 'vivactil', 'trimipramine', 'surmontil', 'phenelzine', 'nardil', 'tranylcypromine', 'parnate', 'isocarboxazid', 'marplan', 'emsam',
    ],
  },
  {
    id: 'antipsychotic', label: 'An antipsychotic', effect: 'affect desire, erection, lubrication, ejaculation or orgasm (about half of people on antipsychotics report sexual side effects, often through raised prolactin)',
    source: SOURCES.dsmSubstanceInduced,
    names: [
      'chlorpromazine', 'thorazine', 'largactil', 'fluphenazine', 'prolixin', 'haloperidol', 'haldol', 'perphenazine', 'trilafon', 'thioridazine', 'mellaril',
      'trifluoperazine', 'stelazine', 'thiothixene', 'navane', 'pimozide', 'orap', 'loxapine', 'aripiprazole', 'abilify', 'asenapine', 'saphris', 'brexpiprazole', 'rexulti',
      'cariprazine', 'vraylar', 'clozapine', 'fazaclo', 'iloperidone', 'fanapt', 'lumateperone', 'caplyta', 'lurasidone', 'latuda', 'olanzapine', 'zyprexa',
      'paliperidone', 'invega', 'quetiapine', 'seroquel', 'risperidone', 'risperdal', 'ziprasidone', 'geodon',
    ],
  },
  {
    id: 'beta-blocker', label: 'A beta-blocker', effect: 'contribute to erection difficulties and lower desire',
    source: SOURCES.antihypertensiveEd2015,
    names: [
      'atenolol', 'tenormin', 'metoprolol', 'lopressor', 'toprol', 'propranolol', 'inderal', 'innopran', 'carvedilol', 'coreg', 'bisoprolol', 'zebeta',
      'nebivolol', 'bystolic', 'nadolol', 'corgard', 'labetalol', 'trandate', 'sotalol', 'betapace', 'acebutolol', 'pindolol', 'timolol',
    ],
  },
  {
    id: 'thiazide', label: 'A thiazide-type diuretic', effect: 'contribute to erection difficulties',
    source: SOURCES.antihypertensiveEd2015,
    names: ['hydrochlorothiazide', 'hctz', 'chlorthalidone', 'chlortalidone', 'indapamide', 'metolazone', 'chlorothiazide'],
  },
  {
    id: 'central-antihypertensive', label: 'A centrally acting blood-pressure medicine', effect: 'lower desire and cause erection difficulties',
    source: `${SOURCES.conaglen2013} ; clonidine, methyldopa, reserpine: Goldstein I (ed.), Women's Sexual Function and Dysfunction, via http://www.thehealthandmedicine.com/medications-as-causes-of-ed.html`,
    names: ['clonidine', 'methyldopa', 'reserpine'],
  },
  {
    id: 'spironolactone', label: 'Spironolactone', effect: 'lower desire, cause erection difficulties and breast changes, and disturb periods (it has anti-androgen effects)',
    source: SOURCES.aldactone,
    names: ['spironolactone', 'aldactone'],
  },
  {
    id: 'five-alpha-reductase-inhibitor', label: 'A 5-alpha-reductase inhibitor', effect: 'lower desire, cause erection difficulties and reduce semen volume; a minority report effects that persist after stopping',
    source: SOURCES.fiveAri,
    names: ['finasteride', 'propecia', 'proscar', 'dutasteride', 'avodart'],
  },
  {
    id: 'antiandrogen-or-gnrh', label: 'An anti-androgen or GnRH (hormone-suppressing) medicine', effect: 'markedly lower desire and cause erection difficulties',
    source: `${SOURCES.conaglen2013} ; drug list https://www.mdpi.com/2072-6694/17/19/3231/xml ; https://patients.uroweb.org/chemical-castration`,
    names: [
      'bicalutamide', 'casodex', 'flutamide', 'nilutamide', 'nilandron', 'cyproterone', 'leuprolide', 'leuprorelin', 'lupron', 'eligard', 'goserelin', 'zoladex',
      'triptorelin', 'trelstar', 'histrelin', 'vantas', 'degarelix', 'firmagon', 'relugolix', 'orgovyx',
    ],
  },
  {
    id: 'opioid', label: 'An opioid pain medicine', effect: 'lower desire and cause erection and orgasm difficulties, especially at high doses',
    source: SOURCES.dsmSubstanceInduced,
    names: [
      'oxycodone', 'oxycontin', 'roxicodone', 'percocet', 'percodan', 'hydrocodone', 'vicodin', 'norco', 'lortab', 'morphine', 'ms contin', 'kadian',
      'hydromorphone', 'dilaudid', 'exalgo', 'fentanyl', 'duragesic', 'actiq', 'fentora', 'methadone', 'dolophine', 'methadose', 'buprenorphine', 'suboxone',
      'subutex', 'butrans', 'belbuca', 'tramadol', 'ultram', 'codeine', 'oxymorphone', 'opana', 'meperidine', 'demerol',
    ],
  },
  {
    id: 'antiepileptic', label: 'An antiepileptic (anti-seizure) medicine', effect: 'lower desire and cause erection and ejaculation difficulties; enzyme-inducing ones lower available testosterone',
    source: SOURCES.antiepileptics,
    names: [
      'carbamazepine', 'tegretol', 'carbatrol', 'phenytoin', 'dilantin', 'phenytek', 'phenobarbital', 'primidone', 'mysoline', 'valproate', 'valproic acid',
      'divalproex', 'depakote', 'depakene', 'topiramate', 'topamax', 'pregabalin', 'lyrica', 'gabapentin', 'neurontin',
    ],
  },
  {
    id: 'benzodiazepine', label: 'A benzodiazepine', effect: 'lower desire and delay orgasm or ejaculation',
    source: SOURCES.benzodiazepines,
    names: [
      'alprazolam', 'xanax', 'lorazepam', 'ativan', 'clonazepam', 'klonopin', 'rivotril', 'diazepam', 'valium', 'temazepam', 'restoril',
      'chlordiazepoxide', 'librium', 'clorazepate', 'tranxene',
    ],
  },
  {
    id: 'hormonal-contraceptive', label: 'A hormonal contraceptive', effect: 'lower desire, arousal or lubrication in some users, and some (especially anti-androgenic pills) are linked to vestibular pain; the evidence is mixed',
    source: SOURCES.hormonalContraceptives,
    names: [
      // Not bare "birth control": it may be a copper IUD, which is not hormonal.
      'birth control pill', 'birth control patch', 'birth control shot', 'birth control implant', 'birth control ring', 'the pill', 'contraceptive pill', 'oral contraceptive', 'combined pill', 'mini pill', 'ethinyl estradiol', 'ethinylestradiol', 'levonorgestrel',
      'norethindrone', 'norgestimate', 'desogestrel', 'drospirenone', 'etonogestrel', 'norelgestromin', 'medroxyprogesterone', 'depo provera', 'depo subq provera',
      'nexplanon', 'implanon', 'nuvaring', 'ortho evra', 'xulane', 'mirena', 'skyla', 'yaz', 'yasmin', 'loestrin', 'sprintec', 'junel', 'levora', 'aviane',
      'ortho tri cyclen', 'ortho novum', 'nordette', 'mircette', 'lessina', 'vienva', 'errin', 'natazia', 'hormonal iud', 'contraceptive implant', 'contraceptive injection',
    ],
  },
];

/** One prescriber-conversation rule per implicated class. */
export const MEDICATION_RULES: readonly ScreeningRule[] = IMPLICATED_MEDICINE_CLASSES.map((medicineClass) => ({
  id: `medication-${medicineClass.id}`,
  specialty: 'prescriber',
  urgency: 'routine',
  reason: `${medicineClass.label} can ${medicineClass.effect}. Suggest the client talk it over with their prescriber, especially if the difficulty began or worsened after starting it; timing, dose or an alternative are the prescriber's decision. ${DO_NOT_STOP}`,
  source: medicineClass.source,
  allOf: [[{ kind: 'medicine', classes: [medicineClass.id] }]],
}));
