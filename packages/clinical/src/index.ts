export { ADULT_AGE, ageOn } from './age.js';
