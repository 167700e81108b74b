import { describe, expect, it } from 'vitest';
import {
  CPT_CODES, PLACES_OF_SERVICE, TELEHEALTH_MODIFIERS, isValidCptForKind, suggestCpt, suggestPlaceOfService, type AppointmentKindForBilling, type CptCode,
} from './cpt.js';

const codeFor = (kind: AppointmentKindForBilling, minutes: number, clientPresent?: boolean) =>
  suggestCpt(clientPresent === undefined ? { kind, minutes } : { kind, minutes, clientPresent }).code;

describe('CPT codes', () => {
  it('lists the seven codes once each, with the untimed ones marked', () => {
    expect(CPT_CODES.map((c) => c.code)).toEqual(['90791', '90832', '90834', '90837', '90846', '90847', '90853']);
    expect(CPT_CODES.filter((c) => !c.timed).map((c) => c.code)).toEqual(['90791', '90853']);
    for (const c of CPT_CODES) expect(c.description.trim()).not.toBe('');
  });
});

describe('suggestCpt (APA Services time bands)', () => {
  it.each([
    [0, null], [15, null], [15.9, null], [16, '90832'], [37, '90832'], [37.9, '90832'], [38, '90834'], [52, '90834'], [53, '90837'], [90, '90837'],
  ] as const)('individual %s min → %s', (minutes, code) => {
    expect(codeFor('individual', minutes)).toBe(code);
  });

  it('explains why a short session is not billable as psychotherapy', () => {
    expect(suggestCpt({ kind: 'individual', minutes: 15 }).reason).toMatch(/16 minutes/);
  });

  it.each([
    [25, null], [26, '90847'], [50, '90847'], [90, '90847'],
  ] as const)('joint with the client present, %s min → %s', (minutes, code) => {
    expect(codeFor('joint', minutes)).toBe(code);
    expect(codeFor('joint', minutes, true)).toBe(code);
  });

  it('joint without the client present → 90846, from 26 minutes', () => {
    expect(codeFor('joint', 25, false)).toBeNull();
    expect(codeFor('joint', 26, false)).toBe('90846');
    expect(codeFor('joint', 50, false)).toBe('90846');
    expect(suggestCpt({ kind: 'joint', minutes: 25, clientPresent: false }).reason).toMatch(/90846/);
  });

  it('intake → 90791 and family-group → 90853, whatever the length', () => {
    expect(codeFor('intake', 90)).toBe('90791');
    expect(codeFor('intake', 10)).toBe('90791');
    expect(codeFor('family-group', 90)).toBe('90853');
    expect(codeFor('family-group', 20)).toBe('90853');
  });

  it('refuses an impossible length', () => {
    for (const minutes of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => suggestCpt({ kind: 'individual', minutes })).toThrow(RangeError);
  });

  it('every suggested code is valid for its kind', () => {
    const kinds: AppointmentKindForBilling[] = ['intake', 'individual', 'joint', 'family-group'];
    for (const kind of kinds) {
      for (const minutes of [0, 16, 26, 38, 53, 90]) {
        for (const clientPresent of [true, false]) {
          const { code } = suggestCpt({ kind, minutes, clientPresent });
          if (code !== null) expect(isValidCptForKind(code, kind), `${kind} ${minutes} → ${code}`).toBe(true);
        }
      }
    }
  });
});

describe('isValidCptForKind', () => {
  const table: [CptCode, AppointmentKindForBilling[]][] = [
    ['90791', ['intake', 'individual', 'joint', 'family-group']],
    ['90832', ['intake', 'individual']],
    ['90834', ['intake', 'individual']],
    ['90837', ['intake', 'individual']],
    ['90846', ['joint', 'family-group']],
    ['90847', ['joint', 'family-group']],
    ['90853', ['family-group']],
  ];
  it.each(table)('%s is valid only for %j', (code, valid) => {
    for (const kind of ['intake', 'individual', 'joint', 'family-group'] as const) expect(isValidCptForKind(code, kind), kind).toBe(valid.includes(kind));
  });
});

describe('place of service', () => {
  it('video at home → 10, video elsewhere or unknown → 02, in person → 11; no modifier by default', () => {
    expect(suggestPlaceOfService({ modality: 'video', clientAtHome: true })).toEqual({ placeOfService: '10', modifier: null });
    expect(suggestPlaceOfService({ modality: 'video', clientAtHome: false })).toEqual({ placeOfService: '02', modifier: null });
    expect(suggestPlaceOfService({ modality: 'video' })).toEqual({ placeOfService: '02', modifier: null });
    expect(suggestPlaceOfService({ modality: 'in-person' })).toEqual({ placeOfService: '11', modifier: null });
    expect(suggestPlaceOfService({ modality: 'in-person', clientAtHome: true })).toEqual({ placeOfService: '11', modifier: null });
  });

  it('names the three places of service', () => {
    expect(Object.keys(PLACES_OF_SERVICE).sort()).toEqual(['02', '10', '11']);
    expect(PLACES_OF_SERVICE['10']).toBe('Telehealth provided in patient’s home');
  });

  it('lists the telehealth modifiers 95, GT, FQ, 93 in order, each described', () => {
    expect(TELEHEALTH_MODIFIERS.map((m) => m.modifier)).toEqual(['95', 'GT', 'FQ', '93']);
    for (const m of TELEHEALTH_MODIFIERS) expect(m.description.trim()).not.toBe('');
  });
});
