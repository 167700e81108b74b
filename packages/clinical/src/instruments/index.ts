export * from './types.js';
export { InstrumentInputError, UnknownInstrumentError } from './errors.js';
export { ASEX, CSI_4, FSDS_R, FSFI, GAD_7, IIEF_5, INSTRUMENTS, PEDT, PHQ_9, PSS_10 } from './definitions/index.js';
export { requireInstrument } from './registry.js';
export { scoreInstrument, type InstrumentAnswers } from './score.js';
export { RCI_CRITICAL_VALUE, reliableChange, reliableChangeFor, standardErrorOfDifference } from './reliable-change.js';
export {
  FhirAnswerOption, FhirCoding, FhirExtension, FhirQuestionnaire, FhirQuestionnaireItem, LOINC_SYSTEM, ORDINAL_VALUE_URL, answerSystem, questionnaireUrl,
  toFhirQuestionnaire,
} from './fhir.js';
export { checkImportedCsv, checkImportedQuestionnaire, type ImportProblem, type ImportResult } from './fhir-import.js';
export { fromFhirResponse, toFhirResponse, type FhirResponseContext, type FhirResponseResources, type ReadResponseResult } from './fhir-response.js';
