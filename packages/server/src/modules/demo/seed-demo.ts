import type { AppContext, RequestContext, Role } from '../../platform/context.js';
import { createActiveUser } from '../auth/auth.service.js';
import { createClient } from '../clients/clients.service.js';
import { portalConsents, signConsent } from '../consents/consents.service.js';
import { clinicianSubject, openDraft, portalSubject, saveDraft, submitIntake } from '../intake/intake.service.js';
import { createRelationship } from '../relationships/relationships.service.js';
import { DEMO_HISTORIES } from './demo-histories.js';
import { seedDemoCare } from './demo-care.js';
import { seedDemoMeasures } from './demo-measures.js';
import { seedDemoCourse } from './demo-course.js';
import { seedDemoCredentials } from './demo-credentials.js';
import { requestOwnRecord } from '../interop/record-access.service.js';
import { createPractice } from '../practice/practice.service.js';

/**
 * The demo practice: fictional people, realistic shape, so anyone can try every feature.
 * Every staff member shares one TOTP secret so the demo can be signed into from any
 * authenticator app (or computed by the browser tests); real accounts each enrol their own.
 */
export const DEMO_PASSWORD = 'candor-demo-2026';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const DEMO_PRACTICE_NAME = 'Riverside Center for Sexual Health';

export interface DemoAccount {
  email: string;
  displayName: string;
  roles: Role[];
  secondFactor: boolean;
}

export const DEMO_STAFF: DemoAccount[] = [
  { email: 'priya.natarajan@demo.candor.test', displayName: 'Priya Natarajan', roles: ['owner'], secondFactor: true },
  { email: 'amara.okafor@demo.candor.test', displayName: 'Dr. Amara Okafor', roles: ['clinician'], secondFactor: true },
  { email: 'sam.rivera@demo.candor.test', displayName: 'Sam Rivera, LMFT', roles: ['clinician'], secondFactor: true },
  { email: 'helen.park@demo.candor.test', displayName: 'Dr. Helen Park', roles: ['supervisor', 'clinician'], secondFactor: true },
  { email: 'jordan.lee@demo.candor.test', displayName: 'Jordan Lee', roles: ['billing'], secondFactor: true },
];

export const DEMO_CLIENT_LOGIN = { email: 'alex.morgan@demo.candor.test', displayName: 'Alex', roles: ['client'] as Role[], secondFactor: false };

export async function hasAnyPractice(app: AppContext): Promise<boolean> {
  const row = await app.db.selectFrom('practices').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Creates the demo practice, its staff, clients (a couple among them) and a portal login. */
export async function seedDemo(app: AppContext): Promise<{ practiceId: string; accounts: DemoAccount[] }> {
  const ids = await app.db.transaction().execute(async (tx) => {
    const practiceId = await createPractice(app, tx, { name: DEMO_PRACTICE_NAME, timeZone: 'America/Chicago' });
    const byEmail = new Map<string, string>();
    for (const person of DEMO_STAFF) {
      byEmail.set(person.email, await createActiveUser(app, tx, {
        practiceId, email: person.email, displayName: person.displayName, roles: person.roles, clientId: null,
        password: DEMO_PASSWORD, ...(person.secondFactor ? { totpSecret: DEMO_TOTP_SECRET } : {}),
      }));
    }
    return { practiceId, byEmail };
  });
  const asStaff = (email: string, roles: Role[]): RequestContext => ({
    requestId: 'demo-seed', ip: '127.0.0.1',
    actor: { userId: ids.byEmail.get(email)!, practiceId: ids.practiceId, roles, clientId: null },
  });
  const asClinician = (email: string): RequestContext => asStaff(email, ['clinician']);
  const okafor = asClinician('amara.okafor@demo.candor.test');
  const rivera = asClinician('sam.rivera@demo.candor.test');

  const alex = await createClient(app, okafor, {
    firstName: 'Alexandra', lastName: 'Morgan', preferredName: 'Alex', pronouns: 'she/her', email: DEMO_CLIENT_LOGIN.email, dateOfBirth: '1989-04-17',
    genderIdentity: 'Woman', sexAssignedAtBirth: 'female', sexualOrientation: 'Bisexual', relationshipStatus: 'married', relationshipStructure: 'monogamous',
    phone: '(312) 555-0142', preferredContactMethod: 'portal', okToLeaveMessage: true, okToLeaveVoicemail: false,
    emergencyContact: { name: 'Dana Morgan', relationship: 'Sister', phone: '(312) 555-0188' },
    presentingConcern: 'Alex and Jamie describe a growing mismatch in desire since the birth of their daughter two years ago. Alex reports low desire and pain with penetration that began after childbirth.',
  });
  const jamie = await createClient(app, okafor, {
    firstName: 'Jamie', lastName: 'Chen', pronouns: 'he/him', email: 'jamie.chen@demo.candor.test', dateOfBirth: '1987-09-02',
    genderIdentity: 'Man', sexualOrientation: 'Straight', relationshipStatus: 'married', relationshipStructure: 'monogamous',
    phone: '(312) 555-0177', preferredContactMethod: 'text', okToLeaveMessage: true, okToLeaveVoicemail: true,
    presentingConcern: 'Jamie feels rejected and anxious about initiating; reports occasional difficulty keeping an erection when anxious, none when alone.',
  });
  const taylor = await createClient(app, okafor, {
    firstName: 'Taylor', lastName: 'Brooks', pronouns: 'they/them', email: 'taylor.brooks@demo.candor.test', dateOfBirth: '1996-01-23',
    genderIdentity: 'Non-binary', sexualOrientation: 'Asexual', relationshipStatus: 'dating', relationshipStructure: 'other', relationshipStructureOther: 'Figuring it out together',
    presentingConcern: 'Taylor (they/them) is exploring their asexual identity and wants support communicating boundaries with a new partner.',
  });
  await createClient(app, rivera, {
    firstName: 'Robin', lastName: 'Ellis', email: 'robin.ellis@demo.candor.test', dateOfBirth: '1971-06-30',
    presentingConcern: 'Robin reports lifelong difficulty reaching orgasm with partners and wants to understand options.',
  });
  const marc = await createClient(app, rivera, {
    firstName: 'Marcus', lastName: 'Reyes', preferredName: 'Marc', pronouns: 'he/him', email: 'marc.reyes@demo.candor.test', dateOfBirth: '1958-11-08',
    genderIdentity: 'Man', sexualOrientation: 'Gay', relationshipStatus: 'widowed',
    presentingConcern: 'Marc, recently widowed and starting to date again, is worried about erections after prostate surgery last year.',
  });

  const couple = await createRelationship(app, okafor, { memberIds: [alex.id, jamie.id], confidentialityPolicy: 'limited-secrets' });

  const alexUserId = await app.db.transaction().execute((tx) =>
    createActiveUser(app, tx, {
      practiceId: ids.practiceId, email: DEMO_CLIENT_LOGIN.email, displayName: DEMO_CLIENT_LOGIN.displayName, roles: ['client'],
      clientId: alex.id, password: DEMO_PASSWORD,
    }),
  );
  const asAlex: RequestContext = { requestId: 'demo-seed', ip: '127.0.0.1', actor: { userId: alexUserId, practiceId: ids.practiceId, roles: ['client'], clientId: alex.id } };
  // Alex has signed everything and told her history in the portal; Jamie's was taken down in session.
  for (const consent of await portalConsents(app, asAlex)) await signConsent(app, asAlex, consent.versionId, 'Alex Morgan');
  const histories = [
    { rc: asAlex, subject: () => portalSubject(app, asAlex), answers: DEMO_HISTORIES.alex },
    { rc: okafor, subject: () => clinicianSubject(app, okafor, jamie.id), answers: DEMO_HISTORIES.jamie },
    { rc: rivera, subject: () => clinicianSubject(app, rivera, marc.id), answers: DEMO_HISTORIES.marc },
  ];
  for (const h of histories) {
    const subject = await h.subject();
    const { intake } = await openDraft(app, h.rc, subject);
    const saved = await saveDraft(app, h.rc, subject, intake.id, { answers: h.answers, revision: intake.revision });
    await submitIntake(app, h.rc, subject, intake.id, saved.revision);
  }
  await seedDemoCare(app, { okafor, asAlex, alexId: alex.id });
  await seedDemoMeasures(app, { okafor, asAlex, alexId: alex.id, relationshipId: couple.id });
  await seedDemoCourse(app, {
    okafor, rivera, park: asStaff('helen.park@demo.candor.test', ['supervisor', 'clinician']), owner: asStaff('priya.natarajan@demo.candor.test', ['owner']),
    billing: asStaff('jordan.lee@demo.candor.test', ['billing']), asAlex, alexId: alex.id, jamieId: jamie.id, taylorId: taylor.id, marcId: marc.id, relationshipId: couple.id,
    okaforId: okafor.actor!.userId, riveraId: rivera.actor!.userId, parkId: ids.byEmail.get('helen.park@demo.candor.test')!,
  });
  await seedDemoCredentials(app, {
    okafor, rivera, park: asStaff('helen.park@demo.candor.test', ['supervisor', 'clinician']), owner: asStaff('priya.natarajan@demo.candor.test', ['owner']),
    ownerId: ids.byEmail.get('priya.natarajan@demo.candor.test')!,
  });
  // Alex has asked for a copy of her record: it waits for Dr. Okafor's review.
  await requestOwnRecord(app, asAlex);
  return { practiceId: ids.practiceId, accounts: [...DEMO_STAFF, DEMO_CLIENT_LOGIN] };
}

/** The sign-in sheet printed at start-up. */
export function describeDemoSignIns(publicUrl: string): string {
  const lines = [
    `Demo practice: ${DEMO_PRACTICE_NAME} — open ${publicUrl}`,
    `Every demo password: ${DEMO_PASSWORD}`,
    `Staff second factor: add the secret ${DEMO_TOTP_SECRET} to any authenticator app (TOTP, 6 digits, 30 s).`,
    ...[...DEMO_STAFF, DEMO_CLIENT_LOGIN].map((a) => `  ${a.roles.join('+').padEnd(20)} ${a.email}${a.secondFactor ? '' : '   (client portal, no second factor)'}`),
  ];
  return lines.join('\n');
}
