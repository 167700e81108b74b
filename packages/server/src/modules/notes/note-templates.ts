/**
 * Progress-note templates: SOAP, DAP and BIRP, each a list of narrative fields, plus the fields
 * every sex-therapy progress note carries (homework and measures reviewed, homework assigned).
 */
export const NOTE_TEMPLATES = {
  soap: { label: 'SOAP', fields: [['subjective', 'Subjective'], ['objective', 'Objective'], ['assessment', 'Assessment'], ['plan', 'Plan']] },
  dap: { label: 'DAP', fields: [['data', 'Data'], ['assessment', 'Assessment'], ['plan', 'Plan']] },
  birp: { label: 'BIRP', fields: [['behavior', 'Behavior'], ['intervention', 'Intervention'], ['response', 'Response'], ['plan', 'Plan']] },
} as const;
export type NoteTemplateId = keyof typeof NOTE_TEMPLATES;
export const NOTE_TEMPLATE_IDS = Object.keys(NOTE_TEMPLATES) as NoteTemplateId[];

export const COMMON_FIELDS = [['homeworkReviewed', 'Homework reviewed'], ['homeworkAssigned', 'Homework assigned'], ['measuresReviewed', 'Measures reviewed']] as const;

export const RISK_LEVELS = ['none-indicated', 'low', 'moderate', 'high'] as const;

/** The field ids a note of this template may carry. */
export function fieldIdsOf(template: NoteTemplateId): string[] {
  return [...NOTE_TEMPLATES[template].fields.map(([id]) => id), ...COMMON_FIELDS.map(([id]) => id)];
}
