/** Candor serves adults only: sex therapy with minors is outside its scope. */
export const ADULT_AGE = 18;

/**
 * Whole years between a `YYYY-MM-DD` birth date and `today` (read in UTC), or null when the
 * text is not a real calendar date. Negative when the date is in the future. A birthday on
 * 29 February counts as reached on 1 March in common years.
 */
export function ageOn(dateOfBirth: string, today: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  const month = today.getUTCMonth() + 1;
  const day = today.getUTCDate();
  const hadBirthday = month > m || (month === m && day >= d);
  return today.getUTCFullYear() - y - (hadBirthday ? 0 : 1);
}
