import { Type, type Static } from 'typebox';
import type { InstrumentDefinition } from './types.js';

/*
 * Definitions as FHIR R4 Questionnaire resources (https://hl7.org/fhir/R4/questionnaire.html).
 * Each answer is a Coding whose code is the published value as a string, with the numeric
 * value in the R4 ordinalValue extension on the Coding
 * (http://hl7.org/fhir/StructureDefinition/ordinalValue; contexts Coding and
 * Questionnaire.item.answerOption — HL7 US Core's PHQ-9 example carries it on the answerOption,
 * so imports accept either place).
 */

export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const LOINC_SYSTEM = 'http://loinc.org';

/** Canonical URL of an instrument's Questionnaire. */
export const questionnaireUrl = (instrumentId: string) => `urn:candor:instrument:${instrumentId}`;
/** Code system of an instrument's answer codes (the published values as strings). */
export const answerSystem = (instrumentId: string) => `${questionnaireUrl(instrumentId)}:answer-value`;

const open = { additionalProperties: true } as const;

export const FhirExtension = Type.Object({ url: Type.String(), valueDecimal: Type.Optional(Type.Number()) }, open);

export const FhirCoding = Type.Object({
  system: Type.Optional(Type.String()),
  code: Type.Optional(Type.String()),
  display: Type.Optional(Type.String()),
  extension: Type.Optional(Type.Array(FhirExtension)),
}, open);

export const FhirAnswerOption = Type.Object({
  valueCoding: Type.Optional(FhirCoding),
  valueInteger: Type.Optional(Type.Integer()),
  extension: Type.Optional(Type.Array(FhirExtension)),
}, open);

/** One Questionnaire item; nested items (groups) are checked item by item, so they are left open here. */
export const FhirQuestionnaireItem = Type.Object({
  linkId: Type.String(),
  text: Type.Optional(Type.String()),
  type: Type.String(),
  required: Type.Optional(Type.Boolean()),
  code: Type.Optional(Type.Array(FhirCoding)),
  answerOption: Type.Optional(Type.Array(FhirAnswerOption)),
  item: Type.Optional(Type.Array(Type.Unknown())),
}, open);

/** The part of an R4 Questionnaire Candor writes and reads. */
export const FhirQuestionnaire = Type.Object({
  resourceType: Type.Literal('Questionnaire'),
  id: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  title: Type.Optional(Type.String()),
  status: Type.String(),
  description: Type.Optional(Type.String()),
  copyright: Type.Optional(Type.String()),
  code: Type.Optional(Type.Array(FhirCoding)),
  item: Type.Array(Type.Unknown()),
}, open);

export type FhirQuestionnaireItem = Static<typeof FhirQuestionnaireItem>;
export type FhirQuestionnaire = Omit<Static<typeof FhirQuestionnaire>, 'item'> & { item: FhirQuestionnaireItem[] };

/**
 * The instrument as an R4 Questionnaire. Item text is the imported wording for the link id when
 * given, else the definition's text (official wording for free instruments, our neutral label
 * otherwise).
 */
export function toFhirQuestionnaire(definition: InstrumentDefinition, wording?: Record<string, string>): FhirQuestionnaire {
  const description = [definition.instructions, definition.recallPeriod ? `Recall period: ${definition.recallPeriod}.` : null].filter(Boolean).join(' ');
  return {
    resourceType: 'Questionnaire',
    id: definition.id,
    url: questionnaireUrl(definition.id),
    name: definition.computableName,
    title: definition.title,
    status: 'active',
    ...(description ? { description } : {}),
    copyright: definition.copyright,
    ...(definition.loinc.panel ? { code: [{ system: LOINC_SYSTEM, code: definition.loinc.panel, display: definition.shortName }] } : {}),
    item: definition.items.map((item) => {
      const imported = wording?.[item.linkId];
      return {
        linkId: item.linkId,
        text: typeof imported === 'string' && imported.trim() !== '' ? imported : item.text,
        type: 'choice',
        ...(item.loinc ? { code: [{ system: LOINC_SYSTEM, code: item.loinc }] } : {}),
        answerOption: item.options.map((option) => ({
          valueCoding: {
            system: answerSystem(definition.id),
            code: String(option.value),
            display: option.label,
            extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: option.value }],
          },
        })),
      };
    }),
  };
}
