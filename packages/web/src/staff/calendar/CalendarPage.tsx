import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useAppointments } from '../../api/useAppointments';
import { Alert, StatusMessage } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { addDays, dayOf, isDay, todayDay, viewerTimeZone, weekDays, weekStartOf } from './calendarDates';
import { ListView, WeekView } from './WeekView';

const weekRange = (start: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    new Date(`${start}T00:00:00Z`),
    new Date(`${addDays(start, 6)}T00:00:00Z`),
  );

/** The clinician's week (or a list of it), in the viewer's time zone, with booking and changes. */
export function CalendarPage() {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const booked = (location.state as { booked?: string } | null)?.booked;
  const [changed, setChanged] = useState('');
  const requested = search.get('week');
  const week = weekStartOf(isDay(requested) ? requested : todayDay());
  const view = search.get('view') === 'list' ? 'list' : 'week';
  const days = weekDays(week);
  // The server reads days in the practice's zone: ask a day wider either side, then place each
  // appointment on its day where the viewer is.
  const appointments = useAppointments(addDays(week, -1), addDays(week, 8));
  const inWeek = (appointments.data ?? []).filter((a) => days.includes(dayOf(a.startsAt))).sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  const show = (next: { week?: string; view?: string }) => {
    setChanged('');
    const params = new URLSearchParams(search);
    if (next.week) params.set('week', next.week);
    if (next.view) params.set('view', next.view);
    setSearch(params, { replace: false });
  };

  return (
    <>
      <PageHeading>Calendar</PageHeading>
      <div className="calendar-toolbar">
        <Link className="button" to="/calendar/new">
          New appointment
        </Link>
        <div role="group" aria-label="Show the week as" className="view-toggle">
          <button type="button" className="button-secondary button-small" aria-pressed={view === 'week'} onClick={() => show({ view: 'week' })}>
            Week
          </button>
          <button type="button" className="button-secondary button-small" aria-pressed={view === 'list'} onClick={() => show({ view: 'list' })}>
            List
          </button>
        </div>
      </div>
      <StatusMessage>{changed || booked || undefined}</StatusMessage>
      <div className="week-nav">
        <h2 id="week-heading">{weekRange(week)}</h2>
        <div className="form-actions">
          <button type="button" className="button-secondary button-small" onClick={() => show({ week: addDays(week, -7) })}>
            Previous week
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => show({ week: weekStartOf(todayDay()) })}>
            This week
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => show({ week: addDays(week, 7) })}>
            Next week
          </button>
        </div>
      </div>
      <p className="muted">Times are in your time zone ({viewerTimeZone()}).</p>
      <Alert focus={false}>{appointments.isError ? describeError(appointments.error) : undefined}</Alert>
      {appointments.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : view === 'week' ? (
        <WeekView days={days} appointments={inWeek} onChanged={setChanged} />
      ) : (
        <ListView appointments={inWeek} onChanged={setChanged} />
      )}
    </>
  );
}
