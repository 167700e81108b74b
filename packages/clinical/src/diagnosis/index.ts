export * from './types.js';
export { DIAGNOSES, SUBSTANCE_INDUCED_CODES } from './criteria.js';
export {
  DURATION_JUDGEMENT_BAND_MONTHS, UnknownDiagnosisError, evaluateCriteria, findingsFromHistory, prematureEjaculationSeverity, requireDiagnosis,
  substanceInducedCode,
} from './evaluate.js';
