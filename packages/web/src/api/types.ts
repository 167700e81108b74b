/** Shapes of the HTTP API described in docs/api.md. */

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

export interface User {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  practice: { id: string; name: string };
  secondFactorEnabled: boolean;
  clientId: string | null;
  /** Curates deployment-wide content such as the training catalogue; not a practice role. */
  siteAdmin: boolean;
}

export interface Session {
  user: User;
  stage: SessionStage;
}

/** RFC 9457 problem details, with Candor's `errors[]` extension. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
  requestId?: string;
  retryAfterSeconds?: number;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface TotpEnrollment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

export interface TotpConfirmation {
  recoveryCodes: string[];
  user: User;
}

export interface Practice {
  id: string;
  name: string;
  timeZone: string;
  requireStaffSecondFactor: boolean;
}

export type PracticeUpdate = Partial<Pick<Practice, 'name' | 'timeZone' | 'requireStaffSecondFactor'>>;

export interface PracticeUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  secondFactorEnabled: boolean;
  status: string;
}

export interface StaffInvitation {
  email: string;
  displayName: string;
  roles: Role[];
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  status: string;
}

export interface ClientSummary {
  id: string;
  displayName: string;
  status: string;
}

export interface NewClient {
  firstName: string;
  lastName: string;
  preferredName?: string;
  email?: string;
  dateOfBirth: string;
  presentingConcern?: string;
  /** User ids of clinicians; the creating clinician is always added by the server. */
  careTeam?: string[];
}

export const ClientStatuses = ['prospective', 'active', 'discharged'] as const;
export type ClientStatus = (typeof ClientStatuses)[number];

export const SexesAssignedAtBirth = ['female', 'male', 'intersex', 'prefer-not-to-say'] as const;
export const RelationshipStatuses = ['single', 'dating', 'partnered', 'married', 'separated', 'divorced', 'widowed', 'other'] as const;
export const RelationshipStructures = ['monogamous', 'open', 'polyamorous', 'other'] as const;
export const ContactMethods = ['email', 'phone', 'text', 'portal'] as const;

export interface EmergencyContact {
  name: string;
  relationship: string | null;
  phone: string;
}

/**
 * A client as `GET /clients/:id` returns it (docs/api.md "Client record"). Care-team
 * clinicians get every field; owners and billing get the administrative record, which
 * leaves out the fields marked "clinical" — so every field is optional here.
 */
export interface ClientDetail {
  id: string;
  displayName?: string;
  status?: ClientStatus;
  firstName?: string;
  lastName?: string;
  preferredName?: string | null;
  pronouns?: string | null;
  dateOfBirth?: string | null;
  /** Clinical. */
  genderIdentity?: string | null;
  /** Clinical. */
  sexAssignedAtBirth?: (typeof SexesAssignedAtBirth)[number] | null;
  /** Clinical. */
  sexualOrientation?: string | null;
  /** Clinical. */
  relationshipStatus?: (typeof RelationshipStatuses)[number] | null;
  /** Clinical. */
  relationshipStructure?: (typeof RelationshipStructures)[number] | null;
  /** Clinical. */
  relationshipStructureOther?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  emergencyContact?: EmergencyContact | null;
  preferredContactMethod?: (typeof ContactMethods)[number] | null;
  okToLeaveMessage?: boolean | null;
  okToLeaveVoicemail?: boolean | null;
  careTeam?: { id: string; displayName: string }[];
  /** Clinical. */
  relationships?: { id: string; name: string | null }[];
  /** Clinical. */
  presentingConcern?: string | null;
}

/** `PATCH /clients/:id`: any editable field; `null` clears an optional one. */
export type ClientUpdate = Partial<Omit<ClientDetail, 'id' | 'displayName' | 'careTeam' | 'relationships'>>;

export interface PortalMe {
  client: { id: string; displayName: string };
  practice: { name: string };
  nextSteps: PortalNextStep[];
}

export interface PortalNextStep {
  /** `consent` or `intake`. */
  kind: string;
  title: string;
  done: boolean;
}
