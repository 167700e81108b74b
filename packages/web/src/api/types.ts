/**
 * Shapes of the HTTP API described in docs/api.md. Answers are the generated API types
 * (schema.ts, openapi.d.ts), named here for the components.
 */
import type { BodyOf, ProblemDocument, ResponseOf } from './schema';

export const Roles = {
  owner: 'owner',
  clinician: 'clinician',
  supervisor: 'supervisor',
  billing: 'billing',
  client: 'client',
} as const;
export type Role = (typeof Roles)[keyof typeof Roles];

export const StaffRoles: readonly Role[] = ['owner', 'clinician', 'supervisor', 'billing'];

export const SessionStages = {
  signedIn: 'signed-in',
  secondFactor: 'second-factor',
  enrollSecondFactor: 'enroll-second-factor',
} as const;
export type SessionStage = (typeof SessionStages)[keyof typeof SessionStages];

/** The signed-in person (`siteAdmin`: curates deployment-wide content such as the training catalogue; not a practice role). */
export type User = Session['user'];

export type Session = ResponseOf<'/api/v1/auth/session'>;

/** RFC 9457 problem details, with Candor's `errors[]` extension. */
export type Problem = ProblemDocument;

export type FieldProblem = NonNullable<Problem['errors']>[number];

export type TotpEnrollment = ResponseOf<'/api/v1/auth/totp/enroll', 'post'>;

export type TotpConfirmation = ResponseOf<'/api/v1/auth/totp/confirm', 'post'>;

export type Practice = ResponseOf<'/api/v1/practice'>;

export type PracticeUpdate = Partial<Pick<Practice, 'name' | 'timeZone' | 'requireStaffSecondFactor'>>;

export type PracticeUser = ResponseOf<'/api/v1/practice/users'>[number];

export interface StaffInvitation {
  email: string;
  displayName: string;
  roles: Role[];
}

export type OutboxMessage = ResponseOf<'/api/v1/outbox'>[number];

export type ClientSummary = ResponseOf<'/api/v1/clients'>[number];

/** `POST /clients`: `careTeam` holds user ids of clinicians; the creating clinician is always added by the server. */
export type NewClient = BodyOf<'/api/v1/clients', 'post'>;

export const ClientStatuses = ['prospective', 'active', 'discharged'] as const;
export type ClientStatus = (typeof ClientStatuses)[number];

export const SexesAssignedAtBirth = ['female', 'male', 'intersex', 'prefer-not-to-say'] as const;
export const RelationshipStatuses = ['single', 'dating', 'partnered', 'married', 'separated', 'divorced', 'widowed', 'other'] as const;
export const RelationshipStructures = ['monogamous', 'open', 'polyamorous', 'other'] as const;
export const ContactMethods = ['email', 'phone', 'text', 'portal'] as const;

export type EmergencyContact = NonNullable<ClientDetail['emergencyContact']>;

/**
 * A client as `GET /clients/:id` returns it (docs/api.md "Client record"). Care-team
 * clinicians get every field; owners and billing get the administrative record, which
 * leaves out the clinical fields (identity, relationships, presenting concern): those are optional.
 */
export type ClientDetail = ResponseOf<'/api/v1/clients/{id}'>;

/** `PATCH /clients/:id`: any editable field; `null` clears an optional one. */
export type ClientUpdate = BodyOf<'/api/v1/clients/{id}', 'patch'>;

export type PortalMe = ResponseOf<'/api/v1/portal/me'>;

/** `kind` is `consent` or `intake`. */
export type PortalNextStep = PortalMe['nextSteps'][number];
