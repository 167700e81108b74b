/**
 * Who may call each route (issue 9's authorization matrix). Every route the app registers must
 * have an entry here: a test enumerates the route table and fails on a route without one, and
 * calls every route as every kind of actor, checking each answer against the rule.
 *
 * Derived by reading the services, not from intent: where the code enforces something other
 * than what one might expect, `why` says what it does. The matrix test
 * (platform/authz-matrix.test.ts, cases in test/authz-cases.ts) holds the services to these
 * rules. Routes that @fastify/static registers for the built web app (one per file in
 * packages/web/dist, names content-hashed) are not listed: they serve public static files.
 */
export type Audience =
  | 'public'      // anyone, no session (directory, training catalogue, sign-in steps, CSRF token, OpenAPI, calendar feed by its secret address, health, metrics)
  | 'signed-in'   // any signed-in user, staff or client (e.g. the current session)
  | 'staff'       // owner, clinician, supervisor or billing
  | 'clinical'    // clinician or supervisor (an owner or billing user only if also one of these)
  | 'supervisor'  // supervisor role
  | 'owner'       // owner role
  | 'administrative' // owner or billing (codes, amounts, settings; never clinical text)
  | 'client'      // a portal client
  | 'site-admin'; // a user with the site administrator flag

export type Scope =
  | 'none'        // nothing more than the audience (or a list filtered to what the caller may see)
  | 'practice'    // a resource of the caller's practice; another practice's answers 404
  | 'care-team'   // a client (or their note, plan, measure, referral, …) on the caller's care team; others 404
  | 'relationship'// a relationship one of whose members is on the caller's care team; others 404
  | 'own'         // the caller's own record or resource (a client's own portal data; a clinician's own credential, profile, working hours, note they authored); others 404
  | 'supervision' // a resource of a clinician the caller supervises
  | 'secret';     // reached by an unguessable token in the path or body (calendar feed, invitation, reset)

export interface RouteAccess {
  audience: Audience | Audience[];  // several when e.g. clinical OR administrative callers are both allowed
  scope: Scope;
  /** One line: what the service checks, in plain words (cite the function). */
  why: string;
}

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  // platform (app.ts, platform/metrics.ts)
  // Counts by route template only; docs/security.md asks operators to keep it off the public proxy.
  'GET /metrics': { audience: 'public', scope: 'none', why: 'registerMetrics: no guard at all; Prometheus counters by route template (no ids, no bodies)' },
  'GET /healthz': { audience: 'public', scope: 'none', why: 'app.ts: no guard; answers {status:"ok"} after one database read' },
  'GET /bench/ceiling': { audience: 'public', scope: 'none', why: 'registerCeiling (only with CANDOR_BENCH_CEILING): no guard, a padding body from memory' },
  'GET /api/v1/bench/floor': { audience: 'staff', scope: 'none', why: 'registerCeiling (only with CANDOR_BENCH_CEILING): requireStaff, then an audit row for the caller' },
  'GET /api/v1/openapi.json': { audience: 'public', scope: 'none', why: 'app.ts: no guard; the generated OpenAPI document' },

  // auth
  'GET /api/v1/auth/csrf': { audience: 'public', scope: 'none', why: 'auth.routes: no guard; issues a double-submit CSRF token' },
  'GET /api/v1/auth/session': { audience: 'signed-in', scope: 'own', why: 'auth.routes: any session of the caller (including one part-way through sign-in) describes its own user; no session is 401' },
  'POST /api/v1/auth/sign-in': { audience: 'public', scope: 'none', why: 'signIn: no actor needed; lockout per email and a per-IP rate limit' },
  'POST /api/v1/auth/second-factor': { audience: 'public', scope: 'none', why: 'verifySecondFactor: requireStage(session, "second-factor") — only the pre-sign-in session cookie from the password step; no or a fully signed-in session is 401' },
  'POST /api/v1/auth/totp/enroll': { audience: 'signed-in', scope: 'own', why: 'startTotpEnrollment: requireStage(session, "enroll-second-factor" | "signed-in"), for the session\'s own user; 401 without a session' },
  'POST /api/v1/auth/totp/confirm': { audience: 'signed-in', scope: 'own', why: 'confirmTotpEnrollment: requireStage(session, "enroll-second-factor" | "signed-in"), for the session\'s own user; 401 without a session' },
  'POST /api/v1/auth/sign-out': { audience: 'public', scope: 'none', why: 'signOut: deletes the caller\'s session if there is one; 204 either way' },
  'POST /api/v1/auth/password': { audience: 'signed-in', scope: 'own', why: 'changePassword: requireStage(session, "signed-in") for the session\'s own user; the current password must match (400 naming currentPassword, counted toward the sign-in lockout)' },
  'POST /api/v1/auth/password-reset': { audience: 'public', scope: 'none', why: 'requestPasswordReset: no actor; always 202, mails a link only when the account exists' },
  'POST /api/v1/auth/password-reset/complete': { audience: 'public', scope: 'secret', why: 'completePasswordReset: consumeOneTimeToken(purpose password-reset) from the body\'s token; else 400' },
  'POST /api/v1/auth/invitations/accept': { audience: 'public', scope: 'secret', why: 'acceptInvitation: consumeOneTimeToken(purpose invitation) from the body\'s token; else 400' },

  // practice
  'GET /api/v1/practice': { audience: 'staff', scope: 'none', why: 'getPractice: requireStaff; the caller\'s own practice' },
  'PATCH /api/v1/practice': { audience: 'owner', scope: 'none', why: 'updatePracticeSettings: requireRole owner; the caller\'s own practice' },
  'GET /api/v1/practice/users': { audience: 'owner', scope: 'none', why: 'listUsers: requireRole owner; the caller\'s practice\'s users' },
  'POST /api/v1/practice/invitations': { audience: 'owner', scope: 'none', why: 'inviteStaff: requireRole owner; staff roles only (client refused 400)' },
  // Outbox: with SMTP set, one-time links are hidden from the owner's copy (platform/mail.test.ts); without SMTP the outbox is the only delivery, shown whole — production deployments set SMTP (docs/security.md).
  'GET /api/v1/outbox': { audience: 'owner', scope: 'none', why: 'readOutbox: requireRole owner; listOutbox for the caller\'s practice (decrypted bodies, one-time links hidden once mail goes by SMTP)' },

  // clients
  'GET /api/v1/clients': { audience: 'staff', scope: 'none', why: 'listClients: requireRole owner/billing/clinician/supervisor; clinicians see their care team\'s clients, owner and billing all (listScope)' },
  'POST /api/v1/clients': { audience: ['clinical', 'owner'], scope: 'none', why: 'createClient: requireRole owner/clinician/supervisor; only a clinician may record the concern or identity (checkConcern); care team must be practice clinicians (400)' },
  'GET /api/v1/clients/:id': { audience: ['clinical', 'administrative', 'client'], scope: 'care-team', why: 'loadVisibleClient: care team sees all, owner/billing administrative fields, a client only themself' },
  'PATCH /api/v1/clients/:id': { audience: ['clinical', 'owner'], scope: 'care-team', why: 'updateClient: loadVisibleClient; care-team clinicians change any field, an owner administrative fields of any practice client; billing and the client themself 404' },
  'PUT /api/v1/clients/:id/care-team': { audience: ['clinical', 'owner'], scope: 'care-team', why: 'setCareTeam: loadVisibleClient; a care-team clinician, or an owner for any practice client; billing and the client 404' },
  'POST /api/v1/clients/:id/portal-invitation': { audience: 'clinical', scope: 'care-team', why: 'inviteClientToPortal: requireCareTeamClient' },

  // portal
  'GET /api/v1/portal/me': { audience: 'client', scope: 'own', why: 'getPortalHome: requireOwnClient (requireRole client, the actor\'s own client row)' },

  // relationships
  // An owner books the couples' joint sessions, so sees which clients are partners and the agreement they signed (no clinical content).
  'GET /api/v1/relationships': { audience: ['clinical', 'owner'], scope: 'none', why: 'listRelationships: requireRole clinician/supervisor/owner; clinicians see the relationships they are a clinician of, an owner who is not clinical sees all' },
  'POST /api/v1/relationships': { audience: 'clinical', scope: 'care-team', why: 'createRelationship: requireRole clinician/supervisor; every member must be on the caller\'s care team (else 400 naming memberIds.i, same for missing)' },
  'GET /api/v1/relationships/:id': { audience: ['clinical', 'owner'], scope: 'relationship', why: 'loadRelationship(allowOwner): the caller is one of the relationship\'s clinicians (relationship_clinicians, not the members\' care teams), or any owner; else 404' },
  'PATCH /api/v1/relationships/:id': { audience: 'clinical', scope: 'relationship', why: 'updateRelationship: loadRelationship without owner: one of the relationship\'s clinicians; else 404' },
  'POST /api/v1/relationships/:id/members': { audience: 'clinical', scope: 'relationship', why: 'addMember: loadRelationship (a relationship clinician), and the new member must be on the caller\'s care team (400)' },
  'POST /api/v1/relationships/:id/invitations': { audience: 'clinical', scope: 'relationship', why: 'inviteMembers: loadRelationship without owner: one of the relationship\'s clinicians' },
  'GET /api/v1/relationships/:id/history-summary': { audience: 'clinical', scope: 'relationship', why: 'relationshipHistorySummary: loadRelationshipForCare — a relationship clinician on every member\'s care team; each member\'s latest history summary, marked private to that partner' },
  'GET /api/v1/portal/relationships': { audience: 'client', scope: 'own', why: 'listOwnRelationships: requireOwnClient; partners shown by first name only' },

  // consents
  'GET /api/v1/consent-documents': { audience: 'staff', scope: 'none', why: 'listDocuments: requireStaff; the caller\'s practice\'s documents' },
  'GET /api/v1/consent-documents/:id': { audience: 'staff', scope: 'practice', why: 'getDocument: requireStaff; findDocument in the caller\'s practice, else 404' },
  'POST /api/v1/consent-documents/:id/versions': { audience: 'owner', scope: 'practice', why: 'publishVersion: requireRole owner; findDocument in the caller\'s practice, else 404' },
  'GET /api/v1/clients/:id/consents': { audience: 'clinical', scope: 'care-team', why: 'clientConsents: requireCareTeamClient' },
  'GET /api/v1/portal/consents': { audience: 'client', scope: 'own', why: 'portalConsents: requireOwnClient' },
  'POST /api/v1/portal/consents/:versionId/signature': { audience: 'client', scope: 'own', why: 'signConsent: requireOwnClient; the version must be one the client is asked to sign, else 404' },

  // intake
  'GET /api/v1/portal/intakes': { audience: 'client', scope: 'own', why: 'portalSubject → requireOwnClient; listIntakes of that client' },
  'POST /api/v1/portal/intakes': { audience: 'client', scope: 'own', why: 'portalSubject → requireOwnClient; openDraft of that client' },
  'GET /api/v1/portal/intakes/:id': { audience: 'client', scope: 'own', why: 'portalSubject → requireOwnClient; loadIntake only among that client\'s intakes, else 404' },
  'PUT /api/v1/portal/intakes/:id': { audience: 'client', scope: 'own', why: 'portalSubject → requireOwnClient; loadIntake only among that client\'s intakes, else 404' },
  'POST /api/v1/portal/intakes/:id/submit': { audience: 'client', scope: 'own', why: 'portalSubject → requireOwnClient; loadIntake only among that client\'s intakes, else 404' },
  'GET /api/v1/clients/:id/intakes': { audience: 'clinical', scope: 'care-team', why: 'clinicianSubject → requireCareTeamClient' },
  'POST /api/v1/clients/:id/intakes': { audience: 'clinical', scope: 'care-team', why: 'clinicianSubject → requireCareTeamClient; openDraft' },
  'GET /api/v1/clients/:id/intakes/:intakeId': { audience: 'clinical', scope: 'care-team', why: 'clinicianSubject → requireCareTeamClient; loadIntake of that client, else 404' },
  'PUT /api/v1/clients/:id/intakes/:intakeId': { audience: 'clinical', scope: 'care-team', why: 'clinicianSubject → requireCareTeamClient; loadIntake of that client, else 404' },
  'POST /api/v1/clients/:id/intakes/:intakeId/submit': { audience: 'clinical', scope: 'care-team', why: 'clinicianSubject → requireCareTeamClient; loadIntake of that client, else 404' },
  'GET /api/v1/clients/:id/history-summary': { audience: 'clinical', scope: 'care-team', why: 'clientHistorySummary: requireCareTeamClient' },

  // releases
  'GET /api/v1/clients/:id/releases': { audience: 'clinical', scope: 'care-team', why: 'listClientReleases: requireCareTeamClient' },
  'POST /api/v1/clients/:id/releases': { audience: 'clinical', scope: 'care-team', why: 'createRelease: requireCareTeamClient' },
  'GET /api/v1/portal/releases': { audience: 'client', scope: 'own', why: 'listOwnReleases: requireOwnClient' },
  'POST /api/v1/portal/releases/:id/signature': { audience: 'client', scope: 'own', why: 'signOwnRelease: loadOwnRelease (requireOwnClient, findRelease of that client), else 404' },
  'POST /api/v1/portal/releases/:id/revoke': { audience: 'client', scope: 'own', why: 'revokeOwnRelease: loadOwnRelease (requireOwnClient, findRelease of that client), else 404' },

  // referrals
  'GET /api/v1/clients/:id/referrals': { audience: 'clinical', scope: 'care-team', why: 'listClientReferrals: requireCareTeamClient' },
  'POST /api/v1/clients/:id/referrals': { audience: 'clinical', scope: 'care-team', why: 'createReferral: requireCareTeamClient' },
  'GET /api/v1/referrals/:id': { audience: 'clinical', scope: 'care-team', why: 'getReferral: loadReferral (practice) → requireCareTeamClient of its client' },
  'PATCH /api/v1/referrals/:id': { audience: 'clinical', scope: 'care-team', why: 'updateReferral: loadReferral → requireCareTeamClient of its client' },
  'POST /api/v1/referrals/:id/send': { audience: 'clinical', scope: 'care-team', why: 'sendReferral: loadReferral → requireCareTeamClient; the release must be this client\'s, signed and naming the recipient (400)' },
  'POST /api/v1/referrals/:id/transition': { audience: 'clinical', scope: 'care-team', why: 'transitionReferral: loadReferral → requireCareTeamClient of its client' },
  'GET /api/v1/referrals/:id/letter': { audience: 'clinical', scope: 'care-team', why: 'referralLetter: loadReferral → requireCareTeamClient; a preview only under this client\'s usable release' },
  'GET /api/v1/referrals/:id/letter.pdf': { audience: 'clinical', scope: 'care-team', why: 'referralLetterPdf → referralLetter: loadReferral → requireCareTeamClient' },

  // screening
  'GET /api/v1/clients/:id/screening': { audience: 'clinical', scope: 'care-team', why: 'getScreening: requireCareTeamClient' },
  'POST /api/v1/clients/:id/medicine-mappings': { audience: 'clinical', scope: 'care-team', why: 'mapMedicine: requireCareTeamClient (the alias then applies practice-wide)' },
  'POST /api/v1/screening-suggestions/:id/accept': { audience: 'clinical', scope: 'care-team', why: 'acceptSuggestion: loadOpenSuggestion (practice) → requireCareTeamClient of its client' },
  'POST /api/v1/screening-suggestions/:id/dismiss': { audience: 'clinical', scope: 'care-team', why: 'dismissSuggestion: loadOpenSuggestion (practice) → requireCareTeamClient of its client' },

  // diagnoses
  'GET /api/v1/diagnoses/catalog': { audience: 'clinical', scope: 'none', why: 'diagnosisCatalog: requireRole clinician/supervisor' },
  'POST /api/v1/clients/:id/diagnoses/evaluate': { audience: 'clinical', scope: 'care-team', why: 'evaluateForClient: requireCareTeamClient' },
  'GET /api/v1/clients/:id/diagnoses': { audience: 'clinical', scope: 'care-team', why: 'listClientDiagnoses: requireCareTeamClient' },
  'POST /api/v1/clients/:id/diagnoses': { audience: 'clinical', scope: 'care-team', why: 'recordDiagnosis: requireCareTeamClient' },
  'PATCH /api/v1/clients/:id/diagnoses/:diagnosisRecordId': { audience: 'clinical', scope: 'care-team', why: 'updateDiagnosisStatus: requireCareTeamClient; findDiagnosis of that client, else 404' },

  // measures
  'POST /api/v1/clients/:id/measures/assignments': { audience: 'clinical', scope: 'care-team', why: 'assignToClient: requireCareTeamClient' },
  'POST /api/v1/relationships/:id/measures/assignments': { audience: 'clinical', scope: 'relationship', why: 'assignToRelationship: relationshipMembersForClinician (a relationship clinician on every member\'s care team)' },
  'POST /api/v1/measure-assignments/:id/cancel': { audience: 'clinical', scope: 'care-team', why: 'cancelAssignment: findAssignment (practice) → requireCareTeamClient of its client' },
  'GET /api/v1/clients/:id/measures': { audience: 'clinical', scope: 'care-team', why: 'clientMeasures: requireCareTeamClient' },
  'GET /api/v1/relationships/:id/measures': { audience: 'clinical', scope: 'relationship', why: 'relationshipMeasures: relationshipMembersForClinician (a relationship clinician on every member\'s care team); each member\'s trends for relationship-assigned questionnaires' },
  'GET /api/v1/measure-responses/:id': { audience: 'clinical', scope: 'care-team', why: 'getResponse: findResponse (practice) → requireCareTeamClient of its client' },
  'GET /api/v1/measure-responses/:id/fhir': { audience: 'clinical', scope: 'care-team', why: 'getResponseFhir → getResponse: requireCareTeamClient of its client' },

  // integrations (modules/integrations): personal access tokens and webhooks; a token never manages either (403)
  'GET /api/v1/integrations': { audience: 'staff', scope: 'none', why: 'integrations.routes: requireStaff; the token scopes and webhook events (no data)' },
  'GET /api/v1/access-tokens': { audience: 'staff', scope: 'none', why: 'listTokens: requireStaff in person; the caller\'s own tokens, an owner every token of the practice (never the token itself)' },
  'POST /api/v1/access-tokens': { audience: 'staff', scope: 'none', why: 'createToken: requireStaff in person; a token for the caller, acting only as them' },
  'DELETE /api/v1/access-tokens/:id': { audience: ['staff', 'owner'], scope: 'own', why: 'revokeToken: requireStaff in person; the caller\'s own token, or an owner any token of the practice; else 404' },
  'GET /api/v1/webhooks': { audience: 'owner', scope: 'none', why: 'listWebhooks: requireRole owner in person; the practice\'s webhooks (never the secret)' },
  'POST /api/v1/webhooks': { audience: 'owner', scope: 'none', why: 'createWebhook: requireRole owner in person' },
  'PATCH /api/v1/webhooks/:id': { audience: 'owner', scope: 'practice', why: 'updateWebhook → loadWebhook: requireRole owner, the practice\'s webhook; else 404' },
  'DELETE /api/v1/webhooks/:id': { audience: 'owner', scope: 'practice', why: 'deleteWebhook → loadWebhook: requireRole owner, the practice\'s webhook; else 404' },
  'GET /api/v1/webhooks/:id/deliveries': { audience: 'owner', scope: 'practice', why: 'listDeliveries → loadWebhook: requireRole owner, the practice\'s webhook; else 404' },
  'POST /api/v1/webhooks/:id/ping': { audience: 'owner', scope: 'practice', why: 'pingWebhook → loadWebhook: requireRole owner, the practice\'s webhook; else 404' },

  // interoperability
  'GET /api/v1/clients/:id/fhir': { audience: 'clinical', scope: 'care-team', why: 'exportClientFhir: requireCareTeamClient; then each part read through its own module with the caller\'s access (a relationship or note outside it is left out)' },
  'POST /api/v1/practice/archive': { audience: 'owner', scope: 'none', why: 'exportPractice: requireRole owner in person (never a token); the caller\'s own practice, sealed with their passphrase; audited' },
  'POST /api/v1/clients/:id/questionnaire-responses': { audience: 'clinical', scope: 'care-team', why: 'importFhirResponses: requireCareTeamClient; every response read and scored before one transaction writes them' },
  'POST /api/v1/portal/record-requests': { audience: 'client', scope: 'own', why: 'requestOwnRecord: requireOwnClient; one request waiting for review at a time (409)' },
  'GET /api/v1/portal/record-requests': { audience: 'client', scope: 'own', why: 'listOwnRecordRequests: requireOwnClient; the caller\'s own requests only' },
  'GET /api/v1/portal/record-requests/:id/record.pdf': { audience: 'client', scope: 'own', why: 'downloadOwnRecord: requireOwnClient; the caller\'s own released request, else 404 (audited)' },
  'GET /api/v1/portal/record-requests/:id/record.fhir.json': { audience: 'client', scope: 'own', why: 'downloadOwnRecord: requireOwnClient; the caller\'s own released request, else 404 (audited)' },
  'GET /api/v1/clients/:id/record-requests': { audience: 'clinical', scope: 'care-team', why: 'listClientRecordRequests: requireCareTeamClient' },
  'POST /api/v1/record-requests/:id/release': { audience: 'clinical', scope: 'care-team', why: 'releaseRecord → loadForReview: the request of the caller\'s practice, then requireCareTeamClient of its client (404); 409 once decided' },
  'POST /api/v1/record-requests/:id/decline': { audience: 'clinical', scope: 'care-team', why: 'declineRecord → loadForReview: the request of the caller\'s practice, then requireCareTeamClient of its client (404); 409 once decided' },
  'GET /api/v1/portal/measures': { audience: 'client', scope: 'own', why: 'listOwnMeasures: requireOwnClient' },
  'PUT /api/v1/portal/measures/:id/draft': { audience: 'client', scope: 'own', why: 'saveOwnDraft: loadOwnRequest (requireOwnClient, findRequest of that client), else 404' },
  'POST /api/v1/portal/measures/:id/submit': { audience: 'client', scope: 'own', why: 'submitOwnMeasure: loadOwnRequest (requireOwnClient, findRequest of that client), else 404' },
  'GET /api/v1/instruments': { audience: 'staff', scope: 'none', why: 'listInstruments: requireStaff' },
  'GET /api/v1/instruments/:id/questionnaire': { audience: 'staff', scope: 'none', why: 'instrumentQuestionnaire: requireStaff; the id is a schema enum of known instruments' },
  'POST /api/v1/instruments/:id/wording': { audience: 'owner', scope: 'none', why: 'importWording: requireRole owner; stored for the caller\'s practice' },
  'POST /api/v1/safety-alerts/:id/acknowledge': { audience: 'clinical', scope: 'care-team', why: 'acknowledgeSafetyAlert: findSafetyAlert (practice) → requireCareTeamClient of its client' },

  // imports (CSV)
  'POST /api/v1/imports/clients': { audience: ['clinical', 'owner'], scope: 'none', why: 'importClients: requireRole owner/clinician/supervisor (as createClient); care team of practice clinicians (400 careTeam); identity fields and the concern only from a clinician (400 naming rows[N].field); duplicates across the practice are skipped' },
  'POST /api/v1/imports/appointments': { audience: ['clinical', 'owner'], scope: 'none', why: 'importAppointments: requireRole owner/clinician/supervisor (as createAppointments); a clinician books only their own and matches clients on their own caseload only, an owner any clinician\'s; attendees must be on that clinician\'s care team (400 naming rows[N].attendeeClientIds)' },

  // scheduling
  'POST /api/v1/appointments': { audience: ['clinical', 'owner'], scope: 'care-team', why: 'createAppointments: requireRole clinician/supervisor/owner; a clinician books only their own, an owner any clinician\'s; attendees must be on that clinician\'s care team (400); relationshipId needs a relationship clinician (404)' },
  'GET /api/v1/appointments': { audience: ['clinical', 'owner'], scope: 'none', why: 'listAppointments: requireRole clinician/supervisor/owner; a clinician sees their own, an owner any (optionally one clinician\'s)' },
  'POST /api/v1/appointments/:id/cancel': { audience: ['clinical', 'owner'], scope: 'own', why: 'cancelAppointment: loadOwnAppointment — the appointment\'s clinician or an owner; else 404' },
  'POST /api/v1/appointments/:id/no-show': { audience: ['clinical', 'owner'], scope: 'own', why: 'markNoShow: loadOwnAppointment — the appointment\'s clinician or an owner; else 404' },
  'GET /api/v1/clinicians/:id/availability': { audience: ['clinical', 'owner'], scope: 'own', why: 'getAvailability: requireClinicianAccess — a clinician their own, an owner any practice clinician; everyone else 404' },
  'PUT /api/v1/clinicians/:id/working-hours': { audience: ['clinical', 'owner'], scope: 'own', why: 'setWorkingHours: requireClinicianAccess — a clinician their own, an owner any practice clinician; else 404' },
  'POST /api/v1/clinicians/:id/time-off': { audience: ['clinical', 'owner'], scope: 'own', why: 'addTimeOff: requireClinicianAccess — a clinician their own, an owner any practice clinician; else 404' },
  'DELETE /api/v1/time-off/:id': { audience: ['clinical', 'owner'], scope: 'own', why: 'removeTimeOff: requireRole clinician/supervisor/owner, findTimeOff (practice), then requireClinicianAccess of its clinician; else 404' },
  'POST /api/v1/calendar-feeds': { audience: 'clinical', scope: 'own', why: 'createCalendarFeed: requireRole clinician/supervisor; replaces the caller\'s own feed address' },
  'GET /api/v1/calendar-feeds/:file': { audience: 'public', scope: 'secret', why: 'calendarFeed: findFeedByTokenHash of the 43-character token in the path, else 404; titles name only the kind of session' },
  'GET /api/v1/portal/appointments': { audience: 'client', scope: 'own', why: 'listOwnAppointments: requireOwnClient; other attendees reduced to withPartner' },

  // notes
  'POST /api/v1/appointments/:id/notes': { audience: 'clinical', scope: 'own', why: 'startNote: requireRole clinician/supervisor; the appointment must be the caller\'s own (clinician_id), else 404' },
  'GET /api/v1/appointments/:id/notes': { audience: 'clinical', scope: 'care-team', why: 'listAppointmentNotes: requireRole clinician/supervisor; the appointment\'s clinician or a clinician on the care team of any attendee, else 404; then only the notes mayReadNote lets the caller read' },
  'GET /api/v1/clients/:id/notes': { audience: 'clinical', scope: 'care-team', why: 'listClientNotes: requireCareTeamClient; only joint notes and notes about this client, no content' },
  'GET /api/v1/note-templates': { audience: ['clinical', 'owner'], scope: 'none', why: 'listTemplates: requireRole clinician/supervisor/owner' },
  'POST /api/v1/note-templates': { audience: 'owner', scope: 'none', why: 'createTemplate: requireRole owner; stored for the caller\'s practice' },
  'GET /api/v1/notes/:id': { audience: 'clinical', scope: 'care-team', why: 'getNote: loadNote → mayReadNote — clinical only: the author, a supervisor of the author, or on the care team of everyone the note is about (its client, or every attendee of a joint note); else 404' },
  'PUT /api/v1/notes/:id': { audience: 'clinical', scope: 'own', why: 'saveNote: loadNote (others 404), then requireAuthor — a reader who is not the author gets 409' },
  'POST /api/v1/notes/:id/sign': { audience: 'clinical', scope: 'own', why: 'signNote: loadNote (others 404), then requireAuthor — a reader who is not the author gets 409' },
  'POST /api/v1/notes/:id/cosign': { audience: 'supervisor', scope: 'supervision', why: 'cosignNote: loadNote (others 404), then the caller must be among supervisorsOf(author) — a care-team reader who is not gets 409' },
  'POST /api/v1/notes/:id/addenda': { audience: 'clinical', scope: 'own', why: 'addAddendum: loadNote (others 404), then requireAuthor — a reader who is not the author gets 409' },
  'GET /api/v1/supervision/queue': { audience: 'supervisor', scope: 'supervision', why: 'cosignQueue: requireRole supervisor; notes awaiting co-signature by the caller\'s supervisees (full content)' },
  'PUT /api/v1/practice/supervision': { audience: 'owner', scope: 'practice', why: 'setSupervisors: requireRole owner; supervisee and supervisors must be the practice\'s clinicians / supervisors (400)' },
  'GET /api/v1/clients/:id/psychotherapy-notes': { audience: 'clinical', scope: 'care-team', why: 'listOwnPsychotherapyNotes: requireCareTeamClient, then only notes the caller authored' },
  'POST /api/v1/clients/:id/psychotherapy-notes': { audience: 'clinical', scope: 'care-team', why: 'addPsychotherapyNote: requireCareTeamClient (the optional appointmentId is stored unchecked)' },
  'GET /api/v1/psychotherapy-notes/:id': { audience: 'clinical', scope: 'own', why: 'getPsychotherapyNote: requireActor; only the author (author_id), else 404' },

  // plans
  'GET /api/v1/interventions': { audience: ['clinical', 'owner'], scope: 'none', why: 'listInterventions: requireRole clinician/supervisor/owner' },
  'POST /api/v1/interventions': { audience: ['clinical', 'owner'], scope: 'none', why: 'createIntervention: requireRole clinician/supervisor/owner; stored for the caller\'s practice' },
  'PUT /api/v1/interventions/:id': { audience: ['clinical', 'owner'], scope: 'practice', why: 'editIntervention: requireRole clinician/supervisor/owner; a shipped library key or the practice\'s own, else 404' },
  'POST /api/v1/treatment-plans': { audience: 'clinical', scope: 'care-team', why: 'createPlan: requireRole clinician/supervisor; subjectOf — requireCareTeamClient, or for relationshipId relationshipMembersForClinician (a relationship clinician)' },
  'GET /api/v1/treatment-plans': { audience: 'clinical', scope: 'care-team', why: 'listPlans: subjectOf — requireCareTeamClient(clientId) or relationshipMembersForClinician(relationshipId); 400 unless exactly one is given' },
  'GET /api/v1/treatment-plans/:id': { audience: 'clinical', scope: 'care-team', why: 'getPlan: loadPlan (practice) → subjectOf its client (care team) or relationship (relationship clinician)' },
  'GET /api/v1/treatment-plans/:id/versions/:version': { audience: 'clinical', scope: 'care-team', why: 'getPlan: loadPlan → subjectOf its client (care team) or relationship (relationship clinician); unknown version 404' },
  'POST /api/v1/treatment-plans/:id/versions': { audience: 'clinical', scope: 'care-team', why: 'reviewPlan: loadPlan → subjectOf, then requireRole clinician/supervisor' },
  'POST /api/v1/treatment-plans/:id/progress': { audience: 'clinical', scope: 'care-team', why: 'recordProgress: loadPlan → subjectOf, then requireRole clinician/supervisor' },
  'POST /api/v1/treatment-plans/:id/close': { audience: 'clinical', scope: 'care-team', why: 'closePlan: loadPlan → subjectOf, then requireRole clinician/supervisor' },

  // homework
  'POST /api/v1/homework': { audience: 'clinical', scope: 'care-team', why: 'assignHomework: requireRole clinician/supervisor; requireCareTeamClient for one client, or relationshipMembersForClinician for partners' },
  'GET /api/v1/homework': { audience: 'clinical', scope: 'care-team', why: 'listHomework: requireCareTeamClient(clientId), assignees filtered to that client; or relationshipMembersForClinician(relationshipId) — on every partner\'s care team — all partners\' logs' },
  'POST /api/v1/homework/:id/stop': { audience: 'clinical', scope: 'care-team', why: 'stopHomework: requireRole clinician/supervisor; findHomework (practice, else 404), then the relationship clinician or requireCareTeamClient of its assignee' },
  'GET /api/v1/portal/homework': { audience: 'client', scope: 'own', why: 'listOwnHomework: requireOwnClient; a partner\'s entries only as reflections they chose to share' },
  'POST /api/v1/portal/homework/:id/logs': { audience: 'client', scope: 'own', why: 'logPractice: loadOwnHomework (requireOwnClient, the client is an assignee), else 404' },
  'PUT /api/v1/portal/homework/:id/logs/:logId/sharing': { audience: 'client', scope: 'own', why: 'setReflectionSharing: loadOwnHomework, then findLog of that client on that homework, else 404' },

  // billing
  'GET /api/v1/billing/settings': { audience: 'administrative', scope: 'none', why: 'getSettings: requireBillingStaff (requireRole owner/billing)' },
  'PUT /api/v1/billing/settings': { audience: 'administrative', scope: 'none', why: 'saveSettings: requireBillingStaff (requireRole owner/billing)' },
  'GET /api/v1/billing/providers': { audience: 'administrative', scope: 'none', why: 'listProviders: requireBillingStaff; each practice clinician\'s NPI and licence' },
  'PUT /api/v1/billing/providers/:id': { audience: ['clinical', 'administrative'], scope: 'own', why: 'saveProvider: the clinician themself, or an owner/billing user for any practice clinician; else 404' },
  'PUT /api/v1/clients/:id/billing': { audience: ['clinical', 'administrative'], scope: 'care-team', why: 'setSlidingScale: requireBillableClient — a care-team clinician or owner/billing (any practice client); the client and others 404' },
  'GET /api/v1/appointments/:id/charge': { audience: ['clinical', 'administrative'], scope: 'own', why: 'chargeDraft: loadAppointment — owner/billing any practice appointment, a clinician only their own; else 404 (shows attendees\' diagnosis codes)' },
  'PUT /api/v1/appointments/:id/charge': { audience: ['clinical', 'administrative'], scope: 'own', why: 'saveCharge: loadAppointment — owner/billing any practice appointment, a clinician only their own; else 404' },
  'POST /api/v1/clients/:id/payments': { audience: 'administrative', scope: 'practice', why: 'recordPayment: requireBillingStaff, then requireBillableClient (any client of the practice)' },
  'GET /api/v1/clients/:id/account': { audience: ['clinical', 'administrative'], scope: 'care-team', why: 'account: requireBillableClient — a care-team clinician or owner/billing; the client themself 404' },
  'GET /api/v1/clients/:id/superbill.pdf': { audience: ['clinical', 'administrative'], scope: 'care-team', why: 'superbill: requireBillableClient — a care-team clinician or owner/billing; only that client\'s charges' },
  'GET /api/v1/billing/income.csv': { audience: 'administrative', scope: 'none', why: 'incomeCsv: requireBillingStaff; the caller\'s practice' },
  'GET /api/v1/billing/sessions': { audience: 'administrative', scope: 'none', why: 'sessions: requireBillingStaff; the caller\'s practice\'s appointments with attendees and charges' },

  // today
  'GET /api/v1/today': { audience: 'staff', scope: 'none', why: 'getToday: requireStaff; credential alerts (own, or everyone\'s for an owner); the clinical panels only for isClinical, each the caller\'s own' },

  // credentials
  'GET /api/v1/credentials': { audience: ['clinical', 'owner'], scope: 'own', why: 'listCredentialsFor: requireCredentialHolder — requireStaff; a clinician their own, an owner any practice clinician\'s; other targets 404, non-clinicians asking for themselves 403' },
  'POST /api/v1/credentials': { audience: ['clinical', 'owner'], scope: 'own', why: 'addCredential: requireCredentialHolder — a clinician for themself, an owner for any practice clinician' },
  'PATCH /api/v1/credentials/:id': { audience: ['clinical', 'owner'], scope: 'own', why: 'updateCredential: requireCredential — requireStaff; the holder or an owner, else 404' },
  'DELETE /api/v1/credentials/:id': { audience: ['clinical', 'owner'], scope: 'own', why: 'archiveCredential: requireCredential — the holder or an owner, else 404' },
  'POST /api/v1/credentials/:id/verification': { audience: 'owner', scope: 'practice', why: 'verifyCredential: requireRole owner, then requireCredential (practice), else 404' },
  'DELETE /api/v1/credentials/:id/verification': { audience: 'owner', scope: 'practice', why: 'withdrawVerification: requireRole owner, then requireCredential (practice), else 404' },
  'POST /api/v1/credentials/:id/documents': { audience: ['clinical', 'owner'], scope: 'own', why: 'attachDocument: requireCredential — the holder or an owner, else 404' },
  'GET /api/v1/credentials/:id/documents/:documentId': { audience: ['clinical', 'owner'], scope: 'own', why: 'readDocument: requireCredential — the holder or an owner; findDocument of that credential, else 404' },
  'DELETE /api/v1/credentials/:id/documents/:documentId': { audience: ['clinical', 'owner'], scope: 'own', why: 'removeDocument: requireCredential — the holder or an owner; findDocument of that credential, else 404' },

  // certification
  'GET /api/v1/certification/requirement-sets': { audience: 'staff', scope: 'none', why: 'certification.routes: requireStaff; published requirement data' },
  'GET /api/v1/certification/activities': { audience: 'clinical', scope: 'own', why: 'listActivities: requireRole clinician/supervisor; the caller\'s own log' },
  'POST /api/v1/certification/activities': { audience: 'clinical', scope: 'own', why: 'logActivity: requireRole clinician/supervisor; logged for the caller' },
  'PUT /api/v1/certification/activities/:id': { audience: 'clinical', scope: 'own', why: 'updateActivity: requireRole clinician/supervisor; ownActivity (user_id is the caller), else 404' },
  'DELETE /api/v1/certification/activities/:id': { audience: 'clinical', scope: 'own', why: 'deleteActivity: requireRole clinician/supervisor; ownActivity (user_id is the caller), else 404' },
  'GET /api/v1/certification/supervisors': { audience: 'clinical', scope: 'none', why: 'practiceSupervisors: requireRole clinician/supervisor; the practice\'s supervisors by name' },
  'GET /api/v1/certification/confirmations': { audience: 'supervisor', scope: 'supervision', why: 'supervisionToConfirm: requireRole supervisor; supervision entries that name the caller as supervisor' },
  'POST /api/v1/certification/activities/:id/confirmation': { audience: 'supervisor', scope: 'supervision', why: 'setConfirmation: requireRole supervisor; a supervision entry whose supervisor_user_id is the caller, else 404' },
  'DELETE /api/v1/certification/activities/:id/confirmation': { audience: 'supervisor', scope: 'supervision', why: 'setConfirmation: requireRole supervisor; a supervision entry whose supervisor_user_id is the caller, else 404' },
  'GET /api/v1/certification/progress': { audience: 'clinical', scope: 'own', why: 'progress: requireRole clinician/supervisor; the caller\'s own track and log' },
  'PUT /api/v1/certification/track': { audience: 'clinical', scope: 'own', why: 'setTrack: requireRole clinician/supervisor; the caller\'s own track' },
  'GET /api/v1/certification/log.csv': { audience: 'clinical', scope: 'own', why: 'exportCsv → listActivities: requireRole clinician/supervisor; the caller\'s own log' },
  'GET /api/v1/certification/log.pdf': { audience: 'clinical', scope: 'own', why: 'exportPdf: requireRole clinician/supervisor; the caller\'s own log' },

  // directory
  'GET /api/v1/directory/profile': { audience: 'clinical', scope: 'own', why: 'getOwnProfile: requireRole clinician/supervisor; the caller\'s own profile (404 until written)' },
  'PUT /api/v1/directory/profile': { audience: 'clinical', scope: 'own', why: 'saveOwnProfile: requireRole clinician/supervisor; the caller\'s own profile' },
  'PUT /api/v1/directory/profile/photo': { audience: 'clinical', scope: 'own', why: 'setOwnPhoto: requireRole clinician/supervisor; the caller\'s own profile (404 until written)' },
  'DELETE /api/v1/directory/profile/photo': { audience: 'clinical', scope: 'own', why: 'setOwnPhoto(null): requireRole clinician/supervisor; the caller\'s own profile (404 until written)' },
  'GET /api/v1/directory/practice': { audience: ['clinical', 'owner'], scope: 'none', why: 'getPracticeListing: requireRole owner/clinician/supervisor; the caller\'s practice' },
  'PUT /api/v1/directory/practice': { audience: 'owner', scope: 'none', why: 'setPracticeListing: requireRole owner; the caller\'s practice' },
  'GET /api/v1/directory/inquiries': { audience: 'clinical', scope: 'own', why: 'listInquiries: requireRole clinician/supervisor; inquiries addressed to the caller' },
  'POST /api/v1/directory/inquiries/:id/read': { audience: 'clinical', scope: 'own', why: 'markInquiryRead: requireRole clinician/supervisor; only an inquiry addressed to the caller, else 404' },
  'GET /api/v1/public/therapists': { audience: 'public', scope: 'none', why: 'searchDirectory: no actor; listed, verified profiles of opted-in practices only' },
  'GET /api/v1/public/therapists/:slug': { audience: 'public', scope: 'none', why: 'publicProfile: no actor; indexedEntry — a published profile, else 404' },
  'POST /api/v1/public/therapists/:slug/contact': { audience: 'public', scope: 'none', why: 'contactTherapist: no actor; a published profile, else 404; rate-limited; creates a prospective client' },

  // find (public web pages, outside /api)
  'GET /find/assets/find.css': { audience: 'public', scope: 'none', why: 'find.routes: no guard; static stylesheet' },
  'GET /find/assets/find.js': { audience: 'public', scope: 'none', why: 'find.routes: no guard; static script' },
  'GET /find': { audience: 'public', scope: 'none', why: 'find.routes → searchDirectory: no actor; published profiles only' },
  'GET /find/therapists/:slug': { audience: 'public', scope: 'none', why: 'find.routes → renderProfile: no actor; a published profile, else a 404 page' },
  'GET /find/therapists/:slug/photo': { audience: 'public', scope: 'none', why: 'publicPhoto: no actor; indexedEntry — a published profile with a photo, else 404' },
  'POST /find/therapists/:slug/contact': { audience: 'public', scope: 'none', why: 'find.routes → contactTherapist: no actor; a published profile, else 404; rate-limited' },
  'GET /find/training': { audience: 'public', scope: 'none', why: 'find.routes → searchProgrammes: no actor; the public training catalogue' },

  // training
  'GET /api/v1/public/training': { audience: 'public', scope: 'none', why: 'searchProgrammes: no actor; the public training catalogue' },
  'GET /api/v1/admin/training': { audience: 'site-admin', scope: 'none', why: 'listAllProgrammes: requireSiteAdmin (requireActor, then the siteAdmin flag, else 403)' },
  'POST /api/v1/admin/training': { audience: 'site-admin', scope: 'none', why: 'createProgramme: requireSiteAdmin' },
  'PUT /api/v1/admin/training/:id': { audience: 'site-admin', scope: 'none', why: 'updateProgramme: requireSiteAdmin; deployment-wide catalogue, unknown id 404' },
  'DELETE /api/v1/admin/training/:id': { audience: 'site-admin', scope: 'none', why: 'deleteProgramme: requireSiteAdmin; deployment-wide catalogue, unknown id 404' },
  'POST /api/v1/admin/training/import': { audience: 'site-admin', scope: 'none', why: 'importCsv: requireSiteAdmin' },
  'GET /api/v1/admin/training.csv': { audience: 'site-admin', scope: 'none', why: 'exportCsv: requireSiteAdmin' },
};
