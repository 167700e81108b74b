/**
 * Vocabularies and shapes for standardised instruments as data. A definition holds only what
 * scoring needs (item link ids, published response values, reverse keys, domains and weights,
 * ranges, missing-answer rule, bands, cut-off, critical items, recall, LOINC, licence,
 * reliability) plus item labels: the official wording for free instruments, our own neutral
 * labels for copyrighted ones.
 */

export const INSTRUMENT_IDS = ['phq-9', 'gad-7', 'iief-5', 'fsfi', 'pedt', 'asex', 'fsds-r', 'pss-10', 'csi-4'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * What we may ship. Only `public-domain-or-free` ships official item wording; the others ship
 * the scoring definition and our own neutral labels, and a practice that holds a licence can
 * import the wording (`checkImportedQuestionnaire`, `checkImportedCsv`).
 */
export const LICENCE_STATUSES = [
  { id: 'public-domain-or-free', label: 'Free to reproduce; official wording included' },
  { id: 'free-use-wording-not-bundled', label: 'Authors permit free use; redistribution terms not verified, so wording is not bundled' },
  { id: 'copyrighted-scoring-only', label: 'Copyrighted; scoring rules and neutral labels only' },
] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number]['id'];

/** Whether a higher total means more difficulty (PHQ-9) or better function (IIEF-5). */
export const SCORE_DIRECTIONS = ['higher-is-worse', 'higher-is-better'] as const;
export type ScoreDirection = (typeof SCORE_DIRECTIONS)[number];

/** One response as published: its numeric value and a display label. */
export interface AnswerOption {
  value: number;
  label: string;
  /** The "no sexual activity / did not attempt" answer (value 0 on IIEF-5 and FSFI items). */
  noActivity?: boolean;
}

export interface InstrumentItem {
  /** Stable id, also the FHIR `Questionnaire.item.linkId`. */
  linkId: string;
  /** Official wording (free instruments) or our own neutral label (copyrighted ones). */
  text: string;
  options: readonly AnswerOption[];
  /** Reverse-keyed: scored as (lowest + highest − value). */
  reverse?: boolean;
  /** LOINC code of the item, where one exists and was confirmed. */
  loinc?: string;
}

/** A subscale: its items (1-based) and the weight applied to their sum. */
export interface Domain {
  id: string;
  label: string;
  items: readonly number[];
  weight: number;
}

export interface SeverityBand {
  id: string;
  label: string;
  min: number;
  max: number;
}

/** A screening rule on the total or on individual answers, read in three values (met / not met / not computable). */
export type PositiveRule =
  | { kind: 'total-at-least'; value: number }
  | { kind: 'total-at-most'; value: number }
  | { kind: 'items-at-least'; count: number; value: number }
  | { kind: 'any-of'; rules: readonly PositiveRule[] };

/**
 * What happens when answers are missing. `none-missing`: no total unless every item is
 * answered (used wherever no published proration rule was found). `domain-complete`: a domain
 * needs all its items; the total needs every domain.
 */
export type MissingRule = { kind: 'none-missing' } | { kind: 'domain-complete' };

/** An answer that needs the clinician's attention whatever the total, e.g. PHQ-9 item 9. */
export interface CriticalItem {
  item: number;
  atLeast: number;
  code: string;
  message: string;
}

/** A figure with the source it was read from. */
export interface SourcedFigure {
  value: number;
  source: string;
}

/** Figures for a Jacobson–Truax reliable change index, or why none is offered. */
export type Reliability =
  | { available: true; reliability: SourcedFigure & { kind: 'internal-consistency' | 'test-retest' }; sd: SourcedFigure }
  | { available: false; reason: string };

export interface InstrumentDefinition {
  id: InstrumentId;
  shortName: string;
  title: string;
  /** FHIR `Questionnaire.name`: computable, no spaces. */
  computableName: string;
  recallPeriod: string | null;
  licence: LicenceStatus;
  copyright: string;
  loinc: { panel: string | null; total: string | null };
  /** The stem shown before the items, when it may be shipped. */
  instructions: string | null;
  items: readonly InstrumentItem[];
  scoring: {
    method: 'sum' | 'sum-of-domains';
    totalRange: { min: number; max: number };
    direction: ScoreDirection;
    domains: readonly Domain[];
    missing: MissingRule;
    /** Decimal places kept for domain and total scores (FSFI factors give one). */
    decimals: number;
  };
  bands: readonly SeverityBand[];
  /** Totals below every band (IIEF-5 with "no activity" answers): reported as an alert instead of a severity. */
  belowBands: { code: string; message: string } | null;
  positive: PositiveRule | null;
  positiveMeaning: string | null;
  criticalItems: readonly CriticalItem[];
  reliability: Reliability;
  sources: { scoring: string; cutoffs: string; loinc: string; licence: string };
  /** Facts we could not confirm from a primary source, and what was done instead. */
  caveats: readonly string[];
}

export interface InstrumentAlert {
  code: string;
  message: string;
}

export interface InstrumentScore {
  instrumentId: InstrumentId;
  total: number | null;
  severity: string | null;
  domains: Record<string, number | null>;
  positive: boolean | null;
  alerts: InstrumentAlert[];
}

export interface ReliableChange {
  change: number;
  rci: number;
  reliable: boolean;
  direction: 'improved' | 'worsened' | 'no-reliable-change';
}
