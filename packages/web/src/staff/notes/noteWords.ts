import { CommonFieldIds, type InterventionName, type Note, type NoteContent, type NoteStatus, type NoteTemplate, type RiskLevel } from '../../api/noteTypes';

export const NOTE_STATUS_LABELS = {
  draft: 'Draft',
  'awaiting-cosign': 'Awaiting co-signature',
  signed: 'Signed',
} as const satisfies Record<NoteStatus, string>;

/** The badge's look: a draft is waiting on its author, a co-signature on a supervisor. */
export const NOTE_STATUS_BADGES = {
  draft: 'badge badge-waiting',
  'awaiting-cosign': 'badge badge-waiting',
  signed: 'badge badge-success',
} as const satisfies Record<NoteStatus, string>;

export const RISK_LEVEL_LABELS = {
  'none-indicated': 'None indicated',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
} as const satisfies Record<RiskLevel, string>;

/** Suggested while the practice's intervention library loads, or if it can't be read. */
const EVERYDAY_INTERVENTIONS = [
  'Sensate focus — stage 1',
  'Sensate focus — stage 2',
  'Psychoeducation',
  'Stop-start',
  'Communication exercise',
  'Cognitive-behavioural work',
  'Mindfulness-based body awareness',
  'Directed masturbation',
  'Graded dilator work',
];

/**
 * Interventions offered as suggestions (never imposed: any wording may be typed): the practice's
 * library as it has edited it, then a few everyday names not already among them.
 */
export function interventionSuggestions(library: readonly InterventionName[] | undefined): string[] {
  const names = (library ?? []).filter((item) => !item.archived).map((item) => item.name);
  const known = new Set(names.map((name) => name.toLowerCase()));
  return [...names, ...EVERYDAY_INTERVENTIONS.filter((name) => !known.has(name.toLowerCase()))];
}

const COMMON = new Set<string>(CommonFieldIds);

export const isCommonField = (fieldId: string) => COMMON.has(fieldId);

/** "subjectiveNotes" → "Subjective notes": a field of a template no longer offered. */
function labelFromId(fieldId: string): string {
  const words = fieldId.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The fields to show for a note: its template's, or — if the template is no longer offered —
 * the ones the note holds, named from their ids.
 */
export function fieldsOf(template: NoteTemplate | undefined, content: NoteContent): { id: string; label: string }[] {
  if (template) return template.fields;
  return Object.keys(content.fields).map((id) => ({ id, label: labelFromId(id) }));
}

/** "SOAP", a practice template's name, or the id upper-cased while the templates load. */
export function templateLabel(templates: readonly NoteTemplate[] | undefined, id: string): string {
  return templates?.find((t) => t.id === id)?.label ?? (/^[a-z]{3,4}$/.test(id) ? id.toUpperCase() : 'Practice template');
}

/** A template's own fields as a hint: "Subjective, objective, assessment, plan". */
export function fieldsHint(template: NoteTemplate): string {
  const own = template.fields.filter((f) => !isCommonField(f.id)).map((f) => f.label);
  const text = own.map((label, i) => (i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1))).join(', ');
  return text;
}

const timeOfDayFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "14:05" or "2:05 PM" (the viewer's own time and conventions), for "Saved at …". */
export function timeOfDay(instant: string): string {
  return timeOfDayFormat.format(new Date(instant));
}

/** A note's whole text, plain, for copying out after a conflict. */
export function contentAsText(content: NoteContent, fields: { id: string; label: string }[]): string {
  const parts = fields.map((field) => `${field.label}:\n${content.fields[field.id]?.trim() || '(empty)'}`);
  parts.push(`Interventions used:\n${content.interventions.length ? content.interventions.map((i) => `- ${i}`).join('\n') : '(none)'}`);
  if (content.risk) {
    const notes = content.risk.notes?.trim();
    parts.push(`Risk assessment: ${RISK_LEVEL_LABELS[content.risk.level]}${notes ? `\n${notes}` : ''}`);
  }
  return parts.join('\n\n');
}

/** Whose the note is about: one attendee, or the whole session. */
export function aboutText(note: Pick<Note, 'clientId'>, attendees: { clientId: string; displayName: string }[] | undefined): string | null {
  if (!note.clientId) return attendees && attendees.length > 1 ? 'One note for the whole session' : null;
  const name = attendees?.find((a) => a.clientId === note.clientId)?.displayName;
  return name ? `About ${name} only` : 'About one attendee only';
}
