import { ageOn } from '../age.js';
import { isoDay, parsePartialDate, partialDateRange } from './dates.js';
import type { HistoryAnswers } from './schema.js';

export interface HistoryProblem {
  /** Dotted path inside the answers, e.g. `concerns.0.onset.date`. */
  field: string;
  message: string;
}

/**
 * The rules a schema cannot express: dates must be real, not in the future and not before
 * birth; an onset given as a date or an age must say which; an age of onset cannot exceed
 * the person's age now. Returns every problem, each naming its field.
 */
export function checkHistory(answers: HistoryAnswers, context: { today: Date; dateOfBirth: string | null }): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const today = isoDay(context.today);
  const ageNow = context.dateOfBirth ? ageOn(context.dateOfBirth, context.today) : null;

  const checkDate = (field: string, value: string | undefined) => {
    if (value === undefined) return;
    const parts = parsePartialDate(value);
    if (!parts) return problems.push({ field, message: 'is not a real date' });
    const range = partialDateRange(parts);
    if (range.first > today) return problems.push({ field, message: 'cannot be in the future' });
    if (context.dateOfBirth && range.last < context.dateOfBirth) problems.push({ field, message: 'is before the date of birth' });
  };

  answers.concerns?.forEach((concern, i) => {
    const onset = concern.onset;
    if (!onset) return;
    const base = `concerns.${i}.onset`;
    if (onset.type === 'date') {
      if (onset.date === undefined) problems.push({ field: `${base}.date`, message: 'is needed when the start is given as a date' });
      checkDate(`${base}.date`, onset.date);
    }
    if (onset.type === 'age') {
      if (onset.age === undefined) problems.push({ field: `${base}.age`, message: 'is needed when the start is given as an age' });
      else if (ageNow !== null && onset.age > ageNow) problems.push({ field: `${base}.age`, message: `cannot be more than the age now (${ageNow})` });
    }
  });
  answers.previousTreatments?.forEach((t, i) => checkDate(`previousTreatments.${i}.when`, t.when));
  answers.lifeChanges?.forEach((c, i) => checkDate(`lifeChanges.${i}.when`, c.when));
  answers.conditions?.forEach((c, i) => checkDate(`conditions.${i}.since`, c.since));
  answers.medications?.forEach((m, i) => checkDate(`medications.${i}.since`, m.since));
  answers.supplements?.forEach((m, i) => checkDate(`supplements.${i}.since`, m.since));
  return problems;
}
