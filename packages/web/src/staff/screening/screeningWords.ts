/** Where in the history a piece of screening evidence was found, in words. */
import { QUESTION_LABELS, describeQuestionPath } from '../../intake/questions';

/**
 * A friendly name for an evidence path: `medications.0` → "Medicine 1",
 * `concerns.1.inOwnWords` → "Concern 2: description in own words", `context.ageYears` → "Age".
 */
export function evidencePlace(path: string): string {
  if (path === 'context.ageYears') return 'Age';
  // `substances.tobacco.frequency` → the question it belongs to, "Tobacco or nicotine".
  const parts = path.split('.');
  for (let length = parts.length; length > 1; length -= 1) {
    const label = QUESTION_LABELS[parts.slice(0, length).join('.')];
    if (label) return label;
  }
  return describeQuestionPath(path);
}
