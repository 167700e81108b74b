import { describe, expect, it } from 'vitest';
import { CertificationInputError, certificationProgress, renewalProgress, type ActivityEntry, type CertificationFacts } from './progress.js';
import { AASECT_CST_2025_T_1, AASECT_RENEWAL_2025_R_1, REQUIREMENT_SETS, renewalRequirementSet, requirementSet } from './requirements.js';
import {
  CERTIFICATION_TYPES, CE_CATEGORIES, DEGREE_LEVELS, DIRECTORY_APPROACHES, DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS, LICENSED_PROFESSIONS, US_STATES,
} from './vocabularies.js';

const TODAY = '2026-11-26';

let nextId = 0;
const id = () => `e${++nextId}`;

type Education = Extract<ActivityEntry, { kind: 'education' }>;
type Supervision = Extract<ActivityEntry, { kind: 'supervision' }>;

const education = (hours: number, over: Partial<Education> = {}): ActivityEntry => ({
  id: id(), kind: 'education', date: '2026-01-15', hours, category: 'core-knowledge', delivery: 'in-person', aasectApproved: true,
  providedBySupervisor: false, ...over,
});
const clinical = (hours: number, modality: 'in-person' | 'telehealth', date = '2026-02-01'): ActivityEntry => ({
  id: id(), kind: 'clinical', date, hours, modality,
});
const supervision = (hours: number, over: Partial<Supervision> = {}): ActivityEntry => ({
  id: id(), kind: 'supervision', date: '2026-03-01', hours, format: 'individual', supervisorCertified: true, confirmed: true, role: 'received', ...over,
});
/** `count` entries of `hours` each. */
const times = (count: number, make: () => ActivityEntry): ActivityEntry[] => Array.from({ length: count }, make);

const FACTS: CertificationFacts = {
  today: TODAY,
  degrees: [{ level: 'master', year: 2020 }],
  licences: [{ profession: 'counseling', expiresOn: '2028-06-30', verified: true }],
};

const progress = (entries: ActivityEntry[], facts: Partial<CertificationFacts> = {}) => certificationProgress(AASECT_CST_2025_T_1, entries, { ...FACTS, ...facts });
const requirement = (entries: ActivityEntry[], reqId: string) => {
  const found = progress(entries).hourRequirements.find((r) => r.id === reqId);
  if (!found) throw new Error(`no requirement ${reqId}`);
  return found;
};

describe('vocabularies', () => {
  it('have unique ids and the expected sizes', () => {
    const lists = [DEGREE_LEVELS, LICENSED_PROFESSIONS, CERTIFICATION_TYPES, CE_CATEGORIES, DIRECTORY_POPULATIONS, DIRECTORY_APPROACHES, US_STATES, DIRECTORY_LANGUAGES];
    for (const list of lists) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of list) expect(item.label.trim()).not.toBe('');
    }
    expect(DEGREE_LEVELS.map((d) => [d.id, d.rank])).toEqual([['bachelor', 1], ['master', 2], ['doctorate', 3]]);
    expect(LICENSED_PROFESSIONS).toHaveLength(6);
    expect(US_STATES).toHaveLength(52);
    expect(US_STATES.find((s) => s.id === 'IL')?.label).toBe('Illinois');
    expect(DIRECTORY_LANGUAGES).toHaveLength(20);
    expect(DIRECTORY_LANGUAGES.find((l) => l.id === 'ase')?.label).toBe('American Sign Language');
  });
});

describe('requirement sets', () => {
  it('encode AASECT CST 2025.T.1 with the published figures', () => {
    expect(requirementSet('aasect-cst')).toBe(AASECT_CST_2025_T_1);
    expect(requirementSet('aasect-cst', '2025.T.1')).toBe(AASECT_CST_2025_T_1);
    expect(requirementSet('aasect-cst', '1999.T.1')).toBeUndefined();
    expect(requirementSet('no-such-track')).toBeUndefined();
    expect(REQUIREMENT_SETS[0]).toBe(AASECT_CST_2025_T_1);
    const summary = AASECT_CST_2025_T_1.hourRequirements.map((r) => [r.id, r.required, r.caps.map((c) => [c.id, c.max])]);
    expect(summary).toEqual([
      ['core-knowledge', 90, [['online', 75]]],
      ['sex-therapy', 60, [['online', 30], ['provided-by-supervisor', 5]]],
      ['sar', 10, []],
      ['clinical', 300, [['telehealth', 150]]],
      ['supervision', 50, [['group', 25]]],
    ]);
    expect(AASECT_CST_2025_T_1.degreeExperience.anyOf).toEqual([{ degree: 'master', minYearsAfterDegree: 2 }, { degree: 'doctorate', minYearsAfterDegree: 1 }]);
    expect([...AASECT_CST_2025_T_1.licence.professions].sort()).toEqual(LICENSED_PROFESSIONS.map((p) => p.id).sort());
    for (const r of AASECT_CST_2025_T_1.hourRequirements) expect(r.source).toMatch(/^https?:\/\//);
    expect(Object.isFrozen(AASECT_CST_2025_T_1.hourRequirements[0]?.caps[0])).toBe(true);
  });

  it('encode AASECT renewal 2025.R.1', () => {
    expect(renewalRequirementSet()).toBe(AASECT_RENEWAL_2025_R_1);
    expect(renewalRequirementSet('2025.R.1')).toBe(AASECT_RENEWAL_2025_R_1);
    expect(renewalRequirementSet('2020.R.1')).toBeUndefined();
    const r = AASECT_RENEWAL_2025_R_1;
    expect([r.cycleYears, r.requiredCredits, r.aasectHoursPerCredit, r.alternative.minAasectCredits]).toEqual([3, 20, 1, 5]);
    expect(r.alternative.methods.map((m) => [m.id, m.hoursPerCredit, m.maxCredits])).toEqual([
      ['non-aasect-ce', 2, 5], ['supervision-received', 1, 5], ['supervision-provided', 1, 5],
    ]);
  });
});

describe('certificationProgress: hour caps', () => {
  it('counts at most 75 online core-knowledge hours: 80 online + 5 in person → 80 counted, 5 excess', () => {
    const r = requirement([education(20, { delivery: 'online' }), ...times(3, () => education(20, { delivery: 'online' })), education(5)], 'core-knowledge');
    expect(r).toMatchObject({ required: 90, logged: 85, counted: 80, remaining: 10, met: false, pendingConfirmation: 0 });
    expect(r.capsApplied).toEqual([{ id: 'online', label: 'eLearning (online) hours', max: 75, logged: 80, counted: 75, excess: 5 }]);
  });

  it('meets core knowledge with 75 online + 15 in person', () => {
    const r = requirement([...times(5, () => education(15, { delivery: 'online' })), education(15)], 'core-knowledge');
    expect(r).toMatchObject({ logged: 90, counted: 90, remaining: 0, met: true });
  });

  it('does not hit the 150 telehealth cap with 100 telehealth hours', () => {
    const r = requirement(times(5, () => clinical(20, 'telehealth')), 'clinical');
    expect(r).toMatchObject({ required: 300, logged: 100, counted: 100, remaining: 200, met: false });
    expect(r.capsApplied).toEqual([{ id: 'telehealth', label: 'Telehealth hours', max: 150, logged: 100, counted: 100, excess: 0 }]);
  });

  it('caps telehealth at 150: 200 telehealth + 120 in person → 270 counted, 30 remaining', () => {
    const r = requirement([...times(10, () => clinical(20, 'telehealth')), ...times(6, () => clinical(20, 'in-person'))], 'clinical');
    expect(r).toMatchObject({ logged: 320, counted: 270, remaining: 30, met: false });
    expect(r.capsApplied[0]).toMatchObject({ logged: 200, counted: 150, excess: 50 });
  });

  it('caps group supervision at 25: 30 group + 10 individual → 35 counted', () => {
    const r = requirement([...times(3, () => supervision(10, { format: 'group' })), supervision(10)], 'supervision');
    expect(r).toMatchObject({ required: 50, logged: 40, counted: 35, remaining: 15, met: false, pendingConfirmation: 0 });
    expect(r.capsApplied).toEqual([{ id: 'group', label: 'Group supervision hours', max: 25, logged: 30, counted: 25, excess: 5 }]);
  });

  it('does not count unconfirmed supervision but reports it as pending', () => {
    const r = requirement([supervision(10), supervision(6, { confirmed: false }), supervision(1.5, { confirmed: false, format: 'group' })], 'supervision');
    expect(r).toMatchObject({ logged: 10, counted: 10, remaining: 40, pendingConfirmation: 7.5 });
  });

  it('does not count supervision with an uncertified supervisor, nor supervision the clinician provided', () => {
    const r = requirement([
      supervision(10), supervision(8, { supervisorCertified: false }), supervision(8, { supervisorCertified: false, confirmed: false }),
      supervision(12, { role: 'provided' }),
    ], 'supervision');
    expect(r).toMatchObject({ logged: 10, counted: 10, remaining: 40, pendingConfirmation: 0 });
  });

  it('counts at most 5 didactic hours given by the supervisor toward sex-therapy training: 8 → 5', () => {
    const r = requirement([education(8, { category: 'sex-therapy', providedBySupervisor: true })], 'sex-therapy');
    expect(r).toMatchObject({ required: 60, logged: 8, counted: 5, remaining: 55 });
    expect(r.capsApplied).toEqual([
      { id: 'online', label: 'eLearning (online) hours', max: 30, logged: 0, counted: 0, excess: 0 },
      { id: 'provided-by-supervisor', label: 'Didactic hours given by your supervisor', max: 5, logged: 8, counted: 5, excess: 3 },
    ]);
  });

  it('caps online sex-therapy hours at 30, and an online supervisor-given hour under both caps', () => {
    const r = requirement([
      education(24, { category: 'sex-therapy', delivery: 'online' }), education(4, { category: 'sex-therapy', delivery: 'online' }),
      education(6, { category: 'sex-therapy', delivery: 'online', providedBySupervisor: true }), education(10, { category: 'sex-therapy' }),
    ], 'sex-therapy');
    // 28 online first, then only 2 of the 6 online supervisor hours fit the online cap; 10 in person count in full.
    expect(r).toMatchObject({ logged: 44, counted: 40, remaining: 20 });
    expect(r.capsApplied).toEqual([
      { id: 'online', label: 'eLearning (online) hours', max: 30, logged: 34, counted: 30, excess: 4 },
      { id: 'provided-by-supervisor', label: 'Didactic hours given by your supervisor', max: 5, logged: 6, counted: 2, excess: 1 },
    ]);
  });

  it('counts SAR hours only from the SAR category, and only its own category per requirement', () => {
    const p = progress([education(10, { category: 'sar' }), education(7, { category: 'other' }), education(3)]);
    const byId = Object.fromEntries(p.hourRequirements.map((r) => [r.id, r.counted]));
    expect(byId).toEqual({ 'core-knowledge': 3, 'sex-therapy': 0, sar: 10, clinical: 0, supervision: 0 });
    expect(p.hourRequirements.find((r) => r.id === 'sar')?.met).toBe(true);
  });

  it('does not count hours dated after today, but counts hours dated today', () => {
    const r = requirement([clinical(10, 'in-person', '2026-11-27'), clinical(4, 'in-person', TODAY), clinical(2, 'telehealth', '2027-01-01')], 'clinical');
    expect(r).toMatchObject({ logged: 4, counted: 4, remaining: 296, futureDated: 12 });
    expect(r.capsApplied[0]).toMatchObject({ logged: 0, counted: 0 });
  });

  it('sums quarter hours exactly: 360 × 0.25 = 90 core-knowledge hours → met', () => {
    const r = requirement(times(360, () => education(0.25)), 'core-knowledge');
    expect(r).toMatchObject({ logged: 90, counted: 90, remaining: 0, met: true });
  });

  it('sums mixed quarter hours exactly (0.75 × 40 + 0.5 × 60 + 0.25 × 120 = 90) and caps them exactly', () => {
    const entries = [
      ...times(40, () => education(0.75, { delivery: 'online' })), ...times(60, () => education(0.5, { delivery: 'online' })),
      ...times(120, () => education(0.25, { delivery: 'online' })), education(2.25),
    ];
    const r = requirement(entries, 'core-knowledge');
    expect(r).toMatchObject({ logged: 92.25, counted: 77.25, remaining: 12.75, met: false });
    expect(r.capsApplied[0]).toMatchObject({ logged: 90, counted: 75, excess: 15 });
  });

  it('is complete when every hour requirement and both non-hour rules are met', () => {
    const entries = [
      ...times(6, () => education(15)), ...times(4, () => education(15, { category: 'sex-therapy' })), education(10, { category: 'sar' }),
      ...times(15, () => clinical(20, 'in-person')), ...times(5, () => supervision(10)),
    ];
    const p = progress(entries);
    expect(p.hourRequirements.map((r) => [r.id, r.counted, r.met])).toEqual([
      ['core-knowledge', 90, true], ['sex-therapy', 60, true], ['sar', 10, true], ['clinical', 300, true], ['supervision', 50, true],
    ]);
    expect(p).toMatchObject({ setId: 'aasect-cst', version: '2025.T.1', complete: true });
    expect(progress(entries, { licences: [] }).complete).toBe(false);
    expect(progress(entries.slice(1)).complete).toBe(false);
  });
});

describe('certificationProgress: degree and experience', () => {
  const degree = (degrees: CertificationFacts['degrees'], extra: Partial<CertificationFacts> = {}) => progress([], { degrees, ...extra }).degreeExperience;

  it('meets with a master’s from 2024 on 2026-11-26 (2 years)', () => {
    expect(degree([{ level: 'master', year: 2024 }])).toEqual({ met: true, detail: "Master's degree (2024): about 2 years of post-degree experience; 2 years needed." });
  });

  it('does not meet with a master’s from 2025 (1 year)', () => {
    expect(degree([{ level: 'master', year: 2025 }])).toEqual({ met: false, detail: "Master's degree (2025): about 1 year of post-degree experience; 2 years needed." });
  });

  it('meets with a doctorate from 2025 (1 year)', () => {
    expect(degree([{ level: 'doctorate', year: 2025 }])).toEqual({ met: true, detail: 'Doctoral degree (2025): about 1 year of post-degree experience; 1 year needed.' });
  });

  it('does not meet with a doctorate from this year', () => {
    expect(degree([{ level: 'doctorate', year: 2026 }]).met).toBe(false);
  });

  it('meets with an older master’s even when a newer doctorate is not yet a year old', () => {
    expect(degree([{ level: 'master', year: 2018 }, { level: 'doctorate', year: 2026 }]).met).toBe(true);
  });

  it('does not count a bachelor’s degree', () => {
    expect(degree([{ level: 'bachelor', year: 2010 }])).toEqual({
      met: false,
      detail: "No recorded degree qualifies: this certification needs a master's degree and 2 years, or a doctoral degree and 1 year of post-degree clinical experience.",
    });
    expect(degree([]).met).toBe(false);
  });

  it('caps the years at the whole years since clinical experience began', () => {
    expect(degree([{ level: 'master', year: 2020 }], { clinicalExperienceStartedOn: '2025-03-01' })).toEqual({
      met: false, detail: "Master's degree (2020): about 1 year of post-degree experience (clinical experience recorded from 2025-03-01); 2 years needed.",
    });
    expect(degree([{ level: 'master', year: 2020 }], { clinicalExperienceStartedOn: '2024-11-26' }).met).toBe(true);
    expect(degree([{ level: 'master', year: 2020 }], { clinicalExperienceStartedOn: '2024-11-27' }).met).toBe(false);
    expect(degree([{ level: 'master', year: 2020 }], { clinicalExperienceStartedOn: null }).met).toBe(true);
  });
});

describe('certificationProgress: licence', () => {
  const licence = (licences: CertificationFacts['licences']) => progress([], { licences }).licence;

  it('meets and is verified with a current verified licence', () => {
    expect(licence([{ profession: 'counseling', expiresOn: '2028-06-30', verified: true }]))
      .toEqual({ met: true, verified: true, detail: 'A current counseling licence is recorded and verified.' });
  });

  it('is not met when the licence has expired, and is still current on its expiry date', () => {
    expect(licence([{ profession: 'psychology', expiresOn: '2026-11-25', verified: true }]))
      .toEqual({ met: false, verified: false, detail: 'Every recorded licence in a qualifying profession has expired.' });
    expect(licence([{ profession: 'psychology', expiresOn: TODAY, verified: true }])).toMatchObject({ met: true, verified: true });
  });

  it('is met but never claimed verified when the licence is unverified', () => {
    expect(licence([{ profession: 'marriage-family-therapy', expiresOn: null, verified: false }]))
      .toEqual({ met: true, verified: false, detail: 'A current marriage and family therapy licence is recorded but not yet verified.' });
  });

  it('does not borrow verification from an expired licence', () => {
    expect(licence([
      { profession: 'social-work', expiresOn: '2020-01-01', verified: true }, { profession: 'social-work', expiresOn: '2029-01-01', verified: false },
    ])).toMatchObject({ met: true, verified: false });
  });

  it('is not met without a licence in a listed profession', () => {
    expect(licence([])).toEqual({ met: false, verified: false, detail: 'No licence in a qualifying profession is recorded.' });
    expect(licence([{ profession: 'dentistry' as never, expiresOn: null, verified: true }]).met).toBe(false);
  });
});

describe('certificationProgress: input checks', () => {
  const fieldOf = (run: () => unknown): string | null => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(CertificationInputError);
      return (error as CertificationInputError).field;
    }
    return null;
  };

  it.each([0, -1, 200.25, 201, 0.1, 1.3, Number.NaN, Infinity])('rejects %s hours with field "hours"', (hours) => {
    expect(fieldOf(() => progress([clinical(hours, 'in-person')]))).toBe('hours');
  });

  it('accepts 200 hours and 0.25 hours', () => {
    expect(requirement([clinical(200, 'in-person'), clinical(0.25, 'in-person')], 'clinical').counted).toBe(200.25);
  });

  it('names the entry and the field for bad dates, categories and facts', () => {
    const bad = { ...clinical(1, 'in-person'), id: 'bad-1', date: '2026-02-30' };
    let caught: unknown;
    try {
      progress([bad]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CertificationInputError);
    expect(caught).toMatchObject({ field: 'date', entryId: 'bad-1' });
    expect(fieldOf(() => progress([education(1, { category: 'astrology' as never })]))).toBe('category');
    expect(fieldOf(() => progress([], { today: '26/11/2026' }))).toBe('today');
    expect(fieldOf(() => progress([], { degrees: [{ level: 'master', year: 2020.5 }] }))).toBe('year');
    expect(fieldOf(() => progress([], { licences: [{ profession: 'nursing', expiresOn: 'soon', verified: false }] }))).toBe('expiresOn');
    expect(fieldOf(() => progress([], { clinicalExperienceStartedOn: '2024-13-01' }))).toBe('clinicalExperienceStartedOn');
  });
});

describe('renewalProgress', () => {
  const CYCLE = { cycleStartsOn: '2024-01-01', cycleEndsOn: '2026-12-31' };
  const renewal = (entries: ActivityEntry[], cycle = CYCLE) => renewalProgress(AASECT_RENEWAL_2025_R_1, entries, cycle);
  const aasect = (hours: number, over: Partial<Education> = {}) => education(hours, { aasectApproved: true, ...over });
  const nonAasect = (hours: number, over: Partial<Education> = {}) => education(hours, { aasectApproved: false, ...over });

  it('meets by the standard route with 20 AASECT credits', () => {
    expect(renewal([aasect(12), aasect(8, { category: 'sex-therapy', delivery: 'online' })])).toEqual({
      aasectCredits: 20,
      otherCredits: {
        nonAasectCe: { id: 'non-aasect-ce', label: 'Sexuality CE not approved by AASECT (half value)', loggedHours: 0, credits: 0, maxCredits: 5, capped: false },
        supervisionReceived: {
          id: 'supervision-received', label: 'Supervision received from an AASECT Certified Supervisor', loggedHours: 0, credits: 0, maxCredits: 5, capped: false,
        },
        supervisionProvided: { id: 'supervision-provided', label: 'Supervision provided as a supervisor', loggedHours: 0, credits: 0, maxCredits: 5, capped: false },
      },
      totalCredits: 20,
      required: 20,
      met: true,
      route: 'standard',
      shortBy: 0,
      pendingConfirmationHours: 0,
    });
  });

  it('meets by the alternative route with exactly 20: 5 AASECT + 10 non-AASECT hours (5) + 5 received + 5 provided', () => {
    const r = renewal([aasect(5), nonAasect(10), supervision(5), supervision(5, { role: 'provided', supervisorCertified: false, confirmed: false })]);
    expect(r).toMatchObject({ aasectCredits: 5, totalCredits: 20, met: true, route: 'alternative', shortBy: 0 });
    expect(r.otherCredits.nonAasectCe).toMatchObject({ loggedHours: 10, credits: 5, capped: false });
    expect(r.otherCredits.supervisionReceived).toMatchObject({ loggedHours: 5, credits: 5, capped: false });
    expect(r.otherCredits.supervisionProvided).toMatchObject({ loggedHours: 5, credits: 5, capped: false });
  });

  it('is not met with 4 AASECT credits however many other credits', () => {
    const r = renewal([aasect(4), nonAasect(20), supervision(10), supervision(10, { role: 'provided' })]);
    expect(r).toMatchObject({ aasectCredits: 4, totalCredits: 19, met: false, route: null, shortBy: 1 });
    expect([r.otherCredits.nonAasectCe.credits, r.otherCredits.supervisionReceived.credits, r.otherCredits.supervisionProvided.credits]).toEqual([5, 5, 5]);
  });

  it('caps 12 non-AASECT hours (6 credits at half value) at 5 credits', () => {
    const r = renewal([aasect(15), nonAasect(12)]);
    expect(r.otherCredits.nonAasectCe).toMatchObject({ loggedHours: 12, credits: 5, maxCredits: 5, capped: true });
    expect(r).toMatchObject({ aasectCredits: 15, totalCredits: 20, met: true, route: 'alternative', shortBy: 0 });
  });

  it('gives half credit for non-AASECT quarter hours exactly: 0.25 h → 0.125 credit', () => {
    const r = renewal([aasect(10), nonAasect(0.25), nonAasect(0.5)]);
    expect(r.otherCredits.nonAasectCe).toMatchObject({ loggedHours: 0.75, credits: 0.375, capped: false });
    expect(r).toMatchObject({ totalCredits: 10.375, met: false, shortBy: 9.625 });
  });

  it('ignores entries outside the cycle (both ends included)', () => {
    const r = renewal([
      aasect(10, { date: '2023-12-31' }), aasect(3, { date: '2024-01-01' }), aasect(2, { date: '2026-12-31' }), aasect(10, { date: '2027-01-01' }),
      supervision(5, { date: '2023-06-01' }),
    ]);
    expect(r).toMatchObject({ aasectCredits: 5, totalCredits: 5, met: false, shortBy: 15 });
    expect(r.otherCredits.supervisionReceived.loggedHours).toBe(0);
  });

  it('counts only sexuality-related CE: the "other" category never counts', () => {
    const r = renewal([aasect(20, { category: 'other' }), nonAasect(10, { category: 'other' }), aasect(6, { category: 'sar' })]);
    expect(r).toMatchObject({ aasectCredits: 6, totalCredits: 6, met: false, shortBy: 14 });
    expect(r.otherCredits.nonAasectCe.loggedHours).toBe(0);
  });

  it('counts supervision received only from a certified supervisor once confirmed, and reports pending hours', () => {
    const r = renewal([aasect(15), supervision(3), supervision(2, { confirmed: false }), supervision(4, { supervisorCertified: false })]);
    expect(r.otherCredits.supervisionReceived).toMatchObject({ loggedHours: 3, credits: 3, capped: false });
    expect(r).toMatchObject({ totalCredits: 18, met: false, shortBy: 2, pendingConfirmationHours: 2 });
  });

  it('rejects invalid hours and an inverted cycle', () => {
    expect(() => renewal([aasect(0.2)])).toThrow(CertificationInputError);
    expect(() => renewal([aasect(0.2)])).toThrow(expect.objectContaining({ field: 'hours' }));
    expect(() => renewal([], { cycleStartsOn: '2026-01-01', cycleEndsOn: '2025-12-31' })).toThrow(expect.objectContaining({ field: 'cycleEndsOn' }));
  });
});
