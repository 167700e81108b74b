import { useMemo, useState, type FormEvent } from 'react';
import { Navigate } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import { Weekdays, type Availability, type NewTimeOff, type TimeOff, type Weekday, type WorkingHours } from '../../api/schedulingTypes';
import { useAddTimeOff, useAvailability, useRemoveTimeOff, useSetWorkingHours } from '../../api/useAvailability';
import { usePracticeUsers } from '../../api/usePractice';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SelectField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { formatStart, viewerTimeZone } from '../calendar/calendarDates';
import { SettingsNav } from './SettingsNav';

/** "Monday" … "Sunday" in the reader's language (1 January 2024 was a Monday). */
const DAY_NAMES = Object.fromEntries(
  Weekdays.map((weekday) => [weekday, new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)))]),
) as Record<Weekday, string>;

interface DayHours {
  available: boolean;
  starts: string;
  ends: string;
  /** The saved week had more than one range on this day (the API allows it; this page keeps one). */
  severalRanges: boolean;
}

function weekFrom(hours: WorkingHours[]): Record<Weekday, DayHours> {
  const week = {} as Record<Weekday, DayHours>;
  for (const weekday of Weekdays) {
    const ranges = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.starts.localeCompare(b.starts));
    const first = ranges[0];
    week[weekday] = first
      ? { available: true, starts: first.starts, ends: first.ends, severalRanges: ranges.length > 1 }
      : { available: false, starts: '09:00', ends: '17:00', severalRanges: false };
  }
  return week;
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

const HOURS_LABELS: Record<string, string> = {
  timeZone: 'Time zone',
  ...Object.fromEntries(
    Weekdays.flatMap((weekday) => [
      [`${weekday}-starts`, `${DAY_NAMES[weekday]}, start time`],
      [`${weekday}-ends`, `${DAY_NAMES[weekday]}, end time`],
    ]),
  ),
};
const hoursFieldId = (field: string) => (field === 'timeZone' ? 'field-timeZone' : `field-hours-${field}`);

/** The working week: one range a day, Monday to Sunday, in one time zone. */
function WorkingWeekForm({ availability }: { availability: Availability }) {
  const save = useSetWorkingHours(availability.clinicianId);
  const [week, setWeek] = useState(() => weekFrom(availability.hours));
  const [timeZone, setTimeZone] = useState(availability.timeZone);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const zones = useMemo(() => timeZones(availability.timeZone), [availability.timeZone]);

  // The server names `hours.N.starts|ends` by position in what was sent: back to the day's field.
  const serverErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(save.error))) {
    const match = /^hours\.(\d+)\.(starts|ends)$/.exec(field);
    const sent = match ? save.variables?.hours[Number(match[1])] : undefined;
    if (match && sent) serverErrors[`${sent.weekday}-${match[2]}`] ??= message;
    else if (field === 'timeZone') serverErrors.timeZone ??= message;
  }
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const general = save.isError && Object.keys(serverErrors).length === 0;

  function change(weekday: Weekday, patch: Partial<DayHours>) {
    setWeek((current) => ({ ...current, [weekday]: { ...current[weekday], ...patch } }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const hours: WorkingHours[] = [];
    for (const weekday of Weekdays) {
      const day = week[weekday];
      if (!day.available) continue;
      if (!/^\d{2}:\d{2}$/.test(day.starts)) problems[`${weekday}-starts`] = `Choose when ${DAY_NAMES[weekday]} starts.`;
      if (!/^\d{2}:\d{2}$/.test(day.ends)) problems[`${weekday}-ends`] = `Choose when ${DAY_NAMES[weekday]} ends.`;
      hours.push({ weekday, starts: day.starts, ends: day.ends });
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    save.mutate({ timeZone, hours });
  }

  return (
    <section aria-labelledby="working-week-heading" className="panel">
      <h2 id="working-week-heading">Working week</h2>
      <p className="field-hint">
        Sessions outside these hours can still be booked, but only when someone says so on purpose. With no day ticked, there is no limit.
      </p>
      <ErrorSummary errors={errors} labels={HOURS_LABELS} idFor={hoursFieldId} />
      <StatusMessage>{save.isSuccess ? 'The working hours are saved.' : undefined}</StatusMessage>
      <Alert>{general ? describeError(save.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="working-week-heading">
        <div className="hours-week">
          {Weekdays.map((weekday) => {
            const day = week[weekday];
            const name = DAY_NAMES[weekday];
            return (
              <fieldset key={weekday} className={day.available ? 'hours-day' : 'hours-day hours-day-off'}>
                <legend>{name}</legend>
                <label className="checkbox" htmlFor={`field-hours-${weekday}-available`}>
                  <input
                    id={`field-hours-${weekday}-available`}
                    type="checkbox"
                    name={`hours-${weekday}-available`}
                    checked={day.available}
                    onChange={(event) => change(weekday, { available: event.target.checked })}
                  />
                  Available
                </label>
                {day.severalRanges ? <p className="field-hint">More than one range is saved for this day; saving keeps this one.</p> : null}
                <div className="date-time">
                  <TextField
                    name={`hours-${weekday}-starts`}
                    type="time"
                    label="Start time"
                    value={day.starts}
                    disabled={!day.available}
                    onChange={(event) => change(weekday, { starts: event.target.value })}
                    error={errors[`${weekday}-starts`]}
                  />
                  <TextField
                    name={`hours-${weekday}-ends`}
                    type="time"
                    label="End time"
                    value={day.ends}
                    disabled={!day.available}
                    onChange={(event) => change(weekday, { ends: event.target.value })}
                    error={errors[`${weekday}-ends`]}
                  />
                </div>
              </fieldset>
            );
          })}
        </div>
        <SelectField
          name="timeZone"
          label="Time zone"
          hint="The hours above are in this time zone."
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          options={zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
          error={errors.timeZone}
        />
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save working hours'}
          </button>
        </div>
      </form>
    </section>
  );
}

function timeOffName(timeOff: TimeOff): string {
  return timeOff.label ?? 'Time off';
}

const TIME_OFF_LABELS: Record<string, string> = {
  timeOffStartDate: 'Start date',
  timeOffStartTime: 'Start time',
  timeOffEndDate: 'End date',
  timeOffEndTime: 'End time',
  timeOffLabel: 'Label',
};

/** `startsAt` → the start date, `endsAt` → the end date, `label` → the label. */
function timeOffField(field: string): string | null {
  if (field === 'startsAt' || field === 'timeZone') return 'timeOffStartDate';
  if (field === 'endsAt') return 'timeOffEndDate';
  if (field === 'label') return 'timeOffLabel';
  return null;
}

/** Adding a period away: dates and times in the viewer's own zone, and an optional label. */
function AddTimeOffForm({ clinicianId, onAdded }: { clinicianId: string; onAdded: (text: string) => void }) {
  const add = useAddTimeOff(clinicianId);
  const zone = viewerTimeZone();
  const [startDate, setStartDate] = useState('');
  const [startTime, setStartTime] = useState('00:00');
  const [endDate, setEndDate] = useState('');
  const [endTime, setEndTime] = useState('23:59');
  const [label, setLabel] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const serverErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(add.error))) {
    const key = timeOffField(field);
    if (key) serverErrors[key] ??= message;
  }
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const general = add.isError && Object.keys(serverErrors).length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) problems.timeOffStartDate = 'Choose the first day away.';
    if (!/^\d{2}:\d{2}$/.test(startTime)) problems.timeOffStartTime = 'Choose the start time.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate)) problems.timeOffEndDate = 'Choose the last day away.';
    if (!/^\d{2}:\d{2}$/.test(endTime)) problems.timeOffEndTime = 'Choose the end time.';
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    const body: NewTimeOff = { startsAt: `${startDate}T${startTime}`, endsAt: `${endDate}T${endTime}`, timeZone: zone };
    if (label.trim()) body.label = label.trim();
    add.mutate(body, {
      onSuccess: () => {
        onAdded(`Added ${label.trim() || 'time off'}.`);
        setStartDate('');
        setEndDate('');
        setStartTime('00:00');
        setEndTime('23:59');
        setLabel('');
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="add-time-off-heading" className="add-time-off">
      <h3 id="add-time-off-heading">Add time off</h3>
      <ErrorSummary errors={errors} labels={TIME_OFF_LABELS} />
      <Alert>{general ? describeError(add.error) : undefined}</Alert>
      <div className="date-time">
        <TextField name="timeOffStartDate" type="date" label="Start date" value={startDate} onChange={(event) => setStartDate(event.target.value)} error={errors.timeOffStartDate} />
        <TextField name="timeOffStartTime" type="time" label="Start time" value={startTime} onChange={(event) => setStartTime(event.target.value)} error={errors.timeOffStartTime} />
      </div>
      <div className="date-time">
        <TextField name="timeOffEndDate" type="date" label="End date" value={endDate} onChange={(event) => setEndDate(event.target.value)} error={errors.timeOffEndDate} />
        <TextField name="timeOffEndTime" type="time" label="End time" value={endTime} onChange={(event) => setEndTime(event.target.value)} error={errors.timeOffEndTime} />
      </div>
      <p className="field-hint">Whole days unless you change the times. Dates and times are in your time zone ({zone}).</p>
      <TextField name="timeOffLabel" label="Label (optional)" hint="For example: Holiday, or Conference." autoComplete="off" maxLength={80} value={label} onChange={(event) => setLabel(event.target.value)} error={errors.timeOffLabel} />
      <div className="form-actions">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add time off'}
        </button>
      </div>
    </form>
  );
}

/** Time off not yet over, each with a remove button, and the form to add more. Booking into it is refused. */
function TimeOffSection({ availability }: { availability: Availability }) {
  const remove = useRemoveTimeOff(availability.clinicianId);
  const [done, setDone] = useState('');
  const list = [...availability.timeOff].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  function removeOne(timeOff: TimeOff) {
    setDone('');
    remove.mutate(timeOff.id, { onSuccess: () => setDone(`Removed ${timeOffName(timeOff)}.`) });
  }

  return (
    <section aria-labelledby="time-off-heading" className="panel">
      <h2 id="time-off-heading">Time off</h2>
      <p className="field-hint">Sessions can&apos;t be booked into time off. Only time off that isn&apos;t over yet is listed.</p>
      <StatusMessage>{done || undefined}</StatusMessage>
      <Alert>{remove.isError ? describeError(remove.error) : undefined}</Alert>
      {list.length ? (
        <ul className="plain-list time-off-list" aria-label="Time off">
          {list.map((timeOff) => {
            const when = `${formatStart(timeOff.startsAt)} to ${formatStart(timeOff.endsAt)}`;
            return (
              <li key={timeOff.id}>
                <p>
                  <strong>{timeOffName(timeOff)}</strong>
                  <br />
                  <time dateTime={timeOff.startsAt}>{formatStart(timeOff.startsAt)}</time> to <time dateTime={timeOff.endsAt}>{formatStart(timeOff.endsAt)}</time>
                </p>
                <button type="button" className="button-secondary button-small" disabled={remove.isPending && remove.variables === timeOff.id} onClick={() => removeOne(timeOff)}>
                  Remove<span className="visually-hidden">: {timeOffName(timeOff)}, {when}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <div className="empty-state">
          <p>No time off planned.</p>
        </div>
      )}
      <AddTimeOffForm clinicianId={availability.clinicianId} onAdded={setDone} />
    </section>
  );
}

/** Owners choose whose hours to see: any clinician or supervisor of the practice. */
function ClinicianPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const users = usePracticeUsers();
  const clinicians = (users.data ?? []).filter((u) => (u.roles.includes('clinician') || u.roles.includes('supervisor')) && u.status === 'active');
  return (
    <SelectField
      name="clinicianId"
      label="Clinician"
      hint="Whose working hours and time off to see and change."
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[{ value: '', label: users.isPending ? 'Loading…' : 'Choose a clinician' }, ...clinicians.map((c) => ({ value: c.id, label: c.displayName }))]}
    />
  );
}

/** A clinician's working week and time off; owners can look after anyone's. */
export function WorkingHoursPage() {
  const user = useSignedInUser();
  const isOwner = hasRole(user, 'owner');
  const isClinical = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  const [clinicianId, setClinicianId] = useState(isClinical ? user.id : '');
  const availability = useAvailability(clinicianId);
  if (!isOwner && !isClinical) return <Navigate to="/settings/security" replace />;

  return (
    <>
      <PageHeading title="Working hours and time off">Working hours and time off</PageHeading>
      <SettingsNav />
      <p>
        When sessions are usually held, and time away. The calendar asks before booking outside working hours, and never books into time
        off.
      </p>
      {isOwner ? <ClinicianPicker value={clinicianId} onChange={setClinicianId} /> : null}
      {clinicianId === '' ? (
        <div className="empty-state">
          <p>Choose a clinician to see their working hours and time off.</p>
        </div>
      ) : availability.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : availability.isError ? (
        <Alert focus={false}>{describeError(availability.error)}</Alert>
      ) : (
        <>
          <WorkingWeekForm key={`hours-${clinicianId}`} availability={availability.data} />
          <TimeOffSection key={`time-off-${clinicianId}`} availability={availability.data} />
        </>
      )}
    </>
  );
}
