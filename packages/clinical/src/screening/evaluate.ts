import type { HistoryAnswers } from '../intake/schema.js';
import { collectFacts, type HistoryFacts } from './facts.js';
import { containsTerm, normaliseText, sentenceAround } from './normalise.js';
import { SCREENING_RULES } from './rules/index.js';
import {
  URGENCIES, type Evidence, type ReferralSuggestion, type ScreeningContext, type ScreeningResult, type ScreeningRule, type SexFilter, type Trigger,
} from './types.js';

function sexAllows(filter: SexFilter | undefined, sex: string | null): boolean {
  if (filter === undefined) return true;
  if (filter === 'male') return sex === 'male';
  if (filter === 'not-male') return sex !== 'male';
  return sex !== 'female';
}

/** Lower-cased with curly apostrophes straightened, for the narrative patterns. */
const patternText = (text: string) => text.toLowerCase().replace(/[’`]/g, "'");

/** The evidence a trigger finds in the history (empty when it does not match). */
function evidenceFor(trigger: Trigger, facts: HistoryFacts): Evidence[] {
  switch (trigger.kind) {
    case 'concern':
      if (!sexAllows(trigger.sex, facts.sexAssignedAtBirth)) return [];
      return facts.concerns
        .filter((c) => trigger.concerns.includes(c.kind) && (trigger.onsetSpeed === undefined || c.onsetSpeed === trigger.onsetSpeed))
        .map((c) => ({ path: c.path, text: trigger.onsetSpeed ? `${c.label} (${trigger.onsetSpeed} onset)` : c.label }));
    case 'medicine':
      return facts.medicines.filter((m) => trigger.classes.some((id) => m.classes.has(id))).map(({ path, text }) => ({ path, text }));
    case 'condition':
      return facts.conditions.filter((c) => trigger.conditions.some((id) => c.ids.has(id))).map(({ path, text }) => ({ path, text }));
    case 'life-change':
      return facts.lifeChanges.filter((l) => trigger.changes.includes(l.kind)).map(({ path, text }) => ({ path, text }));
    case 'narrative': {
      const phrases = trigger.phrases.map(normaliseText);
      const patterns = trigger.patterns ?? [];
      const isMatch = (text: string) =>
        phrases.some((phrase) => containsTerm(normaliseText(text), phrase)) || patterns.some((pattern) => pattern.test(patternText(text)));
      return facts.narratives.filter((n) => isMatch(n.text)).map((n) => ({ path: n.path, text: sentenceAround(n.text, isMatch) }));
    }
    case 'tobacco-current':
      return facts.tobaccoNow ? [facts.tobaccoNow] : [];
    case 'age-over':
      return facts.ageYears !== null && facts.ageYears > trigger.years ? [{ path: 'context.ageYears', text: String(facts.ageYears) }] : [];
    case 'feels-unsafe':
      return facts.feelsUnsafe ? [facts.feelsUnsafe] : [];
  }
}

/** The rule's suggestion with all its evidence (deduplicated, in the order found), or null when it does not fire. */
export function applyRule(rule: ScreeningRule, facts: HistoryFacts): ReferralSuggestion | null {
  if (!sexAllows(rule.sex, facts.sexAssignedAtBirth)) return null;
  if ((rule.noneOf ?? []).some((trigger) => evidenceFor(trigger, facts).length > 0)) return null;
  const evidence: Evidence[] = [];
  for (const group of rule.allOf) {
    const found = group.flatMap((trigger) => evidenceFor(trigger, facts));
    if (found.length === 0) return null;
    evidence.push(...found);
  }
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const key = `${e.path}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ruleId: rule.id, specialty: rule.specialty, urgency: rule.urgency, reason: rule.reason, evidence: unique, source: rule.source };
}

/**
 * Screens a sexual-health history for medical referrals worth suggesting to the clinician:
 * medicines with sexual side effects or dangerous combinations, conditions, red flags and
 * safety. One suggestion per rule with all its evidence, most urgent first; medicine and
 * supplement names nothing recognised come back as written. Pure: no I/O, no clock.
 */
export function screenHistory(history: HistoryAnswers, context: ScreeningContext = {}, rules: readonly ScreeningRule[] = SCREENING_RULES): ScreeningResult {
  const facts = collectFacts(history, context);
  const rank = (s: ReferralSuggestion) => URGENCIES.indexOf(s.urgency);
  const suggestions = rules
    .map((rule) => applyRule(rule, facts))
    .filter((s): s is ReferralSuggestion => s !== null)
    .map((s, order) => ({ s, order }))
    .sort((a, b) => rank(b.s) - rank(a.s) || a.order - b.order)
    .map(({ s }) => s);
  const unrecognisedMedicines = facts.medicines.filter((m) => m.reportable && m.classes.size === 0).map((m) => ({ path: m.path, name: m.text }));
  return { suggestions, unrecognisedMedicines };
}
