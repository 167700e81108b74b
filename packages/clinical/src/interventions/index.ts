export {
  INTERVENTION_CATEGORIES, INTERVENTION_LIBRARY, PLISSIT_LEVELS, PLISSIT_SOURCES, libraryIntervention, type InterventionCategory, type LibraryIntervention,
  type PlissitLevel, type PlissitLevelInfo,
} from './library.js';
