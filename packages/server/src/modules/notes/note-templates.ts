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

export interface TemplateDefinition { id: string; label: string; fields: { id: string; label: string }[]; builtIn: boolean }

export const BUILT_IN_TEMPLATES: TemplateDefinition[] = NOTE_TEMPLATE_IDS.map((id) => ({
  id, label: NOTE_TEMPLATES[id].label, builtIn: true,
  fields: [...NOTE_TEMPLATES[id].fields, ...COMMON_FIELDS].map(([fieldId, label]) => ({ id: fieldId, label })),
}));

/** A practice's own template carries the common fields after its own. */
export function customTemplate(id: string, label: string, own: [string, string][]): TemplateDefinition {
  const ownIds = new Set(own.map(([fieldId]) => fieldId));
  return { id, label, builtIn: false, fields: [...own, ...COMMON_FIELDS.filter(([fieldId]) => !ownIds.has(fieldId))].map(([fieldId, l]) => ({ id: fieldId, label: l })) };
}
