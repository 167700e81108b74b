export { ADULT_AGE, ageOn } from './age.js';
export * from './intake/kinds.js';
export * from './intake/schema.js';
export * from './intake/validate.js';
export * from './intake/summary.js';
export * from './intake/summary-schema.js';
export * from './screening/index.js';
export * from './diagnosis/index.js';
export * from './instruments/index.js';
