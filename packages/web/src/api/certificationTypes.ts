/**
 * Shapes of the certification routes (`/certification/…`): the clinician's log of continuing
 * education, clinical and supervision hours, progress toward AASECT certification and renewal
 * (computed by @candor/clinical, caps applied), and supervisors' confirmations. Hours are clock
 * hours in quarter hours; days are `YYYY-MM-DD`. Log entries hold no client information.
 */
import type { CeCategory, CertificationProgress, RenewalProgress, RenewalRequirementSet, RequirementSet } from '@candor/clinical';

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

/** A row of the log, as `GET /certification/activities` returns it (newest first). */
export interface Activity {
  id: string;
  userId: string;
  kind: ActivityKind;
  date: string;
  hours: number;
  title: string | null;
  provider: string | null;
  category: CeCategory | null;
  delivery: Delivery | null;
  aasectApproved: boolean;
  providedBySupervisor: boolean;
  modality: ActivityModality | null;
  /** Telehealth clinical hours: the clients' state. */
  jurisdiction: string | null;
  format: SupervisionFormat | null;
  role: SupervisionRole | null;
  supervisorUserId: string | null;
  supervisorName: string | null;
  /** From the supervisor's own credentials when they are in the practice. */
  supervisorCertified: boolean;
  confirmedAt: string | null;
  confirmedByName: string | null;
  note: string | null;
  createdAt: string;
}

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
export interface TrackInput {
  requirementSet: string;
  version: string;
  supervisionContractOn?: string | null;
  renewalCycleStartsOn?: string | null;
}

/** `GET /certification/progress` (and the answer to `PUT /certification/track`). */
export interface CertificationSummary {
  track: CertificationTrack;
  certification: CertificationProgress;
  /** Null until a renewal cycle start is set. */
  renewal: (RenewalProgress & { cycleStartsOn: string; cycleEndsOn: string }) | null;
  renewalVersion: string;
}

/** A supervision entry naming the signed-in supervisor (`GET /certification/confirmations`). */
export interface SupervisionConfirmation {
  id: string;
  superviseeId: string;
  superviseeName: string;
  date: string;
  hours: number;
  format: SupervisionFormat | null;
  modality: ActivityModality | null;
  confirmedAt: string | null;
}
