/**
 * The Candor API, as TypeScript types: generated from its OpenAPI document (/api/v1/openapi.json)
 * by openapi-typescript. Do not edit: run `npm run api:generate` after changing a route's schema
 * (packages/server/src/platform/openapi.test.ts fails while this file is out of date).
 */

export interface paths {
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Issue a CSRF token for state-changing requests */
        get: operations["getAuthCsrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe the current session and its user */
        get: operations["getAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["postAuthSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete sign-in with a TOTP or recovery code */
        post: operations["postAuthSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start enrolling an authenticator app */
        post: operations["postAuthTotpEnroll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the authenticator app and receive recovery codes */
        post: operations["postAuthTotpConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: operations["postAuthSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link by email */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s own password */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link’s token */
        post: operations["postAuthPasswordResetComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation and set a password */
        post: operations["postAuthInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the practice */
        get: operations["getPractice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the practice’s settings */
        patch: operations["patchPractice"];
        trace?: never;
    };
    "/api/v1/practice/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the practice’s users */
        get: operations["getPracticeUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a staff member */
        post: operations["postPracticeInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the practice’s mail outbox */
        get: operations["getOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search the clients one may see */
        get: operations["getClients"];
        put?: never;
        /** Create a client */
        post: operations["postClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a client’s record */
        get: operations["getClientsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a client’s record */
        patch: operations["patchClientsById"];
        trace?: never;
    };
    "/api/v1/clients/{id}/care-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a client’s care team */
        put: operations["putClientsByIdCareTeam"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/portal-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a client to the portal */
        post: operations["postClientsByIdPortalInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in client’s portal home */
        get: operations["getPortalMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the relationships one may see */
        get: operations["getRelationships"];
        put?: never;
        /** Create a relationship of clients */
        post: operations["postRelationships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a relationship */
        get: operations["getRelationshipsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a relationship */
        patch: operations["patchRelationshipsById"];
        trace?: never;
    };
    "/api/v1/relationships/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a client to a relationship */
        post: operations["postRelationshipsByIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationships/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a relationship’s members to the portal */
        post: operations["postRelationshipsByIdInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationships/{id}/history-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Summarise each partner’s latest history, each private to that partner */
        get: operations["getRelationshipsByIdHistorySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in client’s relationships */
        get: operations["getPortalRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the practice’s consent documents */
        get: operations["getConsentDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a consent document with all its versions */
        get: operations["getConsentDocumentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a new version of a consent document */
        post: operations["postConsentDocumentsByIdVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List what a client is asked to sign and has signed */
        get: operations["getClientsByIdConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the consents the signed-in client is asked to sign */
        get: operations["getPortalConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/consents/{versionId}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a consent document */
        post: operations["postPortalConsentsByVersionIdSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/intakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in client’s history intakes */
        get: operations["getPortalIntakes"];
        put?: never;
        /** Open the signed-in client’s intake draft */
        post: operations["postPortalIntakes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/intakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of the signed-in client’s intakes */
        get: operations["getPortalIntakesById"];
        /** Save the signed-in client’s intake draft */
        put: operations["putPortalIntakesById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/intakes/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the signed-in client’s intake */
        post: operations["postPortalIntakesByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/intakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s history intakes */
        get: operations["getClientsByIdIntakes"];
        put?: never;
        /** Open an intake draft on a client’s behalf */
        post: operations["postClientsByIdIntakes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/intakes/{intakeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of a client’s intakes */
        get: operations["getClientsByIdIntakesByIntakeId"];
        /** Save an intake draft on a client’s behalf */
        put: operations["putClientsByIdIntakesByIntakeId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/intakes/{intakeId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an intake on a client’s behalf */
        post: operations["postClientsByIdIntakesByIntakeIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/history-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Summarise a client’s latest submitted history */
        get: operations["getClientsByIdHistorySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s releases of information */
        get: operations["getClientsByIdReleases"];
        put?: never;
        /** Draft a release of information for a client to sign */
        post: operations["postClientsByIdReleases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in client’s releases of information */
        get: operations["getPortalReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/releases/{id}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a release of information */
        post: operations["postPortalReleasesByIdSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/releases/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a signed release of information */
        post: operations["postPortalReleasesByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s referrals */
        get: operations["getClientsByIdReferrals"];
        put?: never;
        /** Create a referral for a client */
        post: operations["postClientsByIdReferrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a referral */
        get: operations["getReferralsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a referral */
        patch: operations["patchReferralsById"];
        trace?: never;
    };
    "/api/v1/referrals/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a referral under a signed release */
        post: operations["postReferralsByIdSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a referral to its next status */
        post: operations["postReferralsByIdTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview a referral letter */
        get: operations["getReferralsByIdLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a referral letter (PDF) */
        get: operations["getReferralsByIdLetterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a client’s referral suggestions from screening rules */
        get: operations["getClientsByIdScreening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/medicine-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Map an unrecognised medicine name to a class */
        post: operations["postClientsByIdMedicineMappings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening-suggestions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a referral suggestion, creating a referral */
        post: operations["postScreeningSuggestionsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening-suggestions/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a referral suggestion with a reason */
        post: operations["postScreeningSuggestionsByIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diagnoses/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the diagnoses with their criteria and specifiers */
        get: operations["getDiagnosesCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/diagnoses/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a diagnosis’s criteria against findings (changes nothing) */
        post: operations["postClientsByIdDiagnosesEvaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/diagnoses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s diagnoses */
        get: operations["getClientsByIdDiagnoses"];
        put?: never;
        /** Record a diagnosis for a client */
        post: operations["postClientsByIdDiagnoses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/diagnoses/{diagnosisRecordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the status of a client’s diagnosis */
        patch: operations["patchClientsByIdDiagnosesByDiagnosisRecordId"];
        trace?: never;
    };
    "/api/v1/clients/{id}/measures/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign questionnaires to a client */
        post: operations["postClientsByIdMeasuresAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationships/{id}/measures/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign questionnaires to every partner of a relationship */
        post: operations["postRelationshipsByIdMeasuresAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measure-assignments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a questionnaire assignment */
        post: operations["postMeasureAssignmentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a client’s assignments, due questionnaires and score trends */
        get: operations["getClientsByIdMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationships/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read each partner’s score trends */
        get: operations["getRelationshipsByIdMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measure-responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a completed questionnaire with its score */
        get: operations["getMeasureResponsesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measure-responses/{id}/fhir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a completed questionnaire as FHIR R4 */
        get: operations["getMeasureResponsesByIdFhir"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in client’s questionnaires */
        get: operations["getPortalMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/measures/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the signed-in client’s answers so far */
        put: operations["putPortalMeasuresByIdDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/measures/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the signed-in client’s questionnaire */
        post: operations["postPortalMeasuresByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the questionnaires Candor scores */
        get: operations["getInstruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an instrument as a FHIR R4 Questionnaire */
        get: operations["getInstrumentsByIdQuestionnaire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}/wording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the licensed wording of an instrument */
        post: operations["postInstrumentsByIdWording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/safety-alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a safety alert with the action taken */
        post: operations["postSafetyAlertsByIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List appointments in a date range */
        get: operations["getAppointments"];
        put?: never;
        /** Book an appointment or a weekly series */
        post: operations["postAppointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an appointment, or the rest of its series */
        post: operations["postAppointmentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an appointment a no-show */
        post: operations["postAppointmentsByIdNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clinicians/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a clinician’s working hours and time off */
        get: operations["getCliniciansByIdAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clinicians/{id}/working-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a clinician’s weekly working hours */
        put: operations["putCliniciansByIdWorkingHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clinicians/{id}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add time off for a clinician */
        post: operations["postCliniciansByIdTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-off/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove time off */
        delete: operations["deleteTimeOffById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create one’s private calendar feed address */
        post: operations["postCalendarFeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a calendar feed by its secret address (iCalendar) */
        get: operations["getCalendarFeedsByFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in client’s upcoming sessions */
        get: operations["getPortalAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a session’s notes */
        get: operations["getAppointmentsByIdNotes"];
        put?: never;
        /** Start a note for a session */
        post: operations["postAppointmentsByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s notes */
        get: operations["getClientsByIdNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/note-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the note templates */
        get: operations["getNoteTemplates"];
        put?: never;
        /** Create a note template */
        post: operations["postNoteTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a note */
        get: operations["getNotesById"];
        /** Save a draft note */
        put: operations["putNotesById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a note */
        post: operations["postNotesByIdSign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}/cosign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Co-sign a supervisee’s note */
        post: operations["postNotesByIdCosign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}/addenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an addendum to a signed note */
        post: operations["postNotesByIdAddenda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the notes awaiting one’s co-signature */
        get: operations["getSupervisionQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a clinician’s supervisors */
        put: operations["putPracticeSupervision"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/psychotherapy-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List one’s own psychotherapy notes about a client */
        get: operations["getClientsByIdPsychotherapyNotes"];
        put?: never;
        /** Write a psychotherapy note about a client */
        post: operations["postClientsByIdPsychotherapyNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psychotherapy-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of one’s own psychotherapy notes */
        get: operations["getPsychotherapyNotesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the intervention library */
        get: operations["getInterventions"];
        put?: never;
        /** Add an intervention to the practice’s library */
        post: operations["postInterventions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change one of the practice’s interventions */
        put: operations["putInterventionsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s or relationship’s treatment plans */
        get: operations["getTreatmentPlans"];
        put?: never;
        /** Create a treatment plan */
        post: operations["postTreatmentPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the current version of a treatment plan */
        get: operations["getTreatmentPlansById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-plans/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an earlier version of a treatment plan */
        get: operations["getTreatmentPlansByIdVersionsByVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-plans/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a treatment plan, making a new version */
        post: operations["postTreatmentPlansByIdVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-plans/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record progress toward a plan’s goals */
        post: operations["postTreatmentPlansByIdProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-plans/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a treatment plan */
        post: operations["postTreatmentPlansByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/homework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s or relationship’s homework */
        get: operations["getHomework"];
        put?: never;
        /** Assign homework to a client or relationship */
        post: operations["postHomework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/homework/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop an exercise */
        post: operations["postHomeworkByIdStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/homework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in client’s homework */
        get: operations["getPortalHomework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/homework/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log practice of an exercise */
        post: operations["postPortalHomeworkByIdLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/homework/{id}/logs/{logId}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Share a reflection with one’s partners, or make it private */
        put: operations["putPortalHomeworkByIdLogsByLogIdSharing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/fhir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a client’s record as FHIR R4
         * @description The client record as a FHIR R4 Bundle of type collection (application/fhir+json).
         */
        get: operations["getClientsByIdFhir"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/record-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in client’s requests for their record */
        get: operations["getPortalRecordRequests"];
        put?: never;
        /** Ask for a copy of the signed-in client’s record */
        post: operations["postPortalRecordRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/record-requests/{id}/record.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the released record (PDF) */
        get: operations["getPortalRecordRequestsByIdRecordPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/record-requests/{id}/record.fhir.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the released record (FHIR R4) */
        get: operations["getPortalRecordRequestsByIdRecordFhirJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/record-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client’s requests for their record */
        get: operations["getClientsByIdRecordRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-requests/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release the record to the client who asked */
        post: operations["postRecordRequestsByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a request for the record, with the reason */
        post: operations["postRecordRequestsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download the whole practice, sealed with a passphrase
         * @description The whole practice as a passphrase-sealed archive (application/octet-stream), for `candor practice import` on another deployment.
         */
        post: operations["postPracticeArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/questionnaire-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring in questionnaires answered elsewhere (FHIR R4)
         * @description A FHIR R4 QuestionnaireResponse, or a Bundle of them, for Candor's instruments (by Candor URL or LOINC form); scored and charted, all or nothing.
         */
        post: operations["postClientsByIdQuestionnaireResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the token scopes and webhook events
         * @description The scopes an access token may have and the events a webhook may receive.
         */
        get: operations["getIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the practice’s personal access tokens */
        get: operations["getAccessTokens"];
        put?: never;
        /** Create a personal access token (its secret is shown once) */
        post: operations["postAccessTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a personal access token */
        delete: operations["deleteAccessTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the practice’s webhooks */
        get: operations["getWebhooks"];
        put?: never;
        /** Create a webhook (its signing secret is shown once) */
        post: operations["postWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook */
        delete: operations["deleteWebhooksById"];
        options?: never;
        head?: never;
        /** Change a webhook */
        patch: operations["patchWebhooksById"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a webhook’s recent deliveries */
        get: operations["getWebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook a test delivery */
        post: operations["postWebhooksByIdPing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check or import clients from CSV
         * @description Clients from CSV: each row’s problems by row and column; with dryRun nothing is written.
         */
        post: operations["postImportsClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check or import appointments from CSV
         * @description Appointments from CSV, linked to clients already in Candor; times in the practice’s time zone.
         */
        post: operations["postImportsAppointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the practice’s billing settings and fee schedule */
        get: operations["getBillingSettings"];
        /** Save the practice’s billing settings and fee schedule */
        put: operations["putBillingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clinicians with the NPI and licence printed on superbills */
        get: operations["getBillingProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a clinician’s NPI and licence */
        put: operations["putBillingProvidersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a client’s sliding-scale share of the fee */
        put: operations["putClientsByIdBilling"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/charge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a session’s charge, or a draft with the suggested fee */
        get: operations["getAppointmentsByIdCharge"];
        /** Save a session’s charge */
        put: operations["putAppointmentsByIdCharge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a client’s payment */
        post: operations["postClientsByIdPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a client’s account: charges, payments and balance */
        get: operations["getClientsByIdAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/superbill.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a client’s superbill for a period (PDF) */
        get: operations["getClientsByIdSuperbillPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/income.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the income report for a period (CSV) */
        get: operations["getBillingIncomeCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a period’s sessions with their charges */
        get: operations["getBillingSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in staff member’s day */
        get: operations["getToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a clinician’s credentials */
        get: operations["getCredentials"];
        put?: never;
        /** Add a credential */
        post: operations["postCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Archive a credential */
        delete: operations["deleteCredentialsById"];
        options?: never;
        head?: never;
        /** Change a credential */
        patch: operations["patchCredentialsById"];
        trace?: never;
    };
    "/api/v1/credentials/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the verification of a credential */
        post: operations["postCredentialsByIdVerification"];
        /** Withdraw the verification of a credential */
        delete: operations["deleteCredentialsByIdVerification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a document to a credential */
        post: operations["postCredentialsByIdDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a credential’s document */
        get: operations["getCredentialsByIdDocumentsByDocumentId"];
        put?: never;
        post?: never;
        /** Remove a credential’s document */
        delete: operations["deleteCredentialsByIdDocumentsByDocumentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/requirement-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the published certification and renewal requirement sets */
        get: operations["getCertificationRequirementSets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List one’s own certification log */
        get: operations["getCertificationActivities"];
        put?: never;
        /** Log education, clinical or supervision hours */
        post: operations["postCertificationActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an entry of one’s certification log */
        put: operations["putCertificationActivitiesById"];
        post?: never;
        /** Delete an entry of one’s certification log */
        delete: operations["deleteCertificationActivitiesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/supervisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the practice’s supervisors */
        get: operations["getCertificationSupervisors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the supervision hours naming the signed-in supervisor */
        get: operations["getCertificationConfirmations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/activities/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a supervisee’s supervision hours */
        post: operations["postCertificationActivitiesByIdConfirmation"];
        /** Withdraw a confirmation of supervision hours */
        delete: operations["deleteCertificationActivitiesByIdConfirmation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read progress toward certification and renewal */
        get: operations["getCertificationProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the requirement set, supervision contract date and renewal cycle */
        put: operations["putCertificationTrack"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/log.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one’s certification log (CSV) */
        get: operations["getCertificationLogCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certification/log.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one’s certification log and progress (PDF) */
        get: operations["getCertificationLogPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one’s own directory profile */
        get: operations["getDirectoryProfile"];
        /** Save one’s own directory profile */
        put: operations["putDirectoryProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/profile/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the photo of one’s directory profile */
        put: operations["putDirectoryProfilePhoto"];
        post?: never;
        /** Remove the photo of one’s directory profile */
        delete: operations["deleteDirectoryProfilePhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read whether the practice is listed in the directory */
        get: operations["getDirectoryPractice"];
        /** List the practice in the directory, or take it out */
        put: operations["putDirectoryPractice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List one’s contact requests from the public directory */
        get: operations["getDirectoryInquiries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/inquiries/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a contact request read */
        post: operations["postDirectoryInquiriesByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/therapists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the public therapist directory */
        get: operations["getPublicTherapists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/therapists/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a therapist’s public profile */
        get: operations["getPublicTherapistsBySlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/therapists/{slug}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a therapist a contact request */
        post: operations["postPublicTherapistsBySlugContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the public training catalogue */
        get: operations["getPublicTraining"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every training programme (site administrators) */
        get: operations["getAdminTraining"];
        put?: never;
        /** Add a training programme */
        post: operations["postAdminTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/training/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a training programme */
        put: operations["putAdminTrainingById"];
        post?: never;
        /** Delete a training programme */
        delete: operations["deleteAdminTrainingById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/training/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import training programmes from CSV */
        post: operations["postAdminTrainingImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/training.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the training catalogue (CSV) */
        get: operations["getAdminTrainingCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description A URI naming the kind of problem, e.g. https://candor.dev/problems/validation */
            type: string;
            /** @description A short, human-readable summary of the kind of problem */
            title: string;
            /** @description The HTTP status code */
            status: number;
            /** @description What went wrong with this request */
            detail: string;
            /** @description The fields at fault (validation problems) */
            errors?: {
                /** @description A dotted path into the body (`address.zip`), or `query.x`, `params.x` */
                field: string;
                /** @description A lowercase fragment that reads after the field name */
                message: string;
            }[];
            /** @description When to try again (429) */
            retryAfterSeconds?: number;
            /** @description The request id, as in the server log */
            requestId: string;
        };
    };
    responses: {
        /** @description An RFC 9457 problem: 400 a field needs attention (`errors` names it), 401 not signed in, 403 not allowed or a missing CSRF token, 404 missing or not visible, 409 a conflict, 413/414/415 a request Candor cannot take, 429 too many attempts (`Retry-After`), 5XX a fault on the server */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAuthCsrf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stage: "second-factor" | "enroll-second-factor" | "signed-in";
                        user: {
                            id: string;
                            email: string;
                            displayName: string;
                            roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                            practice: {
                                id: string;
                                name: string;
                            };
                            secondFactorEnabled: boolean;
                            clientId: string | null;
                            siteAdmin: boolean;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stage: "second-factor" | "enroll-second-factor" | "signed-in";
                        user: {
                            id: string;
                            email: string;
                            displayName: string;
                            roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                            practice: {
                                id: string;
                                name: string;
                            };
                            secondFactorEnabled: boolean;
                            clientId: string | null;
                            siteAdmin: boolean;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stage: "second-factor" | "enroll-second-factor" | "signed-in";
                        user: {
                            id: string;
                            email: string;
                            displayName: string;
                            roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                            practice: {
                                id: string;
                                name: string;
                            };
                            secondFactorEnabled: boolean;
                            clientId: string | null;
                            siteAdmin: boolean;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthTotpEnroll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        otpauthUri: string;
                        qrCodeDataUrl: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthTotpConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stage: "second-factor" | "enroll-second-factor" | "signed-in";
                        user: {
                            id: string;
                            email: string;
                            displayName: string;
                            roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                            practice: {
                                id: string;
                                name: string;
                            };
                            secondFactorEnabled: boolean;
                            clientId: string | null;
                            siteAdmin: boolean;
                        };
                        recoveryCodes: string[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted: a link is mailed if the account exists */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stage: "second-factor" | "enroll-second-factor" | "signed-in";
                        user: {
                            id: string;
                            email: string;
                            displayName: string;
                            roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                            practice: {
                                id: string;
                                name: string;
                            };
                            secondFactorEnabled: boolean;
                            clientId: string | null;
                            siteAdmin: boolean;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthPasswordResetComplete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAuthInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stage: "second-factor" | "enroll-second-factor" | "signed-in";
                        user: {
                            id: string;
                            email: string;
                            displayName: string;
                            roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                            practice: {
                                id: string;
                                name: string;
                            };
                            secondFactorEnabled: boolean;
                            clientId: string | null;
                            siteAdmin: boolean;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        timeZone: string;
                        requireStaffSecondFactor: boolean;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    patchPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    timeZone?: string;
                    requireStaffSecondFactor?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        timeZone: string;
                        requireStaffSecondFactor: boolean;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPracticeUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        displayName: string;
                        roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                        status: string;
                        secondFactorEnabled: boolean;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPracticeInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    displayName: string;
                    roles: ("owner" | "clinician" | "supervisor" | "billing" | "client")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        to: string;
                        subject: string;
                        text: string;
                        status: string;
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClients: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {unknown} */
                        status: "prospective" | "active" | "discharged";
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstName: string;
                    lastName: string;
                    preferredName?: string | null;
                    pronouns?: string | null;
                    email?: string | null;
                    dateOfBirth: string;
                    presentingConcern?: string | null;
                    careTeam?: string[];
                    genderIdentity?: string | null;
                    sexAssignedAtBirth?: ("female" | "male" | "intersex" | "prefer-not-to-say") | null;
                    sexualOrientation?: string | null;
                    relationshipStatus?: ("single" | "dating" | "partnered" | "married" | "separated" | "divorced" | "widowed" | "other") | null;
                    relationshipStructure?: ("monogamous" | "open" | "polyamorous" | "other") | null;
                    relationshipStructureOther?: string | null;
                    phone?: string | null;
                    address?: string | null;
                    emergencyContact?: {
                        name: string;
                        relationship?: string | null;
                        phone: string;
                    } | null;
                    preferredContactMethod?: ("email" | "phone" | "text" | "portal") | null;
                    okToLeaveMessage?: boolean | null;
                    okToLeaveVoicemail?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {unknown} */
                        status: "prospective" | "active" | "discharged";
                        firstName: string;
                        lastName: string;
                        preferredName: string | null;
                        pronouns: string | null;
                        dateOfBirth: string;
                        email: string | null;
                        phone: string | null;
                        address: string | null;
                        emergencyContact: {
                            name: string;
                            relationship: string | null;
                            phone: string;
                        } | null;
                        preferredContactMethod: string | null;
                        okToLeaveMessage: boolean | null;
                        okToLeaveVoicemail: boolean | null;
                        careTeam: {
                            id: string;
                            displayName: string;
                        }[];
                        genderIdentity?: string | null;
                        sexAssignedAtBirth?: string | null;
                        sexualOrientation?: string | null;
                        relationshipStatus?: string | null;
                        relationshipStructure?: string | null;
                        relationshipStructureOther?: string | null;
                        relationships?: {
                            id: string;
                            name: string;
                        }[];
                        presentingConcern?: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {unknown} */
                        status: "prospective" | "active" | "discharged";
                        firstName: string;
                        lastName: string;
                        preferredName: string | null;
                        pronouns: string | null;
                        dateOfBirth: string;
                        email: string | null;
                        phone: string | null;
                        address: string | null;
                        emergencyContact: {
                            name: string;
                            relationship: string | null;
                            phone: string;
                        } | null;
                        preferredContactMethod: string | null;
                        okToLeaveMessage: boolean | null;
                        okToLeaveVoicemail: boolean | null;
                        careTeam: {
                            id: string;
                            displayName: string;
                        }[];
                        genderIdentity?: string | null;
                        sexAssignedAtBirth?: string | null;
                        sexualOrientation?: string | null;
                        relationshipStatus?: string | null;
                        relationshipStructure?: string | null;
                        relationshipStructureOther?: string | null;
                        relationships?: {
                            id: string;
                            name: string;
                        }[];
                        presentingConcern?: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    patchClientsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstName?: string;
                    lastName?: string;
                    preferredName?: string | null;
                    pronouns?: string | null;
                    email?: string | null;
                    dateOfBirth?: string;
                    /** @enum {unknown} */
                    status?: "prospective" | "active" | "discharged";
                    presentingConcern?: string | null;
                    genderIdentity?: string | null;
                    sexAssignedAtBirth?: ("female" | "male" | "intersex" | "prefer-not-to-say") | null;
                    sexualOrientation?: string | null;
                    relationshipStatus?: ("single" | "dating" | "partnered" | "married" | "separated" | "divorced" | "widowed" | "other") | null;
                    relationshipStructure?: ("monogamous" | "open" | "polyamorous" | "other") | null;
                    relationshipStructureOther?: string | null;
                    phone?: string | null;
                    address?: string | null;
                    emergencyContact?: {
                        name: string;
                        relationship?: string | null;
                        phone: string;
                    } | null;
                    preferredContactMethod?: ("email" | "phone" | "text" | "portal") | null;
                    okToLeaveMessage?: boolean | null;
                    okToLeaveVoicemail?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {unknown} */
                        status: "prospective" | "active" | "discharged";
                        firstName: string;
                        lastName: string;
                        preferredName: string | null;
                        pronouns: string | null;
                        dateOfBirth: string;
                        email: string | null;
                        phone: string | null;
                        address: string | null;
                        emergencyContact: {
                            name: string;
                            relationship: string | null;
                            phone: string;
                        } | null;
                        preferredContactMethod: string | null;
                        okToLeaveMessage: boolean | null;
                        okToLeaveVoicemail: boolean | null;
                        careTeam: {
                            id: string;
                            displayName: string;
                        }[];
                        genderIdentity?: string | null;
                        sexAssignedAtBirth?: string | null;
                        sexualOrientation?: string | null;
                        relationshipStatus?: string | null;
                        relationshipStructure?: string | null;
                        relationshipStructureOther?: string | null;
                        relationships?: {
                            id: string;
                            name: string;
                        }[];
                        presentingConcern?: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putClientsByIdCareTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {unknown} */
                        status: "prospective" | "active" | "discharged";
                        firstName: string;
                        lastName: string;
                        preferredName: string | null;
                        pronouns: string | null;
                        dateOfBirth: string;
                        email: string | null;
                        phone: string | null;
                        address: string | null;
                        emergencyContact: {
                            name: string;
                            relationship: string | null;
                            phone: string;
                        } | null;
                        preferredContactMethod: string | null;
                        okToLeaveMessage: boolean | null;
                        okToLeaveVoicemail: boolean | null;
                        careTeam: {
                            id: string;
                            displayName: string;
                        }[];
                        genderIdentity?: string | null;
                        sexAssignedAtBirth?: string | null;
                        sexualOrientation?: string | null;
                        relationshipStatus?: string | null;
                        relationshipStructure?: string | null;
                        relationshipStructureOther?: string | null;
                        relationships?: {
                            id: string;
                            name: string;
                        }[];
                        presentingConcern?: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdPortalInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client: {
                            id: string;
                            displayName: string;
                        };
                        practice: {
                            name: string;
                        };
                        nextSteps: {
                            kind: string;
                            title: string;
                            done: boolean;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getRelationships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                        members: {
                            clientId: string;
                            displayName: string;
                        }[];
                        clinicians: {
                            id: string;
                            displayName: string;
                        }[];
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postRelationships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    memberIds: string[];
                    clinicianIds?: string[];
                    /** @enum {unknown} */
                    confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                        members: {
                            clientId: string;
                            displayName: string;
                        }[];
                        clinicians: {
                            id: string;
                            displayName: string;
                        }[];
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getRelationshipsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                        members: {
                            clientId: string;
                            displayName: string;
                        }[];
                        clinicians: {
                            id: string;
                            displayName: string;
                        }[];
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    patchRelationshipsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {unknown} */
                    confidentialityPolicy?: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                        members: {
                            clientId: string;
                            displayName: string;
                        }[];
                        clinicians: {
                            id: string;
                            displayName: string;
                        }[];
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postRelationshipsByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A UUID */
                    clientId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                        members: {
                            clientId: string;
                            displayName: string;
                        }[];
                        clinicians: {
                            id: string;
                            displayName: string;
                        }[];
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postRelationshipsByIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invited: string[];
                        skipped: {
                            clientId: string;
                            reason: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getRelationshipsByIdHistorySummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        relationship: {
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                            members: {
                                clientId: string;
                                displayName: string;
                            }[];
                            clinicians: {
                                id: string;
                                displayName: string;
                            }[];
                            createdAt: string;
                        };
                        partners: {
                            client: {
                                id: string;
                                displayName: string;
                            };
                            privateTo: {
                                clientId: string;
                                displayName: string;
                            };
                            intake: {
                                id: string;
                                version: number;
                                submittedAt: string;
                                completedBy: string;
                            } | null;
                            summary: {
                                concerns: {
                                    kind: string;
                                    label: string;
                                    inOwnWords: string | null;
                                    onset: string | null;
                                    course: ("lifelong" | "acquired") | null;
                                    onsetSpeed: ("sudden" | "gradual") | null;
                                    context: ("generalized" | "situational") | null;
                                    situations: string | null;
                                    frequency: string | null;
                                    distress: number | null;
                                    statusNow: ("better" | "same" | "worse") | null;
                                    betterWhen: string | null;
                                    worseWhen: string | null;
                                }[];
                                flags: {
                                    lifelong: boolean;
                                    acquired: boolean;
                                    generalized: boolean;
                                    situational: boolean;
                                    suddenOnset: boolean;
                                };
                                timeline: {
                                    when: string;
                                    label: string;
                                    /** @enum {unknown} */
                                    category: "concern-onset" | "life-change" | "treatment" | "condition" | "medication" | "supplement" | "now";
                                }[];
                                conditions: {
                                    name: string;
                                    since: string | null;
                                    notes: string | null;
                                }[];
                                medications: {
                                    name: string;
                                    dose: string | null;
                                    since: string | null;
                                }[];
                                supplements: {
                                    name: string;
                                    dose: string | null;
                                    since: string | null;
                                }[];
                                healthNotes: string | null;
                                stressors: {
                                    kind: string;
                                    label: string;
                                    severity: number | null;
                                    notes: string | null;
                                }[];
                                lifeChanges: {
                                    kind: string;
                                    label: string;
                                    when: string | null;
                                    notes: string | null;
                                }[];
                                previousTreatments: {
                                    kind: string;
                                    label: string;
                                    detail: string | null;
                                    provider: string | null;
                                    when: string | null;
                                    outcome: string | null;
                                    notes: string | null;
                                }[];
                                substances: {
                                    /** @enum {unknown} */
                                    substance: "alcohol" | "tobacco" | "cannabis" | "other";
                                    frequency: string | null;
                                    amount: string | null;
                                    which: string | null;
                                }[];
                                safety: {
                                    feelsSafe: ("yes" | "no" | "unsure") | null;
                                    wantsToTalk: boolean | null;
                                    notes: string | null;
                                } | null;
                                preferNotToSay: string[];
                                progress: {
                                    completed: number;
                                    total: number;
                                };
                            } | null;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalRelationships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        confidentialityPolicy: "no-secrets" | "limited-secrets" | "individual-confidentiality";
                        partners: {
                            displayName: string;
                        }[];
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getConsentDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        title: string;
                        /** @enum {unknown} */
                        appliesTo: "everyone" | "relationship";
                        currentVersion: {
                            id: string;
                            version: number;
                            title: string;
                            body: string;
                            hash: string;
                            createdAt: string;
                        };
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getConsentDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        title: string;
                        /** @enum {unknown} */
                        appliesTo: "everyone" | "relationship";
                        currentVersion: {
                            id: string;
                            version: number;
                            title: string;
                            body: string;
                            hash: string;
                            createdAt: string;
                        };
                        versions: {
                            id: string;
                            version: number;
                            title: string;
                            body: string;
                            hash: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postConsentDocumentsByIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        version: number;
                        title: string;
                        body: string;
                        hash: string;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: {
                            id: string;
                            kind: string;
                            title: string;
                        };
                        version: {
                            id: string;
                            version: number;
                            hash: string;
                        };
                        relationship: {
                            id: string;
                            name: string;
                        } | null;
                        signature: {
                            typedName: string;
                            signedAt: string;
                            ip: string;
                            versionHash: string;
                        } | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalConsents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versionId: string;
                        documentId: string;
                        kind: string;
                        title: string;
                        version: number;
                        body: string;
                        hash: string;
                        relationship: {
                            id: string;
                            name: string;
                        } | null;
                        signature: {
                            typedName: string;
                            signedAt: string;
                        } | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalConsentsByVersionIdSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    typedName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        typedName: string;
                        signedAt: string;
                        versionHash: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalIntakes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        progress: {
                            completed: number;
                            total: number;
                        };
                        updatedAt: string;
                        submittedAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalIntakes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalIntakesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putPortalIntakesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        concerns?: {
                            /** @enum {unknown} */
                            kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                            otherKind?: string;
                            inOwnWords?: string;
                            onset?: {
                                /** @enum {unknown} */
                                type: "date" | "age" | "always";
                                date?: string;
                                age?: number;
                            };
                            /** @enum {unknown} */
                            course?: "lifelong" | "acquired";
                            /** @enum {unknown} */
                            onsetSpeed?: "sudden" | "gradual";
                            /** @enum {unknown} */
                            context?: "generalized" | "situational";
                            situations?: string;
                            /** @enum {unknown} */
                            frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                            distress?: number;
                            /** @enum {unknown} */
                            statusNow?: "better" | "same" | "worse";
                            betterWhen?: string;
                            worseWhen?: string;
                        }[];
                        previousTreatments?: {
                            /** @enum {unknown} */
                            kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                            detail?: string;
                            provider?: string;
                            when?: string;
                            /** @enum {unknown} */
                            outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                            notes?: string;
                        }[];
                        stressors?: {
                            /** @enum {unknown} */
                            kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                            severity?: number;
                            notes?: string;
                        }[];
                        lifeChanges?: {
                            /** @enum {unknown} */
                            kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                            when?: string;
                            notes?: string;
                        }[];
                        conditions?: {
                            name: string;
                            since?: string;
                            notes?: string;
                        }[];
                        medications?: {
                            name: string;
                            dose?: string;
                            since?: string;
                        }[];
                        supplements?: {
                            name: string;
                            dose?: string;
                            since?: string;
                        }[];
                        healthNotes?: string;
                        substances?: {
                            alcohol?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                            };
                            tobacco?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                            };
                            cannabis?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                            };
                            other?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                                which?: string;
                            };
                        };
                        safety?: {
                            /** @enum {unknown} */
                            feelsSafe?: "yes" | "no" | "unsure";
                            wantsToTalk?: boolean;
                            notes?: string;
                        };
                        completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                        preferNotToSay?: string[];
                    };
                    revision: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        revision: number;
                        progress: {
                            completed: number;
                            total: number;
                        };
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalIntakesByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    revision: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdIntakes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        progress: {
                            completed: number;
                            total: number;
                        };
                        updatedAt: string;
                        submittedAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdIntakes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdIntakesByIntakeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                intakeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putClientsByIdIntakesByIntakeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                intakeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        concerns?: {
                            /** @enum {unknown} */
                            kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                            otherKind?: string;
                            inOwnWords?: string;
                            onset?: {
                                /** @enum {unknown} */
                                type: "date" | "age" | "always";
                                date?: string;
                                age?: number;
                            };
                            /** @enum {unknown} */
                            course?: "lifelong" | "acquired";
                            /** @enum {unknown} */
                            onsetSpeed?: "sudden" | "gradual";
                            /** @enum {unknown} */
                            context?: "generalized" | "situational";
                            situations?: string;
                            /** @enum {unknown} */
                            frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                            distress?: number;
                            /** @enum {unknown} */
                            statusNow?: "better" | "same" | "worse";
                            betterWhen?: string;
                            worseWhen?: string;
                        }[];
                        previousTreatments?: {
                            /** @enum {unknown} */
                            kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                            detail?: string;
                            provider?: string;
                            when?: string;
                            /** @enum {unknown} */
                            outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                            notes?: string;
                        }[];
                        stressors?: {
                            /** @enum {unknown} */
                            kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                            severity?: number;
                            notes?: string;
                        }[];
                        lifeChanges?: {
                            /** @enum {unknown} */
                            kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                            when?: string;
                            notes?: string;
                        }[];
                        conditions?: {
                            name: string;
                            since?: string;
                            notes?: string;
                        }[];
                        medications?: {
                            name: string;
                            dose?: string;
                            since?: string;
                        }[];
                        supplements?: {
                            name: string;
                            dose?: string;
                            since?: string;
                        }[];
                        healthNotes?: string;
                        substances?: {
                            alcohol?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                            };
                            tobacco?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                            };
                            cannabis?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                            };
                            other?: {
                                /** @enum {unknown} */
                                frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                amount?: string;
                                which?: string;
                            };
                        };
                        safety?: {
                            /** @enum {unknown} */
                            feelsSafe?: "yes" | "no" | "unsure";
                            wantsToTalk?: boolean;
                            notes?: string;
                        };
                        completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                        preferNotToSay?: string[];
                    };
                    revision: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        revision: number;
                        progress: {
                            completed: number;
                            total: number;
                        };
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdIntakesByIntakeIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                intakeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    revision: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        version: number | null;
                        /** @enum {unknown} */
                        status: "draft" | "submitted";
                        revision: number;
                        /** @enum {unknown} */
                        completedBy: "client" | "clinician";
                        completedByName: string;
                        answers: {
                            concerns?: {
                                /** @enum {unknown} */
                                kind: "low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related" | "other";
                                otherKind?: string;
                                inOwnWords?: string;
                                onset?: {
                                    /** @enum {unknown} */
                                    type: "date" | "age" | "always";
                                    date?: string;
                                    age?: number;
                                };
                                /** @enum {unknown} */
                                course?: "lifelong" | "acquired";
                                /** @enum {unknown} */
                                onsetSpeed?: "sudden" | "gradual";
                                /** @enum {unknown} */
                                context?: "generalized" | "situational";
                                situations?: string;
                                /** @enum {unknown} */
                                frequency?: "almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never";
                                distress?: number;
                                /** @enum {unknown} */
                                statusNow?: "better" | "same" | "worse";
                                betterWhen?: string;
                                worseWhen?: string;
                            }[];
                            previousTreatments?: {
                                /** @enum {unknown} */
                                kind: "therapy" | "medication" | "device" | "pelvic-floor-pt" | "other";
                                detail?: string;
                                provider?: string;
                                when?: string;
                                /** @enum {unknown} */
                                outcome?: "helped" | "helped-a-little" | "no-change" | "made-worse" | "ongoing";
                                notes?: string;
                            }[];
                            stressors?: {
                                /** @enum {unknown} */
                                kind: "work" | "money" | "family" | "health" | "relationship" | "discrimination" | "other";
                                severity?: number;
                                notes?: string;
                            }[];
                            lifeChanges?: {
                                /** @enum {unknown} */
                                kind: "move" | "job" | "pregnancy-birth" | "menopause" | "retirement" | "bereavement" | "new-relationship" | "ended-relationship" | "substance-use" | "exercise" | "sleep" | "other";
                                when?: string;
                                notes?: string;
                            }[];
                            conditions?: {
                                name: string;
                                since?: string;
                                notes?: string;
                            }[];
                            medications?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            supplements?: {
                                name: string;
                                dose?: string;
                                since?: string;
                            }[];
                            healthNotes?: string;
                            substances?: {
                                alcohol?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                tobacco?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                cannabis?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                };
                                other?: {
                                    /** @enum {unknown} */
                                    frequency?: "never" | "past" | "monthly-or-less" | "weekly" | "several-times-a-week" | "daily";
                                    amount?: string;
                                    which?: string;
                                };
                            };
                            safety?: {
                                /** @enum {unknown} */
                                feelsSafe?: "yes" | "no" | "unsure";
                                wantsToTalk?: boolean;
                                notes?: string;
                            };
                            completedSections?: ("concerns" | "treatments" | "stress" | "life-changes" | "health" | "substances" | "safety")[];
                            preferNotToSay?: string[];
                        };
                        progress: {
                            completed: number;
                            total: number;
                        };
                        createdAt: string;
                        updatedAt: string;
                        submittedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdHistorySummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intake: {
                            id: string;
                            version: number;
                            submittedAt: string;
                            completedBy: string;
                        } | null;
                        summary: {
                            concerns: {
                                kind: string;
                                label: string;
                                inOwnWords: string | null;
                                onset: string | null;
                                course: ("lifelong" | "acquired") | null;
                                onsetSpeed: ("sudden" | "gradual") | null;
                                context: ("generalized" | "situational") | null;
                                situations: string | null;
                                frequency: string | null;
                                distress: number | null;
                                statusNow: ("better" | "same" | "worse") | null;
                                betterWhen: string | null;
                                worseWhen: string | null;
                            }[];
                            flags: {
                                lifelong: boolean;
                                acquired: boolean;
                                generalized: boolean;
                                situational: boolean;
                                suddenOnset: boolean;
                            };
                            timeline: {
                                when: string;
                                label: string;
                                /** @enum {unknown} */
                                category: "concern-onset" | "life-change" | "treatment" | "condition" | "medication" | "supplement" | "now";
                            }[];
                            conditions: {
                                name: string;
                                since: string | null;
                                notes: string | null;
                            }[];
                            medications: {
                                name: string;
                                dose: string | null;
                                since: string | null;
                            }[];
                            supplements: {
                                name: string;
                                dose: string | null;
                                since: string | null;
                            }[];
                            healthNotes: string | null;
                            stressors: {
                                kind: string;
                                label: string;
                                severity: number | null;
                                notes: string | null;
                            }[];
                            lifeChanges: {
                                kind: string;
                                label: string;
                                when: string | null;
                                notes: string | null;
                            }[];
                            previousTreatments: {
                                kind: string;
                                label: string;
                                detail: string | null;
                                provider: string | null;
                                when: string | null;
                                outcome: string | null;
                                notes: string | null;
                            }[];
                            substances: {
                                /** @enum {unknown} */
                                substance: "alcohol" | "tobacco" | "cannabis" | "other";
                                frequency: string | null;
                                amount: string | null;
                                which: string | null;
                            }[];
                            safety: {
                                feelsSafe: ("yes" | "no" | "unsure") | null;
                                wantsToTalk: boolean | null;
                                notes: string | null;
                            } | null;
                            preferNotToSay: string[];
                            progress: {
                                completed: number;
                                total: number;
                            };
                        } | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdReleases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        recipientName: string;
                        recipientOrganization: string | null;
                        purpose: string;
                        allowed: {
                            /** @enum {unknown} */
                            item: "identification" | "referral-reason" | "concerns" | "medications" | "conditions" | "supplements" | "previous-treatments";
                            label: string;
                        }[];
                        expiresOn: string;
                        /** @enum {unknown} */
                        status: "awaiting-signature" | "signed" | "revoked" | "expired";
                        signature: {
                            typedName: string;
                            signedAt: string;
                        } | null;
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdReleases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    recipientName: string;
                    recipientOrganization?: string;
                    purpose: string;
                    allowed: ("identification" | "referral-reason" | "concerns" | "medications" | "conditions" | "supplements" | "previous-treatments")[];
                    expiresOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        recipientName: string;
                        recipientOrganization: string | null;
                        purpose: string;
                        allowed: {
                            /** @enum {unknown} */
                            item: "identification" | "referral-reason" | "concerns" | "medications" | "conditions" | "supplements" | "previous-treatments";
                            label: string;
                        }[];
                        expiresOn: string;
                        /** @enum {unknown} */
                        status: "awaiting-signature" | "signed" | "revoked" | "expired";
                        signature: {
                            typedName: string;
                            signedAt: string;
                        } | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalReleases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        recipientName: string;
                        recipientOrganization: string | null;
                        purpose: string;
                        allowed: {
                            /** @enum {unknown} */
                            item: "identification" | "referral-reason" | "concerns" | "medications" | "conditions" | "supplements" | "previous-treatments";
                            label: string;
                        }[];
                        expiresOn: string;
                        /** @enum {unknown} */
                        status: "awaiting-signature" | "signed" | "revoked" | "expired";
                        signature: {
                            typedName: string;
                            signedAt: string;
                        } | null;
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalReleasesByIdSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    typedName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        recipientName: string;
                        recipientOrganization: string | null;
                        purpose: string;
                        allowed: {
                            /** @enum {unknown} */
                            item: "identification" | "referral-reason" | "concerns" | "medications" | "conditions" | "supplements" | "previous-treatments";
                            label: string;
                        }[];
                        expiresOn: string;
                        /** @enum {unknown} */
                        status: "awaiting-signature" | "signed" | "revoked" | "expired";
                        signature: {
                            typedName: string;
                            signedAt: string;
                        } | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalReleasesByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        recipientName: string;
                        recipientOrganization: string | null;
                        purpose: string;
                        allowed: {
                            /** @enum {unknown} */
                            item: "identification" | "referral-reason" | "concerns" | "medications" | "conditions" | "supplements" | "previous-treatments";
                            label: string;
                        }[];
                        expiresOn: string;
                        /** @enum {unknown} */
                        status: "awaiting-signature" | "signed" | "revoked" | "expired";
                        signature: {
                            typedName: string;
                            signedAt: string;
                        } | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        suggestionId: string | null;
                        /** @enum {unknown} */
                        specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                        specialtyLabel: string;
                        recipientName: string | null;
                        recipientOrganization: string | null;
                        /** @enum {unknown} */
                        urgency: "routine" | "soon" | "urgent" | "emergency";
                        reason: string;
                        /** @enum {unknown} */
                        status: "drafted" | "sent" | "acknowledged" | "seen" | "closed" | "declined";
                        releaseId: string | null;
                        notes: string | null;
                        outcome: string | null;
                        dueOn: string;
                        overdue: boolean;
                        sentAt: string | null;
                        acknowledgedAt: string | null;
                        seenAt: string | null;
                        closedAt: string | null;
                        declinedAt: string | null;
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                    recipientName?: string;
                    recipientOrganization?: string;
                    /** @enum {unknown} */
                    urgency: "routine" | "soon" | "urgent" | "emergency";
                    reason: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        suggestionId: string | null;
                        /** @enum {unknown} */
                        specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                        specialtyLabel: string;
                        recipientName: string | null;
                        recipientOrganization: string | null;
                        /** @enum {unknown} */
                        urgency: "routine" | "soon" | "urgent" | "emergency";
                        reason: string;
                        /** @enum {unknown} */
                        status: "drafted" | "sent" | "acknowledged" | "seen" | "closed" | "declined";
                        releaseId: string | null;
                        notes: string | null;
                        outcome: string | null;
                        dueOn: string;
                        overdue: boolean;
                        sentAt: string | null;
                        acknowledgedAt: string | null;
                        seenAt: string | null;
                        closedAt: string | null;
                        declinedAt: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getReferralsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        suggestionId: string | null;
                        /** @enum {unknown} */
                        specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                        specialtyLabel: string;
                        recipientName: string | null;
                        recipientOrganization: string | null;
                        /** @enum {unknown} */
                        urgency: "routine" | "soon" | "urgent" | "emergency";
                        reason: string;
                        /** @enum {unknown} */
                        status: "drafted" | "sent" | "acknowledged" | "seen" | "closed" | "declined";
                        releaseId: string | null;
                        notes: string | null;
                        outcome: string | null;
                        dueOn: string;
                        overdue: boolean;
                        sentAt: string | null;
                        acknowledgedAt: string | null;
                        seenAt: string | null;
                        closedAt: string | null;
                        declinedAt: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    patchReferralsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    recipientName?: string;
                    recipientOrganization?: string;
                    /** @enum {unknown} */
                    urgency?: "routine" | "soon" | "urgent" | "emergency";
                    reason?: string;
                    notes?: string;
                    dueOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        suggestionId: string | null;
                        /** @enum {unknown} */
                        specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                        specialtyLabel: string;
                        recipientName: string | null;
                        recipientOrganization: string | null;
                        /** @enum {unknown} */
                        urgency: "routine" | "soon" | "urgent" | "emergency";
                        reason: string;
                        /** @enum {unknown} */
                        status: "drafted" | "sent" | "acknowledged" | "seen" | "closed" | "declined";
                        releaseId: string | null;
                        notes: string | null;
                        outcome: string | null;
                        dueOn: string;
                        overdue: boolean;
                        sentAt: string | null;
                        acknowledgedAt: string | null;
                        seenAt: string | null;
                        closedAt: string | null;
                        declinedAt: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postReferralsByIdSend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A UUID */
                    releaseId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        suggestionId: string | null;
                        /** @enum {unknown} */
                        specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                        specialtyLabel: string;
                        recipientName: string | null;
                        recipientOrganization: string | null;
                        /** @enum {unknown} */
                        urgency: "routine" | "soon" | "urgent" | "emergency";
                        reason: string;
                        /** @enum {unknown} */
                        status: "drafted" | "sent" | "acknowledged" | "seen" | "closed" | "declined";
                        releaseId: string | null;
                        notes: string | null;
                        outcome: string | null;
                        dueOn: string;
                        overdue: boolean;
                        sentAt: string | null;
                        acknowledgedAt: string | null;
                        seenAt: string | null;
                        closedAt: string | null;
                        declinedAt: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postReferralsByIdTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    to: "acknowledged" | "seen" | "closed" | "declined";
                    outcome?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        suggestionId: string | null;
                        /** @enum {unknown} */
                        specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                        specialtyLabel: string;
                        recipientName: string | null;
                        recipientOrganization: string | null;
                        /** @enum {unknown} */
                        urgency: "routine" | "soon" | "urgent" | "emergency";
                        reason: string;
                        /** @enum {unknown} */
                        status: "drafted" | "sent" | "acknowledged" | "seen" | "closed" | "declined";
                        releaseId: string | null;
                        notes: string | null;
                        outcome: string | null;
                        dueOn: string;
                        overdue: boolean;
                        sentAt: string | null;
                        acknowledgedAt: string | null;
                        seenAt: string | null;
                        closedAt: string | null;
                        declinedAt: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getReferralsByIdLetter: {
        parameters: {
            query?: {
                /** @description A UUID */
                releaseId?: string;
            };
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        releaseId: string;
                        blocks: {
                            /** @enum {unknown} */
                            kind: "letterhead" | "heading" | "text" | "item";
                            text: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getReferralsByIdLetterPdf: {
        parameters: {
            query?: {
                /** @description A UUID */
                releaseId?: string;
            };
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdScreening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggestions: {
                            id: string;
                            ruleId: string;
                            /** @enum {unknown} */
                            specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                            /** @enum {unknown} */
                            urgency: "routine" | "soon" | "urgent" | "emergency";
                            reason: string;
                            evidence: {
                                path: string;
                                text: string;
                            }[];
                            source: string;
                            /** @enum {unknown} */
                            status: "open" | "accepted" | "dismissed";
                            decisionReason: string | null;
                            decidedAt: string | null;
                            referralId: string | null;
                            intakeId: string;
                            createdAt: string;
                        }[];
                        unrecognisedMedicines: {
                            path: string;
                            name: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdMedicineMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    classId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggestions: {
                            id: string;
                            ruleId: string;
                            /** @enum {unknown} */
                            specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                            /** @enum {unknown} */
                            urgency: "routine" | "soon" | "urgent" | "emergency";
                            reason: string;
                            evidence: {
                                path: string;
                                text: string;
                            }[];
                            source: string;
                            /** @enum {unknown} */
                            status: "open" | "accepted" | "dismissed";
                            decisionReason: string | null;
                            decidedAt: string | null;
                            referralId: string | null;
                            intakeId: string;
                            createdAt: string;
                        }[];
                        unrecognisedMedicines: {
                            path: string;
                            name: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postScreeningSuggestionsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    recipientName?: string;
                    recipientOrganization?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggestion: {
                            id: string;
                            ruleId: string;
                            /** @enum {unknown} */
                            specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                            /** @enum {unknown} */
                            urgency: "routine" | "soon" | "urgent" | "emergency";
                            reason: string;
                            evidence: {
                                path: string;
                                text: string;
                            }[];
                            source: string;
                            /** @enum {unknown} */
                            status: "open" | "accepted" | "dismissed";
                            decisionReason: string | null;
                            decidedAt: string | null;
                            referralId: string | null;
                            intakeId: string;
                            createdAt: string;
                        };
                        referralId: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postScreeningSuggestionsByIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        ruleId: string;
                        /** @enum {unknown} */
                        specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                        /** @enum {unknown} */
                        urgency: "routine" | "soon" | "urgent" | "emergency";
                        reason: string;
                        evidence: {
                            path: string;
                            text: string;
                        }[];
                        source: string;
                        /** @enum {unknown} */
                        status: "open" | "accepted" | "dismissed";
                        decisionReason: string | null;
                        decidedAt: string | null;
                        referralId: string | null;
                        intakeId: string;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getDiagnosesCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        id: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                        label: string;
                        icd10: string[];
                        symptoms: {
                            items: {
                                id: string;
                                label: string;
                            }[];
                            required: number;
                        };
                        alsoRequired: {
                            id: string;
                            label: string;
                        }[];
                        frequencyRequired: boolean;
                        durationMonths: number | null;
                        distressRequired: boolean;
                        exclusions: ("another-mental-disorder" | "severe-relationship-distress" | "other-stressors" | "substance-or-medication" | "another-medical-condition")[];
                        specifiers: {
                            course: ("lifelong" | "acquired")[];
                            context: ("generalized" | "situational")[];
                            severity: ("mild" | "moderate" | "severe")[];
                            other: {
                                id: string;
                                label: string;
                            }[];
                        };
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdDiagnosesEvaluate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                    findings: {
                        symptoms?: {
                            [key: string]: boolean | null;
                        };
                        durationMonths?: number | null;
                        frequency?: ("almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never") | null;
                        distress?: boolean | null;
                        exclusions?: {
                            "another-mental-disorder"?: boolean | null;
                            "severe-relationship-distress"?: boolean | null;
                            "other-stressors"?: boolean | null;
                            "substance-or-medication"?: boolean | null;
                            "another-medical-condition"?: boolean | null;
                        };
                        substance?: ("alcohol" | "opioid" | "sedative-hypnotic-anxiolytic" | "cocaine" | "amphetamine-or-other-stimulant" | "other-or-unknown") | null;
                        useDisorder?: ("none" | "mild" | "moderate-or-severe") | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                        criteria: {
                            id: string;
                            label: string;
                            /** @enum {unknown} */
                            status: "met" | "unmet" | "unknown";
                            why: string;
                        }[];
                        canDiagnose: boolean;
                        reasons: string[];
                        icd10: string;
                        medicalReferralPending: boolean;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdDiagnoses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        /** @enum {unknown} */
                        diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                        label: string;
                        icd10: string;
                        specifiers: {
                            /** @enum {unknown} */
                            course?: "lifelong" | "acquired";
                            /** @enum {unknown} */
                            context?: "generalized" | "situational";
                            /** @enum {unknown} */
                            severity?: "mild" | "moderate" | "severe";
                            other?: string[];
                        };
                        /** @enum {unknown} */
                        status: "provisional" | "confirmed" | "in-remission" | "resolved" | "ruled-out";
                        diagnosedOn: string;
                        criteriaMet: boolean;
                        overrideReason: string | null;
                        evaluation: {
                            /** @enum {unknown} */
                            diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                            criteria: {
                                id: string;
                                label: string;
                                /** @enum {unknown} */
                                status: "met" | "unmet" | "unknown";
                                why: string;
                            }[];
                            canDiagnose: boolean;
                            reasons: string[];
                            icd10: string;
                            medicalReferralPending: boolean;
                        };
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdDiagnoses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                    findings: {
                        symptoms?: {
                            [key: string]: boolean | null;
                        };
                        durationMonths?: number | null;
                        frequency?: ("almost-always" | "most-times" | "sometimes" | "a-few-times" | "almost-never") | null;
                        distress?: boolean | null;
                        exclusions?: {
                            "another-mental-disorder"?: boolean | null;
                            "severe-relationship-distress"?: boolean | null;
                            "other-stressors"?: boolean | null;
                            "substance-or-medication"?: boolean | null;
                            "another-medical-condition"?: boolean | null;
                        };
                        substance?: ("alcohol" | "opioid" | "sedative-hypnotic-anxiolytic" | "cocaine" | "amphetamine-or-other-stimulant" | "other-or-unknown") | null;
                        useDisorder?: ("none" | "mild" | "moderate-or-severe") | null;
                    };
                    specifiers?: {
                        /** @enum {unknown} */
                        course?: "lifelong" | "acquired";
                        /** @enum {unknown} */
                        context?: "generalized" | "situational";
                        /** @enum {unknown} */
                        severity?: "mild" | "moderate" | "severe";
                        other?: string[];
                    };
                    /** @enum {unknown} */
                    status: "provisional" | "confirmed" | "in-remission" | "resolved" | "ruled-out";
                    diagnosedOn: string;
                    override?: {
                        reason: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        /** @enum {unknown} */
                        diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                        label: string;
                        icd10: string;
                        specifiers: {
                            /** @enum {unknown} */
                            course?: "lifelong" | "acquired";
                            /** @enum {unknown} */
                            context?: "generalized" | "situational";
                            /** @enum {unknown} */
                            severity?: "mild" | "moderate" | "severe";
                            other?: string[];
                        };
                        /** @enum {unknown} */
                        status: "provisional" | "confirmed" | "in-remission" | "resolved" | "ruled-out";
                        diagnosedOn: string;
                        criteriaMet: boolean;
                        overrideReason: string | null;
                        evaluation: {
                            /** @enum {unknown} */
                            diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                            criteria: {
                                id: string;
                                label: string;
                                /** @enum {unknown} */
                                status: "met" | "unmet" | "unknown";
                                why: string;
                            }[];
                            canDiagnose: boolean;
                            reasons: string[];
                            icd10: string;
                            medicalReferralPending: boolean;
                        };
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    patchClientsByIdDiagnosesByDiagnosisRecordId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                diagnosisRecordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    status: "provisional" | "confirmed" | "in-remission" | "resolved" | "ruled-out";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        /** @enum {unknown} */
                        diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                        label: string;
                        icd10: string;
                        specifiers: {
                            /** @enum {unknown} */
                            course?: "lifelong" | "acquired";
                            /** @enum {unknown} */
                            context?: "generalized" | "situational";
                            /** @enum {unknown} */
                            severity?: "mild" | "moderate" | "severe";
                            other?: string[];
                        };
                        /** @enum {unknown} */
                        status: "provisional" | "confirmed" | "in-remission" | "resolved" | "ruled-out";
                        diagnosedOn: string;
                        criteriaMet: boolean;
                        overrideReason: string | null;
                        evaluation: {
                            /** @enum {unknown} */
                            diagnosisId: "delayed-ejaculation" | "erectile-disorder" | "female-orgasmic-disorder" | "female-sexual-interest-arousal-disorder" | "genito-pelvic-pain-penetration-disorder" | "male-hypoactive-sexual-desire-disorder" | "premature-ejaculation" | "substance-medication-induced-sexual-dysfunction" | "other-specified-sexual-dysfunction" | "unspecified-sexual-dysfunction";
                            criteria: {
                                id: string;
                                label: string;
                                /** @enum {unknown} */
                                status: "met" | "unmet" | "unknown";
                                why: string;
                            }[];
                            canDiagnose: boolean;
                            reasons: string[];
                            icd10: string;
                            medicalReferralPending: boolean;
                        };
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdMeasuresAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                    /** @enum {unknown} */
                    schedule: "once" | "every-n-weeks" | "before-every-nth-session";
                    intervalWeeks?: number;
                    everyNthSession?: number;
                    startsOn?: string;
                    until?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                        shortName: string;
                        /** @enum {unknown} */
                        schedule: "once" | "every-n-weeks" | "before-every-nth-session";
                        intervalWeeks: number | null;
                        everyNthSession: number | null;
                        startsOn: string;
                        until: string | null;
                        /** @enum {unknown} */
                        status: "active" | "cancelled" | "completed";
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postRelationshipsByIdMeasuresAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                    /** @enum {unknown} */
                    schedule: "once" | "every-n-weeks" | "before-every-nth-session";
                    intervalWeeks?: number;
                    everyNthSession?: number;
                    startsOn?: string;
                    until?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                        shortName: string;
                        /** @enum {unknown} */
                        schedule: "once" | "every-n-weeks" | "before-every-nth-session";
                        intervalWeeks: number | null;
                        everyNthSession: number | null;
                        startsOn: string;
                        until: string | null;
                        /** @enum {unknown} */
                        status: "active" | "cancelled" | "completed";
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postMeasureAssignmentsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                        shortName: string;
                        /** @enum {unknown} */
                        schedule: "once" | "every-n-weeks" | "before-every-nth-session";
                        intervalWeeks: number | null;
                        everyNthSession: number | null;
                        startsOn: string;
                        until: string | null;
                        /** @enum {unknown} */
                        status: "active" | "cancelled" | "completed";
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignments: {
                            id: string;
                            clientId: string;
                            relationshipId: string | null;
                            /** @enum {unknown} */
                            instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                            shortName: string;
                            /** @enum {unknown} */
                            schedule: "once" | "every-n-weeks" | "before-every-nth-session";
                            intervalWeeks: number | null;
                            everyNthSession: number | null;
                            startsOn: string;
                            until: string | null;
                            /** @enum {unknown} */
                            status: "active" | "cancelled" | "completed";
                            createdAt: string;
                        }[];
                        due: {
                            requestId: string;
                            /** @enum {unknown} */
                            instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                            dueOn: string;
                        }[];
                        trends: {
                            /** @enum {unknown} */
                            instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                            shortName: string;
                            title: string;
                            /** @enum {unknown} */
                            direction: "higher-is-worse" | "higher-is-better";
                            totalRange: {
                                min: number;
                                max: number;
                            };
                            bands: {
                                id: string;
                                label: string;
                                min: number;
                                max: number;
                            }[];
                            cutoff: {
                                value: number;
                                meaning: string;
                            } | null;
                            series: {
                                responseId: string;
                                completedAt: string;
                                total: number | null;
                                severity: string | null;
                                positive: boolean | null;
                                domains: {
                                    [key: string]: number | null;
                                };
                            }[];
                            changeSinceBaseline: number | null;
                            reliableChange: {
                                change: number;
                                rci: number;
                                reliable: boolean;
                                /** @enum {unknown} */
                                direction: "improved" | "worsened" | "no-reliable-change";
                            } | null;
                            reliableChangeNote: string | null;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getRelationshipsByIdMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partners: {
                            clientId: string;
                            displayName: string;
                            trends: {
                                /** @enum {unknown} */
                                instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                                shortName: string;
                                title: string;
                                /** @enum {unknown} */
                                direction: "higher-is-worse" | "higher-is-better";
                                totalRange: {
                                    min: number;
                                    max: number;
                                };
                                bands: {
                                    id: string;
                                    label: string;
                                    min: number;
                                    max: number;
                                }[];
                                cutoff: {
                                    value: number;
                                    meaning: string;
                                } | null;
                                series: {
                                    responseId: string;
                                    completedAt: string;
                                    total: number | null;
                                    severity: string | null;
                                    positive: boolean | null;
                                    domains: {
                                        [key: string]: number | null;
                                    };
                                }[];
                                changeSinceBaseline: number | null;
                                reliableChange: {
                                    change: number;
                                    rci: number;
                                    reliable: boolean;
                                    /** @enum {unknown} */
                                    direction: "improved" | "worsened" | "no-reliable-change";
                                } | null;
                                reliableChangeNote: string | null;
                            }[];
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getMeasureResponsesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        /** @enum {unknown} */
                        instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                        completedAt: string;
                        answers: (number | null)[];
                        score: {
                            total: number | null;
                            severity: string | null;
                            domains: {
                                [key: string]: number | null;
                            };
                            positive: boolean | null;
                            alerts: {
                                code: string;
                                message: string;
                            }[];
                            /** @enum {unknown} */
                            instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getMeasureResponsesByIdFhir: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Bundle of the QuestionnaireResponse and its score Observations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        /** @enum {string} */
                        resourceType: "Bundle";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requestId: string;
                        /** @enum {unknown} */
                        instrumentId: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                        shortName: string;
                        title: string;
                        dueOn: string;
                        recallPeriod: string | null;
                        instructions: string | null;
                        items: {
                            linkId: string;
                            text: string;
                            options: {
                                value: number;
                                label: string;
                            }[];
                        }[];
                        draft: (number | null)[] | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putPortalMeasuresByIdDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: (number | null)[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        saved: boolean;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalMeasuresByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: (number | null)[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completed: boolean;
                        crisisResources: {
                            name: string;
                            contact: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getInstruments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        id: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
                        shortName: string;
                        title: string;
                        licence: string;
                        licenceLabel: string;
                        wordingImported: boolean;
                        loinc: string | null;
                        recallPeriod: string | null;
                        itemCount: number;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getInstrumentsByIdQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Questionnaire */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        /** @enum {string} */
                        resourceType: "Questionnaire";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postInstrumentsByIdWording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: "phq-9" | "gad-7" | "iief-5" | "fsfi" | "pedt" | "asex" | "fsds-r" | "pss-10" | "csi-4";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    questionnaire?: {
                        [key: string]: unknown;
                    };
                    csv?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instrumentId: string;
                        items: number;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postSafetyAlertsByIdAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actionTaken: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        clientName: string;
                        code: string;
                        message: string;
                        /** @enum {unknown} */
                        status: "open" | "acknowledged";
                        actionTaken: string | null;
                        acknowledgedAt: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getAppointments: {
        parameters: {
            query: {
                from: string;
                to: string;
                /** @description A UUID */
                clinicianId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        seriesId: string | null;
                        /** @enum {unknown} */
                        kind: "intake" | "individual" | "joint" | "family-group";
                        /** @enum {unknown} */
                        modality: "in-person" | "video";
                        clinician: {
                            id: string;
                            displayName: string;
                        };
                        attendees: {
                            clientId: string;
                            displayName: string;
                        }[];
                        relationshipId: string | null;
                        startsAt: string;
                        endsAt: string;
                        timeZone: string;
                        room: string | null;
                        videoLink: string | null;
                        /** @enum {unknown} */
                        status: "scheduled" | "cancelled" | "no-show" | "completed";
                        lateCancellation: boolean;
                        cancelledAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "intake" | "individual" | "joint" | "family-group";
                    /** @description A UUID */
                    clinicianId?: string;
                    attendeeClientIds?: string[];
                    /** @description A UUID */
                    relationshipId?: string;
                    startsAt: string;
                    durationMinutes: number;
                    timeZone?: string;
                    /** @enum {unknown} */
                    modality: "in-person" | "video";
                    room?: string;
                    /** Format: uri */
                    videoLink?: string;
                    outsideWorkingHours?: boolean;
                    recurrence?: {
                        everyWeeks: number;
                        count: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        seriesId: string | null;
                        /** @enum {unknown} */
                        kind: "intake" | "individual" | "joint" | "family-group";
                        /** @enum {unknown} */
                        modality: "in-person" | "video";
                        clinician: {
                            id: string;
                            displayName: string;
                        };
                        attendees: {
                            clientId: string;
                            displayName: string;
                        }[];
                        relationshipId: string | null;
                        startsAt: string;
                        endsAt: string;
                        timeZone: string;
                        room: string | null;
                        videoLink: string | null;
                        /** @enum {unknown} */
                        status: "scheduled" | "cancelled" | "no-show" | "completed";
                        lateCancellation: boolean;
                        cancelledAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAppointmentsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    scope?: "this" | "this-and-following";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        seriesId: string | null;
                        /** @enum {unknown} */
                        kind: "intake" | "individual" | "joint" | "family-group";
                        /** @enum {unknown} */
                        modality: "in-person" | "video";
                        clinician: {
                            id: string;
                            displayName: string;
                        };
                        attendees: {
                            clientId: string;
                            displayName: string;
                        }[];
                        relationshipId: string | null;
                        startsAt: string;
                        endsAt: string;
                        timeZone: string;
                        room: string | null;
                        videoLink: string | null;
                        /** @enum {unknown} */
                        status: "scheduled" | "cancelled" | "no-show" | "completed";
                        lateCancellation: boolean;
                        cancelledAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAppointmentsByIdNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        seriesId: string | null;
                        /** @enum {unknown} */
                        kind: "intake" | "individual" | "joint" | "family-group";
                        /** @enum {unknown} */
                        modality: "in-person" | "video";
                        clinician: {
                            id: string;
                            displayName: string;
                        };
                        attendees: {
                            clientId: string;
                            displayName: string;
                        }[];
                        relationshipId: string | null;
                        startsAt: string;
                        endsAt: string;
                        timeZone: string;
                        room: string | null;
                        videoLink: string | null;
                        /** @enum {unknown} */
                        status: "scheduled" | "cancelled" | "no-show" | "completed";
                        lateCancellation: boolean;
                        cancelledAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCliniciansByIdAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clinicianId: string;
                        timeZone: string;
                        hours: {
                            weekday: number;
                            starts: string;
                            ends: string;
                        }[];
                        timeOff: {
                            id: string;
                            startsAt: string;
                            endsAt: string;
                            label: string | null;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putCliniciansByIdWorkingHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    timeZone?: string;
                    hours: {
                        weekday: number;
                        starts: string;
                        ends: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clinicianId: string;
                        timeZone: string;
                        hours: {
                            weekday: number;
                            starts: string;
                            ends: string;
                        }[];
                        timeOff: {
                            id: string;
                            startsAt: string;
                            endsAt: string;
                            label: string | null;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postCliniciansByIdTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    startsAt: string;
                    endsAt: string;
                    timeZone?: string;
                    label?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clinicianId: string;
                        timeZone: string;
                        hours: {
                            weekday: number;
                            starts: string;
                            ends: string;
                        }[];
                        timeOff: {
                            id: string;
                            startsAt: string;
                            endsAt: string;
                            label: string | null;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteTimeOffById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postCalendarFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCalendarFeedsByFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clinician’s appointments as an iCalendar feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {unknown} */
                        kind: "intake" | "individual" | "joint" | "family-group";
                        /** @enum {unknown} */
                        modality: "in-person" | "video";
                        startsAt: string;
                        endsAt: string;
                        timeZone: string;
                        clinicianName: string;
                        room: string | null;
                        videoLink: string | null;
                        withPartner: boolean;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getAppointmentsByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAppointmentsByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    template: string;
                    /** @description A UUID */
                    clientId?: string;
                    noShow?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        startsAt: string;
                        /** @enum {unknown} */
                        appointmentKind: "intake" | "individual" | "joint" | "family-group";
                        template: string;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        author: {
                            id: string;
                            displayName: string;
                        };
                        signedAt: string | null;
                        addendumCount: number;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getNoteTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        label: string;
                        builtIn: boolean;
                        fields: {
                            id: string;
                            label: string;
                        }[];
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postNoteTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    fields: {
                        id: string;
                        label: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        label: string;
                        builtIn: boolean;
                        fields: {
                            id: string;
                            label: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getNotesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putNotesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        fields: {
                            [key: string]: string;
                        };
                        interventions: string[];
                        risk: {
                            /** @enum {unknown} */
                            level: "none-indicated" | "low" | "moderate" | "high";
                            notes?: string;
                        } | null;
                    };
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postNotesByIdSign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postNotesByIdCosign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postNotesByIdAddenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getSupervisionQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        clientId: string | null;
                        author: {
                            id: string;
                            displayName: string;
                        };
                        session: {
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                        };
                        template: string;
                        content: {
                            fields: {
                                [key: string]: string;
                            };
                            interventions: string[];
                            risk: {
                                /** @enum {unknown} */
                                level: "none-indicated" | "low" | "moderate" | "high";
                                notes?: string;
                            } | null;
                        };
                        version: number;
                        /** @enum {unknown} */
                        status: "draft" | "awaiting-cosign" | "signed";
                        contentHash: string | null;
                        hashVerified: boolean | null;
                        signedAt: string | null;
                        cosignedBy: string | null;
                        cosignedAt: string | null;
                        addenda: {
                            id: string;
                            authorId: string;
                            content: string;
                            contentHash: string;
                            signedAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putPracticeSupervision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A UUID */
                    superviseeId: string;
                    supervisorIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        superviseeId: string;
                        supervisorIds: string[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdPsychotherapyNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        appointmentId: string | null;
                        content: string;
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdPsychotherapyNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    /** @description A UUID */
                    appointmentId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        appointmentId: string | null;
                        content: string;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPsychotherapyNotesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        appointmentId: string | null;
                        content: string;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getInterventions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {unknown} */
                        source: "library" | "practice";
                        edited: boolean;
                        name: string;
                        /** @enum {unknown} */
                        category: "sensate-focus" | "psychoeducation" | "communication" | "cognitive-behavioural" | "mindfulness" | "ejaculatory-control" | "directed-masturbation" | "dilator-pelvic-floor" | "other";
                        summary: string;
                        clientTitle: string;
                        clientInstructions: string;
                        suggestedFrequency: string | null;
                        homework: boolean;
                        forPartners: boolean;
                        archived: boolean;
                        sources: string[];
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postInterventions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    summary: string;
                    clientTitle: string;
                    clientInstructions: string;
                    suggestedFrequency: string | null;
                    /** @enum {unknown} */
                    category: "sensate-focus" | "psychoeducation" | "communication" | "cognitive-behavioural" | "mindfulness" | "ejaculatory-control" | "directed-masturbation" | "dilator-pelvic-floor" | "other";
                    homework: boolean;
                    forPartners: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {unknown} */
                        source: "library" | "practice";
                        edited: boolean;
                        name: string;
                        /** @enum {unknown} */
                        category: "sensate-focus" | "psychoeducation" | "communication" | "cognitive-behavioural" | "mindfulness" | "ejaculatory-control" | "directed-masturbation" | "dilator-pelvic-floor" | "other";
                        summary: string;
                        clientTitle: string;
                        clientInstructions: string;
                        suggestedFrequency: string | null;
                        homework: boolean;
                        forPartners: boolean;
                        archived: boolean;
                        sources: string[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putInterventionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    summary: string;
                    clientTitle: string;
                    clientInstructions: string;
                    suggestedFrequency: string | null;
                    archived?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {unknown} */
                        source: "library" | "practice";
                        edited: boolean;
                        name: string;
                        /** @enum {unknown} */
                        category: "sensate-focus" | "psychoeducation" | "communication" | "cognitive-behavioural" | "mindfulness" | "ejaculatory-control" | "directed-masturbation" | "dilator-pelvic-floor" | "other";
                        summary: string;
                        clientTitle: string;
                        clientInstructions: string;
                        suggestedFrequency: string | null;
                        homework: boolean;
                        forPartners: boolean;
                        archived: boolean;
                        sources: string[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getTreatmentPlans: {
        parameters: {
            query?: {
                /** @description A UUID */
                clientId?: string;
                /** @description A UUID */
                relationshipId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string | null;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "closed";
                        version: number;
                        sessionsPlanned: number;
                        reviewOn: string;
                        /** @enum {unknown} */
                        plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                        startedOn: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postTreatmentPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A UUID */
                    clientId?: string;
                    /** @description A UUID */
                    relationshipId?: string;
                    sessionsPlanned: number;
                    reviewOn: string;
                    /** @enum {unknown} */
                    plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                    content: {
                        problems: {
                            id?: string;
                            description: string;
                            diagnosisIds: string[];
                        }[];
                        goals: {
                            id?: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            objectives: {
                                id?: string;
                                description: string;
                                targetDate: string | null;
                            }[];
                        }[];
                        interventionIds: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string | null;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "closed";
                        version: number;
                        startedOn: string;
                        sessionsPlanned: number;
                        reviewOn: string;
                        reviewDue: boolean;
                        /** @enum {unknown} */
                        plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                        sessions: {
                            used: number;
                            scheduled: number;
                            planned: number;
                        };
                        problems: {
                            id: string;
                            description: string;
                            diagnoses: {
                                id: string;
                                icd10: string;
                                clientId: string;
                            }[];
                        }[];
                        goals: {
                            id: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            measures: {
                                instrumentId: string;
                                shortName: string;
                                /** @enum {unknown} */
                                direction: "higher-is-worse" | "higher-is-better";
                                points: {
                                    clientId: string;
                                    displayName: string;
                                    completedAt: string;
                                    total: number | null;
                                    severity: string | null;
                                }[];
                            }[];
                            objectives: {
                                id: string;
                                description: string;
                                targetDate: string | null;
                                progress: {
                                    /** @enum {unknown} */
                                    status: "not-started" | "in-progress" | "achieved" | "revised" | "discontinued";
                                    rating: number | null;
                                    note: string | null;
                                    recordedAt: string;
                                    recordedBy: string;
                                }[];
                            }[];
                        }[];
                        interventions: {
                            id: string;
                            name: string;
                        }[];
                        reviewSummary: string | null;
                        versions: {
                            version: number;
                            createdAt: string;
                            authorName: string;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getTreatmentPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string | null;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "closed";
                        version: number;
                        startedOn: string;
                        sessionsPlanned: number;
                        reviewOn: string;
                        reviewDue: boolean;
                        /** @enum {unknown} */
                        plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                        sessions: {
                            used: number;
                            scheduled: number;
                            planned: number;
                        };
                        problems: {
                            id: string;
                            description: string;
                            diagnoses: {
                                id: string;
                                icd10: string;
                                clientId: string;
                            }[];
                        }[];
                        goals: {
                            id: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            measures: {
                                instrumentId: string;
                                shortName: string;
                                /** @enum {unknown} */
                                direction: "higher-is-worse" | "higher-is-better";
                                points: {
                                    clientId: string;
                                    displayName: string;
                                    completedAt: string;
                                    total: number | null;
                                    severity: string | null;
                                }[];
                            }[];
                            objectives: {
                                id: string;
                                description: string;
                                targetDate: string | null;
                                progress: {
                                    /** @enum {unknown} */
                                    status: "not-started" | "in-progress" | "achieved" | "revised" | "discontinued";
                                    rating: number | null;
                                    note: string | null;
                                    recordedAt: string;
                                    recordedBy: string;
                                }[];
                            }[];
                        }[];
                        interventions: {
                            id: string;
                            name: string;
                        }[];
                        reviewSummary: string | null;
                        versions: {
                            version: number;
                            createdAt: string;
                            authorName: string;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getTreatmentPlansByIdVersionsByVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string | null;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "closed";
                        version: number;
                        startedOn: string;
                        sessionsPlanned: number;
                        reviewOn: string;
                        reviewDue: boolean;
                        /** @enum {unknown} */
                        plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                        sessions: {
                            used: number;
                            scheduled: number;
                            planned: number;
                        };
                        problems: {
                            id: string;
                            description: string;
                            diagnoses: {
                                id: string;
                                icd10: string;
                                clientId: string;
                            }[];
                        }[];
                        goals: {
                            id: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            measures: {
                                instrumentId: string;
                                shortName: string;
                                /** @enum {unknown} */
                                direction: "higher-is-worse" | "higher-is-better";
                                points: {
                                    clientId: string;
                                    displayName: string;
                                    completedAt: string;
                                    total: number | null;
                                    severity: string | null;
                                }[];
                            }[];
                            objectives: {
                                id: string;
                                description: string;
                                targetDate: string | null;
                                progress: {
                                    /** @enum {unknown} */
                                    status: "not-started" | "in-progress" | "achieved" | "revised" | "discontinued";
                                    rating: number | null;
                                    note: string | null;
                                    recordedAt: string;
                                    recordedBy: string;
                                }[];
                            }[];
                        }[];
                        interventions: {
                            id: string;
                            name: string;
                        }[];
                        reviewSummary: string | null;
                        versions: {
                            version: number;
                            createdAt: string;
                            authorName: string;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postTreatmentPlansByIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    basedOnVersion: number;
                    reviewSummary: string;
                    sessionsPlanned: number;
                    reviewOn: string;
                    /** @enum {unknown} */
                    plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                    content: {
                        problems: {
                            id?: string;
                            description: string;
                            diagnosisIds: string[];
                        }[];
                        goals: {
                            id?: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            objectives: {
                                id?: string;
                                description: string;
                                targetDate: string | null;
                            }[];
                        }[];
                        interventionIds: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string | null;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "closed";
                        version: number;
                        startedOn: string;
                        sessionsPlanned: number;
                        reviewOn: string;
                        reviewDue: boolean;
                        /** @enum {unknown} */
                        plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                        sessions: {
                            used: number;
                            scheduled: number;
                            planned: number;
                        };
                        problems: {
                            id: string;
                            description: string;
                            diagnoses: {
                                id: string;
                                icd10: string;
                                clientId: string;
                            }[];
                        }[];
                        goals: {
                            id: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            measures: {
                                instrumentId: string;
                                shortName: string;
                                /** @enum {unknown} */
                                direction: "higher-is-worse" | "higher-is-better";
                                points: {
                                    clientId: string;
                                    displayName: string;
                                    completedAt: string;
                                    total: number | null;
                                    severity: string | null;
                                }[];
                            }[];
                            objectives: {
                                id: string;
                                description: string;
                                targetDate: string | null;
                                progress: {
                                    /** @enum {unknown} */
                                    status: "not-started" | "in-progress" | "achieved" | "revised" | "discontinued";
                                    rating: number | null;
                                    note: string | null;
                                    recordedAt: string;
                                    recordedBy: string;
                                }[];
                            }[];
                        }[];
                        interventions: {
                            id: string;
                            name: string;
                        }[];
                        reviewSummary: string | null;
                        versions: {
                            version: number;
                            createdAt: string;
                            authorName: string;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postTreatmentPlansByIdProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    objectiveId: string;
                    /** @enum {unknown} */
                    status: "not-started" | "in-progress" | "achieved" | "revised" | "discontinued";
                    rating?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string | null;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "closed";
                        version: number;
                        startedOn: string;
                        sessionsPlanned: number;
                        reviewOn: string;
                        reviewDue: boolean;
                        /** @enum {unknown} */
                        plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                        sessions: {
                            used: number;
                            scheduled: number;
                            planned: number;
                        };
                        problems: {
                            id: string;
                            description: string;
                            diagnoses: {
                                id: string;
                                icd10: string;
                                clientId: string;
                            }[];
                        }[];
                        goals: {
                            id: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            measures: {
                                instrumentId: string;
                                shortName: string;
                                /** @enum {unknown} */
                                direction: "higher-is-worse" | "higher-is-better";
                                points: {
                                    clientId: string;
                                    displayName: string;
                                    completedAt: string;
                                    total: number | null;
                                    severity: string | null;
                                }[];
                            }[];
                            objectives: {
                                id: string;
                                description: string;
                                targetDate: string | null;
                                progress: {
                                    /** @enum {unknown} */
                                    status: "not-started" | "in-progress" | "achieved" | "revised" | "discontinued";
                                    rating: number | null;
                                    note: string | null;
                                    recordedAt: string;
                                    recordedBy: string;
                                }[];
                            }[];
                        }[];
                        interventions: {
                            id: string;
                            name: string;
                        }[];
                        reviewSummary: string | null;
                        versions: {
                            version: number;
                            createdAt: string;
                            authorName: string;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postTreatmentPlansByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string | null;
                        relationshipId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "closed";
                        version: number;
                        startedOn: string;
                        sessionsPlanned: number;
                        reviewOn: string;
                        reviewDue: boolean;
                        /** @enum {unknown} */
                        plissit: "permission" | "limited-information" | "specific-suggestions" | "intensive-therapy";
                        sessions: {
                            used: number;
                            scheduled: number;
                            planned: number;
                        };
                        problems: {
                            id: string;
                            description: string;
                            diagnoses: {
                                id: string;
                                icd10: string;
                                clientId: string;
                            }[];
                        }[];
                        goals: {
                            id: string;
                            description: string;
                            problemIds: string[];
                            measureInstrumentIds: string[];
                            measures: {
                                instrumentId: string;
                                shortName: string;
                                /** @enum {unknown} */
                                direction: "higher-is-worse" | "higher-is-better";
                                points: {
                                    clientId: string;
                                    displayName: string;
                                    completedAt: string;
                                    total: number | null;
                                    severity: string | null;
                                }[];
                            }[];
                            objectives: {
                                id: string;
                                description: string;
                                targetDate: string | null;
                                progress: {
                                    /** @enum {unknown} */
                                    status: "not-started" | "in-progress" | "achieved" | "revised" | "discontinued";
                                    rating: number | null;
                                    note: string | null;
                                    recordedAt: string;
                                    recordedBy: string;
                                }[];
                            }[];
                        }[];
                        interventions: {
                            id: string;
                            name: string;
                        }[];
                        reviewSummary: string | null;
                        versions: {
                            version: number;
                            createdAt: string;
                            authorName: string;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getHomework: {
        parameters: {
            query?: {
                /** @description A UUID */
                clientId?: string;
                /** @description A UUID */
                relationshipId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        interventionId: string;
                        relationshipId: string | null;
                        planId: string | null;
                        title: string;
                        instructions: string;
                        frequency: string | null;
                        startsOn: string;
                        endsOn: string | null;
                        /** @enum {unknown} */
                        status: "active" | "stopped";
                        assignedBy: string;
                        createdAt: string;
                        assignees: {
                            clientId: string;
                            displayName: string;
                            timesDone: number;
                            timesLogged: number;
                            lastPracticedOn: string | null;
                            logs: {
                                practicedOn: string;
                                done: boolean;
                                howItWent: string | null;
                                sharedReflection: string | null;
                            }[];
                        }[];
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postHomework: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    interventionId: string;
                    clientIds?: string[];
                    /** @description A UUID */
                    relationshipId?: string;
                    /** @description A UUID */
                    planId?: string;
                    title?: string;
                    instructions?: string;
                    frequency?: string;
                    endsOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        interventionId: string;
                        relationshipId: string | null;
                        planId: string | null;
                        title: string;
                        instructions: string;
                        frequency: string | null;
                        startsOn: string;
                        endsOn: string | null;
                        /** @enum {unknown} */
                        status: "active" | "stopped";
                        assignedBy: string;
                        createdAt: string;
                        assignees: {
                            clientId: string;
                            displayName: string;
                            timesDone: number;
                            timesLogged: number;
                            lastPracticedOn: string | null;
                            logs: {
                                practicedOn: string;
                                done: boolean;
                                howItWent: string | null;
                                sharedReflection: string | null;
                            }[];
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postHomeworkByIdStop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        interventionId: string;
                        relationshipId: string | null;
                        planId: string | null;
                        title: string;
                        instructions: string;
                        frequency: string | null;
                        startsOn: string;
                        endsOn: string | null;
                        /** @enum {unknown} */
                        status: "active" | "stopped";
                        assignedBy: string;
                        createdAt: string;
                        assignees: {
                            clientId: string;
                            displayName: string;
                            timesDone: number;
                            timesLogged: number;
                            lastPracticedOn: string | null;
                            logs: {
                                practicedOn: string;
                                done: boolean;
                                howItWent: string | null;
                                sharedReflection: string | null;
                            }[];
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalHomework: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        instructions: string;
                        frequency: string | null;
                        startsOn: string;
                        endsOn: string | null;
                        /** @enum {unknown} */
                        status: "active" | "stopped";
                        withPartner: boolean;
                        myLogs: {
                            id: string;
                            practicedOn: string;
                            done: boolean;
                            howItWent: string | null;
                            reflection: string | null;
                            reflectionShared: boolean;
                        }[];
                        sharedByPartners: {
                            name: string;
                            practicedOn: string;
                            reflection: string;
                        }[];
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalHomeworkByIdLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    practicedOn: string;
                    done: boolean;
                    howItWent?: string;
                    reflection?: string;
                    shareReflection?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        instructions: string;
                        frequency: string | null;
                        startsOn: string;
                        endsOn: string | null;
                        /** @enum {unknown} */
                        status: "active" | "stopped";
                        withPartner: boolean;
                        myLogs: {
                            id: string;
                            practicedOn: string;
                            done: boolean;
                            howItWent: string | null;
                            reflection: string | null;
                            reflectionShared: boolean;
                        }[];
                        sharedByPartners: {
                            name: string;
                            practicedOn: string;
                            reflection: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putPortalHomeworkByIdLogsByLogIdSharing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                logId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shareReflection: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        instructions: string;
                        frequency: string | null;
                        startsOn: string;
                        endsOn: string | null;
                        /** @enum {unknown} */
                        status: "active" | "stopped";
                        withPartner: boolean;
                        myLogs: {
                            id: string;
                            practicedOn: string;
                            done: boolean;
                            howItWent: string | null;
                            reflection: string | null;
                            reflectionShared: boolean;
                        }[];
                        sharedByPartners: {
                            name: string;
                            practicedOn: string;
                            reflection: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdFhir: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record: a Bundle of type collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        /** @enum {string} */
                        resourceType: "Bundle";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalRecordRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        requestedAt: string;
                        dueOn: string;
                        /** @enum {unknown} */
                        status: "pending-review" | "released" | "declined";
                        reviewedAt: string | null;
                        decisionNote: string | null;
                        downloads: number;
                        firstDownloadedAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPortalRecordRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        requestedAt: string;
                        dueOn: string;
                        /** @enum {unknown} */
                        status: "pending-review" | "released" | "declined";
                        reviewedAt: string | null;
                        decisionNote: string | null;
                        downloads: number;
                        firstDownloadedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalRecordRequestsByIdRecordPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPortalRecordRequestsByIdRecordFhirJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record: a Bundle of type collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        /** @enum {string} */
                        resourceType: "Bundle";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdRecordRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        requestedAt: string;
                        dueOn: string;
                        /** @enum {unknown} */
                        status: "pending-review" | "released" | "declined";
                        reviewedAt: string | null;
                        decisionNote: string | null;
                        downloads: number;
                        firstDownloadedAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postRecordRequestsByIdRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        requestedAt: string;
                        dueOn: string;
                        /** @enum {unknown} */
                        status: "pending-review" | "released" | "declined";
                        reviewedAt: string | null;
                        decisionNote: string | null;
                        downloads: number;
                        firstDownloadedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postRecordRequestsByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        requestedAt: string;
                        dueOn: string;
                        /** @enum {unknown} */
                        status: "pending-review" | "released" | "declined";
                        reviewedAt: string | null;
                        decisionNote: string | null;
                        downloads: number;
                        firstDownloadedAt: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPracticeArchive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    passphrase: string;
                };
            };
        };
        responses: {
            /** @description The sealed archive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdQuestionnaireResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resource: {
                        /** @enum {unknown} */
                        resourceType: "QuestionnaireResponse" | "Bundle";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: {
                            id: string;
                            instrumentId: string;
                            shortName: string;
                            completedAt: string;
                            total: number | null;
                            severity: string | null;
                            criticalItems: string[];
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scopes: {
                            id: string;
                            label: string;
                            routes: string[];
                        }[];
                        events: string[];
                        retryMinutes: number[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getAccessTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        userId: string;
                        userName: string;
                        scopes: string[];
                        createdAt: string;
                        expiresAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** @enum {unknown} */
                        status: "active" | "expired" | "revoked";
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAccessTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("clients:read" | "records:export" | "appointments:read" | "appointments:write" | "referrals:read" | "billing:read")[];
                    expiresInDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        userId: string;
                        userName: string;
                        scopes: string[];
                        createdAt: string;
                        expiresAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** @enum {unknown} */
                        status: "active" | "expired" | "revoked";
                    } & {
                        token: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteAccessTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                        description: string | null;
                        events: string[];
                        active: boolean;
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    description?: string | null;
                    events: ("appointment.created" | "appointment.cancelled" | "appointment.no-show" | "referral.created" | "referral.sent" | "referral.status-changed")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                        description: string | null;
                        events: string[];
                        active: boolean;
                        createdAt: string;
                        updatedAt: string;
                    } & {
                        secret: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    patchWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    description?: string | null;
                    events?: ("appointment.created" | "appointment.cancelled" | "appointment.no-show" | "referral.created" | "referral.sent" | "referral.status-changed")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                        description: string | null;
                        events: string[];
                        active: boolean;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getWebhooksByIdDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        event: string;
                        /** @enum {unknown} */
                        status: "pending" | "delivered" | "failed";
                        attempts: number;
                        nextAttemptAt: string | null;
                        lastStatusCode: number | null;
                        lastError: string | null;
                        createdAt: string;
                        deliveredAt: string | null;
                        payload: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postWebhooksByIdPing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        event: string;
                        /** @enum {unknown} */
                        status: "pending" | "delivered" | "failed";
                        attempts: number;
                        nextAttemptAt: string | null;
                        lastStatusCode: number | null;
                        lastError: string | null;
                        createdAt: string;
                        deliveredAt: string | null;
                        payload: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postImportsClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The CSV file’s text; its first row names the columns. */
                    csv: string;
                    dryRun: boolean;
                    careTeam?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        columns: {
                            header: string;
                            field: string;
                        }[];
                        ignoredColumns: string[];
                        rows: {
                            row: number;
                            /** @enum {unknown} */
                            action: "create" | "skip";
                            reason?: string;
                            problems: {
                                column: string;
                                field: string;
                                message: string;
                            }[];
                        }[];
                        created: number;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postImportsAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The CSV file’s text; its first row names the columns. */
                    csv: string;
                    dryRun: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        columns: {
                            header: string;
                            field: string;
                        }[];
                        ignoredColumns: string[];
                        rows: {
                            row: number;
                            /** @enum {unknown} */
                            action: "create" | "skip";
                            reason?: string;
                            problems: {
                                column: string;
                                field: string;
                                message: string;
                            }[];
                        }[];
                        created: number;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getBillingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingName: string | null;
                        address: string | null;
                        phone: string | null;
                        taxId: string | null;
                        npi: string | null;
                        fees: {
                            90791?: number;
                            90832?: number;
                            90834?: number;
                            90837?: number;
                            90846?: number;
                            90847?: number;
                            90853?: number;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putBillingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    billingName: string | null;
                    address: string | null;
                    phone: string | null;
                    taxId: string | null;
                    npi: string | null;
                    fees: {
                        90791?: number;
                        90832?: number;
                        90834?: number;
                        90837?: number;
                        90846?: number;
                        90847?: number;
                        90853?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingName: string | null;
                        address: string | null;
                        phone: string | null;
                        taxId: string | null;
                        npi: string | null;
                        fees: {
                            90791?: number;
                            90832?: number;
                            90834?: number;
                            90837?: number;
                            90846?: number;
                            90847?: number;
                            90853?: number;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getBillingProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        displayName: string;
                        npi: string | null;
                        license: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putBillingProvidersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    npi: string | null;
                    license: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        npi: string | null;
                        license: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putClientsByIdBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slidingScalePercent: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string;
                        slidingScalePercent: number | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getAppointmentsByIdCharge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: {
                            id: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            /** @enum {unknown} */
                            modality: "in-person" | "video";
                            startsAt: string;
                            minutes: number;
                            /** @enum {unknown} */
                            status: "scheduled" | "cancelled" | "no-show" | "completed";
                            clinicianName: string;
                        };
                        billableClients: {
                            clientId: string;
                            displayName: string;
                            diagnosisCodes: string[];
                            slidingScalePercent: number | null;
                        }[];
                        suggestion: {
                            cptCode: ("90791" | "90832" | "90834" | "90837" | "90846" | "90847" | "90853") | null;
                            reason: string;
                            /** @enum {unknown} */
                            placeOfService: "02" | "10" | "11";
                            modifier: ("95" | "GT" | "FQ" | "93") | null;
                            feeCents: number | null;
                        };
                        fees: {
                            [key: string]: number;
                        };
                        charge: {
                            id: string;
                            appointmentId: string;
                            billedClientId: string;
                            clinicianId: string;
                            serviceDate: string;
                            /** @enum {unknown} */
                            cptCode: "90791" | "90832" | "90834" | "90837" | "90846" | "90847" | "90853";
                            /** @enum {unknown} */
                            placeOfService: "02" | "10" | "11";
                            modifier: ("95" | "GT" | "FQ" | "93") | null;
                            diagnosisCodes: string[];
                            feeCents: number;
                            amountCents: number;
                            status: string;
                            updatedAt: string;
                        } | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putAppointmentsByIdCharge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A UUID */
                    billedClientId: string;
                    /** @enum {unknown} */
                    cptCode: "90791" | "90832" | "90834" | "90837" | "90846" | "90847" | "90853";
                    /** @enum {unknown} */
                    placeOfService: "02" | "10" | "11";
                    modifier: ("95" | "GT" | "FQ" | "93") | null;
                    diagnosisCodes: string[];
                    feeCents?: number;
                    amountCents?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        appointmentId: string;
                        billedClientId: string;
                        clinicianId: string;
                        serviceDate: string;
                        /** @enum {unknown} */
                        cptCode: "90791" | "90832" | "90834" | "90837" | "90846" | "90847" | "90853";
                        /** @enum {unknown} */
                        placeOfService: "02" | "10" | "11";
                        modifier: ("95" | "GT" | "FQ" | "93") | null;
                        diagnosisCodes: string[];
                        feeCents: number;
                        amountCents: number;
                        status: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postClientsByIdPayments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    /** @enum {unknown} */
                    method: "card" | "cash" | "check" | "bank-transfer" | "insurance" | "other";
                    receivedOn: string;
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        amountCents: number;
                        /** @enum {unknown} */
                        method: "card" | "cash" | "check" | "bank-transfer" | "insurance" | "other";
                        receivedOn: string;
                        reference: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client: {
                            id: string;
                            displayName: string;
                        };
                        slidingScalePercent: number | null;
                        charges: {
                            id: string;
                            appointmentId: string;
                            billedClientId: string;
                            clinicianId: string;
                            serviceDate: string;
                            /** @enum {unknown} */
                            cptCode: "90791" | "90832" | "90834" | "90837" | "90846" | "90847" | "90853";
                            /** @enum {unknown} */
                            placeOfService: "02" | "10" | "11";
                            modifier: ("95" | "GT" | "FQ" | "93") | null;
                            diagnosisCodes: string[];
                            feeCents: number;
                            amountCents: number;
                            status: string;
                            updatedAt: string;
                        }[];
                        payments: {
                            id: string;
                            clientId: string;
                            amountCents: number;
                            /** @enum {unknown} */
                            method: "card" | "cash" | "check" | "bank-transfer" | "insurance" | "other";
                            receivedOn: string;
                            reference: string | null;
                        }[];
                        chargedCents: number;
                        paidCents: number;
                        balanceCents: number;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getClientsByIdSuperbillPdf: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The superbill */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getBillingIncomeCsv: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The income report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getBillingSessions: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointmentId: string;
                        startsAt: string;
                        /** @enum {unknown} */
                        kind: "intake" | "individual" | "joint" | "family-group";
                        /** @enum {unknown} */
                        status: "scheduled" | "cancelled" | "no-show" | "completed";
                        clinicianName: string;
                        attendees: {
                            clientId: string;
                            displayName: string;
                        }[];
                        charge: {
                            id: string;
                            appointmentId: string;
                            billedClientId: string;
                            clinicianId: string;
                            serviceDate: string;
                            /** @enum {unknown} */
                            cptCode: "90791" | "90832" | "90834" | "90837" | "90846" | "90847" | "90853";
                            /** @enum {unknown} */
                            placeOfService: "02" | "10" | "11";
                            modifier: ("95" | "GT" | "FQ" | "93") | null;
                            diagnosisCodes: string[];
                            feeCents: number;
                            amountCents: number;
                            status: string;
                            updatedAt: string;
                        } | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getToday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        safetyAlerts: {
                            id: string;
                            clientId: string;
                            clientName: string;
                            code: string;
                            message: string;
                            /** @enum {unknown} */
                            status: "open" | "acknowledged";
                            actionTaken: string | null;
                            acknowledgedAt: string | null;
                            createdAt: string;
                        }[];
                        overdueReferrals: {
                            id: string;
                            clientId: string;
                            clientName: string;
                            /** @enum {unknown} */
                            specialty: "primary-care" | "cardiology" | "urology" | "gynecology" | "pelvic-floor-physical-therapy" | "endocrinology" | "psychiatry" | "prescriber" | "emergency" | "crisis-services";
                            specialtyLabel: string;
                            /** @enum {unknown} */
                            urgency: "routine" | "soon" | "urgent" | "emergency";
                            dueOn: string;
                            /** @enum {unknown} */
                            status: "drafted" | "sent" | "acknowledged" | "seen" | "closed" | "declined";
                        }[];
                        unsignedNotes: {
                            id: string;
                            appointmentId: string;
                            createdAt: string;
                        }[];
                        notesAwaitingCosign: {
                            id: string;
                            appointmentId: string;
                            authorName: string;
                            signedAt: string;
                        }[];
                        appointments: {
                            id: string;
                            /** @enum {unknown} */
                            kind: "intake" | "individual" | "joint" | "family-group";
                            /** @enum {unknown} */
                            modality: "in-person" | "video";
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            room: string | null;
                            videoLink: string | null;
                            /** @enum {unknown} */
                            status: "scheduled" | "cancelled" | "no-show" | "completed";
                            attendees: {
                                clientId: string;
                                displayName: string;
                            }[];
                            notes: {
                                id: string;
                                /** @enum {unknown} */
                                status: "draft" | "awaiting-cosign" | "signed";
                            }[];
                        }[];
                        homework: {
                            homeworkId: string;
                            title: string;
                            clientId: string;
                            displayName: string;
                            timesDone: number;
                            timesLogged: number;
                            lastPracticedOn: string | null;
                        }[];
                        measuresDue: {
                            requestId: string;
                            clientId: string;
                            clientName: string;
                            instrumentId: string;
                            shortName: string;
                            dueOn: string;
                        }[];
                        plansDueForReview: {
                            planId: string;
                            clientId: string | null;
                            relationshipId: string | null;
                            reviewOn: string;
                        }[];
                        credentialAlerts: {
                            credentialId: string;
                            userId: string;
                            clinicianName: string;
                            kind: string;
                            label: string;
                            expiresOn: string;
                            daysUntilExpiry: number;
                        }[];
                        directoryInquiries: {
                            id: string;
                            clientId: string;
                            displayName: string;
                            createdAt: string;
                        }[];
                        supervisionToConfirm: number;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCredentials: {
        parameters: {
            query?: {
                /** @description A UUID */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "degree" | "licence" | "certification";
                        type: string;
                        typeLabel: string;
                        title: string | null;
                        issuer: string | null;
                        jurisdiction: string | null;
                        number: string | null;
                        year: number | null;
                        issuedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {unknown} */
                        status: "current" | "expiring" | "expired" | "no-expiry";
                        daysUntilExpiry: number | null;
                        verification: {
                            verifiedAt: string;
                            verifiedBy: string;
                            verifiedByName: string;
                            method: string;
                            note: string | null;
                        } | null;
                        documents: {
                            id: string;
                            filename: string;
                            contentType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A UUID */
                    userId?: string;
                    /** @enum {unknown} */
                    kind: "degree" | "licence" | "certification";
                    type: string;
                    title?: string | null;
                    issuer?: string | null;
                    jurisdiction?: string | null;
                    number?: string | null;
                    year?: number | null;
                    issuedOn?: string | null;
                    expiresOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "degree" | "licence" | "certification";
                        type: string;
                        typeLabel: string;
                        title: string | null;
                        issuer: string | null;
                        jurisdiction: string | null;
                        number: string | null;
                        year: number | null;
                        issuedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {unknown} */
                        status: "current" | "expiring" | "expired" | "no-expiry";
                        daysUntilExpiry: number | null;
                        verification: {
                            verifiedAt: string;
                            verifiedBy: string;
                            verifiedByName: string;
                            method: string;
                            note: string | null;
                        } | null;
                        documents: {
                            id: string;
                            filename: string;
                            contentType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteCredentialsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    patchCredentialsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    type?: string;
                    title?: string | null;
                    issuer?: string | null;
                    jurisdiction?: string | null;
                    number?: string | null;
                    year?: number | null;
                    issuedOn?: string | null;
                    expiresOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "degree" | "licence" | "certification";
                        type: string;
                        typeLabel: string;
                        title: string | null;
                        issuer: string | null;
                        jurisdiction: string | null;
                        number: string | null;
                        year: number | null;
                        issuedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {unknown} */
                        status: "current" | "expiring" | "expired" | "no-expiry";
                        daysUntilExpiry: number | null;
                        verification: {
                            verifiedAt: string;
                            verifiedBy: string;
                            verifiedByName: string;
                            method: string;
                            note: string | null;
                        } | null;
                        documents: {
                            id: string;
                            filename: string;
                            contentType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postCredentialsByIdVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    method: "primary-source-lookup" | "original-document" | "issuer-confirmation" | "other";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "degree" | "licence" | "certification";
                        type: string;
                        typeLabel: string;
                        title: string | null;
                        issuer: string | null;
                        jurisdiction: string | null;
                        number: string | null;
                        year: number | null;
                        issuedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {unknown} */
                        status: "current" | "expiring" | "expired" | "no-expiry";
                        daysUntilExpiry: number | null;
                        verification: {
                            verifiedAt: string;
                            verifiedBy: string;
                            verifiedByName: string;
                            method: string;
                            note: string | null;
                        } | null;
                        documents: {
                            id: string;
                            filename: string;
                            contentType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteCredentialsByIdVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "degree" | "licence" | "certification";
                        type: string;
                        typeLabel: string;
                        title: string | null;
                        issuer: string | null;
                        jurisdiction: string | null;
                        number: string | null;
                        year: number | null;
                        issuedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {unknown} */
                        status: "current" | "expiring" | "expired" | "no-expiry";
                        daysUntilExpiry: number | null;
                        verification: {
                            verifiedAt: string;
                            verifiedBy: string;
                            verifiedByName: string;
                            method: string;
                            note: string | null;
                        } | null;
                        documents: {
                            id: string;
                            filename: string;
                            contentType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postCredentialsByIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filename: string;
                    /** @enum {unknown} */
                    contentType: "application/pdf" | "image/png" | "image/jpeg";
                    dataBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "degree" | "licence" | "certification";
                        type: string;
                        typeLabel: string;
                        title: string | null;
                        issuer: string | null;
                        jurisdiction: string | null;
                        number: string | null;
                        year: number | null;
                        issuedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {unknown} */
                        status: "current" | "expiring" | "expired" | "no-expiry";
                        daysUntilExpiry: number | null;
                        verification: {
                            verifiedAt: string;
                            verifiedBy: string;
                            verifiedByName: string;
                            method: string;
                            note: string | null;
                        } | null;
                        documents: {
                            id: string;
                            filename: string;
                            contentType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCredentialsByIdDocumentsByDocumentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteCredentialsByIdDocumentsByDocumentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCertificationRequirementSets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certification: {
                            id: string;
                            certification: string;
                            version: string;
                            title: string;
                            effectiveFrom: string;
                            hourRequirements: {
                                id: string;
                                label: string;
                                required: number;
                                counts: {
                                    /** @enum {string} */
                                    kind: "education";
                                    categories: ("core-knowledge" | "sex-therapy" | "sar" | "other")[];
                                } | {
                                    /** @enum {string} */
                                    kind: "clinical";
                                } | {
                                    /** @enum {string} */
                                    kind: "supervision";
                                    /** @enum {boolean} */
                                    requireConfirmed: true;
                                    /** @enum {boolean} */
                                    requireCertifiedSupervisor: true;
                                };
                                caps: {
                                    id: string;
                                    label: string;
                                    max: number;
                                    applies: {
                                        /** @enum {string} */
                                        delivery: "online";
                                    } | {
                                        /** @enum {string} */
                                        modality: "telehealth";
                                    } | {
                                        /** @enum {string} */
                                        format: "group";
                                    } | {
                                        /** @enum {boolean} */
                                        providedBySupervisor: true;
                                    };
                                }[];
                                source: string;
                            }[];
                            degreeExperience: {
                                anyOf: {
                                    degree: string;
                                    minYearsAfterDegree: number;
                                }[];
                                source: string;
                            };
                            licence: {
                                professions: string[];
                                source: string;
                            };
                            sources: string[];
                        }[];
                        renewal: {
                            id: string;
                            version: string;
                            title: string;
                            effectiveFrom: string | null;
                            appliesTo: string[];
                            cycleYears: number;
                            requiredCredits: number;
                            aasectHoursPerCredit: number;
                            alternative: {
                                minAasectCredits: number;
                                methods: {
                                    /** @enum {unknown} */
                                    id: "non-aasect-ce" | "supervision-received" | "supervision-provided";
                                    label: string;
                                    hoursPerCredit: number;
                                    maxCredits: number;
                                    source: string;
                                }[];
                            };
                            sources: string[];
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCertificationActivities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "education" | "clinical" | "supervision";
                        date: string;
                        hours: number;
                        title: string | null;
                        provider: string | null;
                        category: ("core-knowledge" | "sex-therapy" | "sar" | "other") | null;
                        delivery: ("online" | "in-person") | null;
                        aasectApproved: boolean;
                        providedBySupervisor: boolean;
                        modality: ("in-person" | "telehealth") | null;
                        jurisdiction: string | null;
                        format: ("individual" | "group") | null;
                        role: ("received" | "provided") | null;
                        supervisorUserId: string | null;
                        supervisorName: string | null;
                        supervisorCertified: boolean;
                        confirmedAt: string | null;
                        confirmedByName: string | null;
                        note: string | null;
                        createdAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postCertificationActivities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "education" | "clinical" | "supervision";
                    /** @description A date, YYYY-MM-DD */
                    date: string;
                    /** @description Clock hours, in quarter hours (a course or a month’s total may be one entry) */
                    hours: number;
                    title?: string | null;
                    provider?: string | null;
                    /** @enum {unknown} */
                    category?: "core-knowledge" | "sex-therapy" | "sar" | "other";
                    /** @enum {unknown} */
                    delivery?: "online" | "in-person";
                    aasectApproved?: boolean;
                    providedBySupervisor?: boolean;
                    /** @enum {unknown} */
                    modality?: "in-person" | "telehealth";
                    jurisdiction?: string | null;
                    /** @enum {unknown} */
                    format?: "individual" | "group";
                    /** @enum {unknown} */
                    role?: "received" | "provided";
                    supervisorUserId?: string | null;
                    supervisorName?: string | null;
                    supervisorCertified?: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "education" | "clinical" | "supervision";
                        date: string;
                        hours: number;
                        title: string | null;
                        provider: string | null;
                        category: ("core-knowledge" | "sex-therapy" | "sar" | "other") | null;
                        delivery: ("online" | "in-person") | null;
                        aasectApproved: boolean;
                        providedBySupervisor: boolean;
                        modality: ("in-person" | "telehealth") | null;
                        jurisdiction: string | null;
                        format: ("individual" | "group") | null;
                        role: ("received" | "provided") | null;
                        supervisorUserId: string | null;
                        supervisorName: string | null;
                        supervisorCertified: boolean;
                        confirmedAt: string | null;
                        confirmedByName: string | null;
                        note: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putCertificationActivitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "education" | "clinical" | "supervision";
                    /** @description A date, YYYY-MM-DD */
                    date: string;
                    /** @description Clock hours, in quarter hours (a course or a month’s total may be one entry) */
                    hours: number;
                    title?: string | null;
                    provider?: string | null;
                    /** @enum {unknown} */
                    category?: "core-knowledge" | "sex-therapy" | "sar" | "other";
                    /** @enum {unknown} */
                    delivery?: "online" | "in-person";
                    aasectApproved?: boolean;
                    providedBySupervisor?: boolean;
                    /** @enum {unknown} */
                    modality?: "in-person" | "telehealth";
                    jurisdiction?: string | null;
                    /** @enum {unknown} */
                    format?: "individual" | "group";
                    /** @enum {unknown} */
                    role?: "received" | "provided";
                    supervisorUserId?: string | null;
                    supervisorName?: string | null;
                    supervisorCertified?: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        /** @enum {unknown} */
                        kind: "education" | "clinical" | "supervision";
                        date: string;
                        hours: number;
                        title: string | null;
                        provider: string | null;
                        category: ("core-knowledge" | "sex-therapy" | "sar" | "other") | null;
                        delivery: ("online" | "in-person") | null;
                        aasectApproved: boolean;
                        providedBySupervisor: boolean;
                        modality: ("in-person" | "telehealth") | null;
                        jurisdiction: string | null;
                        format: ("individual" | "group") | null;
                        role: ("received" | "provided") | null;
                        supervisorUserId: string | null;
                        supervisorName: string | null;
                        supervisorCertified: boolean;
                        confirmedAt: string | null;
                        confirmedByName: string | null;
                        note: string | null;
                        createdAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteCertificationActivitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCertificationSupervisors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        aasectCertified: boolean;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCertificationConfirmations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        superviseeId: string;
                        superviseeName: string;
                        date: string;
                        hours: number;
                        format: ("individual" | "group") | null;
                        modality: ("in-person" | "telehealth") | null;
                        confirmedAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postCertificationActivitiesByIdConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteCertificationActivitiesByIdConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCertificationProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        track: {
                            requirementSet: string;
                            version: string;
                            title: string;
                            supervisionContractOn: string | null;
                            renewalCycleStartsOn: string | null;
                        };
                        certification: {
                            setId: string;
                            version: string;
                            hourRequirements: {
                                id: string;
                                label: string;
                                required: number;
                                logged: number;
                                counted: number;
                                remaining: number;
                                met: boolean;
                                capsApplied: {
                                    id: string;
                                    label: string;
                                    max: number;
                                    logged: number;
                                    counted: number;
                                    excess: number;
                                }[];
                                pendingConfirmation: number;
                                futureDated: number;
                                source: string;
                            }[];
                            degreeExperience: {
                                met: boolean;
                                detail: string;
                            };
                            licence: {
                                met: boolean;
                                verified: boolean;
                                detail: string;
                            };
                            complete: boolean;
                        };
                        renewal: {
                            cycleStartsOn: string;
                            cycleEndsOn: string;
                            aasectCredits: number;
                            otherCredits: {
                                nonAasectCe: {
                                    /** @enum {unknown} */
                                    id: "non-aasect-ce" | "supervision-received" | "supervision-provided";
                                    label: string;
                                    loggedHours: number;
                                    credits: number;
                                    maxCredits: number;
                                    capped: boolean;
                                };
                                supervisionReceived: {
                                    /** @enum {unknown} */
                                    id: "non-aasect-ce" | "supervision-received" | "supervision-provided";
                                    label: string;
                                    loggedHours: number;
                                    credits: number;
                                    maxCredits: number;
                                    capped: boolean;
                                };
                                supervisionProvided: {
                                    /** @enum {unknown} */
                                    id: "non-aasect-ce" | "supervision-received" | "supervision-provided";
                                    label: string;
                                    loggedHours: number;
                                    credits: number;
                                    maxCredits: number;
                                    capped: boolean;
                                };
                            };
                            totalCredits: number;
                            required: number;
                            met: boolean;
                            route: ("standard" | "alternative") | null;
                            shortBy: number;
                            pendingConfirmationHours: number;
                        } | null;
                        renewalVersion: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putCertificationTrack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requirementSet: string;
                    version: string;
                    supervisionContractOn?: string | null;
                    renewalCycleStartsOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        track: {
                            requirementSet: string;
                            version: string;
                            title: string;
                            supervisionContractOn: string | null;
                            renewalCycleStartsOn: string | null;
                        };
                        certification: {
                            setId: string;
                            version: string;
                            hourRequirements: {
                                id: string;
                                label: string;
                                required: number;
                                logged: number;
                                counted: number;
                                remaining: number;
                                met: boolean;
                                capsApplied: {
                                    id: string;
                                    label: string;
                                    max: number;
                                    logged: number;
                                    counted: number;
                                    excess: number;
                                }[];
                                pendingConfirmation: number;
                                futureDated: number;
                                source: string;
                            }[];
                            degreeExperience: {
                                met: boolean;
                                detail: string;
                            };
                            licence: {
                                met: boolean;
                                verified: boolean;
                                detail: string;
                            };
                            complete: boolean;
                        };
                        renewal: {
                            cycleStartsOn: string;
                            cycleEndsOn: string;
                            aasectCredits: number;
                            otherCredits: {
                                nonAasectCe: {
                                    /** @enum {unknown} */
                                    id: "non-aasect-ce" | "supervision-received" | "supervision-provided";
                                    label: string;
                                    loggedHours: number;
                                    credits: number;
                                    maxCredits: number;
                                    capped: boolean;
                                };
                                supervisionReceived: {
                                    /** @enum {unknown} */
                                    id: "non-aasect-ce" | "supervision-received" | "supervision-provided";
                                    label: string;
                                    loggedHours: number;
                                    credits: number;
                                    maxCredits: number;
                                    capped: boolean;
                                };
                                supervisionProvided: {
                                    /** @enum {unknown} */
                                    id: "non-aasect-ce" | "supervision-received" | "supervision-provided";
                                    label: string;
                                    loggedHours: number;
                                    credits: number;
                                    maxCredits: number;
                                    capped: boolean;
                                };
                            };
                            totalCredits: number;
                            required: number;
                            met: boolean;
                            route: ("standard" | "alternative") | null;
                            shortBy: number;
                            pendingConfirmationHours: number;
                        } | null;
                        renewalVersion: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCertificationLogCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCertificationLogPdf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log and progress summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getDirectoryProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listed: boolean;
                        displayName: string;
                        pronouns?: string | null;
                        bio: string;
                        specialties: ("low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related")[];
                        populations: ("individuals" | "couples" | "polyamorous-and-non-monogamous" | "lgbtq" | "transgender-nonbinary" | "kink-affirming" | "older-adults" | "young-adults" | "people-with-disabilities" | "asexual-spectrum" | "survivors" | "faith-communities")[];
                        approaches: ("sensate-focus" | "cbt" | "mindfulness" | "emotionally-focused" | "plissit" | "psychoeducation" | "gottman" | "narrative" | "solution-focused" | "trauma-informed")[];
                        languages: ("en" | "es" | "zh" | "vi" | "tl" | "ar" | "fr" | "ht" | "ko" | "ru" | "de" | "hi" | "pt" | "it" | "pl" | "ja" | "fa" | "ur" | "he" | "ase")[];
                        insurance: string[];
                        feeMin?: number | null;
                        feeMax?: number | null;
                        slidingScale: boolean;
                        inPerson: boolean;
                        street?: string | null;
                        city?: string | null;
                        state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY") | null;
                        zip?: string | null;
                        /** @enum {unknown} */
                        addressPrecision: "street" | "zip" | "city";
                        telehealth: boolean;
                        telehealthStates: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY")[];
                        accepting: boolean;
                        slug: string;
                        publicUrl: string;
                        hasPhoto: boolean;
                        isPublic: boolean;
                        notShownBecause: string[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putDirectoryProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    listed: boolean;
                    displayName: string;
                    pronouns?: string | null;
                    bio: string;
                    specialties: ("low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related")[];
                    populations: ("individuals" | "couples" | "polyamorous-and-non-monogamous" | "lgbtq" | "transgender-nonbinary" | "kink-affirming" | "older-adults" | "young-adults" | "people-with-disabilities" | "asexual-spectrum" | "survivors" | "faith-communities")[];
                    approaches: ("sensate-focus" | "cbt" | "mindfulness" | "emotionally-focused" | "plissit" | "psychoeducation" | "gottman" | "narrative" | "solution-focused" | "trauma-informed")[];
                    languages: ("en" | "es" | "zh" | "vi" | "tl" | "ar" | "fr" | "ht" | "ko" | "ru" | "de" | "hi" | "pt" | "it" | "pl" | "ja" | "fa" | "ur" | "he" | "ase")[];
                    insurance: string[];
                    feeMin?: number | null;
                    feeMax?: number | null;
                    slidingScale: boolean;
                    inPerson: boolean;
                    street?: string | null;
                    city?: string | null;
                    state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY") | null;
                    zip?: string | null;
                    /** @enum {unknown} */
                    addressPrecision: "street" | "zip" | "city";
                    telehealth: boolean;
                    telehealthStates: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY")[];
                    accepting: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listed: boolean;
                        displayName: string;
                        pronouns?: string | null;
                        bio: string;
                        specialties: ("low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related")[];
                        populations: ("individuals" | "couples" | "polyamorous-and-non-monogamous" | "lgbtq" | "transgender-nonbinary" | "kink-affirming" | "older-adults" | "young-adults" | "people-with-disabilities" | "asexual-spectrum" | "survivors" | "faith-communities")[];
                        approaches: ("sensate-focus" | "cbt" | "mindfulness" | "emotionally-focused" | "plissit" | "psychoeducation" | "gottman" | "narrative" | "solution-focused" | "trauma-informed")[];
                        languages: ("en" | "es" | "zh" | "vi" | "tl" | "ar" | "fr" | "ht" | "ko" | "ru" | "de" | "hi" | "pt" | "it" | "pl" | "ja" | "fa" | "ur" | "he" | "ase")[];
                        insurance: string[];
                        feeMin?: number | null;
                        feeMax?: number | null;
                        slidingScale: boolean;
                        inPerson: boolean;
                        street?: string | null;
                        city?: string | null;
                        state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY") | null;
                        zip?: string | null;
                        /** @enum {unknown} */
                        addressPrecision: "street" | "zip" | "city";
                        telehealth: boolean;
                        telehealthStates: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY")[];
                        accepting: boolean;
                        slug: string;
                        publicUrl: string;
                        hasPhoto: boolean;
                        isPublic: boolean;
                        notShownBecause: string[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putDirectoryProfilePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    contentType: "image/png" | "image/jpeg";
                    dataBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listed: boolean;
                        displayName: string;
                        pronouns?: string | null;
                        bio: string;
                        specialties: ("low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related")[];
                        populations: ("individuals" | "couples" | "polyamorous-and-non-monogamous" | "lgbtq" | "transgender-nonbinary" | "kink-affirming" | "older-adults" | "young-adults" | "people-with-disabilities" | "asexual-spectrum" | "survivors" | "faith-communities")[];
                        approaches: ("sensate-focus" | "cbt" | "mindfulness" | "emotionally-focused" | "plissit" | "psychoeducation" | "gottman" | "narrative" | "solution-focused" | "trauma-informed")[];
                        languages: ("en" | "es" | "zh" | "vi" | "tl" | "ar" | "fr" | "ht" | "ko" | "ru" | "de" | "hi" | "pt" | "it" | "pl" | "ja" | "fa" | "ur" | "he" | "ase")[];
                        insurance: string[];
                        feeMin?: number | null;
                        feeMax?: number | null;
                        slidingScale: boolean;
                        inPerson: boolean;
                        street?: string | null;
                        city?: string | null;
                        state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY") | null;
                        zip?: string | null;
                        /** @enum {unknown} */
                        addressPrecision: "street" | "zip" | "city";
                        telehealth: boolean;
                        telehealthStates: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY")[];
                        accepting: boolean;
                        slug: string;
                        publicUrl: string;
                        hasPhoto: boolean;
                        isPublic: boolean;
                        notShownBecause: string[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteDirectoryProfilePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listed: boolean;
                        displayName: string;
                        pronouns?: string | null;
                        bio: string;
                        specialties: ("low-desire" | "arousal" | "erection" | "orgasm" | "ejaculation-timing" | "pain-penetration" | "relationship-intimacy" | "compulsive-behaviour" | "identity-orientation" | "trauma-related")[];
                        populations: ("individuals" | "couples" | "polyamorous-and-non-monogamous" | "lgbtq" | "transgender-nonbinary" | "kink-affirming" | "older-adults" | "young-adults" | "people-with-disabilities" | "asexual-spectrum" | "survivors" | "faith-communities")[];
                        approaches: ("sensate-focus" | "cbt" | "mindfulness" | "emotionally-focused" | "plissit" | "psychoeducation" | "gottman" | "narrative" | "solution-focused" | "trauma-informed")[];
                        languages: ("en" | "es" | "zh" | "vi" | "tl" | "ar" | "fr" | "ht" | "ko" | "ru" | "de" | "hi" | "pt" | "it" | "pl" | "ja" | "fa" | "ur" | "he" | "ase")[];
                        insurance: string[];
                        feeMin?: number | null;
                        feeMax?: number | null;
                        slidingScale: boolean;
                        inPerson: boolean;
                        street?: string | null;
                        city?: string | null;
                        state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY") | null;
                        zip?: string | null;
                        /** @enum {unknown} */
                        addressPrecision: "street" | "zip" | "city";
                        telehealth: boolean;
                        telehealthStates: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY")[];
                        accepting: boolean;
                        slug: string;
                        publicUrl: string;
                        hasPhoto: boolean;
                        isPublic: boolean;
                        notShownBecause: string[];
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getDirectoryPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listed: boolean;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putDirectoryPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    listed: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listed: boolean;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getDirectoryInquiries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clientId: string;
                        name: string;
                        email: string | null;
                        phone: string | null;
                        preferredContact: string;
                        message: string;
                        createdAt: string;
                        readAt: string | null;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postDirectoryInquiriesByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPublicTherapists: {
        parameters: {
            query?: {
                q?: string;
                specialty?: string;
                population?: string;
                language?: string;
                telehealthState?: string;
                accepting?: string;
                zip?: string;
                lat?: string;
                lon?: string;
                radius?: string;
                sort?: string;
                page?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            slug: string;
                            displayName: string;
                            pronouns: string | null;
                            bio: string;
                            hasPhoto: boolean;
                            specialties: {
                                id: string;
                                label: string;
                            }[];
                            populations: {
                                id: string;
                                label: string;
                            }[];
                            approaches: {
                                id: string;
                                label: string;
                            }[];
                            languages: {
                                id: string;
                                label: string;
                            }[];
                            insurance: string[];
                            feeMin: number | null;
                            feeMax: number | null;
                            slidingScale: boolean;
                            inPerson: boolean;
                            location: string | null;
                            telehealth: boolean;
                            telehealthStates: string[];
                            accepting: boolean;
                            practiceName: string;
                            credentials: {
                                kind: string;
                                label: string;
                                /** @enum {boolean} */
                                verified: true;
                                verifiedOn: string;
                            }[];
                            distanceMiles: number | null;
                        }[];
                        total: number;
                        page: number;
                        pages: number;
                        /** @enum {unknown} */
                        sort: "relevance" | "distance";
                        radiusMiles: number | null;
                        notices: string[];
                        origin: {
                            zip: string | null;
                            latitude: number;
                            longitude: number;
                        } | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPublicTherapistsBySlug: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        displayName: string;
                        pronouns: string | null;
                        bio: string;
                        hasPhoto: boolean;
                        specialties: {
                            id: string;
                            label: string;
                        }[];
                        populations: {
                            id: string;
                            label: string;
                        }[];
                        approaches: {
                            id: string;
                            label: string;
                        }[];
                        languages: {
                            id: string;
                            label: string;
                        }[];
                        insurance: string[];
                        feeMin: number | null;
                        feeMax: number | null;
                        slidingScale: boolean;
                        inPerson: boolean;
                        location: string | null;
                        telehealth: boolean;
                        telehealthStates: string[];
                        accepting: boolean;
                        practiceName: string;
                        credentials: {
                            kind: string;
                            label: string;
                            /** @enum {boolean} */
                            verified: true;
                            verifiedOn: string;
                        }[];
                        distanceMiles: number | null;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postPublicTherapistsBySlugContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    email?: string;
                    phone?: string;
                    /** @enum {unknown} */
                    preferredContact: "email" | "phone";
                    message?: string;
                    adult: boolean;
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "sent";
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getPublicTraining: {
        parameters: {
            query?: {
                q?: string;
                kind?: string;
                format?: string;
                countsToward?: string;
                state?: string;
                page?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            id: string;
                            kind: string;
                            kindLabel: string;
                            name: string;
                            provider: string;
                            format: string;
                            formatLabel: string;
                            city: string | null;
                            state: string | null;
                            country: string | null;
                            length: string | null;
                            costMin: number | null;
                            costMax: number | null;
                            countsToward: {
                                id: string;
                                label: string;
                            }[];
                            url: string;
                            description: string | null;
                            updatedAt: string;
                        }[];
                        total: number;
                        page: number;
                        pages: number;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getAdminTraining: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        kindLabel: string;
                        name: string;
                        provider: string;
                        format: string;
                        formatLabel: string;
                        city: string | null;
                        state: string | null;
                        country: string | null;
                        length: string | null;
                        costMin: number | null;
                        costMax: number | null;
                        countsToward: {
                            id: string;
                            label: string;
                        }[];
                        url: string;
                        description: string | null;
                        updatedAt: string;
                    }[];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAdminTraining: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "degree" | "certificate" | "continuing-education" | "sar";
                    name: string;
                    provider: string;
                    /** @enum {unknown} */
                    format: "online" | "in-person" | "hybrid";
                    city?: string | null;
                    state?: string | null;
                    country?: string | null;
                    length?: string | null;
                    costMin?: number | null;
                    costMax?: number | null;
                    countsToward: string[];
                    url: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        kindLabel: string;
                        name: string;
                        provider: string;
                        format: string;
                        formatLabel: string;
                        city: string | null;
                        state: string | null;
                        country: string | null;
                        length: string | null;
                        costMin: number | null;
                        costMax: number | null;
                        countsToward: {
                            id: string;
                            label: string;
                        }[];
                        url: string;
                        description: string | null;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    putAdminTrainingById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "degree" | "certificate" | "continuing-education" | "sar";
                    name: string;
                    provider: string;
                    /** @enum {unknown} */
                    format: "online" | "in-person" | "hybrid";
                    city?: string | null;
                    state?: string | null;
                    country?: string | null;
                    length?: string | null;
                    costMin?: number | null;
                    costMax?: number | null;
                    countsToward: string[];
                    url: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        kindLabel: string;
                        name: string;
                        provider: string;
                        format: string;
                        formatLabel: string;
                        city: string | null;
                        state: string | null;
                        country: string | null;
                        length: string | null;
                        costMin: number | null;
                        costMax: number | null;
                        countsToward: {
                            id: string;
                            label: string;
                        }[];
                        url: string;
                        description: string | null;
                        updatedAt: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    deleteAdminTrainingById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    postAdminTrainingImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                    /** @enum {unknown} */
                    mode: "all" | "valid-rows";
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                        dryRun: boolean;
                        rows: number;
                        problems: {
                            row: number;
                            field: string;
                            message: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getAdminTrainingCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
}
