/** Formatting dates for people to read, in their own locale. */

const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
);

/** Month names in the reader's language, January first. */
export function monthNames(): string[] {
  return MONTHS;
}

/**
 * A calendar date (`YYYY-MM-DD`) such as a date of birth. It is not an instant, so it is
 * formatted in UTC and never shifts a day with the reader's time zone.
 */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A date as precise as someone remembered it: `2019`, `2019-05` ("May 2019") or a full date. */
export function formatPartialDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  if (match[3]) return formatDate(value);
  if (match[2]) return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
  return match[1] ?? value;
}

/** An instant (ISO timestamp) as a date and time in the reader's own time zone. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "Alex, Jamie and Sam" in the reader's language. */
export function listOfNames(names: string[]): string {
  return new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).format(names);
}

/** Today's calendar date (`YYYY-MM-DD`) where the reader is, optionally some days away. */
export function isoDayFromToday(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An instant (ISO timestamp) as a date alone, in the reader's own time zone. */
export function formatInstantDate(value: string, style: 'medium' | 'long' = 'medium'): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: style }).format(date);
}
