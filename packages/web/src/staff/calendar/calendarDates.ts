/**
 * Calendar days in the viewer's own time zone. A day is a `YYYY-MM-DD` string; instants from
 * the server are placed on the day they fall on where the viewer is.
 */

/** The browser's IANA time zone, e.g. "America/Chicago". */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const dayParts = new Map<string, Intl.DateTimeFormat>();

/** The day an instant falls on in a time zone (the viewer's by default). */
export function dayOf(instant: string | Date, timeZone = viewerTimeZone()): string {
  let format = dayParts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayParts.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function todayDay(): string {
  return dayOf(new Date());
}

const asUtcDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function isDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(asUtcDate(value).getTime());
}

/** A day some days before or after another. */
export function addDays(day: string, days: number): string {
  const date = asUtcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day of the week in the viewer's locale (1 Monday … 7 Sunday), Monday if unknown. */
function firstDayOfWeek(): number {
  try {
    const locale = new Intl.Locale(navigator.language) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    return locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** The first day of the week that holds `day`. */
export function weekStartOf(day: string): string {
  const weekday = asUtcDate(day).getUTCDay() || 7;
  return addDays(day, -((weekday - firstDayOfWeek() + 7) % 7));
}

/** The seven days from `start`. */
export function weekDays(start: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** "Monday 7 December" (the day itself, never shifted by a time zone). */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }): string {
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(asUtcDate(day));
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "5:00 – 5:50 PM" where the viewer is. */
export function formatTimeRange(startsAt: string, endsAt: string): string {
  return timeFormat.formatRange(new Date(startsAt), new Date(endsAt));
}

/** "Tuesday 8 December, 5:00 PM" where the viewer is. */
export function formatStart(startsAt: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(startsAt));
}
