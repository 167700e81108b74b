/** Fictional names and words for the bench dataset: varied, inclusive and obviously made up. */

export const FIRST_NAMES = [
  'Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Riley', 'Casey', 'Avery', 'Quinn', 'Rowan', 'Amara', 'Wei', 'Priya', 'Mateo', 'Sofia', 'Noah',
  'Aisha', 'Kenji', 'Lucía', 'Omar', 'Hana', 'Tomás', 'Zainab', 'Elijah', 'Mei', 'Diego', 'Fatima', 'Liam', 'Yara', 'Kwame', 'Ingrid', 'Ravi',
  'Nia', 'Jonah', 'Leila', 'Marcus', 'Anya', 'Theo', 'Camila', 'Idris', 'Freya', 'Hugo', 'Imani', 'Jae', 'Keziah', 'Lars', 'Maya', 'Nikhil',
  'Olivia', 'Pablo', 'Rosa', 'Soren', 'Tariq', 'Uma', 'Valentin', 'Wren', 'Ximena', 'Yusuf', 'Zoe', 'Ezra', 'Sage', 'River', 'Skyler', 'Emery',
];

export const LAST_NAMES = [
  'Okafor', 'Nguyen', 'Garcia', 'Smith', 'Kim', 'Patel', 'Johnson', 'Haddad', 'Cohen', 'Rossi', 'Müller', 'Silva', 'Tanaka', 'Mensah', 'Novak',
  'Andersen', 'Chen', 'Ortiz', 'Williams', 'Kowalski', 'Dubois', 'Ibrahim', 'Brown', 'Lopez', 'Sato', 'Osei', 'Larsen', 'Moreau', 'Khan', 'Rivera',
  'Walker', 'Yilmaz', 'Fernandes', 'Park', 'Schwartz', 'Adeyemi', 'Hughes', 'Castillo', 'Lindqvist', 'Banerjee', 'Clarke', 'Reyes', 'Bauer', 'Ali',
];

export const PRACTICE_WORDS = ['Lakeside', 'Harbor', 'Maple', 'Prairie', 'Riverbend', 'Cedar', 'Northlight', 'Willow', 'Summit', 'Bayview', 'Juniper', 'Oakridge'];
export const PRACTICE_KINDS = ['Sexual Health', 'Couples and Sex Therapy', 'Intimacy Counseling', 'Sex Therapy Associates', 'Center for Sexual Wellness', 'Relationship Therapy'];

/** Practice time zones with their standard UTC offsets in minutes (the generator ignores daylight time). */
export const TIME_ZONES: readonly (readonly [string, number, string])[] = [
  ['America/New_York', -300, 'NY'], ['America/Chicago', -360, 'IL'], ['America/Denver', -420, 'CO'], ['America/Los_Angeles', -480, 'CA'], ['America/Phoenix', -420, 'AZ'],
];

/** Metro areas where directory profiles sit: city, state, ZIP prefix, weight. Chicago is the busiest. */
export const METROS: readonly (readonly [string, string, string, number])[] = [
  ['Chicago', 'IL', '606', 20], ['Evanston', 'IL', '602', 4], ['Oak Park', 'IL', '603', 3], ['New York', 'NY', '100', 10], ['Brooklyn', 'NY', '112', 6],
  ['Los Angeles', 'CA', '900', 9], ['San Francisco', 'CA', '941', 6], ['Houston', 'TX', '770', 5], ['Philadelphia', 'PA', '191', 5], ['Seattle', 'WA', '981', 5],
  ['Atlanta', 'GA', '303', 5], ['Denver', 'CO', '802', 5], ['Minneapolis', 'MN', '554', 5], ['Boston', 'MA', '021', 5], ['Portland', 'OR', '972', 4], ['Austin', 'TX', '787', 3],
];

export const GENDER_IDENTITIES = [['woman', 38], ['man', 34], ['non-binary', 10], ['trans woman', 5], ['trans man', 5], ['genderqueer', 4], ['agender', 2], ['two-spirit', 2]] as const;
export const ORIENTATIONS = [['heterosexual', 52], ['gay', 10], ['lesbian', 9], ['bisexual', 14], ['pansexual', 5], ['queer', 5], ['asexual', 3], ['questioning', 2]] as const;
export const PRONOUNS: Record<string, string> = {
  woman: 'she/her', man: 'he/him', 'non-binary': 'they/them', 'trans woman': 'she/her', 'trans man': 'he/him', genderqueer: 'they/them', agender: 'they/them', 'two-spirit': 'they/them',
};

export const CONCERNS = [
  'Low desire that has grown over the past year; wants to understand it and feel closer to their partner.',
  'Pain with penetration for several years; has seen a gynecologist once; would like a plan.',
  'Erections are less reliable since a new medication; worried about it every time.',
  'Has never had an orgasm with a partner and would like to.',
  'Ejaculates sooner than they would like; it has become a source of tension.',
  'Desire discrepancy in a long relationship; both partners want to find a way through.',
  'Questions about sexual orientation after a recent relationship ended.',
  'Sex feels tied to memories of a past assault; wants to feel safe and present again.',
  'Sexual behaviour that feels out of control and is harming the relationship.',
  'Opening the relationship and finding the jealousy hard to manage.',
];

export const SUBJECTIVE = [
  'Client reports the week went better than expected; practised the non-demand touch exercise twice.',
  'Reports anxiety before intimacy remains high but shorter in duration.',
  'Describes a difficult conversation with their partner about initiation.',
  'Says sleep has improved and stress at work is lower this week.',
  'Reports no pain during the last two attempts with dilators at size 3.',
  'Partners describe feeling closer after the sensate focus exercise.',
];
export const OBJECTIVE = [
  'Engaged and reflective; affect bright. PHQ-9 reviewed with the client.',
  'Tearful when discussing the history; calm by the end of the session.',
  'Both partners attentive; turn-taking improved compared with last session.',
  'Appeared tired but engaged; speech normal rate and tone.',
];
export const ASSESSMENT = [
  'Progress toward goal 1 (reduce performance anxiety) is steady.',
  'Symptoms consistent with the working diagnosis; no new medical concerns raised.',
  'Avoidance is decreasing; communication skills are being used at home.',
  'Mood stable; no risk indicated. Continue the current plan.',
];
export const PLAN = [
  'Continue sensate focus stage 2; review in one week.',
  'Practise the speak-listen exercise twice before next session.',
  'Follow up on the referral to pelvic floor physical therapy.',
  'Revisit the values exercise; consider a joint session next time.',
];
export const INTERVENTIONS = ['Sensate focus', 'Psychoeducation', 'Cognitive restructuring', 'Mindfulness practice', 'Communication skills', 'Dilator programme', 'Bibliotherapy'];

export const BIO_PARTS = [
  'I work with individuals and partners of every gender, orientation and relationship form.',
  'My approach is warm, direct and grounded in evidence.',
  'Many of the people I see come with questions about desire, pain or connection.',
  'I offer sessions in person and by video.',
  'I am an AASECT-certified sex therapist and a licensed psychotherapist.',
  'Together we go at a pace that feels right for you.',
];

export const REFERRAL_SPECIALTIES = [['primary-care', 30], ['urology', 20], ['gynecology', 20], ['pelvic-floor-physical-therapy', 20], ['endocrinology', 5], ['psychiatry', 5]] as const;
export const REFERRAL_REASONS = [
  'Please assess for physical causes of the difficulty the client describes.',
  'The client reports pain that has not been examined; please evaluate.',
  'A review of current medication and its sexual side effects would help.',
  'Hormone levels have not been checked; please consider testing.',
];
