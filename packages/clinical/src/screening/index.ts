export * from './types.js';
export { normaliseText } from './normalise.js';
export { classifyMedicine } from './facts.js';
export { screenHistory } from './evaluate.js';
export { CONDITIONS, MEDICINE_CLASSES, SCREENING_RULES, type ConditionDefinition, type MedicineClass } from './rules/index.js';
