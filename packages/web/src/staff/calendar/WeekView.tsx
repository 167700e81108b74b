import type { Appointment } from '../../api/schedulingTypes';
import { AppointmentActions } from './AppointmentActions';
import { AppointmentDetail, AppointmentItems, useChosenAppointment } from './AppointmentItems';
import { AppointmentNotes } from './AppointmentNotes';
import { AppointmentSummary } from './AppointmentSummary';
import { dayOf, formatDay, todayDay } from './calendarDates';

interface ViewProps {
  days: string[];
  appointments: Appointment[];
  onChanged: (text: string) => void;
}

/** Seven columns, one per day where the viewer is; choosing an appointment opens it below. */
export function WeekView({ days, appointments, onChanged }: ViewProps) {
  const { selectedId, selected, detail, toggle } = useChosenAppointment(appointments);
  const today = todayDay();

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
              {items.length ? <AppointmentItems items={items} selectedId={selectedId} onToggle={toggle} /> : <p className="muted week-empty">Nothing booked</p>}
            </li>
          );
        })}
      </ol>
      {selected ? <AppointmentDetail appointment={selected} detail={detail} onChanged={onChanged} /> : null}
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

/** One day's appointments in time order, as the week shows them; choosing one opens it below. */
export function DayView({ appointments, headingId, onChanged }: Omit<ViewProps, 'days'> & { headingId: string }) {
  const { selectedId, selected, detail, toggle } = useChosenAppointment(appointments);
  if (appointments.length === 0) {
    return (
      <div className="empty-state">
        <p>No sessions on this day.</p>
      </div>
    );
  }
  return (
    <>
      <AppointmentItems items={appointments} selectedId={selectedId} onToggle={toggle} className="plain-list week-items day-items" aria-labelledby={headingId} />
      {selected ? <AppointmentDetail appointment={selected} detail={detail} onChanged={onChanged} /> : null}
    </>
  );
}
