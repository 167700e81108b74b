import type { ScreeningRule } from '../types.js';
import { CONDITION_RULES } from './conditions.js';
import { KNOWN_MEDICINE_CLASSES } from './known-medicines.js';
import { IMPLICATED_MEDICINE_CLASSES, MEDICATION_RULES, type MedicineClass } from './medications.js';
import { RED_FLAG_RULES } from './red-flags.js';
import { SUPPLEMENT_CLASSES, SUPPLEMENT_RULES } from './supplements.js';

export { CONDITIONS, type ConditionDefinition } from './conditions.js';
export type { MedicineClass } from './medications.js';

/** Every medicine class the matcher knows, implicated or not. */
export const MEDICINE_CLASSES: readonly MedicineClass[] = [...IMPLICATED_MEDICINE_CLASSES, ...KNOWN_MEDICINE_CLASSES, ...SUPPLEMENT_CLASSES];

/** Every screening rule, red flags first. */
export const SCREENING_RULES: readonly ScreeningRule[] = [...RED_FLAG_RULES, ...SUPPLEMENT_RULES, ...MEDICATION_RULES, ...CONDITION_RULES];
