import { DateTime } from 'luxon';
/** The time source services use, so tests can move time (session expiry, lockout, TOTP). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date()) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(date: Date): void {
    this.current = new Date(date.getTime());
  }
}

/** The UTC calendar day of a moment, as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD calendar day moved by whole days (negative for earlier). */
export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** The calendar day (YYYY-MM-DD) an instant falls on in an IANA time zone. */
export function localDay(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date).setZone(timeZone).toISODate()!;
}
