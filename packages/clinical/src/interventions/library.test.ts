import { describe, expect, it } from 'vitest';
import { INTERVENTION_CATEGORIES, INTERVENTION_LIBRARY, PLISSIT_LEVELS, PLISSIT_SOURCES, libraryIntervention } from './library.js';

/** Items the facts file gives no address for ([K]); every other item must cite at least one source. */
const UNSOURCED = new Set(['mindfulness-body-awareness']);

/** Gendered words the client-facing text must not use (whole words, case-insensitive). */
const GENDERED = ['he', 'she', 'him', 'her', 'his', 'hers', 'husband', 'wife', 'boyfriend', 'girlfriend', 'man', 'woman', 'men', 'women'];

const clientText = (key: string) => {
  const item = libraryIntervention(key);
  if (!item) throw new Error(`no library item ${key}`);
  return item.clientInstructions;
};

/** The sentences of a text (split on . ! ?), for checking that a limit and its subject sit in one sentence. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);

describe('intervention library', () => {
  it('has unique kebab-case keys, and every key resolves', () => {
    const keys = INTERVENTION_LIBRARY.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(libraryIntervention(key)?.key).toBe(key);
    }
    expect(libraryIntervention('no-such-item')).toBeUndefined();
  });

  it('uses only the declared categories', () => {
    expect(INTERVENTION_CATEGORIES).toHaveLength(9);
    for (const item of INTERVENTION_LIBRARY) expect(INTERVENTION_CATEGORIES).toContain(item.category);
  });

  it('gives every homework item a client title and instructions in short paragraphs', () => {
    const homework = INTERVENTION_LIBRARY.filter((i) => i.homework);
    expect(homework.length).toBeGreaterThan(5);
    for (const item of homework) {
      expect(item.clientTitle.trim(), item.key).not.toBe('');
      expect(item.clientInstructions.trim(), item.key).not.toBe('');
      const parts = item.clientInstructions.split('\n\n');
      expect(parts.length, item.key).toBeGreaterThanOrEqual(2);
      for (const part of parts) expect(part.trim(), item.key).toBe(part);
    }
  });

  it('has the three sensate-focus stages, in order, for partners, with the sourced pace', () => {
    const keys = INTERVENTION_LIBRARY.filter((i) => i.category === 'sensate-focus').map((i) => i.key);
    expect(keys).toEqual(['sensate-focus-1', 'sensate-focus-2', 'sensate-focus-3']);
    for (const key of keys) {
      const item = libraryIntervention(key)!;
      expect([item.homework, item.forPartners, item.suggestedFrequency]).toEqual([true, true, '2–3 times a week, 20–60 minutes']);
    }
  });

  it('stage 1 puts genital touch and intercourse off limits', () => {
    const text = sentences(clientText('sensate-focus-1'));
    expect(text.some((s) => /\bgenitals\b/i.test(s) && /\boff limits\b/i.test(s))).toBe(true);
    expect(text.some((s) => /\bno intercourse\b/i.test(s))).toBe(true);
    expect(libraryIntervention('sensate-focus-1')!.summary).toMatch(/genitals and breasts are off limits and intercourse and orgasm are banned/i);
  });

  it('stage 2 adds genital touch but still no intercourse; stage 3 moves on only when both agree', () => {
    expect(clientText('sensate-focus-2')).toMatch(/include genitals/i);
    expect(clientText('sensate-focus-2')).toMatch(/still no intercourse/i);
    expect(clientText('sensate-focus-3')).toMatch(/only when you both agree/i);
    expect(clientText('sensate-focus-3')).toMatch(/no movement/i);
  });

  it('states that dilator work is guided by a pelvic-floor physical therapist', () => {
    expect(clientText('dilator-pelvic-floor')).toMatch(/guidance of a pelvic-floor physical therapist/i);
    expect(libraryIntervention('dilator-pelvic-floor')!.summary).toMatch(/pelvic-floor physical therapist/i);
  });

  it('includes the interventions §4.4 names', () => {
    for (const key of ['psychoeducation-sexual-response', 'communication-speaker-listener', 'communication-likes-and-wants', 'cbt-performance-anxiety', 'mindfulness-body-awareness', 'stop-start', 'squeeze-technique', 'directed-masturbation']) {
      expect(libraryIntervention(key), key).toBeDefined();
    }
  });

  it('cites http(s) addresses, and every item but the [K] ones cites at least one', () => {
    for (const item of INTERVENTION_LIBRARY) {
      for (const source of item.sources) expect(new URL(source).protocol, `${item.key}: ${source}`).toMatch(/^https?:$/);
      if (!UNSOURCED.has(item.key)) expect(item.sources.length, item.key).toBeGreaterThan(0);
    }
    for (const source of PLISSIT_SOURCES) expect(new URL(source).protocol).toMatch(/^https?:$/);
  });

  it('keeps client-facing text free of gendered words', () => {
    const pattern = new RegExp(`\\b(${GENDERED.join('|')})\\b`, 'i');
    for (const item of INTERVENTION_LIBRARY) {
      expect(item.clientInstructions, item.key).not.toMatch(pattern);
      expect(item.clientTitle, item.key).not.toMatch(pattern);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(INTERVENTION_LIBRARY)).toBe(true);
    expect(Object.isFrozen(INTERVENTION_LIBRARY[0])).toBe(true);
    expect(Object.isFrozen(INTERVENTION_LIBRARY[0]!.sources)).toBe(true);
  });
});

describe('PLISSIT', () => {
  it('has exactly the four levels, in order of rising intensity', () => {
    expect(PLISSIT_LEVELS.map((l) => l.level)).toEqual(['permission', 'limited-information', 'specific-suggestions', 'intensive-therapy']);
    expect(PLISSIT_LEVELS.map((l) => l.label)).toEqual(['Permission', 'Limited information', 'Specific suggestions', 'Intensive therapy']);
    for (const level of PLISSIT_LEVELS) expect(level.description.trim()).not.toBe('');
  });
});
