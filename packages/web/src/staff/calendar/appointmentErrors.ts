import { ApiError, fieldErrorsOf } from '../../api/client';
import { formatStart } from './calendarDates';

/** The form's fields, as the error summary names them. */
export const FORM_LABELS: Record<string, string> = {
  clinicianId: 'Clinician',
  kind: 'Kind of session',
  relationshipId: 'Relationship',
  attendees: 'Who is coming',
  date: 'Date',
  startTime: 'Start time',
  durationMinutes: 'Length',
  modality: 'Where',
  room: 'Room',
  videoLink: 'Video link',
  repeat: 'Repeats',
  count: 'Number of sessions',
};

/** The server's field (`attendeeClientIds.1`, `recurrence.count`) → the form's field. */
function formField(field: string): string | null {
  if (field === 'startsAt' || field === 'timeZone') return 'startTime';
  if (field.startsWith('attendeeClientIds')) return 'attendees';
  if (field === 'recurrence.everyWeeks' || field === 'recurrence') return 'repeat';
  if (field === 'recurrence.count') return 'count';
  return field in FORM_LABELS ? field : null;
}

/**
 * A 409 saying the start is outside the clinician's working hours: the one conflict that can be
 * booked anyway (`outsideWorkingHours: true`). Time off never can.
 */
export function isOutsideWorkingHours(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  const first = error.fieldErrors[0];
  return first?.field === 'startsAt' && first.message.startsWith('is outside working hours');
}

/** "falls in time off (…Z to …Z)" → when the clinician is away, in the viewer's own time. */
function timeOffMessage(message: string, detail: string | undefined): string | null {
  if (!/^falls in time off/i.test(message)) return null;
  const [from, to] = message.match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g) ?? [];
  const what = detail ?? 'The clinician is away at this time.';
  return from && to ? `${what} Their time off runs from ${formatStart(from)} to ${formatStart(to)}.` : what;
}

/**
 * The server's answer as messages next to the fields. An overlap (409) names the field at
 * fault; its message carries the other appointment's start as a UTC instant, shown here in the
 * viewer's own time. Time off and working hours are 409s on `startsAt` too.
 */
export function appointmentErrors(error: unknown): { fields: Record<string, string>; general: boolean } {
  const fields: Record<string, string> = {};
  if (!(error instanceof ApiError)) return { fields, general: error !== null && error !== undefined };
  const conflict = error.status === 409;
  if (isOutsideWorkingHours(error)) {
    const what = error.problem?.detail ?? 'This is outside the clinician’s working hours.';
    fields.startTime = `${what} If this time is agreed, tick “Book outside working hours anyway” and book again.`;
    return { fields, general: false };
  }
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    const key = formField(field);
    if (!key) continue;
    const away = conflict ? timeOffMessage(message, error.problem?.detail) : null;
    if (away) {
      fields[key] ??= away;
    } else if (conflict) {
      const instant = /\d{4}-\d{2}-\d{2}T[\d:.]+Z/.exec(message)?.[0];
      // The problem's detail says whose time it is ("…for the clinician", "…for room 2").
      const what = error.problem?.detail ?? 'This time overlaps another appointment.';
      fields[key] ??= instant ? `${what} That appointment starts ${formatStart(instant)}.` : what;
    } else {
      fields[key] ??= message;
    }
  }
  return { fields, general: Object.keys(fields).length === 0 };
}
