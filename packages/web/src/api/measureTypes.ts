/**
 * Shapes of docs/api.md "Measurement-based care": assignments, what is due, each instrument's
 * trend, one response, the portal's questionnaires, the instruments and safety alerts. The
 * instruments themselves (items, bands, licences) come from @candor/clinical. Answers are the
 * generated API types (schema.ts), named for the components.
 */
import type { InstrumentId } from '@candor/clinical';
import type { ResponseOf } from './schema';

export const MeasureSchedules = ['once', 'every-n-weeks', 'before-every-nth-session'] as const;
export type MeasureSchedule = (typeof MeasureSchedules)[number];

export type Assignment = ClientMeasures['assignments'][number];

/** `POST …/measures/assignments`; the server starts today when `startsOn` is left out. */
export interface NewAssignment {
  instrumentId: InstrumentId;
  schedule: MeasureSchedule;
  intervalWeeks?: number;
  everyNthSession?: number;
  startsOn?: string;
  until?: string;
}

export type TrendPoint = Trend['series'][number];

export type TrendBand = Trend['bands'][number];

export type ReliableChangeResult = NonNullable<Trend['reliableChange']>;

/** One instrument over time, oldest answer first. */
export type Trend = ClientMeasures['trends'][number];

export type ClientMeasures = ResponseOf<'/api/v1/clients/{id}/measures'>;

export type RelationshipMeasures = ResponseOf<'/api/v1/relationships/{id}/measures'>;

export type MeasureResponse = ResponseOf<'/api/v1/measure-responses/{id}'>;

// ---- The portal ------------------------------------------------------------------------------

export type PortalMeasure = ResponseOf<'/api/v1/portal/measures'>[number];

export type CrisisResource = SubmittedMeasure['crisisResources'][number];

export type SubmittedMeasure = ResponseOf<'/api/v1/portal/measures/{id}/submit', 'post'>;

// ---- Instruments and safety alerts -------------------------------------------------------

export type InstrumentSummary = ResponseOf<'/api/v1/instruments'>[number];

/** `POST /instruments/:id/wording`: a FHIR Questionnaire or a `linkId,text` CSV. */
export type WordingImport = { questionnaire: Record<string, unknown> } | { csv: string };

export type SafetyAlert = ResponseOf<'/api/v1/safety-alerts/{id}/acknowledge', 'post'>;
