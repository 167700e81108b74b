/**
 * Shapes of the certification routes (`/certification/…`): the clinician's log of continuing
 * education, clinical and supervision hours, progress toward AASECT certification and renewal
 * (computed by @candor/clinical, caps applied), and supervisors' confirmations. Hours are clock
 * hours in quarter hours; days are `YYYY-MM-DD`. Log entries hold no client information. Answers
 * are the generated API types (schema.ts); the requirement sets and progress are @candor/clinical's.
 */
import type { CeCategory, CertificationProgress, RenewalProgress, RenewalRequirementSet, RequirementSet } from '@candor/clinical';
import type { BodyOf, ResponseOf } from './schema';

export const ActivityKinds = ['education', 'clinical', 'supervision'] as const;
export type ActivityKind = (typeof ActivityKinds)[number];

export const Deliveries = ['online', 'in-person'] as const;
export type Delivery = (typeof Deliveries)[number];

export const ActivityModalities = ['in-person', 'telehealth'] as const;
export type ActivityModality = (typeof ActivityModalities)[number];

export const SupervisionFormats = ['individual', 'group'] as const;
export type SupervisionFormat = (typeof SupervisionFormats)[number];

export const SupervisionRoles = ['received', 'provided'] as const;
export type SupervisionRole = (typeof SupervisionRoles)[number];

/**
 * A row of the log, as `GET /certification/activities` returns it (newest first). `jurisdiction`:
 * for telehealth clinical hours, the clients' state; `supervisorCertified` comes from the
 * supervisor's own credentials when they are in the practice.
 */
export type Activity = ResponseOf<'/api/v1/certification/activities'>[number];

interface ActivityBase {
  date: string;
  hours: number;
  note?: string;
}

/**
 * `POST /certification/activities` and `PUT …/:id`. Only the fields of the entry's kind may be
 * sent: the server refuses the others with 400 naming the field.
 */
export type ActivityInput =
  | (ActivityBase & {
    kind: 'education';
    title: string;
    provider: string;
    category: CeCategory;
    delivery: Delivery;
    aasectApproved: boolean;
    providedBySupervisor: boolean;
  })
  | (ActivityBase & { kind: 'clinical'; modality: ActivityModality; jurisdiction?: string })
  | (ActivityBase & {
    kind: 'supervision';
    format: SupervisionFormat;
    role: SupervisionRole;
    /** A supervisor in the practice… */
    supervisorUserId?: string;
    /** …or one outside it, who then says whether they are certified. */
    supervisorName?: string;
    supervisorCertified?: boolean;
    modality?: ActivityModality;
  });

/** `GET /certification/requirement-sets`: the published requirement sets, newest version first. */
export interface RequirementSets {
  certification: RequirementSet[];
  renewal: RenewalRequirementSet[];
}

export interface CertificationTrack {
  requirementSet: string;
  version: string;
  title: string;
  supervisionContractOn: string | null;
  renewalCycleStartsOn: string | null;
}

/** `PUT /certification/track`. */
export type TrackInput = BodyOf<'/api/v1/certification/track', 'put'>;

/** `GET /certification/progress` (and the answer to `PUT /certification/track`). */
export interface CertificationSummary {
  track: CertificationTrack;
  certification: CertificationProgress;
  /** Null until a renewal cycle start is set. */
  renewal: (RenewalProgress & { cycleStartsOn: string; cycleEndsOn: string }) | null;
  renewalVersion: string;
}

/** A supervision entry naming the signed-in supervisor (`GET /certification/confirmations`). */
export type SupervisionConfirmation = ResponseOf<'/api/v1/certification/confirmations'>[number];
