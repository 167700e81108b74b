/** The certification log in plain words: kinds, categories, hours and each entry's details. */
import { CE_CATEGORIES, US_STATES } from '@candor/clinical';
import type { Activity, ActivityKind, ActivityModality, Delivery, SupervisionFormat, SupervisionRole } from '../../api/certificationTypes';

export const ACTIVITY_KIND_LABELS = {
  education: 'Continuing education',
  clinical: 'Clinical hours',
  supervision: 'Supervision',
} as const satisfies Record<ActivityKind, string>;

export const DELIVERY_LABELS = { online: 'Online (eLearning)', 'in-person': 'In person' } as const satisfies Record<Delivery, string>;
export const MODALITY_LABELS = { 'in-person': 'In person', telehealth: 'Telehealth' } as const satisfies Record<ActivityModality, string>;
export const FORMAT_LABELS = { individual: 'Individual', group: 'Group' } as const satisfies Record<SupervisionFormat, string>;
export const ROLE_LABELS = { received: 'Supervision I received', provided: 'Supervision I gave, as a supervisor' } as const satisfies Record<SupervisionRole, string>;

export const CATEGORY_OPTIONS = CE_CATEGORIES.map((category) => ({ value: category.id, label: category.label }));
export const STATE_OPTIONS = US_STATES.map((state) => ({ value: state.id, label: `${state.label} (${state.id})` }));

export function categoryLabel(id: string | null): string {
  return CE_CATEGORIES.find((category) => category.id === id)?.label ?? id ?? '';
}

/** 2 → "2", 2.5 → "2.5", 0.125 → "0.125": exact, without trailing zeros. */
export function formatHours(hours: number): string {
  return String(Number(hours.toFixed(3)));
}

/** "1 hour", "2.5 hours". */
export function hoursText(hours: number): string {
  return `${formatHours(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** "1 credit", "4.5 credits". */
export function creditsText(credits: number): string {
  return `${formatHours(credits)} ${credits === 1 ? 'credit' : 'credits'}`;
}

/** What an entry was, in a line: the course, the sessions' modality, or who supervised. */
export function activityDetails(activity: Activity): string {
  if (activity.kind === 'education') {
    const parts = [
      [activity.title, activity.provider].filter(Boolean).join(', by '),
      categoryLabel(activity.category),
      activity.delivery ? DELIVERY_LABELS[activity.delivery] : '',
      activity.aasectApproved ? 'AASECT-approved' : '',
      activity.providedBySupervisor ? 'given by my supervisor' : '',
    ];
    return parts.filter(Boolean).join(' · ');
  }
  if (activity.kind === 'clinical') {
    if (activity.modality === 'telehealth') return `Telehealth${activity.jurisdiction ? `, clients in ${activity.jurisdiction}` : ''}`;
    return 'In person';
  }
  const format = activity.format ? FORMAT_LABELS[activity.format] : '';
  const how = activity.modality ? ` · ${MODALITY_LABELS[activity.modality].toLowerCase()}` : '';
  if (activity.role === 'provided') return `${format} supervision I gave${how}`;
  const certified = activity.supervisorCertified ? ' (AASECT Certified Supervisor)' : '';
  return `${format} supervision from ${activity.supervisorName ?? 'my supervisor'}${certified}${how}`;
}
