import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useAppointments } from '../../api/useAppointments';
import { Alert, StatusMessage } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { addDays, dayOf, formatDay, isDay, todayDay, viewerTimeZone, weekDays, weekStartOf } from './calendarDates';
import { DayView, ListView, WeekView } from './WeekView';

const weekRange = (start: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    new Date(`${start}T00:00:00Z`),
    new Date(`${addDays(start, 6)}T00:00:00Z`),
  );

type View = 'day' | 'week' | 'list';
const VIEWS: { view: View; label: string }[] = [
  { view: 'day', label: 'Day' },
  { view: 'week', label: 'Week' },
  { view: 'list', label: 'List' },
];

/** The clinician's day, week or a list of the week, in the viewer's time zone, with booking and changes. */
export function CalendarPage() {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const booked = (location.state as { booked?: string } | null)?.booked;
  const [changed, setChanged] = useState('');
  const requestedView = search.get('view');
  const view: View = requestedView === 'day' || requestedView === 'list' ? requestedView : 'week';
  const requestedDay = search.get('day');
  const requestedWeek = search.get('week');
  const today = todayDay();
  const day = isDay(requestedDay) ? requestedDay : today;
  // The day view's week is the day's, so switching back to the week or list keeps the place.
  const week = weekStartOf(view === 'day' ? day : isDay(requestedWeek) ? requestedWeek : today);
  const days = weekDays(week);
  // The server reads days in the practice's zone: ask a day wider either side, then place each
  // appointment on its day where the viewer is. The day view asks for its whole week, so moving
  // from day to day within it needs no new request.
  const appointments = useAppointments(addDays(week, -1), addDays(week, 8));
  const inWeek = (appointments.data ?? []).filter((a) => days.includes(dayOf(a.startsAt))).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const onDay = inWeek.filter((a) => dayOf(a.startsAt) === day);

  const show = (next: { week?: string; day?: string; view?: View }) => {
    setChanged('');
    const params = new URLSearchParams(search);
    if (next.day) {
      params.set('day', next.day);
      params.set('week', weekStartOf(next.day));
    }
    if (next.week) params.set('week', next.week);
    if (next.view) params.set('view', next.view);
    setSearch(params, { replace: false });
  };

  const choose = (next: View) => {
    if (next === view) return;
    // Opening the day view from a week: the day already chosen, today or the week's first day, whichever is in it.
    if (next === 'day') show({ view: next, day: days.includes(day) ? day : days.includes(today) ? today : week });
    else show({ view: next, week });
  };

  const dayName = formatDay(day);

  return (
    <>
      <PageHeading>Calendar</PageHeading>
      <div className="calendar-toolbar">
        <Link className="button" to="/calendar/new">
          New appointment
        </Link>
        <div role="group" aria-label="Show the calendar as" className="view-toggle">
          {VIEWS.map(({ view: each, label }) => (
            <button key={each} type="button" className="button-secondary button-small" aria-pressed={view === each} onClick={() => choose(each)}>
              {label}
            </button>
          ))}
        </div>
      </div>
      <StatusMessage>{changed || booked || undefined}</StatusMessage>
      {view === 'day' ? (
        <div className="week-nav">
          <h2 id="day-heading">
            <time dateTime={day}>{dayName}</time>
            {day === today ? <span className="badge">Today</span> : null}
          </h2>
          <div className="form-actions">
            <button type="button" className="button-secondary button-small" onClick={() => show({ day: addDays(day, -1) })}>
              Previous day
            </button>
            <button type="button" className="button-secondary button-small" onClick={() => show({ day: todayDay() })}>
              Today
            </button>
            <button type="button" className="button-secondary button-small" onClick={() => show({ day: addDays(day, 1) })}>
              Next day
            </button>
          </div>
        </div>
      ) : (
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
      )}
      <p className="muted">Times are in your time zone ({viewerTimeZone()}).</p>
      <Alert focus={false}>{appointments.isError ? describeError(appointments.error) : undefined}</Alert>
      {appointments.isPending || (view === 'day' && appointments.isPlaceholderData) ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : view === 'day' ? (
        <DayView key={day} appointments={onDay} headingId="day-heading" onChanged={setChanged} />
      ) : view === 'week' ? (
        <WeekView days={days} appointments={inWeek} onChanged={setChanged} />
      ) : (
        <ListView appointments={inWeek} onChanged={setChanged} />
      )}
    </>
  );
}
