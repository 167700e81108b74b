import { describe, expect, it } from 'vitest';
import type { HistoryAnswers } from '../intake/schema.js';
import { screenHistory } from './evaluate.js';
import { SCREENING_RULES } from './rules/index.js';
import { SPECIALTIES, URGENCIES } from './types.js';

const fired = (history: HistoryAnswers) => screenHistory(history).suggestions;
const ids = (history: HistoryAnswers) => fired(history).map((s) => s.ruleId);

describe('supplement rules', () => {
  it('yohimbe → primary care soon', () => {
    expect(fired({ supplements: [{ name: 'Yohimbe bark extract' }] })).toEqual([
      expect.objectContaining({ ruleId: 'supplement-yohimbine', specialty: 'primary-care', urgency: 'soon', evidence: [{ path: 'supplements.0', text: 'Yohimbe bark extract' }] }),
    ]);
  });

  it("St John's wort with an SSRI → prescriber soon (and the SSRI's own rule)", () => {
    const result = fired({ medications: [{ name: 'Lexapro 10mg' }], supplements: [{ name: "St. John's Wort" }] });
    expect(result).toEqual([
      expect.objectContaining({
        ruleId: 'supplement-st-johns-wort-antidepressant', specialty: 'prescriber', urgency: 'soon',
        evidence: [{ path: 'supplements.0', text: "St. John's Wort" }, { path: 'medications.0', text: 'Lexapro 10mg' }],
      }),
      expect.objectContaining({ ruleId: 'medication-ssri' }),
    ]);
    expect(result[0]!.reason).toMatch(/should not stop or change it without their prescriber/);
  });

  it("St John's wort with an SNRI or MAOI counts too", () => {
    expect(ids({ medications: [{ name: 'Cymbalta' }], supplements: [{ name: 'hypericum' }] })).toContain('supplement-st-johns-wort-antidepressant');
    expect(ids({ medications: [{ name: 'phenelzine' }], supplements: [{ name: 'st johns wort' }] })).toContain('supplement-st-johns-wort-antidepressant');
  });

  it("St John's wort with a hormonal contraceptive → prescriber soon", () => {
    expect(fired({ medications: [{ name: 'Yaz' }], supplements: [{ name: 'St Johns Wort 300mg' }] })).toContainEqual(
      expect.objectContaining({
        ruleId: 'supplement-st-johns-wort-contraceptive', specialty: 'prescriber', urgency: 'soon',
        evidence: [{ path: 'supplements.0', text: 'St Johns Wort 300mg' }, { path: 'medications.0', text: 'Yaz' }],
      }),
    );
  });

  it('ginkgo with a blood thinner → prescriber soon', () => {
    expect(fired({ medications: [{ name: 'Eliquis 5 mg' }], supplements: [{ name: 'Ginkgo biloba' }] })).toEqual([
      expect.objectContaining({
        ruleId: 'supplement-ginkgo-blood-thinner', specialty: 'prescriber', urgency: 'soon',
        evidence: [{ path: 'supplements.0', text: 'Ginkgo biloba' }, { path: 'medications.0', text: 'Eliquis 5 mg' }],
      }),
    ]);
  });

  it("does not fire for the supplement alone (except yohimbe), or for St John's wort with a non-serotonergic medicine", () => {
    expect(ids({ supplements: [{ name: "St John's wort" }, { name: 'ginkgo' }, { name: 'horny goat weed' }] })).toEqual([]);
    expect(ids({ medications: [{ name: 'bupropion' }], supplements: [{ name: "St John's wort" }] })).toEqual([]);
  });
});

describe('the rule set', () => {
  it('has unique ids, known specialties and urgencies, a reason and a source for every rule', () => {
    const ruleIds = SCREENING_RULES.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of SCREENING_RULES) {
      expect(SPECIALTIES).toContain(rule.specialty);
      expect(URGENCIES).toContain(rule.urgency);
      expect(rule.reason.length).toBeGreaterThan(40);
      expect(rule.source.length).toBeGreaterThan(10);
      if (rule.specialty === 'prescriber') expect(rule.reason).toMatch(/should not stop or change it without their prescriber/);
    }
  });

  it('orders suggestions most urgent first, then in rule order', () => {
    const history: HistoryAnswers = {
      medications: [{ name: 'sertraline' }, { name: 'nitroglycerin' }, { name: 'sildenafil' }],
      conditions: [{ name: 'diabetes' }],
      healthNotes: 'Had an erection for 6 hours once.',
      safety: { feelsSafe: 'no' },
    };
    expect(ids(history)).toEqual([
      'red-flag-priapism', 'red-flag-nitrates-with-erection-medicine', 'red-flag-feels-unsafe', 'medication-ssri', 'condition-diabetes',
    ]);
  });
});
