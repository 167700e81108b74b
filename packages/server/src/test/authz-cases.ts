import type { ActorKey, World } from './authz-world.js';

/**
 * How the authorization matrix calls each route: the real resources in its path, a query and
 * body an admitted caller would send, whose resource the path names, and — only where the
 * service answers something more exact than the generic rule — the exact status for an actor,
 * with why. Routes run in this order (a later route may use up what an earlier one read).
 */
export interface Case {
  params?: (w: World) => Record<string, string>;
  query?: (w: World, actor: ActorKey) => Record<string, string> | undefined;
  body?: (w: World, actor: ActorKey) => unknown;
  /** Sent as is (a form post), with this content type, instead of JSON. */
  form?: string;
  /** Whose resource the path names, for rules scoped 'own' or 'supervision' (default: the caller's own). */
  owner?: 'client' | 'careClinician' | 'supervisor' | 'caller';
  /** The status an admitted caller gets (default 200). */
  success?: number;
  /** Exact answers for particular actors where the service says more than the generic rule. */
  status?: Partial<Record<ActorKey, number>>;
  why?: string;
  /** Actors who may read the record (so may learn that it exists) but not do this to it: their refusal is not checked against a missing id. */
  readers?: ActorKey[];
  /** A fresh resource for each admitted caller, for a call that uses its resource up. */
  fresh?: (w: World, actor: ActorKey) => Promise<Record<string, string>>;
  /** Runs after an admitted call (to keep what it made for a later route). */
  after?: (w: World, actor: ActorKey, body: unknown) => void;
  /** The call ends or replaces the caller's session: every actor signs in afresh afterwards. */
  endsSessions?: boolean;
}

const client = (w: World) => ({ id: w.ids.clientId });
const range = (w: World) => ({ from: w.day(-60), to: w.day(60) });
const clinicalOutsiders = { offClinician: 400, supervisor: 400, otherSupervisor: 400, otherPractice: 400 } as const;
let serial = 0;
/** A value no earlier call used (for names and times that must differ between callers). */
const unique = () => ++serial;

export const CASES: Record<string, Case> = {
  // platform
  'GET /metrics': {},
  'GET /healthz': {},
  'GET /bench/ceiling': {},
  'GET /api/v1/bench/floor': {},
  'GET /api/v1/openapi.json': {},
  'GET /api/v1/auth/csrf': {},
  'GET /api/v1/auth/session': {},

  // practice
  'GET /api/v1/practice': {},
  'PATCH /api/v1/practice': { body: () => ({ timeZone: 'America/Chicago' }) },
  'GET /api/v1/practice/users': {},
  'POST /api/v1/practice/invitations': { body: (_w, actor) => ({ email: `invited.${actor}.${unique()}@example.test`, displayName: 'Invited Clinician', roles: ['clinician'] }), success: 201 },
  'GET /api/v1/outbox': {},

  // clients
  'GET /api/v1/clients': {},
  'POST /api/v1/clients': {
    // A clinician is put on the new client's care team; an owner names the care team.
    body: (w, actor) => ({ firstName: 'New', lastName: `Client ${unique()}`, dateOfBirth: '1990-01-01', ...(actor === 'owner' ? { careTeam: [w.ids.careClinicianId] } : {}) }),
    success: 201,
  },
  'GET /api/v1/clients/:id': { params: client },
  'PATCH /api/v1/clients/:id': { params: client, body: () => ({ phone: '(312) 555-0142' }) },
  'PUT /api/v1/clients/:id/care-team': { params: client, body: (w) => ({ userIds: [w.ids.careClinicianId] }) },
  'POST /api/v1/clients/:id/portal-invitation': { params: (w) => ({ id: w.ids.thirdClientId }), success: 201 },

  // portal, relationships
  'GET /api/v1/portal/me': {},
  'GET /api/v1/relationships': {},
  'POST /api/v1/relationships': {
    body: (w) => ({ memberIds: [w.ids.clientId, w.ids.partnerId], confidentialityPolicy: 'limited-secrets' }), success: 201,
    status: clinicalOutsiders, why: 'createRelationship: every member must be on the caller\'s care team, else 400 naming memberIds.0',
  },
  'GET /api/v1/relationships/:id': { params: (w) => ({ id: w.ids.relationshipId }) },
  'PATCH /api/v1/relationships/:id': { params: (w) => ({ id: w.ids.relationshipId }), body: () => ({ confidentialityPolicy: 'limited-secrets' }) },
  'POST /api/v1/relationships/:id/members': {
    params: (w) => ({ id: w.ids.relationshipId }), body: (w) => ({ clientId: w.ids.newMemberId }),
    fresh: async (w) => {
      const okafor = await w.agent('careClinician');
      w.ids.newMemberId = (await okafor.post('/api/v1/clients', { firstName: 'Third', lastName: `Partner ${unique()}`, dateOfBirth: '1990-01-01' })).json().id;
      return { id: w.ids.relationshipId };
    },
  },
  'POST /api/v1/relationships/:id/invitations': { params: (w) => ({ id: w.ids.relationshipId }) },
  'GET /api/v1/relationships/:id/history-summary': { params: (w) => ({ id: w.ids.relationshipId }) },
  'GET /api/v1/portal/relationships': {},

  // consents
  'GET /api/v1/consent-documents': {},
  'GET /api/v1/consent-documents/:id': { params: (w) => ({ id: w.ids.consentDocumentId }) },
  'POST /api/v1/consent-documents/:id/versions': { params: (w) => ({ id: w.ids.publishDocumentId }), body: () => ({ title: 'Revised agreement', body: `Revised text ${unique()}.` }), success: 201 },
  'GET /api/v1/clients/:id/consents': { params: client },
  'GET /api/v1/portal/consents': {},
  // Every client is asked to sign the practice's new version: each signs their own.
  'POST /api/v1/portal/consents/:versionId/signature': { params: (w) => ({ versionId: w.ids.consentVersionId }), body: (w, actor) => ({ typedName: w.data.typedName[actor] ?? w.data.typedName.client }), success: 201 },

  // intake
  'GET /api/v1/portal/intakes': {},
  'POST /api/v1/portal/intakes': {
    status: { partner: 201, otherClient: 201 },
    why: 'openDraft: Alex has a draft open already (200, the same draft); the others get a new one (201)',
  },
  'GET /api/v1/portal/intakes/:id': { params: (w) => ({ id: w.ids.portalIntakeId }), owner: 'client' },
  'PUT /api/v1/portal/intakes/:id': { params: (w) => ({ id: w.ids.portalIntakeId }), owner: 'client', body: () => ({ answers: {}, revision: 0 }) },
  'POST /api/v1/portal/intakes/:id/submit': { params: (w) => ({ id: w.ids.portalIntakeId }), owner: 'client', body: () => ({ revision: 1 }) },
  'GET /api/v1/clients/:id/intakes': { params: client },
  'POST /api/v1/clients/:id/intakes': { params: client, success: 201, after: (w, _actor, body) => { w.ids.clinicianDraftId = (body as { intake: { id: string } }).intake?.id ?? (body as { id: string }).id; } },
  'GET /api/v1/clients/:id/intakes/:intakeId': { params: (w) => ({ id: w.ids.clientId, intakeId: w.ids.clinicianIntakeId }) },
  'PUT /api/v1/clients/:id/intakes/:intakeId': { params: (w) => ({ id: w.ids.clientId, intakeId: w.ids.clinicianDraftId }), body: () => ({ answers: {}, revision: 0 }) },
  'POST /api/v1/clients/:id/intakes/:intakeId/submit': { params: (w) => ({ id: w.ids.clientId, intakeId: w.ids.clinicianDraftId }), body: () => ({ revision: 1 }) },
  'GET /api/v1/clients/:id/history-summary': { params: client },

  // releases
  'GET /api/v1/clients/:id/releases': { params: client },
  'POST /api/v1/clients/:id/releases': { params: client, body: (w) => ({ recipientName: 'Dr. Lena Ortiz', purpose: 'Coordinate care', allowed: ['identification'], expiresOn: w.day(180) }), success: 201 },
  'GET /api/v1/portal/releases': {},
  'POST /api/v1/portal/releases/:id/signature': { params: (w) => ({ id: w.ids.unsignedReleaseId }), owner: 'client', body: (w) => ({ typedName: w.data.typedName.client }) },
  'POST /api/v1/portal/releases/:id/revoke': { params: (w) => ({ id: w.ids.unsignedReleaseId }), owner: 'client' },

  // referrals
  'GET /api/v1/clients/:id/referrals': { params: client },
  'POST /api/v1/clients/:id/referrals': { params: client, body: () => ({ specialty: 'gynecology', urgency: 'soon', reason: 'Please assess pain with penetration.' }), success: 201 },
  'GET /api/v1/referrals/:id': { params: (w) => ({ id: w.ids.referralId }) },
  'PATCH /api/v1/referrals/:id': { params: (w) => ({ id: w.ids.referralId }), body: () => ({ notes: 'Called the office to follow up.' }) },
  'POST /api/v1/referrals/:id/send': { params: (w) => ({ id: w.ids.draftedReferralId }), body: (w) => ({ releaseId: w.ids.signedReleaseId }) },
  'POST /api/v1/referrals/:id/transition': { params: (w) => ({ id: w.ids.draftedReferralId }), body: () => ({ to: 'acknowledged' }) },
  'GET /api/v1/referrals/:id/letter': { params: (w) => ({ id: w.ids.referralId }) },
  'GET /api/v1/referrals/:id/letter.pdf': { params: (w) => ({ id: w.ids.referralId }) },

  // screening
  'GET /api/v1/clients/:id/screening': { params: client },
  'POST /api/v1/clients/:id/medicine-mappings': { params: client, body: () => ({ name: 'Zorblax', classId: 'benzodiazepine' }) },
  'POST /api/v1/screening-suggestions/:id/accept': { params: (w) => ({ id: w.ids.suggestionId }), body: () => ({}) },
  'POST /api/v1/screening-suggestions/:id/dismiss': { params: (w) => ({ id: w.ids.otherSuggestionId }), body: () => ({ reason: 'Already under a physician’s care for this.' }) },

  // diagnoses
  'GET /api/v1/diagnoses/catalog': {},
  'POST /api/v1/clients/:id/diagnoses/evaluate': { params: client, body: () => ({ diagnosisId: 'erectile-disorder', findings: {} }) },
  'GET /api/v1/clients/:id/diagnoses': { params: client },
  'POST /api/v1/clients/:id/diagnoses': { params: client, body: (w) => ({ diagnosisId: 'erectile-disorder', findings: {}, status: 'ruled-out', diagnosedOn: w.day(0) }), success: 201 },
  'PATCH /api/v1/clients/:id/diagnoses/:diagnosisRecordId': { params: (w) => ({ id: w.ids.clientId, diagnosisRecordId: w.ids.diagnosisRecordId }), body: () => ({ status: 'confirmed' }) },

  // measures
  'POST /api/v1/clients/:id/measures/assignments': { params: client, body: () => ({ instrumentId: 'csi-4', schedule: 'once' }), success: 201 },
  'POST /api/v1/relationships/:id/measures/assignments': { params: (w) => ({ id: w.ids.relationshipId }), body: () => ({ instrumentId: 'csi-4', schedule: 'once' }), success: 201 },
  'POST /api/v1/measure-assignments/:id/cancel': { params: (w) => ({ id: w.ids.measureAssignmentId }) },
  'GET /api/v1/clients/:id/measures': { params: client },
  'GET /api/v1/relationships/:id/measures': { params: (w) => ({ id: w.ids.relationshipId }) },
  'GET /api/v1/measure-responses/:id': { params: (w) => ({ id: w.ids.responseId }) },
  'GET /api/v1/measure-responses/:id/fhir': { params: (w) => ({ id: w.ids.responseId }) },

  // integrations: access tokens and webhooks
  'GET /api/v1/integrations': {},
  'GET /api/v1/access-tokens': {},
  'POST /api/v1/access-tokens': { body: () => ({ name: `Matrix ${unique()}`, scopes: ['appointments:read'], expiresInDays: 7 }), success: 201 },
  'DELETE /api/v1/access-tokens/:id': { params: (w) => ({ id: w.ids.accessTokenId }), owner: 'careClinician', success: 204, fresh: async (w) => ({ id: await w.newAccessToken() }) },
  'GET /api/v1/webhooks': {},
  'POST /api/v1/webhooks': { body: () => ({ url: `https://hooks.example.test/matrix-${unique()}`, events: ['referral.sent'] }), success: 201 },
  'PATCH /api/v1/webhooks/:id': { params: (w) => ({ id: w.ids.webhookId }), body: () => ({ description: 'Billing system' }) },
  'DELETE /api/v1/webhooks/:id': { params: (w) => ({ id: w.ids.webhookId }), success: 204, fresh: async (w) => ({ id: await w.newWebhook() }) },
  'GET /api/v1/webhooks/:id/deliveries': { params: (w) => ({ id: w.ids.webhookId }) },
  'POST /api/v1/webhooks/:id/ping': { params: (w) => ({ id: w.ids.webhookId }), success: 202 },

  // interoperability
  'GET /api/v1/clients/:id/fhir': { params: client },
  'POST /api/v1/practice/archive': { body: () => ({ passphrase: 'a long and private passphrase' }) },
  'POST /api/v1/clients/:id/questionnaire-responses': {
    params: client, success: 201,
    body: () => ({ resource: { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'urn:candor:instrument:gad-7', authored: '2026-09-02T15:00:00.000Z', item: [{ linkId: 'q1', answer: [{ valueInteger: 1 }] }] } }),
  },
  'POST /api/v1/portal/record-requests': { success: 201, status: { client: 409 }, why: 'Alex already has a request waiting for review (the world made one for the routes below); one open request at a time' },
  'GET /api/v1/portal/record-requests': {},
  'GET /api/v1/portal/record-requests/:id/record.pdf': { params: (w) => ({ id: w.ids.releasedRecordRequestId }), owner: 'client' },
  'GET /api/v1/portal/record-requests/:id/record.fhir.json': { params: (w) => ({ id: w.ids.releasedRecordRequestId }), owner: 'client' },
  'GET /api/v1/clients/:id/record-requests': { params: client },
  'POST /api/v1/record-requests/:id/release': { params: (w) => ({ id: w.ids.recordRequestId }), fresh: async (w) => ({ id: await w.newRecordRequest() }) },
  'POST /api/v1/record-requests/:id/decline': {
    params: (w) => ({ id: w.ids.recordRequestId }), body: () => ({ reason: 'Released last week; we can go through anything missing at our next session.' }),
    fresh: async (w) => ({ id: await w.newRecordRequest() }),
  },
  'GET /api/v1/portal/measures': {},
  'PUT /api/v1/portal/measures/:id/draft': { params: (w) => ({ id: w.ids.measureRequestId }), owner: 'client', body: () => ({ answers: [1, 1, null, null, null, null, null] }) },
  'POST /api/v1/portal/measures/:id/submit': { params: (w) => ({ id: w.ids.measureRequestId }), owner: 'client', body: () => ({ answers: [1, 1, 0, 0, 1, 0, 0] }) },
  'GET /api/v1/instruments': {},
  'GET /api/v1/instruments/:id/questionnaire': { params: (w) => ({ id: w.ids.instrumentId }) },
  'POST /api/v1/instruments/:id/wording': { params: () => ({ id: 'gad-7' }), body: () => ({ csv: ['linkId,text', ...Array.from({ length: 7 }, (_, i) => `q${i + 1},Licensed wording ${i + 1}`)].join('\n') }) },
  'POST /api/v1/safety-alerts/:id/acknowledge': { params: (w) => ({ id: w.ids.safetyAlertId }), body: () => ({ actionTaken: 'Called Alex the same day; safety plan reviewed together.' }) },

  // imports (CSV)
  'POST /api/v1/imports/clients': {
    // A clinician is put on the imported clients' care team; an owner who is not a clinician names one.
    body: (w, actor) => ({ csv: `First Name,Last Name,DOB\nImported,Client ${unique()},04/17/1989\n`, dryRun: false, ...(actor === 'owner' ? { careTeam: [w.ids.careClinicianId] } : {}) }),
  },
  'POST /api/v1/imports/appointments': {
    // Okafor imports her own sessions with Alex; the owner imports them for her; other clinicians find no Alex on their caseload.
    body: (w, actor) => ({ csv: `Client,Clinician,Date,Time,Duration\n${w.data.typedName.client},${actor === 'owner' ? 'amara.okafor@demo.candor.test' : ''},${w.day(-100 - unique())},07:00,50\n`, dryRun: false }),
    status: clinicalOutsiders, why: 'importAppointments: a clinician matches clients on their own caseload only, else 400 naming rows[2].attendeeClientIds',
  },

  // scheduling
  'POST /api/v1/appointments': {
    // Okafor books her own; the owner books for her; a clinician not on Alex's care team cannot book Alex.
    body: (w, actor) => ({ kind: 'individual', ...(actor === 'owner' || actor === 'careClinician' ? { clinicianId: w.ids.careClinicianId } : {}), attendeeClientIds: [w.ids.clientId], startsAt: `${w.day(40 + unique())}T07:00`, durationMinutes: 50, modality: 'in-person', outsideWorkingHours: true }),
    success: 201, status: clinicalOutsiders, why: 'createAppointments: attendees must be on the booking clinician\'s care team, else 400 naming attendeeClientIds.0',
  },
  'GET /api/v1/appointments': { query: range },
  'POST /api/v1/appointments/:id/cancel': { params: (w) => ({ id: w.ids.appointmentId }), owner: 'careClinician', body: () => ({}), fresh: async (w) => ({ id: await w.newAppointment() }) },
  'POST /api/v1/appointments/:id/no-show': { params: (w) => ({ id: w.ids.appointmentId }), owner: 'careClinician', fresh: async (w) => ({ id: await w.newAppointment({ started: true }) }) },
  'GET /api/v1/clinicians/:id/availability': { params: (w) => ({ id: w.ids.careClinicianId }), owner: 'careClinician' },
  'PUT /api/v1/clinicians/:id/working-hours': {
    params: (w) => ({ id: w.ids.careClinicianId }), owner: 'careClinician',
    body: () => ({ timeZone: 'America/Chicago', hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) }),
  },
  'POST /api/v1/clinicians/:id/time-off': { params: (w) => ({ id: w.ids.careClinicianId }), owner: 'careClinician', body: (w) => ({ startsAt: `${w.day(200 + unique())}T00:00`, endsAt: `${w.day(201 + serial)}T00:00`, label: 'Conference' }), success: 201 },
  'DELETE /api/v1/time-off/:id': { params: (w) => ({ id: w.ids.timeOffId }), owner: 'careClinician', success: 204, fresh: async (w) => ({ id: await w.newTimeOff() }) },
  'POST /api/v1/calendar-feeds': { success: 201 },
  'GET /api/v1/calendar-feeds/:file': { fresh: async (w) => ({ file: await w.newCalendarFeed() }) },
  'GET /api/v1/portal/appointments': {},

  // notes
  'POST /api/v1/appointments/:id/notes': { params: (w) => ({ id: w.ids.appointmentId }), owner: 'careClinician', body: () => ({ template: 'soap' }), success: 201 },
  'GET /api/v1/appointments/:id/notes': { params: (w) => ({ id: w.ids.appointmentId }) },
  'GET /api/v1/clients/:id/notes': { params: client },
  'GET /api/v1/note-templates': {},
  'POST /api/v1/note-templates': { body: () => ({ label: `Couples check-in ${unique()}`, fields: [{ id: 'connection', label: 'Connection' }] }), success: 201 },
  'GET /api/v1/notes/:id': {
    params: (w) => ({ id: w.ids.noteId }), status: { supervisor: 200 },
    why: 'loadNote admits a supervisor of the note\'s author, although not on the care team',
  },
  'PUT /api/v1/notes/:id': {
    params: (w) => ({ id: w.ids.draftNoteId }), owner: 'careClinician', body: () => ({ content: { fields: { subjective: 'Both report less pressure.' }, interventions: [], risk: { level: 'none-indicated' } }, version: 0 }),
    status: { supervisor: 409 }, readers: ['supervisor'], why: 'requireAuthor: the author\'s supervisor reads the note but may not write it (409 naming author)',
  },
  'POST /api/v1/notes/:id/sign': {
    params: (w) => ({ id: w.ids.draftNoteId }), owner: 'careClinician', body: () => ({ version: 1 }),
    status: { supervisor: 409 }, readers: ['supervisor'], why: 'requireAuthor: the author\'s supervisor reads the note but may not sign it (409 naming author)',
  },
  'POST /api/v1/notes/:id/cosign': {
    params: (w) => ({ id: w.ids.draftNoteId }), owner: 'supervisor',
    status: { careClinician: 409 }, readers: ['careClinician'], why: 'cosignNote: the author reads the note but is not among their own supervisors (409)',
  },
  'POST /api/v1/notes/:id/addenda': {
    params: (w) => ({ id: w.ids.draftNoteId }), owner: 'careClinician', body: () => ({ content: 'Correction: the homework was stage 2, not stage 1.' }), success: 201,
    status: { supervisor: 409 }, readers: ['supervisor'], why: 'requireAuthor: only the author adds an addendum (409 naming author)',
  },
  'GET /api/v1/supervision/queue': {},
  'PUT /api/v1/practice/supervision': {
    body: (w) => ({ superviseeId: w.ids.careClinicianId, supervisorIds: [w.users.supervisor] }),
    status: { otherPractice: 400 }, why: 'setSupervisors: the supervisee must be a clinician of the caller\'s practice (400 naming superviseeId)',
  },
  'GET /api/v1/clients/:id/psychotherapy-notes': { params: client },
  'POST /api/v1/clients/:id/psychotherapy-notes': { params: client, body: () => ({ content: 'Noticed my own impatience when Jamie withdrew.' }), success: 201 },
  'GET /api/v1/psychotherapy-notes/:id': { params: (w) => ({ id: w.ids.psychotherapyNoteId }), owner: 'careClinician' },

  // plans
  'GET /api/v1/interventions': {},
  'POST /api/v1/interventions': {
    body: () => ({ name: `Mirror exercise ${unique()}`, summary: 'Body image work.', clientTitle: 'Mirror exercise', clientInstructions: 'Ten minutes, kindly.', suggestedFrequency: null, category: 'other', homework: true, forPartners: false }),
    success: 201,
  },
  'PUT /api/v1/interventions/:id': {
    params: () => ({ id: 'stop-start' }),
    body: () => ({ name: 'Stop-start', summary: 'Semans technique.', clientTitle: 'Stop-start practice', clientInstructions: 'Our practice’s wording.', suggestedFrequency: null }),
    status: { otherPractice: 200 }, why: 'a shipped library intervention is in every practice\'s library: another practice edits its own copy',
  },
  'POST /api/v1/treatment-plans': {
    body: (w) => ({
      clientId: w.ids.thirdClientId, sessionsPlanned: 10, reviewOn: w.day(30), plissit: 'specific-suggestions',
      content: { problems: [{ id: 'p1', description: 'Communicating boundaries.', diagnosisIds: [] }], goals: [{ id: 'g1', description: 'Say what feels right.', problemIds: ['p1'], measureInstrumentIds: [], objectives: [{ id: 'o1', description: 'Practise one boundary talk.', targetDate: null }] }], interventionIds: [] },
    }),
    success: 201,
  },
  'GET /api/v1/treatment-plans': { query: (w) => ({ clientId: w.ids.clientId }) },
  'GET /api/v1/treatment-plans/:id': { params: (w) => ({ id: w.ids.planId }) },
  'GET /api/v1/treatment-plans/:id/versions/:version': { params: (w) => ({ id: w.ids.planId, version: '1' }) },
  'POST /api/v1/treatment-plans/:id/versions': {
    params: (w) => ({ id: w.ids.planId }),
    body: (w) => {
      const plan = w.data.plan as { version: number; sessionsPlanned: number; plissit: string; problems: { id: string; description: string; diagnoses: { id: string }[] }[]; goals: { id: string; description: string; problemIds: string[]; measureInstrumentIds: string[]; objectives: { id: string; description: string; targetDate: string | null }[] }[]; interventions: { id: string }[] };
      const content = {
        problems: plan.problems.map((p) => ({ id: p.id, description: p.description, diagnosisIds: p.diagnoses.map((d) => d.id) })),
        goals: plan.goals.map((g) => ({ id: g.id, description: g.description, problemIds: g.problemIds, measureInstrumentIds: g.measureInstrumentIds, objectives: g.objectives.map((o) => ({ id: o.id, description: o.description, targetDate: o.targetDate })) })),
        interventionIds: plan.interventions.map((i) => i.id),
      };
      return { basedOnVersion: plan.version, reviewSummary: 'Reviewed together; on track.', sessionsPlanned: plan.sessionsPlanned, reviewOn: w.day(30), plissit: plan.plissit, content };
    },
    success: 201,
  },
  'POST /api/v1/treatment-plans/:id/progress': {
    params: (w) => ({ id: w.ids.planId }), body: (w) => ({ objectiveId: w.data.plan.goals[0].objectives[0].id, status: 'in-progress' }), success: 201,
  },
  'POST /api/v1/treatment-plans/:id/close': { params: (w) => ({ id: w.ids.planId }) },

  // homework
  'POST /api/v1/homework': { body: (w) => ({ interventionId: 'sensate-focus-1', clientIds: [w.ids.clientId] }), success: 201 },
  'GET /api/v1/homework': { query: (w) => ({ clientId: w.ids.clientId }) },
  'POST /api/v1/homework/:id/stop': { params: (w) => ({ id: w.ids.stopHomeworkId }) },
  'GET /api/v1/portal/homework': {},
  'POST /api/v1/portal/homework/:id/logs': {
    params: (w) => ({ id: w.ids.homeworkId }), owner: 'client', body: (w) => ({ practicedOn: w.day(0), done: true }), success: 201,
    status: { partner: 201 }, why: 'the couple\'s sensate-focus homework is given to both partners: each logs their own practice',
  },
  'PUT /api/v1/portal/homework/:id/logs/:logId/sharing': { params: (w) => ({ id: w.ids.homeworkId, logId: w.ids.homeworkLogId }), owner: 'client', body: () => ({ shareReflection: false }) },

  // billing
  'GET /api/v1/billing/settings': {},
  'PUT /api/v1/billing/settings': {
    body: () => ({ billingName: 'Riverside Center for Sexual Health, PLLC', address: '400 N Riverside Plaza, Suite 12, Chicago IL 60606', phone: '(312) 555-0100', taxId: '36-4567890', npi: '1457389210', fees: { '90834': 15000, '90847': 17000 } }),
  },
  'GET /api/v1/billing/providers': {},
  'PUT /api/v1/billing/providers/:id': { params: (w) => ({ id: w.ids.careClinicianId }), owner: 'careClinician', body: () => ({ npi: '1326049871', license: 'Licensed Clinical Psychologist, Illinois 071.009876' }) },
  'PUT /api/v1/clients/:id/billing': { params: client, body: () => ({ slidingScalePercent: 80 }) },
  'GET /api/v1/appointments/:id/charge': { params: (w) => ({ id: w.ids.appointmentId }), owner: 'careClinician' },
  'PUT /api/v1/appointments/:id/charge': {
    params: (w) => ({ id: w.ids.appointmentId }), owner: 'careClinician',
    body: (w) => {
      const draft = w.data.charge as { billableClients: { clientId: string; diagnosisCodes: string[] }[]; suggestion: { cptCode: string; placeOfService: string; modifier: string | null } };
      const billed = draft.billableClients.find((c) => c.clientId === w.ids.clientId) ?? draft.billableClients[0]!;
      return { billedClientId: billed.clientId, cptCode: draft.suggestion.cptCode, placeOfService: draft.suggestion.placeOfService, modifier: draft.suggestion.modifier, diagnosisCodes: billed.diagnosisCodes.slice(0, 4) };
    },
  },
  'POST /api/v1/clients/:id/payments': { params: client, body: (w) => ({ amountCents: 5000, method: 'card', receivedOn: w.day(0) }), success: 201 },
  'GET /api/v1/clients/:id/account': { params: client },
  'GET /api/v1/clients/:id/superbill.pdf': { params: client, query: range },
  'GET /api/v1/billing/income.csv': { query: range },
  'GET /api/v1/billing/sessions': { query: range },

  // today
  'GET /api/v1/today': {},

  // credentials
  'GET /api/v1/credentials': { status: { owner: 403 }, why: 'requireCredentialHolder: an owner who is not a clinician holds no credentials of their own to list' },
  'POST /api/v1/credentials': {
    // A clinician adds their own; the owner adds one for Okafor.
    body: (w, actor) => ({ ...(actor === 'owner' ? { userId: w.ids.careClinicianId } : {}), kind: 'degree', type: 'master', title: 'Clinical social work', issuer: 'Loyola University Chicago', year: 2019 }),
    success: 201,
  },
  'PATCH /api/v1/credentials/:id': { params: (w) => ({ id: w.ids.credentialId }), owner: 'careClinician', body: () => ({ jurisdiction: 'IL' }) },
  'DELETE /api/v1/credentials/:id': { params: (w) => ({ id: w.ids.credentialId }), owner: 'careClinician', success: 204, fresh: async (w) => ({ id: await w.newCredential() }) },
  'POST /api/v1/credentials/:id/verification': { params: (w) => ({ id: w.ids.credentialId }), body: () => ({ method: 'primary-source-lookup' }) },
  'DELETE /api/v1/credentials/:id/verification': { params: (w) => ({ id: w.ids.credentialId }) },
  'POST /api/v1/credentials/:id/documents': { params: (w) => ({ id: w.ids.credentialId }), owner: 'careClinician', body: () => ({ filename: 'licence.pdf', contentType: 'application/pdf', dataBase64: 'JVBERi0xLjQKJSVFT0YK' }), success: 201 },
  'GET /api/v1/credentials/:id/documents/:documentId': { params: (w) => ({ id: w.ids.credentialId, documentId: w.ids.credentialDocumentId }), owner: 'careClinician' },
  'DELETE /api/v1/credentials/:id/documents/:documentId': {
    params: (w) => ({ id: w.ids.credentialId, documentId: w.ids.credentialDocumentId }), owner: 'careClinician', success: 204,
    fresh: async (w) => ({ id: w.ids.credentialId, documentId: await w.newCredentialDocument() }),
  },

  // certification
  'GET /api/v1/certification/requirement-sets': {},
  'GET /api/v1/certification/activities': {},
  'POST /api/v1/certification/activities': { body: (w) => ({ kind: 'clinical', date: w.day(-1), hours: 1, modality: 'in-person' }), success: 201 },
  'PUT /api/v1/certification/activities/:id': { params: (w) => ({ id: w.ids.activityId }), owner: 'careClinician', body: (w) => ({ kind: 'clinical', date: w.day(-2), hours: 1.5, modality: 'in-person' }) },
  'DELETE /api/v1/certification/activities/:id': { params: (w) => ({ id: w.ids.activityId }), owner: 'careClinician', success: 204 },
  'GET /api/v1/certification/supervisors': {},
  'GET /api/v1/certification/confirmations': {},
  'POST /api/v1/certification/activities/:id/confirmation': { params: (w) => ({ id: w.ids.supervisionActivityId }), owner: 'supervisor', success: 204 },
  'DELETE /api/v1/certification/activities/:id/confirmation': { params: (w) => ({ id: w.ids.supervisionActivityId }), owner: 'supervisor', success: 204 },
  'GET /api/v1/certification/progress': {},
  'PUT /api/v1/certification/track': { body: () => ({ requirementSet: 'aasect-cst', version: '2025.T.1' }) },
  'GET /api/v1/certification/log.csv': {},
  'GET /api/v1/certification/log.pdf': {},

  // directory
  'GET /api/v1/directory/profile': { status: { otherSupervisor: 404, otherPractice: 404 }, why: 'getOwnProfile: 404 until the clinician has written a profile' },
  'PUT /api/v1/directory/profile': {
    // Okafor keeps her own listing as it is; everyone else writes one.
    body: (w, actor) => (actor === 'careClinician' ? profileBody(w.data.profile) : {
      listed: false, displayName: `Clinician ${unique()}`, pronouns: null, bio: 'I help adults and couples.', specialties: ['low-desire'], populations: ['couples'],
      approaches: ['cbt'], languages: ['en'], insurance: [], feeMin: 120, feeMax: 150, slidingScale: false, inPerson: true, street: null,
      city: 'Chicago', state: 'IL', zip: '60611', addressPrecision: 'city', telehealth: false, telehealthStates: [], accepting: true,
    }),
  },
  'PUT /api/v1/directory/profile/photo': { body: () => ({ contentType: 'image/png', dataBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAA=' }) },
  'GET /api/v1/directory/practice': {},
  'PUT /api/v1/directory/practice': { body: () => ({ listed: true }) },
  'GET /api/v1/directory/inquiries': {},
  'POST /api/v1/directory/inquiries/:id/read': { params: (w) => ({ id: w.ids.inquiryId }), owner: 'careClinician', success: 204 },
  'GET /api/v1/public/therapists': {},
  'GET /api/v1/public/therapists/:slug': { params: (w) => ({ slug: w.ids.slug }) },
  'POST /api/v1/public/therapists/:slug/contact': { params: (w) => ({ slug: w.ids.slug }), body: (_w, actor) => ({ name: `Someone ${actor}`, email: `someone.${actor}@example.test`, preferredContact: 'email', adult: true }), success: 202 },
  'GET /find/assets/find.css': {},
  'GET /find/assets/find.js': {},
  'GET /find': {},
  'GET /find/therapists/:slug': { params: (w) => ({ slug: w.ids.slug }) },
  'GET /find/therapists/:slug/photo': { params: (w) => ({ slug: w.ids.slug }) },
  'POST /find/therapists/:slug/contact': { params: (w) => ({ slug: w.ids.slug }), form: 'name=Someone&email=someone%40example.test&preferredContact=email&adult=true', success: 303 },
  'GET /find/training': {},
  // After the public photo route, which needs Okafor's photo.
  'DELETE /api/v1/directory/profile/photo': {},

  // training
  'GET /api/v1/public/training': {},
  'GET /api/v1/admin/training': {},
  'POST /api/v1/admin/training': { body: () => ({ kind: 'continuing-education', name: `Desire discrepancy ${unique()}`, provider: 'Candor', format: 'online', countsToward: [], url: 'https://example.test/course' }), success: 201 },
  'PUT /api/v1/admin/training/:id': { params: (w) => ({ id: w.ids.programmeId }), body: () => ({ kind: 'continuing-education', name: 'Matrix course, revised', provider: 'Candor', format: 'online', countsToward: [], url: 'https://example.test/matrix' }) },
  'DELETE /api/v1/admin/training/:id': { params: (w) => ({ id: w.ids.programmeId }), success: 204 },
  'POST /api/v1/admin/training/import': {
    body: () => ({ csv: 'kind,name,provider,format,city,state,country,length,cost_min,cost_max,counts_toward,url,description\ncontinuing-education,Imported course,Candor,online,,,,,,,,https://example.test/imported,\n', mode: 'all' }),
  },
  'GET /api/v1/admin/training.csv': {},

  // auth, last: these sign people in and out
  'POST /api/v1/auth/password-reset': { body: (_w, actor) => ({ email: `nobody.${actor}@example.test` }), success: 202 },
  'POST /api/v1/auth/password-reset/complete': { fresh: async (w) => { w.ids.resetToken = await w.newResetToken(); return {}; }, body: (w) => ({ token: w.ids.resetToken, password: 'a brand new passphrase' }), success: 204 },
  'POST /api/v1/auth/invitations/accept': { fresh: async (w) => { w.ids.invitationToken = await w.newInvitationToken(); return {}; }, body: (w) => ({ token: w.ids.invitationToken, password: 'a long enough password' }), endsSessions: true },
  'POST /api/v1/auth/totp/enroll': {
    status: { careClinician: 400, offClinician: 400, supervisor: 400, otherSupervisor: 400, billing: 400, owner: 400, otherPractice: 400 },
    why: 'startTotpEnrollment: staff here already have a second factor (400); clients may add one',
    after: (w, actor, body) => { w.data[`totp:${actor}`] = (body as { secret: string }).secret; },
  },
  'POST /api/v1/auth/totp/confirm': {
    body: async (w, actor) => ({ code: await w.totpCode(w.data[`totp:${actor}`] ?? 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD') }),
    status: { careClinician: 400, offClinician: 400, supervisor: 400, otherSupervisor: 400, billing: 400, owner: 400, otherPractice: 400 },
    why: 'confirmTotpEnrollment: staff here have no enrolment in progress (400); the clients confirm theirs',
  },
  'POST /api/v1/auth/sign-in': {
    fresh: async (w) => { w.ids.signInEmail = await w.newPortalLogin(); return {}; },
    body: (w) => ({ email: w.ids.signInEmail, password: 'correct horse battery staple' }), endsSessions: true,
  },
  'POST /api/v1/auth/second-factor': {
    body: () => ({ code: '000000' }),
    status: { anonymous: 401, client: 401, partner: 401, otherClient: 401, careClinician: 401, offClinician: 401, supervisor: 401, otherSupervisor: 401, billing: 401, owner: 401, otherPractice: 401 },
    why: 'verifySecondFactor: only a session part-way through sign-in sends the second factor; every actor here has a full session or none (auth.test.ts covers the step itself)',
  },
  'POST /api/v1/auth/sign-out': { success: 204, endsSessions: true },
  // Last: everyone's password changes.
  'POST /api/v1/auth/password': { body: (w, actor) => ({ currentPassword: w.password(actor), newPassword: 'a changed passphrase for the matrix' }), endsSessions: true },
};

/** Okafor's own profile, as the form would send it back unchanged. */
function profileBody(p: Record<string, unknown>): Record<string, unknown> {
  const keys = ['listed', 'displayName', 'pronouns', 'bio', 'specialties', 'populations', 'approaches', 'languages', 'insurance', 'feeMin', 'feeMax', 'slidingScale', 'inPerson',
    'street', 'city', 'state', 'zip', 'addressPrecision', 'telehealth', 'telehealthStates', 'accepting'];
  return Object.fromEntries(keys.filter((k) => k in p).map((k) => [k, p[k]]));
}
