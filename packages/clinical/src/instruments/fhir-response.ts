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

/** A QuestionnaireResponse read back into an instrument's answers, or every problem with it (each named by link id, or 'item' for the whole). */
export type ReadResponseResult =
  | { ok: true; instrumentId: string; answers: (number | null)[]; authored: string }
  | { ok: false; problems: { item: string; message: string }[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a completed R4 QuestionnaireResponse of one of Candor's instruments, from Candor or from
 * another system. The instrument is the one whose Candor URL is the `questionnaire`, or whose
 * LOINC panel code ends it (LOINC's own form URLs such as `http://loinc.org/q/44249-1`). Items
 * match by Candor's link ids or, for LOINC forms, by the item's LOINC code (with or without the
 * leading `/` some forms use). Each answer's value is the Coding's ordinalValue, else a numeric
 * code, else valueInteger or valueDecimal; it must be one of the item's published values.
 */
export function fromFhirResponse(resource: unknown, definitions: readonly InstrumentDefinition[]): ReadResponseResult {
  const problems: { item: string; message: string }[] = [];
  if (!isObject(resource) || resource.resourceType !== 'QuestionnaireResponse') return { ok: false, problems: [{ item: 'item', message: 'is not a QuestionnaireResponse' }] };
  if (resource.status !== 'completed' && resource.status !== 'amended') problems.push({ item: 'item', message: `has status "${String(resource.status)}"; only a completed response can be imported` });
  const authored = typeof resource.authored === 'string' && !Number.isNaN(Date.parse(resource.authored)) ? new Date(resource.authored).toISOString() : null;
  if (!authored) problems.push({ item: 'item', message: 'needs the date and time it was answered (authored)' });
  const url = typeof resource.questionnaire === 'string' ? resource.questionnaire.trim() : '';
  const definition = definitions.find((d) => url === questionnaireUrl(d.id) || (d.loinc.panel !== null && new RegExp(`(^|[/|:])${d.loinc.panel.replace('.', '\\.')}(\\|.*)?$`).test(url)));
  if (!definition) return { ok: false, problems: [...problems, { item: 'item', message: `is for a questionnaire Candor does not know (${url || 'none named'})` }] };

  const answers: (number | null)[] = definition.items.map(() => null);
  const flatten = (items: unknown): Record<string, unknown>[] => (Array.isArray(items) ? items.filter(isObject).flatMap((i) => [i, ...flatten(i.item), ...(Array.isArray(i.answer) ? i.answer.filter(isObject).flatMap((a) => flatten(a.item)) : [])]) : []);
  for (const item of flatten(resource.item)) {
    const linkId = typeof item.linkId === 'string' ? item.linkId : '';
    if (!Array.isArray(item.answer) || item.answer.length === 0) continue;
    const index = definition.items.findIndex((d) => d.linkId === linkId || (d.loinc !== undefined && linkId.replace(/^\//, '') === d.loinc));
    if (index === -1) {
      problems.push({ item: linkId || 'item', message: `is not a question of the ${definition.shortName}` });
      continue;
    }
    const answer = item.answer[0] as Record<string, unknown>;
    const coding = isObject(answer.valueCoding) ? answer.valueCoding : null;
    const ordinal = coding && Array.isArray(coding.extension) ? (coding.extension.find((e) => isObject(e) && e.url === ORDINAL_VALUE_URL) as Record<string, unknown> | undefined)?.valueDecimal : undefined;
    const code = coding && typeof coding.code === 'string' && /^-?\d+$/.test(coding.code.trim()) ? Number(coding.code) : undefined;
    const raw = typeof ordinal === 'number' ? ordinal : code ?? (typeof answer.valueInteger === 'number' ? answer.valueInteger : typeof answer.valueDecimal === 'number' ? answer.valueDecimal : undefined);
    const item_ = definition.items[index]!;
    if (raw === undefined) {
      problems.push({ item: linkId, message: 'has an answer with no value Candor can read (an ordinalValue, a numeric code, or an integer)' });
    } else if (!item_.options.some((o) => o.value === raw)) {
      problems.push({ item: linkId, message: `answers ${raw}, which is not one of the published values (${item_.options.map((o) => o.value).join(', ')})` });
    } else if (answers[index] !== null) {
      problems.push({ item: linkId, message: 'is answered twice' });
    } else {
      answers[index] = raw;
    }
  }
  if (answers.every((a) => a === null)) problems.push({ item: 'item', message: 'has no answers' });
  return problems.length ? { ok: false, problems } : { ok: true, instrumentId: definition.id, answers, authored: authored! };
}
