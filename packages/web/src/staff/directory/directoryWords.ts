import { CONCERN_KINDS, DIRECTORY_APPROACHES, DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS, US_STATES } from '@candor/clinical';
import type { AddressPrecision } from '../../api/directoryTypes';

/** Specialties are the concern kinds of the sexual-health history, without "something else" (as the server has them). */
export const SPECIALTY_OPTIONS = CONCERN_KINDS.filter((kind) => kind.id !== 'other');
export const POPULATION_OPTIONS = DIRECTORY_POPULATIONS;
export const APPROACH_OPTIONS = DIRECTORY_APPROACHES;
export const LANGUAGE_OPTIONS = DIRECTORY_LANGUAGES;
export const STATE_OPTIONS = US_STATES;

const STATE_NAMES = new Map<string, string>(US_STATES.map((state) => [state.id, state.label]));

/** "IL" → "Illinois". */
export function stateName(code: string): string {
  return STATE_NAMES.get(code) ?? code;
}

export const CONTACT_LABELS: Record<string, string> = { email: 'Email', phone: 'Phone' };

/** The office address as the public would read it at a precision, from what is typed so far; null until enough is typed. */
export function publicLocation(precision: AddressPrecision, address: { street: string; city: string; state: string; zip: string }): string | null {
  const [street, city, zip] = [address.street.trim(), address.city.trim(), address.zip.trim()];
  if (!city || !address.state) return null;
  if (precision === 'city') return `${city}, ${address.state}`;
  if (!zip) return null;
  if (precision === 'zip') return `${city}, ${address.state} ${zip}`;
  return street ? `${street}, ${city}, ${address.state} ${zip}` : null;
}
