/**
 * The citations the screening rules rest on, in one place so each rule names its source and
 * a reviewer can check them together. Each was read for the fact it supports; see the rule
 * files for which fact that is.
 */
export const SOURCES = {
  /** DSM-5 text on substance/medication-induced sexual dysfunction (rates with antidepressants 25–80%, antipsychotics ~50%, high-dose opioids). */
  dsmSubstanceInduced: 'DSM-5 text, substance/medication-induced sexual dysfunction, summarised at https://sites.google.com/view/mh-md/dsm-v-disorders/sexual-dysfunctions/substancemedication-induced-sexual-dysfunction',
  /** Conaglen & Conaglen, Aust Prescriber 2013: antihypertensives, antidepressants, antipsychotics and antiandrogens are the commonly implicated classes. */
  conaglen2013: 'Conaglen HM, Conaglen JV. Drug-induced sexual dysfunction in men and women. Aust Prescr 2013;36:42-5. https://docslib.org/doc/578818/drug-induced-sexual-dysfunction-in-men-and-women',
  /** Manolis & Doumas review: thiazide-type diuretics, aldosterone blockers and beta-blockers most prominently linked to ED. */
  antihypertensiveEd2015: 'Manolis A, Doumas M. Antihypertensive therapy causes erectile dysfunction. Curr Opin Cardiol 2015;30(4):383-90. http://pubmed.ncbi.nlm.nih.gov/26049386/',
  /** Aldactone product monograph adverse reactions (reduced libido, ED, gynecomastia, menstrual irregularity). */
  aldactone: 'Pfizer Canada, Aldactone (spironolactone) adverse reactions: https://www.pfizermedicalinformation.ca/en-ca/aldactone/adverse-reactions',
  /** Traish et al. 2011 and Fertig et al. 2017 on 5-alpha-reductase inhibitors. */
  fiveAri: 'Traish AM et al. J Sex Med 2011;8:872-84; Fertig RM et al. 2017, https://docslib.org/doc/11211618/sexual-side-effects-of-5-reductase-inhibitors-finasteride-and-dutasteride',
  /** Expert Opin Drug Saf 2016 review and Herzog 2005 on antiepileptic drugs and sexual function. */
  antiepileptics: 'Review, Expert Opin Drug Saf 2016, https://pubmed.ncbi.nlm.nih.gov/26559937/ ; Herzog AG et al., Neurology 2005',
  /** Zoroufchi et al. 2021 review of benzodiazepine-related sexual dysfunction. */
  benzodiazepines: 'Hosseinzadeh Zoroufchi B et al. Benzodiazepines related sexual dysfunctions: a critical review. Rev Int Androl 2021;19(1):62-8. https://elsevier.es/en-revista-revista-internacional-andrologia-262-articulo-benzodiazepines-related-sexual-dysfunctions-a-S1698031X19300834',
  /** Casado-Espada et al. 2019 and Krapf & Goldstein 2024: hormonal contraception and sexual function (mixed evidence). */
  hormonalContraceptives: 'Casado-Espada NM et al. J Clin Med 2019;8(6):908 doi:10.3390/jcm8060908 ; Krapf JM, Goldstein AT. Sex Med Rev 2024;12(3):307-20 doi:10.1093/sxmrev/qeae011',
  /** Sildenafil (Viagra) label: contraindicated with organic nitrates in any form. */
  sildenafilLabel: 'Viagra (sildenafil) prescribing information, Contraindications (nitrates), via http://wikidoc.org/index.php/Viagra ; poppers: https://brooklynuro.com/education/ed-oral-medications/',
  /** FDA public notifications on tainted sexual-enhancement products (hidden sildenafil interacts with nitrates). */
  fdaTaintedEnhancement: 'FDA tainted sexual enhancement products notices, as relayed by the AUA: https://community.auanet.org/blogs/policy-brief/2018/09/19/fda-announces-new-supplement-recall ; https://www.rxwiki.com/news-article/sexual-enhancement-products-found-contain-undeclared-potentially-dangerous-drug',
  /** NCCIH yohimbe fact sheet (heart attacks, seizures, high blood pressure) and VUMC Poison Control. */
  yohimbe: 'NCCIH, Yohimbe fact sheet (https://www.nccih.nih.gov/health/yohimbe; copy at https://pharmacyhq.com/herbal-supp-info/yohimbe.php) ; https://vumc.org/poison-control/node/866',
  /** NCCIH St John's wort and depression; US Pharmacist on serotonin syndrome with SSRIs, SNRIs and MAOIs. */
  stJohnsWortSerotonin: "NCCIH, St. John's Wort and Depression: In Depth (https://www.nccih.nih.gov/health/st-johns-wort-and-depression-in-depth) ; https://www.uspharmacist.com/article/alert-st-johns-wort-users-to-potential-interactions",
  /** Hall et al. 2003 and Pfrunder et al. 2003: St John's wort with combined oral contraceptives. */
  stJohnsWortContraceptives: "Hall SD et al. Clin Pharmacol Ther 2003;74(6):525-35 (https://www.ncbi.nlm.nih.gov/pubmed/14663455) ; Pfrunder A et al. Br J Clin Pharmacol 2003;56(6):683-90 (https://www.ncbi.nlm.nih.gov/pubmed/14616430)",
  /** Bent et al. 2005 systematic review of bleeding with ginkgo; Stoddard et al. 2015 (warfarin). */
  ginkgo: 'Bent S et al. J Gen Intern Med 2005;20(7):657-61 (https://pmc.ncbi.nlm.nih.gov/articles/PMC1490168) ; Stoddard GJ et al. AMIA Annu Symp Proc 2015:1174-83',
  /** ED as a cardiovascular marker: systematic review, Princeton III, shared risk factors. */
  edCardiovascular: 'Princeton III Consensus, Nehra A et al. Mayo Clin Proc 2012 (https://pmc.ncbi.nlm.nih.gov/articles/PMC3498391) ; https://pmc.ncbi.nlm.nih.gov/articles/PMC5675247 ; https://pmc.ncbi.nlm.nih.gov/articles/PMC5313297',
  /** Princeton III's view that men over 30 with ED are at raised cardiovascular risk, as reported by Rush University. */
  edOver30: 'Princeton III (Nehra A et al. Mayo Clin Proc 2012), reported at https://medicalxpress.com/news/2012-08-cardiovascular-men-sexual-function.html',
  /** BPAC NZ: sudden onset with preserved morning erections suggests a psychological cause; gradual onset an organic one. */
  edOnset: 'bpacnz, Erectile dysfunction (2008): https://bpac.org.nz/BPJ/2008/April/erectile.aspx',
  priapism: 'UCLA Health Urology, Priapism: https://www.uclahealth.org/medical-services/urology/priapism ; AUA spokesperson in https://www.nbcnews.com/healthmain/too-much-good-thing-4-hour-erection-1c9926694',
  postcoitalBleeding: 'GP Online, Postcoital bleeding red flags: https://www.gponline.com/postcoital-bleeding-red-flag-symptoms/womens-health/womens-health/article/1284871 ; Cancer Council Australia: https://www.cancer.org.au/clinical-guidelines/cervical-cancer-screening/investigation-of-abnormal-vaginal-bleeding',
  painPenetration: 'MSD Manual, Genito-pelvic pain/penetration disorder: https://www.msdmanuals.com/uk/professional/gynecology-and-obstetrics/female-sexual-function-and-dysfunction/genito-pelvic-pain-penetration-disorder',
  pelvicFloorPt: 'Pelvic floor physical therapy for vulvodynia: a clinician\'s guide (2015 ISSVD/ISSWSH/IPPS terminology): https://docslib.org/doc/2632022/pelvic-floor-physical-therapy-for-vulvodynia-a-clinician-s-guide',
  endocrine: 'AUA guideline, Evaluation and management of testosterone deficiency: https://docslib.org/doc/11401270/evaluation-and-management-of-testosterone-deficiency-aua ; BU Sexual Medicine, Diagnosis of ED (testosterone, prolactin, TSH): http://bumc.bu.edu/sexualmedicine/physicianinformation/diagnosis-of-ed',
  ipv: 'USPSTF 2018, Intimate partner violence screening (refer to ongoing support services): https://uspreventiveservicestaskforce.org/uspstf/recommendation/intimate-partner-violence-and-abuse-of-elderly-and-vulnerable-adults-screening',
  conditionsErectile: 'Medical conditions in erectile disorder (MS, spinal cord injury, diabetes, endocrine): https://www.mindyra.com/solutions/adults/erectiledisorder ; https://pmc.ncbi.nlm.nih.gov/articles/PMC5313297',
  gpppdConditions: 'Conditions alongside genito-pelvic pain (lichen sclerosus, endometriosis, vulvovaginal atrophy): https://dsm.wikia.org/wiki/Genito-Pelvic_Pain/Penetration_Disorder',
  menopause: 'Genitourinary syndrome of menopause and sexual function, Menopause 2018;25(12): https://journals.lww.com/menopausejournal/Fulltext/2018/12000/The_impact_of_genitourinary_syndrome_of_menopause.5.aspx',
  hysterectomy: 'Lonnée-Hoffmann R, Pinas I. Effects of hysterectomy on sexual function. Curr Sex Health Rep 2014;6:244-51 (https://pmc.ncbi.nlm.nih.gov/articles/PMC4431708)',
  prostateSurgery: 'ICD-10-CM N52.31-N52.39 (ED after prostatectomy, cystectomy, urethral surgery, radiation) ; https://pmc.ncbi.nlm.nih.gov/articles/PMC5313297',
  peyronie: "Nehra A et al. Peyronie's disease: AUA guideline. J Urol 2015;194(3):745-53",
  thyroid: 'BU Sexual Medicine, Diagnosis of ED (hyper- and hypothyroidism): http://bumc.bu.edu/sexualmedicine/physicianinformation/diagnosis-of-ed',
  depression: 'Depression and sexual dysfunction (DSM-5 exclusion when a depressive disorder explains the problem): https://www.mindyra.com/solutions/adults/erectiledisorder',
} as const;

/** Every prescriber suggestion carries this; changing a medicine is the prescriber's decision (DSM SMISD text; clinical-facts 3.3). */
export const DO_NOT_STOP = 'The client should not stop or change it without their prescriber.';
