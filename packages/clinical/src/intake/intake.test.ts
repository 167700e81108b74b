import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { parsePartialDate, partialDateRange } from './dates.js';
import { HistoryAnswers } from './schema.js';
import { summarizeHistory } from './summary.js';
import { checkHistory } from './validate.js';

const today = new Date('2026-11-25T12:00:00Z');
const context = { today, dateOfBirth: '1989-04-17' };
const valid = Compile(HistoryAnswers);

describe('the history schema', () => {
  it('accepts an empty history: every question may be skipped', () => {
    expect(valid.Check({})).toBe(true);
  });
  it('refuses unknown concern kinds and unknown fields', () => {
    expect(valid.Check({ concerns: [{ kind: 'low-desire' }] })).toBe(true);
    expect(valid.Check({ concerns: [{ kind: 'hysteria' }] })).toBe(false);
    expect(valid.Check({ concerns: [{ kind: 'low-desire', mood: 'x' }] })).toBe(false);
  });
  it('caps narrative answers at 2000 characters and distress at 0–10', () => {
    expect(valid.Check({ concerns: [{ kind: 'orgasm', inOwnWords: 'x'.repeat(2000) }] })).toBe(true);
    expect(valid.Check({ concerns: [{ kind: 'orgasm', inOwnWords: 'x'.repeat(2001) }] })).toBe(false);
    expect(valid.Check({ concerns: [{ kind: 'orgasm', distress: 11 }] })).toBe(false);
    expect(valid.Check({ concerns: [{ kind: 'orgasm', distress: 2.5 }] })).toBe(false);
  });
});

describe('partial dates', () => {
  it('reads years, months and days, refusing impossible ones', () => {
    expect(parsePartialDate('2019')).toEqual({ year: 2019, month: null, day: null });
    expect(parsePartialDate('2019-02-29')).toBeNull();
    expect(parsePartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(partialDateRange(parsePartialDate('2024-02')!)).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
});

describe('checkHistory', () => {
  it('finds nothing wrong with a sound history', () => {
    expect(checkHistory({ concerns: [{ kind: 'low-desire', onset: { type: 'date', date: '2024-03' } }], medications: [{ name: 'sertraline', since: '2023' }] }, context)).toEqual([]);
  });
  it('refuses an onset in the future, naming the field', () => {
    expect(checkHistory({ concerns: [{ kind: 'low-desire', onset: { type: 'date', date: '2026-12' } }] }, context)).toEqual([
      { field: 'concerns.0.onset.date', message: 'cannot be in the future' },
    ]);
    // The current month is not the future.
    expect(checkHistory({ concerns: [{ kind: 'low-desire', onset: { type: 'date', date: '2026-11' } }] }, context)).toEqual([]);
  });
  it('refuses dates before birth and ages of onset above the age now', () => {
    expect(checkHistory({ concerns: [{ kind: 'orgasm', onset: { type: 'date', date: '1988' } }, { kind: 'arousal', onset: { type: 'age', age: 38 } }] }, context)).toEqual([
      { field: 'concerns.0.onset.date', message: 'is before the date of birth' },
      { field: 'concerns.1.onset.age', message: 'cannot be more than the age now (37)' },
    ]);
  });
  it('asks for the date or age the onset type promises', () => {
    expect(checkHistory({ concerns: [{ kind: 'orgasm', onset: { type: 'date' } }, { kind: 'orgasm', onset: { type: 'age' } }] }, context)).toEqual([
      { field: 'concerns.0.onset.date', message: 'is needed when the start is given as a date' },
      { field: 'concerns.1.onset.age', message: 'is needed when the start is given as an age' },
    ]);
  });
  it('checks the dates of treatments, changes, conditions and medicines', () => {
    const problems = checkHistory({
      previousTreatments: [{ kind: 'therapy', when: '2030' }], lifeChanges: [{ kind: 'move', when: '2019-13' }],
      conditions: [{ name: 'diabetes', since: '2027-01-01' }], supplements: [{ name: 'ginkgo', since: '2099' }],
    }, context);
    expect(problems.map((p) => p.field)).toEqual(['previousTreatments.0.when', 'lifeChanges.0.when', 'conditions.0.since', 'supplements.0.since']);
    expect(problems[1]!.message).toBe('is not a real date');
  });
});

describe('summarizeHistory', () => {
  const summary = summarizeHistory({
    concerns: [
      { kind: 'low-desire', inOwnWords: 'I rarely feel like it.', onset: { type: 'date', date: '2023-06' }, course: 'acquired', onsetSpeed: 'gradual', context: 'generalized', frequency: 'most-times', distress: 7, statusNow: 'worse' },
      { kind: 'pain-penetration', onset: { type: 'age', age: 19 }, context: 'situational', situations: 'Only with penetration.', statusNow: 'same' },
      { kind: 'orgasm', onset: { type: 'always' } },
    ],
    lifeChanges: [{ kind: 'pregnancy-birth', when: '2023-04' }, { kind: 'move' }],
    medications: [{ name: 'Sertraline', dose: '50 mg', since: '2023-09' }],
    stressors: [{ kind: 'work', severity: 4 }, { kind: 'money', severity: 8 }, { kind: 'family' }],
    safety: { feelsSafe: 'yes' },
    completedSections: ['concerns', 'health'],
    preferNotToSay: ['substances.cannabis'],
  }, { dateOfBirth: '1989-04-17' });

  it('labels each concern and derives its flags', () => {
    expect(summary.concerns.map((c) => [c.label, c.onset, c.course])).toEqual([
      ['Low or no interest in sex', 'Since 2023-06', 'acquired'],
      ['Pain or difficulty with penetration', 'From age 19 (about 2008)', null],
      ['Reaching orgasm', 'Always (since first sexual experiences)', 'lifelong'],
    ]);
    expect(summary.concerns[0]!.frequency).toBe('Most times (more than half the time)');
    expect(summary.flags).toEqual({ lifelong: true, acquired: true, generalized: true, situational: true, suddenOnset: false });
  });

  it('orders the timeline from onset to now, leaving undated items out', () => {
    expect(summary.timeline).toEqual([
      { when: 'always', label: 'Reaching orgasm began', category: 'concern-onset' },
      { when: 'about 2008', label: 'Pain or difficulty with penetration began', category: 'concern-onset' },
      { when: '2023-04', label: 'Pregnancy or a birth', category: 'life-change' },
      { when: '2023-06', label: 'Low or no interest in sex began', category: 'concern-onset' },
      { when: '2023-09', label: 'Started Sertraline 50 mg', category: 'medication' },
      { when: 'now', label: 'Low or no interest in sex: getting worse', category: 'now' },
      { when: 'now', label: 'Pain or difficulty with penetration: about the same', category: 'now' },
    ]);
  });

  it('sorts stressors by severity and reports progress and skipped questions', () => {
    expect(summary.stressors.map((s) => s.kind)).toEqual(['money', 'work', 'family']);
    expect(summary.progress).toEqual({ completed: 2, total: 7 });
    expect(summary.preferNotToSay).toEqual(['substances.cannabis']);
    expect(summary.safety).toEqual({ feelsSafe: 'yes', wantsToTalk: null, notes: null });
  });
});
