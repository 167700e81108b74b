import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Appointment } from '../../api/schedulingTypes';
import { AppointmentActions } from './AppointmentActions';
import { AppointmentNotes } from './AppointmentNotes';
import { AppointmentSummary } from './AppointmentSummary';
import { KIND_LABELS, STATUS_LABELS, attendeesText, placeText } from './appointmentWords';
import { formatTimeRange } from './calendarDates';

/** Which appointment is open below a view, and the panel that takes focus when one is chosen. */
export function useChosenAppointment(appointments: Appointment[]) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = appointments.find((a) => a.id === selectedId) ?? null;
  const detail = useRef<HTMLElement>(null);

  useEffect(() => {
    if (selectedId) detail.current?.focus();
  }, [selectedId]);

  const toggle = (id: string) => setSelectedId(id === selectedId ? null : id);
  return { selectedId, selected, detail, toggle };
}

/** Appointments as buttons (time, kind, who, where, status); choosing one opens it in the detail panel. */
export function AppointmentItems({
  items,
  selectedId,
  onToggle,
  className = 'plain-list week-items',
  ...list
}: {
  items: Appointment[];
  selectedId: string | null;
  onToggle: (id: string) => void;
  className?: string;
  'aria-labelledby'?: string;
}) {
  return (
    <ul className={className} {...list}>
      {items.map((a) => (
        <li key={a.id} className={`week-item week-item-${a.status}`}>
          <button type="button" className="week-item-button" aria-expanded={a.id === selectedId} aria-controls={a.id === selectedId ? 'appointment-detail' : undefined} onClick={() => onToggle(a.id)}>
            <span className="week-item-time">{formatTimeRange(a.startsAt, a.endsAt)}</span>
            <span className="week-item-kind">{KIND_LABELS[a.kind]}</span>
            <span>{attendeesText(a)}</span>
            <span className="week-item-place">{placeText(a)}</span>
            {a.status !== 'scheduled' ? <span className="week-item-status">{STATUS_LABELS[a.status]}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The chosen appointment: its summary, actions and notes. */
export function AppointmentDetail({ appointment, detail, onChanged }: { appointment: Appointment; detail: RefObject<HTMLElement | null>; onChanged: (text: string) => void }) {
  return (
    <section id="appointment-detail" ref={detail} tabIndex={-1} aria-labelledby="appointment-detail-heading" className="panel appointment-detail">
      <h2 id="appointment-detail-heading">Chosen appointment</h2>
      <AppointmentSummary appointment={appointment} withDate />
      <AppointmentActions appointment={appointment} onChanged={onChanged} />
      <AppointmentNotes key={appointment.id} appointment={appointment} />
    </section>
  );
}
