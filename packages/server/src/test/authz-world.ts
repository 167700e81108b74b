import { DateTime } from 'luxon';
import type { Role } from '../platform/context.js';
import { createActiveUser } from '../modules/auth/auth.service.js';
import { DEMO_CLIENT_LOGIN, DEMO_PASSWORD, seedDemo } from '../modules/demo/seed-demo.js';
import { generate } from 'otplib';
import { newId } from '../platform/ids.js';
import { Agent, demoAgent, lastMailTo, PASSWORD, seedPractice, TOTP_SECRET, type TestApp } from './harness.js';

/**
 * The world the authorization matrix runs in: the demo practice, seen from Alex's side. Alex
 * (a portal client) and Jamie are a couple; Dr. Amara Okafor is on both care teams and is the
 * relationship's clinician; Sam Rivera is a clinician of the same practice with his own clients
 * (Marc among them); Dr. Helen Park supervises Okafor; a second supervisor supervises nobody;
 * Jordan Lee does billing; Priya Natarajan owns the practice; and a user of another practice
 * owns and practises there. Every resource named below belongs to Alex, to Okafor, or to the
 * couple, unless its name says otherwise.
 */
export const ACTORS = [
  'anonymous', 'client', 'partner', 'otherClient', 'careClinician', 'offClinician', 'supervisor', 'otherSupervisor', 'billing', 'owner', 'otherPractice',
] as const;
export type ActorKey = (typeof ACTORS)[number];

export const ACTOR_ROLES: Record<ActorKey, Role[]> = {
  anonymous: [], client: ['client'], partner: ['client'], otherClient: ['client'],
  careClinician: ['clinician'], offClinician: ['clinician'], supervisor: ['supervisor', 'clinician'], otherSupervisor: ['supervisor', 'clinician'],
  billing: ['billing'], owner: ['owner'], otherPractice: ['owner', 'clinician'],
};

export interface World {
  practiceId: string;
  users: Record<Exclude<ActorKey, 'anonymous'>, string>;
  /** Ids of real resources by name (see buildWorld). */
  ids: Record<string, string>;
  /** Other facts a case needs (a plan's current content, a charge draft, a clinician's profile). */
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The signed-in agent of an actor (anonymous: an agent with no session). */
  agent(actor: ActorKey): Promise<Agent>;
  /** Signs every actor in again (after the sign-out route, say). */
  reset(): void;
  /** A practice-local day `offset` days from the test clock's today (YYYY-MM-DD). */
  day(offset: number): string;
  /** Fresh resources, for calls that use theirs up. */
  newAppointment(options?: { started?: boolean }): Promise<string>;
  newTimeOff(): Promise<string>;
  newCalendarFeed(): Promise<string>;
  newCredential(): Promise<string>;
  newCredentialDocument(): Promise<string>;
  newResetToken(): Promise<string>;
  /** An access token of Okafor's, and a webhook of the practice (the owner's). */
  newAccessToken(): Promise<string>;
  newWebhook(): Promise<string>;
  /** A request of Alex's for her record, waiting for review (made directly: a client may have only one open). */
  newRecordRequest(): Promise<string>;
  newInvitationToken(): Promise<string>;
  /** A new portal client's email (password PASSWORD, no second factor). */
  newPortalLogin(): Promise<string>;
  /** The actor's password. */
  password(actor: ActorKey): string;
  /** The current TOTP code of a secret at the test clock's time. */
  totpCode(secret: string): Promise<string>;
}

const SECOND = 'matrix';

export async function buildWorld(t: TestApp): Promise<World> {
  const { practiceId } = await seedDemo(t.app);
  const db = t.app.db;
  const userId = async (email: string) => (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const alexUser = await db.selectFrom('users').select(['id', 'client_id']).where('email', '=', DEMO_CLIENT_LOGIN.email).executeTakeFirstOrThrow();
  const clientId = alexUser.client_id!;
  const okafor = await userId('amara.okafor@demo.candor.test');
  const rivera = await userId('sam.rivera@demo.candor.test');
  const relationship = await db.selectFrom('relationship_members').select('relationship_id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
  const partner = await db.selectFrom('relationship_members').select('client_id').where('relationship_id', '=', relationship.relationship_id).where('client_id', '!=', clientId).executeTakeFirstOrThrow();
  const riverasClient = await db.selectFrom('care_team').select('client_id').where('user_id', '=', rivera).orderBy('client_id').executeTakeFirstOrThrow();

  // Logins the demo does not have: Jamie, one of Sam's clients, a second supervisor; and another practice.
  const logins = await db.transaction().execute(async (tx) => ({
    partner: await createActiveUser(t.app, tx, { practiceId, email: `jamie.${SECOND}@example.test`, displayName: 'Jamie', roles: ['client'], clientId: partner.client_id, password: PASSWORD }),
    otherClient: await createActiveUser(t.app, tx, { practiceId, email: `sams.client.${SECOND}@example.test`, displayName: 'Sam’s client', roles: ['client'], clientId: riverasClient.client_id, password: PASSWORD }),
    otherSupervisor: await createActiveUser(t.app, tx, { practiceId, email: `second.supervisor.${SECOND}@example.test`, displayName: 'Dr. Second Supervisor', roles: ['supervisor', 'clinician'], clientId: null, password: PASSWORD, totpSecret: TOTP_SECRET }),
  }));
  const other = await seedPractice(t, 'Another Practice', [{ key: 'otherPractice', roles: ['owner', 'clinician'] }]);

  const users: World['users'] = {
    client: alexUser.id, partner: logins.partner, otherClient: logins.otherClient, careClinician: okafor, offClinician: rivera,
    supervisor: await userId('helen.park@demo.candor.test'), otherSupervisor: logins.otherSupervisor, billing: await userId('jordan.lee@demo.candor.test'),
    owner: await userId('priya.natarajan@demo.candor.test'), otherPractice: other.users.otherPractice!.id,
  };
  const emails: Record<Exclude<ActorKey, 'anonymous'>, { email: string; demo: boolean; totp: boolean }> = {
    client: { email: DEMO_CLIENT_LOGIN.email, demo: true, totp: false },
    partner: { email: `jamie.${SECOND}@example.test`, demo: false, totp: false },
    otherClient: { email: `sams.client.${SECOND}@example.test`, demo: false, totp: false },
    careClinician: { email: 'amara.okafor@demo.candor.test', demo: true, totp: true },
    offClinician: { email: 'sam.rivera@demo.candor.test', demo: true, totp: true },
    supervisor: { email: 'helen.park@demo.candor.test', demo: true, totp: true },
    otherSupervisor: { email: `second.supervisor.${SECOND}@example.test`, demo: false, totp: true },
    billing: { email: 'jordan.lee@demo.candor.test', demo: true, totp: true },
    owner: { email: 'priya.natarajan@demo.candor.test', demo: true, totp: true },
    otherPractice: { email: other.users.otherPractice!.email, demo: false, totp: true },
  };
  const data: Record<string, unknown> = {};
  let agents = new Map<ActorKey, Agent>();
  const agent = async (actor: ActorKey): Promise<Agent> => {
    const known = agents.get(actor);
    if (known) return known;
    let made: Agent;
    if (actor === 'anonymous') made = new Agent(t);
    else {
      const e = emails[actor];
      if (e.demo) made = await demoAgent(t, e.email, e.totp);
      else {
        made = new Agent(t);
        await made.signIn({ id: users[actor], email: e.email, roles: ACTOR_ROLES[actor], totp: e.totp });
      }
    }
    // A client who has since turned on a second factor (the enrolment routes) gives the code.
    const secret = data[`totp:${actor}`] as string | undefined;
    if (secret && ((await made.get('/api/v1/auth/session')).json() as { stage: string }).stage === 'second-factor') {
      t.clock.advance(30_000);
      await made.post('/api/v1/auth/second-factor', { code: await generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) }) });
    }
    agents.set(actor, made);
    return made;
  };

  const ids: Record<string, string> = new Proxy<Record<string, string>>({}, {
    get: (target, name: string) => {
      if (!(name in target)) throw new Error(`matrix world: no resource named ${name}`);
      return target[name];
    },
  });
  Object.assign(ids, {
    clientId, partnerId: partner.client_id, otherClientId: riverasClient.client_id, relationshipId: relationship.relationship_id,
    careClinicianId: okafor, offClinicianId: rivera, supervisorId: users.supervisor, otherSupervisorId: users.otherSupervisor,
    ownerId: users.owner, billingId: users.billing, otherPracticeUserId: users.otherPractice,
  });
  const day = (offset: number) => DateTime.fromJSDate(t.clock.now()).setZone('America/Chicago').plus({ days: offset }).toISODate()!;
  let n = 0;
  // The world's own agents, apart from the actors' (whose sessions the auth routes replace).
  const helpers = new Map<ActorKey, Agent>();
  const as = async (actor: 'careClinician' | 'owner', method: 'POST' | 'PUT', url: string, body: unknown) => {
    if (!helpers.has(actor)) helpers.set(actor, await demoAgent(t, emails[actor].email));
    let res = await helpers.get(actor)!.request(method, url, body);
    if (res.statusCode === 401) {
      // The matrix's clock runs a second or two a request: a helper unused for half an hour has gone idle. Sign in again.
      helpers.set(actor, await demoAgent(t, emails[actor].email));
      res = await helpers.get(actor)!.request(method, url, body);
    }
    if (res.statusCode >= 300) throw new Error(`matrix world: ${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    return res.json();
  };
  const tokenFrom = async (to: string, pattern: RegExp) => pattern.exec((await lastMailTo(t, to)).text)![1]!;
  const world: World = {
    practiceId, users, ids, data, agent, reset: () => { agents = new Map(); }, day,
    newAppointment: async ({ started = false } = {}) => {
      const [appointment] = await as('careClinician', 'POST', '/api/v1/appointments', {
        kind: 'individual', attendeeClientIds: [clientId], startsAt: `${day(started ? -20 - ++n : 20 + ++n)}T06:00`, durationMinutes: 50, modality: 'in-person', outsideWorkingHours: true,
      });
      return appointment.id;
    },
    newTimeOff: async () => {
      const availability = await as('careClinician', 'POST', `/api/v1/clinicians/${okafor}/time-off`, { startsAt: `${day(300 + ++n)}T00:00`, endsAt: `${day(300 + n)}T12:00`, label: 'Away' });
      return (availability.timeOff as { id: string; startsAt: string }[]).at(-1)!.id;
    },
    newCalendarFeed: async () => ((await as('careClinician', 'POST', '/api/v1/calendar-feeds', undefined)).url as string).split('/').pop()!,
    newCredential: async () => (await as('careClinician', 'POST', '/api/v1/credentials', { kind: 'degree', type: 'master', title: `Counselling ${++n}`, issuer: 'DePaul University', year: 2015 })).id,
    newCredentialDocument: async () => (await as('careClinician', 'POST', `/api/v1/credentials/${ids.credentialId}/documents`, { filename: 'licence.pdf', contentType: 'application/pdf', dataBase64: PDF })).documents.at(-1).id,
    newAccessToken: async () => (await as('careClinician', 'POST', '/api/v1/access-tokens', { name: `Script ${++n}`, scopes: ['appointments:read'], expiresInDays: 30 })).id,
    newWebhook: async () => (await as('owner', 'POST', '/api/v1/webhooks', { url: `https://hooks.example.test/${++n}`, events: ['appointment.created'] })).id,
    newRecordRequest: async () => {
      const id = newId();
      await t.app.db.insertInto('record_requests').values({
        id, practice_id: practiceId, client_id: clientId, requested_by: users.client, requested_at: t.clock.now().toISOString(), due_on: day(30), status: 'pending-review',
        reviewed_by: null, reviewed_at: null, decision_note: null, record_fhir: null, record_pdf: null, first_downloaded_at: null, download_count: 0,
      }).execute();
      return id;
    },
    newResetToken: async () => {
      const email = await world.newPortalLogin();
      await new Agent(t).post('/api/v1/auth/password-reset', { email });
      return tokenFrom(email, /reset-password#token=([A-Za-z0-9_-]+)/);
    },
    newInvitationToken: async () => {
      const email = `invitee.${++n}.${SECOND}@example.test`;
      await as('owner', 'POST', '/api/v1/practice/invitations', { email, displayName: 'New Colleague', roles: ['billing'] });
      return tokenFrom(email, /accept-invitation#token=([A-Za-z0-9_-]+)/);
    },
    newPortalLogin: async () => {
      const email = `portal.${++n}.${SECOND}@example.test`;
      const client = await as('careClinician', 'POST', '/api/v1/clients', { firstName: 'Portal', lastName: `Client ${n}`, dateOfBirth: '1990-01-01', email });
      await t.app.db.transaction().execute((tx) => createActiveUser(t.app, tx, { practiceId, email, displayName: 'Portal client', roles: ['client'], clientId: client.id, password: PASSWORD }));
      return email;
    },
    password: (actor: ActorKey) => (actor !== 'anonymous' && emails[actor].demo ? DEMO_PASSWORD : PASSWORD),
    totpCode: (secret: string) => generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) }),
  };
  await addResources(t, world);
  return world;
}

/** The resources the routes name, made through the API as the people who would make them. */
async function addResources(t: TestApp, w: World): Promise<void> {
  const owner = await w.agent('owner');
  const ok = (what: string, res: { statusCode: number; body: string }) => {
    if (res.statusCode >= 300) throw new Error(`matrix world: ${what}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    return JSON.parse(res.body || 'null') as Record<string, unknown> & { id: string };
  };
  const okafor = await w.agent('careClinician');
  const alex = await w.agent('client');
  const db = t.app.db;
  const { clientId, careClinicianId, relationshipId } = w.ids;
  // Helen Park supervises Okafor (as well as Sam Rivera).
  ok('supervision', await owner.request('PUT', '/api/v1/practice/supervision', { superviseeId: careClinicianId, supervisorIds: [w.users.supervisor] }));

  // What the demo's course of care already holds.
  const first = async <T>(what: string, query: Promise<T | undefined>): Promise<T> => {
    const row = await query;
    if (!row) throw new Error(`matrix world: the demo has no ${what}`);
    return row;
  };
  const appointment = await first('past appointment of Okafor with Alex', db.selectFrom('appointments').innerJoin('appointment_attendees as a', 'a.appointment_id', 'appointments.id')
    .select('appointments.id').where('appointments.clinician_id', '=', careClinicianId).where('a.client_id', '=', clientId).where('appointments.status', 'in', ['scheduled', 'completed'])
    .where('appointments.starts_at', '<=', t.clock.now().toISOString())
    .orderBy('appointments.starts_at', 'desc').executeTakeFirst());
  const note = await first('signed note by Okafor', db.selectFrom('notes').select('id').where('author_id', '=', careClinicianId).where('status', '=', 'signed').orderBy('signed_at', 'desc').executeTakeFirst());
  const response = await first('measure response of Alex', db.selectFrom('measure_responses').select(['id', 'instrument_id']).where('client_id', '=', clientId).orderBy('completed_at', 'desc').executeTakeFirst());
  const plan = await first('treatment plan of the couple', db.selectFrom('treatment_plans').select('id').where((eb) => eb.or([eb('client_id', '=', clientId), eb('relationship_id', '=', relationshipId)])).executeTakeFirst());
  const referral = await first('referral of Alex', db.selectFrom('referrals').select('id').where('client_id', '=', clientId).executeTakeFirst());
  const intake = await first('intake of Alex', db.selectFrom('intakes').select('id').where('client_id', '=', clientId).executeTakeFirst());
  const document = await first('consent document', db.selectFrom('consent_documents').select('id').where('practice_id', '=', w.practiceId).executeTakeFirst());
  const credential = await first('credential of Okafor', db.selectFrom('credentials').select('id').where('user_id', '=', careClinicianId).executeTakeFirst());
  const profile = await first('directory profile of Okafor', db.selectFrom('directory_profiles').select('slug').where('user_id', '=', careClinicianId).executeTakeFirst());
  Object.assign(w.ids, {
    appointmentId: appointment.id, noteId: note.id, responseId: response.id, instrumentId: response.instrument_id, planId: plan.id, referralId: referral.id,
    clinicianIntakeId: intake.id, consentDocumentId: document.id, credentialId: credential.id, slug: profile.slug,
  });

  // What it does not: made through the API by whoever would make it.
  const portalIntake = ok('portal intake draft', await alex.post('/api/v1/portal/intakes', {}));
  const feed = ok('calendar feed', await okafor.post('/api/v1/calendar-feeds', {})) as unknown as { url: string };
  const post = async (agent: Agent, url: string, body: unknown, method: 'POST' | 'PUT' = 'POST') => ok(`${method} ${url}`, await agent.request(method, url, body));
  const sam = await w.agent('offClinician');
  const third = await first('third client of Okafor', db.selectFrom('care_team').select('client_id').where('user_id', '=', careClinicianId)
    .where('client_id', 'not in', [clientId, w.ids.partnerId]).executeTakeFirst());
  const names = async (agent: Agent, id: string) => {
    const r = ok('client record', await agent.get(`/api/v1/clients/${id}`)) as unknown as { firstName: string; lastName: string; preferredName?: string | null };
    return `${r.preferredName ?? r.firstName} ${r.lastName}`;
  };
  w.data.typedName = { client: await names(okafor, clientId), partner: await names(okafor, w.ids.partnerId), otherClient: await names(sam, w.ids.otherClientId) };

  // A new version of one consent document, which every client is asked to sign; another document to publish to.
  const documents = await db.selectFrom('consent_documents').select(['id', 'kind']).where('practice_id', '=', w.practiceId).orderBy('id').execute();
  const everyone = documents.find((d) => d.kind !== 'secrets-policy') ?? documents[0]!;
  const version = post(owner, `/api/v1/consent-documents/${everyone.id}/versions`, { title: 'Updated practice agreement', body: 'What we agree on, updated for the matrix.' });
  const otherDocument = documents.find((d) => d.id !== everyone.id)!;

  // Releases: one to be signed (then withdrawn) in the portal; one signed, naming the recipient of a drafted referral.
  const release = (recipientName: string) => post(okafor, `/api/v1/clients/${clientId}/releases`, { recipientName, purpose: 'Coordinate care', allowed: ['identification'], expiresOn: w.day(180) });
  const unsigned = await release('Dr. Lena Ortiz');
  const signed = await release('Dr. Lena Ortiz');
  await post(alex, `/api/v1/portal/releases/${signed.id}/signature`, { typedName: w.data.typedName.client });
  const drafted = await post(okafor, `/api/v1/clients/${clientId}/referrals`, { specialty: 'gynecology', urgency: 'soon', reason: 'Pain with penetration since childbirth.', recipientName: 'Dr. Lena Ortiz' });

  // Questionnaires: one to cancel, one due in the portal, and a PHQ-9 whose ninth item raises a safety alert.
  const assign = (instrumentId: string) => post(okafor, `/api/v1/clients/${clientId}/measures/assignments`, { instrumentId, schedule: 'once' });
  const toCancel = await assign('pss-10');
  await assign('gad-7');
  await assign('phq-9');
  const dueList = (await alex.get('/api/v1/portal/measures')).json() as { requestId: string; instrumentId: string }[];
  const gad = { id: dueList.find((r) => r.instrumentId === 'gad-7')!.requestId };
  const phq = { id: dueList.find((r) => r.instrumentId === 'phq-9')!.requestId };
  await post(alex, `/api/v1/portal/measures/${phq.id}/submit`, { answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
  const alert = await first('open safety alert of Alex', db.selectFrom('safety_alerts').select('id').where('client_id', '=', clientId).where('status', '=', 'open').executeTakeFirst());

  // A draft progress note by Okafor (signed, co-signed and amended by the routes in turn), a process note, homework to stop.
  const draft = await post(okafor, `/api/v1/appointments/${appointment.id}/notes`, { template: 'soap' });
  const psychotherapyNote = await post(okafor, `/api/v1/clients/${clientId}/psychotherapy-notes`, { content: 'My own reactions in session.' });
  const homework = await first('active homework of Alex', db.selectFrom('homework_assignees as a').innerJoin('homework as h', 'h.id', 'a.homework_id').select('h.id')
    .where('a.client_id', '=', clientId).where('h.status', '=', 'active').executeTakeFirst());
  const log = await first('homework log of Alex', db.selectFrom('homework_logs').select('id').where('homework_id', '=', homework.id).where('client_id', '=', clientId).executeTakeFirst());
  const toStop = await post(okafor, '/api/v1/homework', { interventionId: 'sensate-focus-1', clientIds: [clientId] });

  // Plan, diagnosis, screening, credentials, certification, directory, training.
  w.data.plan = ok('plan', await okafor.get(`/api/v1/treatment-plans/${plan.id}`));
  const diagnosis = await first('diagnosis of Alex', db.selectFrom('diagnoses').select('id').where('client_id', '=', clientId).executeTakeFirst());
  // Open screening suggestions of the couple (both on Okafor's care team): one to accept, one to dismiss.
  const suggestions = await db.selectFrom('screening_suggestions').select(['id', 'client_id']).where('client_id', 'in', [clientId, w.ids.partnerId]).where('status', '=', 'open').orderBy('id').execute();
  const document2 = (await post(okafor, `/api/v1/credentials/${credential.id}/documents`, { filename: 'licence.pdf', contentType: 'application/pdf', dataBase64: PDF }) as unknown as { documents: { id: string }[] }).documents.at(-1)!;
  const activity = await post(okafor, '/api/v1/certification/activities', { kind: 'clinical', date: w.day(-1), hours: 1, modality: 'in-person' });
  const supervision = await post(okafor, '/api/v1/certification/activities', { kind: 'supervision', date: w.day(-1), hours: 1, format: 'individual', role: 'received', supervisorUserId: w.users.supervisor, modality: 'in-person' });
  await post(okafor, '/api/v1/directory/profile/photo', { contentType: 'image/png', dataBase64: PNG }, 'PUT');
  w.data.profile = ok('profile', await okafor.get('/api/v1/directory/profile'));
  const inquiry = await first('inquiry to Okafor', db.selectFrom('directory_inquiries').select('id').where('clinician_id', '=', careClinicianId).executeTakeFirst());
  const programme = await post(owner, '/api/v1/admin/training', { kind: 'continuing-education', name: 'Matrix course', provider: 'Candor', format: 'online', countsToward: [], url: 'https://example.test/matrix' });
  w.data.charge = ok('charge draft', await okafor.get(`/api/v1/appointments/${appointment.id}/charge`));
  // Alex's record, asked for and released; another request waiting for review.
  const recordRequest = await first('record request of Alex', db.selectFrom('record_requests').select('id').where('client_id', '=', clientId).where('status', '=', 'pending-review').executeTakeFirst());
  await post(okafor, `/api/v1/record-requests/${recordRequest.id}/release`, {});

  Object.assign(w.ids, {
    portalIntakeId: (portalIntake as unknown as { intake?: { id: string } }).intake?.id ?? portalIntake.id,
    calendarFeedFile: feed.url.split('/').pop()!,
    thirdClientId: third.client_id, newMemberId: third.client_id, consentVersionId: (await version).id ?? (await version).versionId, publishDocumentId: otherDocument.id,
    unsignedReleaseId: unsigned.id, signedReleaseId: signed.id, draftedReferralId: drafted.id,
    measureAssignmentId: (toCancel as unknown as { id: string }[])[0]!.id, measureRequestId: gad.id, safetyAlertId: alert.id,
    draftNoteId: draft.id, psychotherapyNoteId: psychotherapyNote.id, homeworkId: homework.id, homeworkLogId: log.id, stopHomeworkId: toStop.id,
    diagnosisRecordId: diagnosis.id, suggestionId: suggestions[0]?.id ?? 'none-open', otherSuggestionId: suggestions[1]?.id ?? 'none-open',
    credentialDocumentId: document2.id, activityId: activity.id, supervisionActivityId: supervision.id, inquiryId: inquiry.id, programmeId: programme.id, timeOffId: await w.newTimeOff(),
    releasedRecordRequestId: recordRequest.id, recordRequestId: await w.newRecordRequest(), accessTokenId: await w.newAccessToken(), webhookId: await w.newWebhook(),
  });
}

/** A tiny PDF and PNG (their first bytes are what the upload checks look at). */
export const PDF = 'JVBERi0xLjQKJSVFT0YK';
export const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAA=';
