/**
 * The vocabularies of clinicians' credentials, certification progress and the public directory. Each is an
 * `as const` list of `{ id, label }` (the server validates ids, the app shows labels, the requirement sets key on
 * ids). Directory labels are plain and inclusive: people are named as they name themselves.
 */

/**
 * Degree levels. `rank` only orders them (a doctorate outranks a master's); it is not a fact from any source.
 * Which levels qualify for which certification lives in the requirement sets (requirements.ts).
 */
export const DEGREE_LEVELS = [
  { id: 'bachelor', label: "Bachelor's degree", rank: 1 },
  { id: 'master', label: "Master's degree", rank: 2 },
  { id: 'doctorate', label: 'Doctoral degree', rank: 3 },
] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number]['id'];

/**
 * The professions whose state licence (or certificate) to practise psychotherapy independently qualifies for AASECT
 * CST certification: psychology, medicine, social work, counseling, nursing, or marriage and family therapy.
 * clinical-facts §5.1 [V]: https://www.aasect.org/certification/aasect-requirements-sex-therapist-certification
 */
export const LICENSED_PROFESSIONS = [
  { id: 'psychology', label: 'Psychology' },
  { id: 'social-work', label: 'Social work' },
  { id: 'counseling', label: 'Counseling' },
  { id: 'marriage-family-therapy', label: 'Marriage and family therapy' },
  { id: 'medicine', label: 'Medicine' },
  { id: 'nursing', label: 'Nursing' },
] as const;
export type LicensedProfession = (typeof LICENSED_PROFESSIONS)[number]['id'];

/** Certifications a clinician can hold or work toward (AASECT's, clinical-facts §5, and any other). */
export const CERTIFICATION_TYPES = [
  { id: 'aasect-cst', label: 'AASECT Certified Sex Therapist' },
  { id: 'aasect-cse', label: 'AASECT Certified Sexuality Educator' },
  { id: 'aasect-csc', label: 'AASECT Certified Sexuality Counselor' },
  { id: 'aasect-supervisor', label: 'AASECT Certified Supervisor' },
  { id: 'other', label: 'Another certification' },
] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number]['id'];

/**
 * What a continuing-education activity covers; the hour requirements count hours by category. Every category but
 * 'other' is sexuality-related, which matters for renewal (clinical-facts §5.4: renewal credits are all
 * sexuality-related).
 */
export const CE_CATEGORIES = [
  { id: 'core-knowledge', label: 'Human sexuality core knowledge' },
  { id: 'sex-therapy', label: 'Sex-therapy training' },
  { id: 'sar', label: 'Sexual attitude reassessment (SAR)' },
  { id: 'other', label: 'Other continuing education' },
] as const;
export type CeCategory = (typeof CE_CATEGORIES)[number]['id'];

/** The people a directory profile says the clinician works with. */
export const DIRECTORY_POPULATIONS = [
  { id: 'individuals', label: 'Individuals' },
  { id: 'couples', label: 'Couples' },
  { id: 'polyamorous-and-non-monogamous', label: 'Polyamorous and consensually non-monogamous relationships' },
  { id: 'lgbtq', label: 'LGBTQ+ people' },
  { id: 'transgender-nonbinary', label: 'Transgender and non-binary people' },
  { id: 'kink-affirming', label: 'Kink and BDSM affirming' },
  { id: 'older-adults', label: 'Older adults' },
  { id: 'young-adults', label: 'Young adults (18–25)' },
  { id: 'people-with-disabilities', label: 'Disabled people and chronic illness' },
  { id: 'asexual-spectrum', label: 'Asexual and aromantic spectrum' },
  { id: 'survivors', label: 'Survivors of sexual trauma' },
  { id: 'faith-communities', label: 'People of faith' },
] as const;
export type DirectoryPopulation = (typeof DIRECTORY_POPULATIONS)[number]['id'];

/** The therapeutic approaches a directory profile can list. */
export const DIRECTORY_APPROACHES = [
  { id: 'sensate-focus', label: 'Sensate focus' },
  { id: 'cbt', label: 'Cognitive behavioural therapy' },
  { id: 'mindfulness', label: 'Mindfulness-based therapy' },
  { id: 'emotionally-focused', label: 'Emotionally focused couples therapy' },
  { id: 'plissit', label: 'PLISSIT model' },
  { id: 'psychoeducation', label: 'Psychoeducation' },
  { id: 'gottman', label: 'Gottman method' },
  { id: 'narrative', label: 'Narrative therapy' },
  { id: 'solution-focused', label: 'Solution-focused therapy' },
  { id: 'trauma-informed', label: 'Trauma-informed therapy' },
] as const;
export type DirectoryApproach = (typeof DIRECTORY_APPROACHES)[number]['id'];

/** US states, the District of Columbia and Puerto Rico, by USPS code: licences and telehealth are per jurisdiction. */
export const US_STATES = [
  { id: 'AL', label: 'Alabama' },
  { id: 'AK', label: 'Alaska' },
  { id: 'AZ', label: 'Arizona' },
  { id: 'AR', label: 'Arkansas' },
  { id: 'CA', label: 'California' },
  { id: 'CO', label: 'Colorado' },
  { id: 'CT', label: 'Connecticut' },
  { id: 'DE', label: 'Delaware' },
  { id: 'DC', label: 'District of Columbia' },
  { id: 'FL', label: 'Florida' },
  { id: 'GA', label: 'Georgia' },
  { id: 'HI', label: 'Hawaii' },
  { id: 'ID', label: 'Idaho' },
  { id: 'IL', label: 'Illinois' },
  { id: 'IN', label: 'Indiana' },
  { id: 'IA', label: 'Iowa' },
  { id: 'KS', label: 'Kansas' },
  { id: 'KY', label: 'Kentucky' },
  { id: 'LA', label: 'Louisiana' },
  { id: 'ME', label: 'Maine' },
  { id: 'MD', label: 'Maryland' },
  { id: 'MA', label: 'Massachusetts' },
  { id: 'MI', label: 'Michigan' },
  { id: 'MN', label: 'Minnesota' },
  { id: 'MS', label: 'Mississippi' },
  { id: 'MO', label: 'Missouri' },
  { id: 'MT', label: 'Montana' },
  { id: 'NE', label: 'Nebraska' },
  { id: 'NV', label: 'Nevada' },
  { id: 'NH', label: 'New Hampshire' },
  { id: 'NJ', label: 'New Jersey' },
  { id: 'NM', label: 'New Mexico' },
  { id: 'NY', label: 'New York' },
  { id: 'NC', label: 'North Carolina' },
  { id: 'ND', label: 'North Dakota' },
  { id: 'OH', label: 'Ohio' },
  { id: 'OK', label: 'Oklahoma' },
  { id: 'OR', label: 'Oregon' },
  { id: 'PA', label: 'Pennsylvania' },
  { id: 'PR', label: 'Puerto Rico' },
  { id: 'RI', label: 'Rhode Island' },
  { id: 'SC', label: 'South Carolina' },
  { id: 'SD', label: 'South Dakota' },
  { id: 'TN', label: 'Tennessee' },
  { id: 'TX', label: 'Texas' },
  { id: 'UT', label: 'Utah' },
  { id: 'VT', label: 'Vermont' },
  { id: 'VA', label: 'Virginia' },
  { id: 'WA', label: 'Washington' },
  { id: 'WV', label: 'West Virginia' },
  { id: 'WI', label: 'Wisconsin' },
  { id: 'WY', label: 'Wyoming' },
] as const;
export type UsState = (typeof US_STATES)[number]['id'];

/**
 * Languages a clinician offers therapy in, by ISO 639-1 code. American Sign Language has no ISO 639-1 code, so it
 * uses its ISO 639-3 code, 'ase'.
 */
export const DIRECTORY_LANGUAGES = [
  { id: 'en', label: 'English' },
  { id: 'es', label: 'Spanish' },
  { id: 'zh', label: 'Chinese' },
  { id: 'vi', label: 'Vietnamese' },
  { id: 'tl', label: 'Tagalog' },
  { id: 'ar', label: 'Arabic' },
  { id: 'fr', label: 'French' },
  { id: 'ht', label: 'Haitian Creole' },
  { id: 'ko', label: 'Korean' },
  { id: 'ru', label: 'Russian' },
  { id: 'de', label: 'German' },
  { id: 'hi', label: 'Hindi' },
  { id: 'pt', label: 'Portuguese' },
  { id: 'it', label: 'Italian' },
  { id: 'pl', label: 'Polish' },
  { id: 'ja', label: 'Japanese' },
  { id: 'fa', label: 'Persian (Farsi)' },
  { id: 'ur', label: 'Urdu' },
  { id: 'he', label: 'Hebrew' },
  { id: 'ase', label: 'American Sign Language' },
] as const;
export type DirectoryLanguage = (typeof DIRECTORY_LANGUAGES)[number]['id'];
