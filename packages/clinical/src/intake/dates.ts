/** A date as precise as someone remembers it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Parses a partial date; null when it is not a real calendar date. */
export function parsePartialDate(text: string): PartialDateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    const date = new Date(Date.UTC(year, month! - 1, day));
    if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

/** The first and last ISO days a partial date could mean (`2019-05` → 2019-05-01 … 2019-05-31). */
export function partialDateRange(parts: PartialDateParts): { first: string; last: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (parts.day !== null) {
    const iso = `${parts.year}-${pad(parts.month!)}-${pad(parts.day)}`;
    return { first: iso, last: iso };
  }
  if (parts.month !== null) {
    const lastDay = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
    return { first: `${parts.year}-${pad(parts.month)}-01`, last: `${parts.year}-${pad(parts.month)}-${pad(lastDay)}` };
  }
  return { first: `${parts.year}-01-01`, last: `${parts.year}-12-31` };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
