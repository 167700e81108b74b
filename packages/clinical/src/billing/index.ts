export {
  CPT_CODES, PLACES_OF_SERVICE, TELEHEALTH_MODIFIERS, isValidCptForKind, suggestCpt, suggestPlaceOfService, type AppointmentKindForBilling, type CptCode,
  type CptCodeInfo, type CptSuggestion, type PlaceOfService, type TelehealthModifier, type TelehealthModifierInfo,
} from './cpt.js';
