import { LOINC_SYSTEM, ORDINAL_VALUE_URL, answerSystem, questionnaireUrl } from './fhir.js';
import type { InstrumentDefinition, InstrumentScore } from './types.js';

/** A completed questionnaire as FHIR R4 resources: one QuestionnaireResponse and an Observation per score. */
export interface FhirResponseResources {
  questionnaireResponse: Record<string, unknown>;
  observations: Record<string, unknown>[];
}

export interface FhirResponseContext {
  /** Stable resource ids: the response's own id is used for the QuestionnaireResponse. */
  responseId: string;
  /** A reference such as `Patient/<id>`. */
  subject: string;
  authored: string;
  /** The id of the Observation for a score (`total` or a domain id); default `<responseId>-<key>`. */
  observationId?: (key: string) => string;
  /** How the Observations refer to the QuestionnaireResponse; default `QuestionnaireResponse/<responseId>`. */
  responseReference?: string;
}

const OBSERVATION_CATEGORY = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] };

/**
 * Builds the resources for one response (FHIR R4 QuestionnaireResponse, Observation). The total
 * carries the instrument's LOINC total code where one exists, else a Candor code; each domain
 * score gets its own Observation; the severity band is the interpretation text.
 */
export function toFhirResponse(definition: InstrumentDefinition, answers: readonly (number | null)[], score: InstrumentScore, context: FhirResponseContext): FhirResponseResources {
  const questionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: context.responseId,
    questionnaire: questionnaireUrl(definition.id),
    status: 'completed',
    subject: { reference: context.subject },
    authored: context.authored,
    item: definition.items.flatMap((item, i) => {
      const value = answers[i];
      if (value === null || value === undefined) return [];
      const option = item.options.find((o) => o.value === value);
      return [{
        linkId: item.linkId,
        answer: [{ valueCoding: { system: answerSystem(definition.id), code: String(value), display: option?.label ?? String(value), extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: value }] } }],
      }];
    }),
  };
  const observationId = context.observationId ?? ((key: string) => `${context.responseId}-${key}`);
  const base = (id: string, code: { system: string; code: string; display: string }, value: number) => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [OBSERVATION_CATEGORY],
    code: { coding: [code], text: code.display },
    subject: { reference: context.subject },
    effectiveDateTime: context.authored,
    valueQuantity: { value, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
    derivedFrom: [{ reference: context.responseReference ?? `QuestionnaireResponse/${context.responseId}` }],
  });
  const observations: Record<string, unknown>[] = [];
  if (score.total !== null) {
    const code = definition.loinc.total
      ? { system: LOINC_SYSTEM, code: definition.loinc.total, display: `${definition.shortName} total score` }
      : { system: `${questionnaireUrl(definition.id)}:score`, code: 'total', display: `${definition.shortName} total score` };
    observations.push({
      ...base(observationId('total'), code, score.total),
      ...(score.severity ? { interpretation: [{ text: definition.bands.find((b) => b.id === score.severity)?.label ?? score.severity }] } : {}),
    });
  }
  for (const domain of definition.scoring.domains) {
    const value = score.domains[domain.id];
    if (value === null || value === undefined) continue;
    observations.push(base(observationId(domain.id), { system: `${questionnaireUrl(definition.id)}:score`, code: domain.id, display: `${definition.shortName} ${domain.label}` }, value));
  }
  return { questionnaireResponse, observations };
}
