import { useEffect, useRef, useState } from 'react';
import type { Appointment } from '../../api/schedulingTypes';
import { AppointmentActions } from './AppointmentActions';
import { AppointmentNotes } from './AppointmentNotes';
import { AppointmentSummary } from './AppointmentSummary';
import { KIND_LABELS, STATUS_LABELS, attendeesText, placeText } from './appointmentWords';
import { dayOf, formatDay, formatTimeRange, todayDay } from './calendarDates';

interface ViewProps {
  days: string[];
  appointments: Appointment[];
  onChanged: (text: string) => void;
}

/** Seven columns, one per day where the viewer is; choosing an appointment opens it below. */
export function WeekView({ days, appointments, onChanged }: ViewProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = appointments.find((a) => a.id === selectedId) ?? null;
  const detail = useRef<HTMLElement>(null);
  const today = todayDay();

  useEffect(() => {
    if (selectedId) detail.current?.focus();
  }, [selectedId]);

  return (
    <>
      <ol className="week-grid" aria-label="Days of the week">
        {days.map((day) => {
          const items = appointments.filter((a) => dayOf(a.startsAt) === day);
          return (
            <li key={day} className={day === today ? 'week-day week-today' : 'week-day'}>
              <h3 className="week-day-name">
                {formatDay(day, { weekday: 'short', day: 'numeric', month: 'short' })}
                {day === today ? <span className="badge">Today</span> : null}
              </h3>
              {items.length ? (
                <ul className="plain-list week-items">
                  {items.map((a) => (
                    <li key={a.id} className={`week-item week-item-${a.status}`}>
                      <button type="button" className="week-item-button" aria-expanded={a.id === selectedId} aria-controls={a.id === selectedId ? 'appointment-detail' : undefined} onClick={() => setSelectedId(a.id === selectedId ? null : a.id)}>
                        <span className="week-item-time">{formatTimeRange(a.startsAt, a.endsAt)}</span>
                        <span className="week-item-kind">{KIND_LABELS[a.kind]}</span>
                        <span>{attendeesText(a)}</span>
                        <span className="week-item-place">{placeText(a)}</span>
                        {a.status !== 'scheduled' ? <span className="week-item-status">{STATUS_LABELS[a.status]}</span> : null}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted week-empty">Nothing booked</p>
              )}
            </li>
          );
        })}
      </ol>
      {selected ? (
        <section id="appointment-detail" ref={detail} tabIndex={-1} aria-labelledby="appointment-detail-heading" className="panel appointment-detail">
          <h2 id="appointment-detail-heading">Chosen appointment</h2>
          <AppointmentSummary appointment={selected} withDate />
          <AppointmentActions appointment={selected} onChanged={onChanged} />
          <AppointmentNotes key={selected.id} appointment={selected} />
        </section>
      ) : null}
    </>
  );
}

/** The same appointments as a plain list, in time order, each with its actions. */
export function ListView({ appointments, onChanged }: Omit<ViewProps, 'days'>) {
  if (appointments.length === 0) {
    return (
      <div className="empty-state">
        <p>Nothing booked this week.</p>
      </div>
    );
  }
  return (
    <ul className="plain-list appointment-list" aria-label="Appointments this week">
      {appointments.map((a) => (
        <li key={a.id} className="appointment">
          <AppointmentSummary appointment={a} withDate />
          <AppointmentActions appointment={a} onChanged={onChanged} />
          <AppointmentNotes appointment={a} />
        </li>
      ))}
    </ul>
  );
}
