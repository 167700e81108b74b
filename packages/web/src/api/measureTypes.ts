/**
 * Shapes of docs/api.md "Measurement-based care": assignments, what is due, each instrument's
 * trend, one response, the portal's questionnaires, the instruments and safety alerts. The
 * instruments themselves (items, bands, licences) come from @candor/clinical.
 */
import type { InstrumentId, InstrumentScore } from '@candor/clinical';

export const MeasureSchedules = ['once', 'every-n-weeks', 'before-every-nth-session'] as const;
export type MeasureSchedule = (typeof MeasureSchedules)[number];

export interface Assignment {
  id: string;
  clientId: string;
  relationshipId: string | null;
  instrumentId: InstrumentId;
  shortName: string;
  schedule: MeasureSchedule;
  intervalWeeks: number | null;
  everyNthSession: number | null;
  /** `YYYY-MM-DD`. */
  startsOn: string;
  until: string | null;
  status: 'active' | 'cancelled' | 'completed';
  createdAt: string;
}

/** `POST …/measures/assignments`; the server starts today when `startsOn` is left out. */
export interface NewAssignment {
  instrumentId: InstrumentId;
  schedule: MeasureSchedule;
  intervalWeeks?: number;
  everyNthSession?: number;
  startsOn?: string;
  until?: string;
}

export interface TrendPoint {
  responseId: string;
  completedAt: string;
  total: number | null;
  /** A band id of the instrument, or null (no bands, or not scored). */
  severity: string | null;
  positive: boolean | null;
  domains: Record<string, number | null>;
}

export interface TrendBand {
  id: string;
  label: string;
  min: number;
  max: number;
}

export interface ReliableChangeResult {
  change: number;
  rci: number;
  reliable: boolean;
  direction: 'improved' | 'worsened' | 'no-reliable-change';
}

/** One instrument over time, oldest answer first. */
export interface Trend {
  instrumentId: InstrumentId;
  shortName: string;
  title: string;
  direction: 'higher-is-worse' | 'higher-is-better';
  totalRange: { min: number; max: number };
  bands: TrendBand[];
  cutoff: { value: number; meaning: string } | null;
  series: TrendPoint[];
  changeSinceBaseline: number | null;
  reliableChange: ReliableChangeResult | null;
  /** Why no reliable change index is offered for this instrument. */
  reliableChangeNote: string | null;
}

export interface ClientMeasures {
  assignments: Assignment[];
  due: { requestId: string; instrumentId: InstrumentId; dueOn: string }[];
  trends: Trend[];
}

export interface RelationshipMeasures {
  partners: { clientId: string; displayName: string; trends: Trend[] }[];
}

export interface MeasureResponse {
  id: string;
  clientId: string;
  instrumentId: InstrumentId;
  completedAt: string;
  /** Published values in item order; null for an unanswered item. */
  answers: (number | null)[];
  score: InstrumentScore;
}

// ---- The portal ------------------------------------------------------------------------------

export interface PortalMeasure {
  requestId: string;
  instrumentId: InstrumentId;
  shortName: string;
  title: string;
  dueOn: string;
  recallPeriod: string | null;
  instructions: string | null;
  items: { linkId: string; text: string; options: { value: number; label: string }[] }[];
  /** The answers saved so far, in item order. */
  draft: (number | null)[] | null;
}

export interface CrisisResource {
  name: string;
  contact: string;
}

export interface SubmittedMeasure {
  completed: boolean;
  /** Non-empty when an answer needs urgent care: shown at once. */
  crisisResources: CrisisResource[];
}

// ---- Instruments and safety alerts -------------------------------------------------------

export interface InstrumentSummary {
  id: InstrumentId;
  shortName: string;
  title: string;
  licence: string;
  licenceLabel: string;
  wordingImported: boolean;
  loinc: string | null;
  recallPeriod: string | null;
  itemCount: number;
}

/** `POST /instruments/:id/wording`: a FHIR Questionnaire or a `linkId,text` CSV. */
export type WordingImport = { questionnaire: unknown } | { csv: string };

export interface SafetyAlert {
  id: string;
  clientId: string;
  clientName: string;
  code: string;
  message: string;
  status: 'open' | 'acknowledged';
  actionTaken: string | null;
  acknowledgedAt: string | null;
  createdAt: string;
}
