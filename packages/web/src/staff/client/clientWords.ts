/** Labels for the client record's fixed vocabularies, and suggestions for its free-text fields. */

export const STATUS_LABELS: Record<string, string> = {
  prospective: 'Prospective',
  active: 'Active',
  discharged: 'Discharged',
};

export const SEX_ASSIGNED_AT_BIRTH_LABELS: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  'prefer-not-to-say': 'Prefers not to say',
};

export const RELATIONSHIP_STATUS_LABELS: Record<string, string> = {
  single: 'Single',
  dating: 'Dating',
  partnered: 'Partnered',
  married: 'Married',
  separated: 'Separated',
  divorced: 'Divorced',
  widowed: 'Widowed',
  other: 'Other',
};

export const RELATIONSHIP_STRUCTURE_LABELS: Record<string, string> = {
  monogamous: 'Monogamous',
  open: 'Open',
  polyamorous: 'Polyamorous',
  other: 'Other',
};

export const CONTACT_METHOD_LABELS: Record<string, string> = {
  email: 'Email',
  phone: 'Phone call',
  text: 'Text message',
  portal: 'Portal message',
};

/** Suggestions only: people describe themselves in their own words, and any text is accepted. */
export const PRONOUN_SUGGESTIONS = ['she/her', 'he/him', 'they/them', 'ze/zir', 'xe/xem', 'she/they', 'he/they', 'any pronouns', 'no pronouns (use name)'];

export const GENDER_IDENTITY_SUGGESTIONS = [
  'Woman',
  'Man',
  'Non-binary',
  'Genderqueer',
  'Genderfluid',
  'Agender',
  'Two-Spirit',
  'Trans woman',
  'Trans man',
  'Questioning',
];

export const ORIENTATION_SUGGESTIONS = [
  'Straight / heterosexual',
  'Gay',
  'Lesbian',
  'Bisexual',
  'Pansexual',
  'Queer',
  'Asexual',
  'Demisexual',
  'Questioning',
];

/** The label for a value, or the value itself when it has none. */
export function labelFor(labels: Record<string, string>, value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined) return value;
  return labels[value] ?? value;
}

export function yesNo(value: boolean | null | undefined): string | null | undefined {
  if (value === null || value === undefined) return value;
  return value ? 'Yes' : 'No';
}
