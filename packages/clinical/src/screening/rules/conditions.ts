import type { ScreeningRule, Specialty, SexFilter, Trigger } from '../types.js';
import { SOURCES } from './sources.js';

/** A medical condition recognised in the free-text condition names, by its synonyms. */
export interface ConditionDefinition {
  id: string;
  label: string;
  synonyms: readonly string[];
}

export const CONDITIONS: readonly ConditionDefinition[] = [
  { id: 'diabetes', label: 'Diabetes', synonyms: ['diabetes', 'diabetic', 'diabetes mellitus', 't1dm', 't2dm', 'dm1', 'dm2', 'iddm', 'niddm', 'prediabetes'] },
  { id: 'hypertension', label: 'High blood pressure', synonyms: ['hypertension', 'high blood pressure', 'high bp', 'htn', 'hypertensive'] },
  {
    id: 'cardiovascular-disease', label: 'Heart or blood-vessel disease',
    synonyms: [
      'heart disease', 'cardiovascular disease', 'cvd', 'coronary artery disease', 'coronary heart disease', 'cad', 'chd', 'heart attack',
      'myocardial infarction', 'angina', 'heart failure', 'cabg', 'coronary stent', 'stroke', 'peripheral artery disease', 'peripheral arterial disease',
      'peripheral vascular disease', 'atherosclerosis', 'heart condition', 'heart problem', 'heart problems',
    ],
  },
  {
    id: 'hypogonadism-or-prolactin', label: 'Low testosterone, high prolactin or a pituitary condition',
    synonyms: [
      'hypogonadism', 'low testosterone', 'low t', 'testosterone deficiency', 'androgen deficiency', 'hyperprolactinemia', 'hyperprolactinaemia',
      'high prolactin', 'prolactinoma', 'pituitary',
    ],
  },
  {
    id: 'thyroid', label: 'Thyroid disease',
    synonyms: ['thyroid', 'hypothyroidism', 'hyperthyroidism', 'hypothyroid', 'hyperthyroid', 'hashimoto', 'hashimotos', 'graves disease', 'underactive thyroid', 'overactive thyroid'],
  },
  { id: 'multiple-sclerosis', label: 'Multiple sclerosis', synonyms: ['multiple sclerosis', 'ms'] },
  {
    id: 'spinal-cord-injury', label: 'Spinal cord injury',
    synonyms: ['spinal cord injury', 'spinal cord injuries', 'spinal injury', 'sci', 'paraplegia', 'paraplegic', 'tetraplegia', 'tetraplegic', 'quadriplegia', 'quadriplegic'],
  },
  {
    id: 'prostate-or-bladder-surgery', label: 'Prostate or bladder surgery or radiation',
    synonyms: [
      'prostatectomy', 'prostate surgery', 'prostate removed', 'prostate removal', 'turp', 'cystectomy', 'bladder removal', 'bladder removed', 'urethral surgery',
      'prostate radiation', 'prostate radiotherapy', 'brachytherapy',
    ],
  },
  { id: 'hysterectomy', label: 'Hysterectomy or removal of the ovaries', synonyms: ['hysterectomy', 'oophorectomy', 'ovaries removed', 'uterus removed', 'womb removed'] },
  { id: 'pelvic-surgery', label: 'Other pelvic surgery or radiation', synonyms: ['pelvic surgery', 'pelvic radiation', 'pelvic radiotherapy'] },
  {
    id: 'menopause-gsm', label: 'Menopause or genitourinary syndrome of menopause',
    synonyms: [
      'menopause', 'perimenopause', 'menopausal', 'perimenopausal', 'postmenopausal', 'genitourinary syndrome of menopause', 'gsm', 'vaginal atrophy',
      'vulvovaginal atrophy', 'atrophic vaginitis', 'vaginal dryness',
    ],
  },
  { id: 'endometriosis', label: 'Endometriosis', synonyms: ['endometriosis'] },
  { id: 'vulvodynia', label: 'Vulvodynia or vestibulodynia', synonyms: ['vulvodynia', 'vestibulodynia', 'vulvar vestibulitis', 'vestibulitis', 'vulvar pain', 'vulval pain'] },
  { id: 'lichen-sclerosus', label: 'Lichen sclerosus', synonyms: ['lichen sclerosus', 'lichen sclerosis'] },
  { id: 'peyronie', label: "Peyronie's disease", synonyms: ['peyronie', 'peyronies', 'penile curvature', 'curved penis', 'bent penis'] },
  {
    id: 'depression', label: 'Depression',
    synonyms: ['depression', 'depressive', 'depressed', 'major depressive disorder', 'mdd', 'dysthymia', 'persistent depressive disorder'],
  },
];

const condition = (...conditions: string[]): Trigger => ({ kind: 'condition', conditions });

/** A rule that fires on a recorded condition (optionally only for some bodies). */
function conditionRule(
  id: string, specialty: Specialty, reason: string, source: string, triggers: readonly Trigger[], sex?: SexFilter,
): ScreeningRule {
  return { id, specialty, urgency: 'routine', reason, source, ...(sex ? { sex } : {}), allOf: [triggers] };
}

export const CONDITION_RULES: readonly ScreeningRule[] = [
  // Diabetes: nerve and blood-vessel damage underlie erectile and arousal difficulties (mindyra; PMC5313297).
  conditionRule('condition-diabetes', 'primary-care',
    'Diabetes can damage the nerves and blood vessels involved in arousal and erection. Suggest the client review sexual symptoms and diabetes control with their primary care clinician.',
    SOURCES.conditionsErectile, [condition('diabetes')]),
  // Hypertension is a shared ED/cardiovascular risk factor, and several of its medicines are implicated (PMC5313297; Manolis 2015).
  conditionRule('condition-hypertension', 'primary-care',
    'High blood pressure and some of its medicines are linked to sexual difficulties. Suggest the client review this with their primary care clinician.',
    `${SOURCES.conditionsErectile} ; ${SOURCES.antihypertensiveEd2015}`, [condition('hypertension')]),
  // Princeton III: in men with known cardiovascular disease, check that sexual activity is safe before treating ED.
  conditionRule('condition-cardiovascular', 'cardiology',
    'Heart or blood-vessel disease is closely linked to erection and arousal difficulties, and some heart medicines (nitrates) must never be combined with erection medicines. Suggest the client ask their cardiology team whether sexual activity and any sexual-health treatment are safe for them.',
    SOURCES.edCardiovascular, [condition('cardiovascular-disease')]),
  // Thyroid disease is associated with erectile and ejaculatory problems; TSH may be checked (BU Sexual Medicine).
  conditionRule('condition-thyroid', 'endocrinology',
    'Both under- and overactive thyroid are associated with sexual difficulties. Suggest the client check with whoever manages their thyroid (endocrinology or primary care) that it is well controlled.',
    SOURCES.thyroid, [condition('thyroid')]),
  // MS and spinal cord injury: neurological causes of sexual dysfunction (mindyra).
  conditionRule('condition-multiple-sclerosis', 'primary-care',
    'Multiple sclerosis can affect the nerves involved in desire, arousal, erection and orgasm. Suggest the client raise sexual symptoms with their MS team or primary care clinician.',
    SOURCES.conditionsErectile, [condition('multiple-sclerosis')]),
  conditionRule('condition-spinal-cord-injury', 'primary-care',
    'A spinal cord injury can affect sensation, arousal, erection, ejaculation and orgasm. Suggest the client ask their rehabilitation team or primary care clinician about specialist sexual-health support.',
    SOURCES.conditionsErectile, [condition('spinal-cord-injury')]),
  // Prostatectomy, cystectomy, urethral surgery and radiation have their own ED codes (ICD-10-CM N52.31–N52.37).
  conditionRule('condition-prostate-surgery', 'urology',
    'Prostate or bladder surgery and pelvic radiation commonly affect erection and ejaculation. Suggest the client ask their urologist about recovery and treatment options.',
    SOURCES.prostateSurgery, [condition('prostate-or-bladder-surgery')]),
  // Hysterectomy: most improve, about 20% report worse sexual function; removal of the ovaries and cancer surgery weigh more (Lonnée-Hoffmann 2014).
  conditionRule('condition-hysterectomy', 'gynecology',
    'Most people\'s sexual function is the same or better after hysterectomy, but about one in five report it worse, more often when the ovaries were removed or after cancer surgery. Suggest a gynecology review if symptoms began after it.',
    SOURCES.hysterectomy, [condition('hysterectomy')]),
  conditionRule('condition-pelvic-surgery-gynecology', 'gynecology',
    'Pelvic surgery or radiation can affect arousal, lubrication and comfort. Suggest the client ask their gynecologist whether it plays a part.',
    `${SOURCES.hysterectomy} ; ${SOURCES.painPenetration}`, [condition('pelvic-surgery')], 'not-male'),
  conditionRule('condition-pelvic-surgery-urology', 'urology',
    'Pelvic surgery or radiation can affect erection and ejaculation. Suggest the client ask their urologist whether it plays a part.',
    SOURCES.prostateSurgery, [condition('pelvic-surgery')], 'male'),
  // GSM: dryness, pain with sex and urinary symptoms; treatable (e.g. vaginal estrogen) by a medical clinician (Menopause 2018).
  conditionRule('condition-menopause', 'gynecology',
    'Menopause can bring vaginal dryness, thinning and pain with sex (genitourinary syndrome of menopause), which medical treatment often helps. Suggest a gynecology or menopause-care review.',
    SOURCES.menopause, [condition('menopause-gsm'), { kind: 'life-change', changes: ['menopause'] }]),
  conditionRule('condition-endometriosis', 'gynecology',
    'Endometriosis commonly causes deep pain with penetration. Suggest the client review sexual pain with their gynecologist.',
    SOURCES.gpppdConditions, [condition('endometriosis')]),
  // Vulvodynia: multimodal care including pelvic-floor physical therapy (2015 consensus; PFPT clinician's guide).
  conditionRule('condition-vulvodynia-gynecology', 'gynecology',
    'Vulvodynia and vestibulodynia need medical assessment and usually several treatments together. Suggest a gynecology (vulvar pain) review.',
    SOURCES.pelvicFloorPt, [condition('vulvodynia')]),
  conditionRule('condition-vulvodynia-pelvic-floor', 'pelvic-floor-physical-therapy',
    'Most people with vulvar pain have pelvic-floor muscle involvement; pelvic-floor physical therapy is part of recommended care.',
    SOURCES.pelvicFloorPt, [condition('vulvodynia')]),
  conditionRule('condition-lichen-sclerosus-gynecology', 'gynecology',
    'Lichen sclerosus can cause pain, tearing and scarring that make sex painful; it needs ongoing medical treatment. Suggest a gynecology (vulvar skin) review.',
    SOURCES.gpppdConditions, [condition('lichen-sclerosus')], 'not-male'),
  conditionRule('condition-lichen-sclerosus-urology', 'urology',
    'Lichen sclerosus can affect the foreskin and glans and make sex painful; it needs ongoing medical treatment. Suggest a urology review.',
    SOURCES.gpppdConditions, [condition('lichen-sclerosus')], 'male'),
  // AUA 2015: Peyronie's disease should be evaluated and treated by a clinician with the expertise (urology).
  conditionRule('condition-peyronie', 'urology',
    "Peyronie's disease causes penile curvature and can make erections painful or intercourse difficult; treatments exist. Suggest a urology review.",
    SOURCES.peyronie, [condition('peyronie')]),
];
