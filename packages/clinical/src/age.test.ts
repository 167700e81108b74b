import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('ageOn', () => {
  it('counts whole years, turning over on the birthday itself', () => {
    expect(ageOn('2008-11-25', on('2026-11-24'))).toBe(17);
    expect(ageOn('2008-11-25', on('2026-11-25'))).toBe(18);
    expect(ageOn('1980-01-31', on('2026-11-25'))).toBe(46);
  });
  it('treats a 29 February birthday as reached on 1 March in a common year', () => {
    expect(ageOn('2008-02-29', on('2026-02-28'))).toBe(17);
    expect(ageOn('2008-02-29', on('2026-03-01'))).toBe(18);
  });
  it('is negative for a date in the future', () => {
    expect(ageOn('2027-01-01', on('2026-11-25'))).toBe(-1);
  });
  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    expect(ageOn('2001-02-30', on('2026-11-25'))).toBeNull();
    expect(ageOn('2001-13-01', on('2026-11-25'))).toBeNull();
    expect(ageOn('01/02/2001', on('2026-11-25'))).toBeNull();
    expect(ageOn('', on('2026-11-25'))).toBeNull();
  });
});
