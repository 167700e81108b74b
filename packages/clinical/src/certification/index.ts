export {
  CERTIFICATION_TYPES, CE_CATEGORIES, DEGREE_LEVELS, DIRECTORY_APPROACHES, DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS, LICENSED_PROFESSIONS, US_STATES,
  type CeCategory, type CertificationType, type DegreeLevel, type DirectoryApproach, type DirectoryLanguage, type DirectoryPopulation,
  type LicensedProfession, type UsState,
} from './vocabularies.js';
export {
  AASECT_CST_2025_T_1, AASECT_RENEWAL_2025_R_1, RENEWAL_REQUIREMENT_SETS, REQUIREMENT_SETS, renewalRequirementSet, requirementSet, type CapSelector,
  type DegreeExperienceOption, type HourCap, type HourCounting, type HourRequirement, type RenewalCreditMethod, type RenewalMethodId,
  type RenewalRequirementSet, type RequirementSet,
} from './requirements.js';
export {
  CertificationInputError, MAX_HOURS_PER_ENTRY, certificationProgress, renewalProgress, type ActivityEntry, type CapProgress, type CertificationFacts,
  type CertificationProgress, type HourRequirementProgress, type RenewalMethodProgress, type RenewalProgress,
} from './progress.js';
