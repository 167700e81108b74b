import { DateTime } from 'luxon';
import type { AppContext, RequestContext, Role } from '../../platform/context.js';
import { createActiveUser } from '../auth/auth.service.js';
import { logActivity, setConfirmation, setTrack } from '../certification/certification.service.js';
import type { ActivityInput } from '../certification/certification.schemas.js';
import { addCredential, verifyCredential } from '../credentials/credentials.service.js';
import type { CredentialInput } from '../credentials/credentials.schemas.js';
import { contactTherapist, saveOwnProfile, setPracticeListing } from '../directory/directory.service.js';
import type { ProfileInput } from '../directory/directory.schemas.js';
import { createPractice } from '../practice/practice.service.js';
import { createProgramme } from '../training/training.service.js';
import type { ProgrammeInput } from '../training/training.schemas.js';

/**
 * Credentials, certification progress and the public directory in the demo: verified licences
 * and certifications (one licence expiring soon, unverified, so Today and the email alert have
 * something to show), Sam Rivera's log toward AASECT certification with supervision hours
 * awaiting Dr. Park's confirmation, three listed profiles in the practice and two in a second
 * practice on the same deployment (the directory spans both), a contact request waiting for
 * Dr. Okafor, and the operator's training catalogue (fictional programmes).
 */
export interface CredentialCast {
  okafor: RequestContext; rivera: RequestContext; park: RequestContext; owner: RequestContext; ownerId: string;
}

function day(app: AppContext, days: number): string {
  return DateTime.fromJSDate(app.clock.now()).setZone('America/Chicago').plus({ days }).toISODate()!;
}

const PROFILE_DEFAULTS = {
  listed: true, pronouns: null, insurance: [] as string[], feeMin: null, feeMax: null, slidingScale: false, inPerson: true, street: null,
  addressPrecision: 'city' as const, telehealth: true, accepting: true, populations: [] as string[], approaches: [] as string[],
};

async function credentials(app: AppContext, holder: RequestContext, owner: RequestContext, list: (CredentialInput & { verify?: ProfileVerification })[]): Promise<void> {
  for (const { verify, ...input } of list) {
    const credential = await addCredential(app, holder, input);
    if (verify) await verifyCredential(app, owner, credential.id, verify);
  }
}
type ProfileVerification = { method: 'primary-source-lookup' | 'original-document' | 'issuer-confirmation' | 'other'; note?: string };

export async function seedDemoCredentials(app: AppContext, cast: CredentialCast): Promise<void> {
  const { okafor, rivera, park, owner } = cast;
  const lookup: ProfileVerification = { method: 'primary-source-lookup', note: 'State licence lookup' };
  await app.db.updateTable('users').set({ site_admin: 1 }).where('id', '=', cast.ownerId).execute();
  await setPracticeListing(app, owner, true);

  await credentials(app, okafor, owner, [
    { kind: 'degree', type: 'master', title: 'Social Work', issuer: 'Lakeshore University', year: 2011, verify: { method: 'original-document', note: 'Diploma and transcript seen' } },
    { kind: 'licence', type: 'social-work', title: 'Licensed Clinical Social Worker (LCSW)', issuer: 'Illinois Department of Financial and Professional Regulation', jurisdiction: 'IL', number: '149.018842', expiresOn: day(app, 370), verify: lookup },
    { kind: 'licence', type: 'social-work', title: 'Licensed Clinical Social Worker (LCSW)', issuer: 'Wisconsin Department of Safety and Professional Services', jurisdiction: 'WI', number: '10472-123', expiresOn: day(app, 25) },
    { kind: 'certification', type: 'aasect-cst', issuer: 'AASECT', number: 'CST-20431', issuedOn: day(app, -1400), expiresOn: day(app, 700), verify: { method: 'issuer-confirmation', note: 'AASECT directory' } },
  ]);
  await credentials(app, park, owner, [
    { kind: 'degree', type: 'doctorate', title: 'Clinical Psychology (PhD)', issuer: 'Eastbrook University', year: 2004, verify: { method: 'original-document' } },
    { kind: 'licence', type: 'psychology', title: 'Licensed Clinical Psychologist', issuer: 'Illinois Department of Financial and Professional Regulation', jurisdiction: 'IL', number: '071.009931', expiresOn: day(app, 400), verify: lookup },
    { kind: 'licence', type: 'psychology', title: 'Health Service Provider in Psychology', issuer: 'Indiana Professional Licensing Agency', jurisdiction: 'IN', number: '20041187A', expiresOn: day(app, 500), verify: lookup },
    { kind: 'certification', type: 'aasect-cst', issuer: 'AASECT', number: 'CST-11902', expiresOn: day(app, 300), verify: { method: 'issuer-confirmation', note: 'AASECT directory' } },
    { kind: 'certification', type: 'aasect-supervisor', issuer: 'AASECT', number: 'CSTS-4410', expiresOn: day(app, 300), verify: { method: 'issuer-confirmation', note: 'AASECT directory' } },
  ]);
  await credentials(app, rivera, owner, [
    { kind: 'degree', type: 'master', title: 'Clinical Mental Health Counseling', issuer: 'Northgate University', year: 2022, verify: { method: 'original-document' } },
    { kind: 'licence', type: 'counseling', title: 'Licensed Professional Counselor (LPC)', issuer: 'Illinois Department of Financial and Professional Regulation', jurisdiction: 'IL', number: '178.014220', expiresOn: day(app, 450), verify: lookup },
  ]);

  // Sam Rivera works toward AASECT CST under Dr. Park.
  await setTrack(app, rivera, { requirementSet: 'aasect-cst', version: '2025.T.1', supervisionContractOn: day(app, -540) });
  const parkId = park.actor!.userId;
  const log: ActivityInput[] = [
    { kind: 'education', date: day(app, -500), hours: 36, title: 'Foundations of Human Sexuality', provider: 'Great Lakes Sexual Health Collaborative', category: 'core-knowledge', delivery: 'online', aasectApproved: true },
    { kind: 'education', date: day(app, -420), hours: 30, title: 'Sexual Health Across the Lifespan intensive', provider: 'Midwest Institute for Sexual Health', category: 'core-knowledge', delivery: 'in-person', aasectApproved: true },
    { kind: 'education', date: day(app, -300), hours: 14, title: 'SAR weekend', provider: 'Bay Area Attitude Reassessment Collective', category: 'sar', delivery: 'in-person', aasectApproved: true },
    { kind: 'education', date: day(app, -200), hours: 24, title: 'Treating desire discrepancy in couples', provider: 'Midwest Institute for Sexual Health', category: 'sex-therapy', delivery: 'online', aasectApproved: true },
    { kind: 'education', date: day(app, -90), hours: 3, title: 'Sensate focus in practice (supervision didactic)', provider: 'Dr. Helen Park', category: 'sex-therapy', delivery: 'in-person', aasectApproved: false, providedBySupervisor: true },
  ];
  for (let month = 12; month >= 1; month -= 1) {
    log.push({ kind: 'clinical', date: day(app, -30 * month), hours: 9.5, modality: 'in-person', note: 'Monthly total' });
    log.push({ kind: 'clinical', date: day(app, -30 * month + 1), hours: 4.25, modality: 'telehealth', jurisdiction: 'IL', note: 'Monthly total' });
  }
  for (let fortnight = 16; fortnight >= 1; fortnight -= 1) {
    log.push({ kind: 'supervision', date: day(app, -14 * fortnight), hours: 1, format: fortnight % 4 === 0 ? 'group' : 'individual', role: 'received', supervisorUserId: parkId, modality: 'in-person' });
  }
  const entries = [];
  for (const entry of log) entries.push(await logActivity(app, rivera, entry));
  // Dr. Park has confirmed all but the last two.
  for (const entry of entries.filter((e) => e.kind === 'supervision').slice(0, -2)) await setConfirmation(app, park, entry.id, true);

  const profiles: [RequestContext, ProfileInput][] = [
    [okafor, {
      ...PROFILE_DEFAULTS, displayName: 'Amara Okafor, LCSW, CST', pronouns: 'she/her',
      bio: 'I work with individuals and couples of every gender, orientation and relationship form on desire, pain, arousal and reconnecting after life changes like a new baby or illness. Sessions are warm, practical and paced by you; I draw on sensate focus, cognitive behavioural therapy and emotionally focused couples work.',
      specialties: ['low-desire', 'pain-penetration', 'relationship-intimacy', 'arousal'], populations: ['couples', 'individuals', 'lgbtq', 'polyamorous-and-non-monogamous'],
      approaches: ['sensate-focus', 'cbt', 'emotionally-focused', 'plissit'], languages: ['en', 'es'], insurance: ['Blue Cross Blue Shield of Illinois', 'Aetna'],
      feeMin: 140, feeMax: 190, slidingScale: true, city: 'Chicago', state: 'IL', zip: '60611', addressPrecision: 'zip', telehealthStates: ['IL'],
    }],
    [park, {
      ...PROFILE_DEFAULTS, displayName: 'Dr. Helen Park, PhD, CST', pronouns: 'she/her',
      bio: 'Clinical psychologist and AASECT-certified sex therapist and supervisor. I see adults and couples for erection and orgasm concerns, sex after cancer and in later life, and kink- and non-monogamy-affirming relationship work.',
      specialties: ['erection', 'orgasm', 'ejaculation-timing', 'relationship-intimacy'], populations: ['older-adults', 'couples', 'kink-affirming', 'polyamorous-and-non-monogamous', 'people-with-disabilities'],
      approaches: ['cbt', 'mindfulness', 'sensate-focus'], languages: ['en', 'ko'], insurance: [], feeMin: 200, feeMax: 240, street: '2850 N Lakeview Ave, Suite 4',
      city: 'Chicago', state: 'IL', zip: '60657', addressPrecision: 'street', telehealthStates: ['IL', 'IN'], accepting: false,
    }],
    [rivera, {
      ...PROFILE_DEFAULTS, displayName: 'Sam Rivera, LPC', pronouns: 'they/them',
      bio: 'Counselor working toward AASECT certification under supervision. I offer an affirming space for LGBTQ+, transgender and non-binary adults exploring identity, orientation and what they want from sex and relationships.',
      specialties: ['identity-orientation', 'orgasm', 'low-desire'], populations: ['lgbtq', 'transgender-nonbinary', 'asexual-spectrum', 'young-adults'],
      approaches: ['narrative', 'psychoeducation', 'mindfulness'], languages: ['en', 'es'], insurance: ['Aetna', 'Cigna'], feeMin: 90, feeMax: 130, slidingScale: true,
      city: 'Evanston', state: 'IL', zip: '60201', telehealthStates: ['IL'],
    }],
  ];
  for (const [rc, profile] of profiles) await saveOwnProfile(app, rc, profile);

  await seedSecondPractice(app);

  // A prospective client's request through the public page: the clinician sees it on Today.
  const amara = await app.db.selectFrom('directory_profiles').select('slug').where('user_id', '=', okafor.actor!.userId).executeTakeFirstOrThrow();
  await contactTherapist(app, amara.slug, {
    name: 'Riley Nguyen', email: 'riley.nguyen@example.com', preferredContact: 'email', adult: true,
    message: 'Hi — my partner and I have drifted apart physically since we moved in together and we would like to work on it together. Are you taking new couples on weekday evenings?',
  }, '127.0.0.1');

  const siteAdmin: RequestContext = { ...owner, actor: { ...owner.actor!, siteAdmin: true } };
  for (const programme of TRAINING) await createProgramme(app, siteAdmin, programme);
}

/** A second practice on the same deployment, opted in: the directory spans practices. */
async function seedSecondPractice(app: AppContext): Promise<void> {
  const people = [
    { email: 'nadia.haddad@prairie.demo.candor.test', name: 'Dr. Nadia Haddad', roles: ['owner', 'clinician'] as Role[] },
    { email: 'rafael.ortiz@prairie.demo.candor.test', name: 'Rafael Ortiz', roles: ['clinician'] as Role[] },
  ];
  const { practiceId, ids } = await app.db.transaction().execute(async (tx) => {
    const practiceId = await createPractice(app, tx, { name: 'Prairie Sexual Wellness', timeZone: 'America/Chicago' });
    const ids: string[] = [];
    for (const p of people) ids.push(await createActiveUser(app, tx, { practiceId, email: p.email, displayName: p.name, roles: p.roles, clientId: null, password: `${practiceId}-unused-demo` }));
    return { practiceId, ids };
  });
  const rc = (i: number): RequestContext => ({ requestId: 'demo-seed', ip: '127.0.0.1', actor: { userId: ids[i]!, practiceId, roles: people[i]!.roles, clientId: null } });
  await setPracticeListing(app, rc(0), true);
  await credentials(app, rc(0), rc(0), [
    { kind: 'licence', type: 'psychology', title: 'Licensed Clinical Psychologist', jurisdiction: 'IL', number: '071.011207', expiresOn: day(app, 600), verify: { method: 'primary-source-lookup' } },
    { kind: 'certification', type: 'aasect-cst', issuer: 'AASECT', expiresOn: day(app, 400), verify: { method: 'issuer-confirmation' } },
  ]);
  await credentials(app, rc(1), rc(0), [
    { kind: 'licence', type: 'marriage-family-therapy', title: 'Licensed Marriage and Family Therapist (LMFT)', jurisdiction: 'IL', number: '131.006543', expiresOn: day(app, 300), verify: { method: 'primary-source-lookup' } },
    { kind: 'licence', type: 'marriage-family-therapy', title: 'Licensed Marriage and Family Therapist (LMFT)', jurisdiction: 'WI', number: '2214-124', expiresOn: day(app, 300), verify: { method: 'primary-source-lookup' } },
  ]);
  await saveOwnProfile(app, rc(0), {
    ...PROFILE_DEFAULTS, displayName: 'Dr. Nadia Haddad, PsyD, CST', pronouns: 'she/her',
    bio: 'I help women and couples with pain during sex, vaginismus and arousal concerns, working closely with pelvic-floor physical therapists. Arabic and English.',
    specialties: ['pain-penetration', 'arousal', 'trauma-related'], populations: ['individuals', 'couples', 'survivors', 'faith-communities'], approaches: ['cbt', 'trauma-informed', 'psychoeducation'],
    languages: ['en', 'ar'], feeMin: 175, feeMax: 175, city: 'Oak Park', state: 'IL', zip: '60302', telehealthStates: ['IL'],
  });
  await saveOwnProfile(app, rc(1), {
    ...PROFILE_DEFAULTS, displayName: 'Rafael Ortiz, LMFT', pronouns: 'he/him',
    bio: 'Marriage and family therapist seeing couples and polycules by video across Illinois and Wisconsin, in English and Spanish. Desire differences, affairs and opening up a relationship.',
    specialties: ['relationship-intimacy', 'low-desire', 'compulsive-behaviour'], populations: ['couples', 'polyamorous-and-non-monogamous', 'lgbtq'], approaches: ['gottman', 'emotionally-focused', 'solution-focused'],
    languages: ['en', 'es'], feeMin: 120, feeMax: 160, slidingScale: true, inPerson: false, city: null, state: null, zip: null, telehealthStates: ['IL', 'WI'],
  });
}

/** The operator's catalogue: fictional programmes of each kind (addresses on example.org). */
const TRAINING: ProgrammeInput[] = [
  { kind: 'degree', name: 'MSW with a Sexual Health Concentration', provider: 'Lakeshore University School of Social Work', format: 'in-person', city: 'Chicago', state: 'IL', country: 'United States', length: '2 years full time', costMin: 48000, costMax: 62000, countsToward: ['degree', 'core-knowledge'], url: 'https://example.org/lakeshore/msw-sexual-health', description: 'A clinical social work degree with four graduate courses in human sexuality and a sex-therapy practicum.' },
  { kind: 'degree', name: 'PhD in Human Sexuality Studies', provider: 'Eastbrook University', format: 'hybrid', city: 'Philadelphia', state: 'PA', country: 'United States', length: '4–5 years', costMin: 90000, costMax: 120000, countsToward: ['degree', 'core-knowledge', 'sex-therapy'], url: 'https://example.org/eastbrook/phd-human-sexuality', description: 'Research doctorate with an optional clinical sex-therapy track.' },
  { kind: 'certificate', name: 'Sex Therapy Certificate Program', provider: 'Midwest Institute for Sexual Health', format: 'hybrid', city: 'Minneapolis', state: 'MN', country: 'United States', length: '12 months', costMin: 5500, costMax: 6800, countsToward: ['core-knowledge', 'sex-therapy'], url: 'https://example.org/mish/sex-therapy-certificate', description: 'Monthly weekend modules and online seminars covering the core knowledge areas and sex-therapy training.' },
  { kind: 'certificate', name: 'Online Sexual Health Certificate', provider: 'Great Lakes Sexual Health Collaborative', format: 'online', country: 'United States', length: '9 months, self-paced', costMin: 3200, costMax: 3200, countsToward: ['core-knowledge'], url: 'https://example.org/glshc/online-certificate', description: 'Recorded lectures and live case discussions; eLearning hours count within the online cap.' },
  { kind: 'sar', name: 'SAR Weekend Intensive', provider: 'Bay Area Attitude Reassessment Collective', format: 'in-person', city: 'Oakland', state: 'CA', country: 'United States', length: '2½ days (14 hours)', costMin: 450, costMax: 650, countsToward: ['sar'], url: 'https://example.org/baarc/sar-weekend', description: 'A small-group sexual attitude reassessment with structured reflection.' },
  { kind: 'sar', name: 'Virtual SAR', provider: 'Open Doors Sexuality Education', format: 'online', country: 'United States', length: '12 hours over two weekends', costMin: 395, costMax: 395, countsToward: ['sar', 'renewal'], url: 'https://example.org/open-doors/virtual-sar', description: 'Live online SAR with breakout groups of six.' },
  { kind: 'continuing-education', name: 'Clinical Sex Therapy Case Consultation', provider: 'Riverside Supervision Collective', format: 'online', country: 'United States', length: 'Monthly, 2 hours', costMin: 60, costMax: 60, countsToward: ['sex-therapy', 'renewal'], url: 'https://example.org/rsc/case-consultation', description: 'Case-based continuing education for clinicians working toward or renewing certification.' },
  { kind: 'continuing-education', name: 'Heartland Sexual Health Conference', provider: 'Heartland Sexuality Educators', format: 'in-person', city: 'Kansas City', state: 'MO', country: 'United States', length: '3 days', costMin: 350, costMax: 700, countsToward: ['core-knowledge', 'renewal'], url: 'https://example.org/heartland/conference', description: 'Annual conference with sessions across the core knowledge areas.' },
];
