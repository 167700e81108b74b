import type { Appointment, AppointmentKind, AppointmentStatus } from '../../api/schedulingTypes';
import { listOfNames } from '../../components/dates';

export const KIND_LABELS = {
  intake: 'First session (intake)',
  individual: 'Individual session',
  joint: 'Joint session',
  'family-group': 'Family or group session',
} as const satisfies Record<AppointmentKind, string>;

export const STATUS_LABELS = {
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  'no-show': 'No-show',
  completed: 'Completed',
} as const satisfies Record<AppointmentStatus, string>;

/** "Room 2", "Video", or "In person". */
export function placeText(appointment: Pick<Appointment, 'modality' | 'room'>): string {
  if (appointment.modality === 'video') return 'Video';
  if (!appointment.room) return 'In person';
  return /room|office|suite/i.test(appointment.room) ? appointment.room : `Room ${appointment.room}`;
}

/** Attendees' names: only ever shown inside the signed-in staff app. */
export function attendeesText(appointment: Pick<Appointment, 'attendees'>): string {
  return listOfNames(appointment.attendees.map((attendee) => attendee.displayName)) || 'No attendees';
}

/** Only http(s) links are offered as links. */
export function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
