import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { AppointmentKinds, type AppointmentKind, type Modality, type NewAppointment } from '../../api/schedulingTypes';
import { useCreateAppointments } from '../../api/useAppointments';
import { useClients } from '../../api/useClients';
import { useRelationships } from '../../api/useRelationships';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { FORM_LABELS, appointmentErrors, isOutsideWorkingHours } from './appointmentErrors';
import { KIND_LABELS } from './appointmentWords';
import { AttendeesField } from './AttendeesField';
import { ClinicianField } from './ClinicianField';
import { addDays, dayOf, formatStart, todayDay, viewerTimeZone, weekStartOf } from './calendarDates';

const DURATIONS = [30, 45, 50, 60, 75, 90, 120].map((minutes) => ({ value: String(minutes), label: `${minutes} minutes` }));
const REPEATS = [
  { value: '0', label: 'Does not repeat' },
  { value: '1', label: 'Every week' },
  { value: '2', label: 'Every 2 weeks' },
  { value: '3', label: 'Every 3 weeks' },
  { value: '4', label: 'Every 4 weeks' },
];
const MODALITIES = [
  { value: 'in-person', label: 'In person' },
  { value: 'video', label: 'Video' },
] as const;

/**
 * Booking a session or a repeating series; an overlap is shown next to the field it concerns, and a
 * time outside working hours can be booked anyway once the clinician says so.
 */
export function NewAppointmentPage() {
  const navigate = useNavigate();
  const user = useSignedInUser();
  const isClinician = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  const [clinicianId, setClinicianId] = useState(isClinician ? user.id : '');
  const create = useCreateAppointments();
  const clients = useClients('');
  const relationships = useRelationships();
  const [kind, setKind] = useState<AppointmentKind>('individual');
  const [relationshipId, setRelationshipId] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [date, setDate] = useState(addDays(todayDay(), 1));
  const [startTime, setStartTime] = useState('09:00');
  const [duration, setDuration] = useState('50');
  const [modality, setModality] = useState<Modality>('in-person');
  const [room, setRoom] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [repeat, setRepeat] = useState('0');
  const [count, setCount] = useState('6');
  // Offered once the server says the time is outside working hours; ticked, the next Book says so.
  const [bookAnyway, setBookAnyway] = useState(false);
  const outsideHours = isOutsideWorkingHours(create.error);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const server = appointmentErrors(create.error);
  const errors = Object.keys(localErrors).length ? localErrors : server.fields;
  const zone = viewerTimeZone();

  function chooseRelationship(id: string) {
    setRelationshipId(id);
    if (id && kind === 'individual') setKind('joint');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!clinicianId) problems.clinicianId = 'Choose the clinician for this appointment.';
    if (!relationshipId && attendees.length === 0) problems.attendees = 'Choose who is coming.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = 'Choose the date.';
    if (!/^\d{2}:\d{2}$/.test(startTime)) problems.startTime = 'Choose the start time.';
    if (modality === 'video' && !videoLink.trim()) problems.videoLink = 'Add the video link for a video session.';
    const sessions = Number(count);
    if (repeat !== '0' && !(Number.isInteger(sessions) && sessions >= 2 && sessions <= 52)) problems.count = 'Enter a number of sessions from 2 to 52.';
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    const body: NewAppointment = { kind, startsAt: `${date}T${startTime}`, durationMinutes: Number(duration), timeZone: zone, modality };
    if (clinicianId !== user.id) body.clinicianId = clinicianId;
    if (relationshipId) body.relationshipId = relationshipId;
    if (attendees.length) body.attendeeClientIds = attendees;
    if (modality === 'in-person' && room.trim()) body.room = room.trim();
    if (modality === 'video') body.videoLink = videoLink.trim();
    if (repeat !== '0') body.recurrence = { everyWeeks: Number(repeat), count: sessions };
    if (bookAnyway) body.outsideWorkingHours = true;
    create.mutate(body, {
      onSuccess: (booked) => {
        const first = booked[0];
        const text = first ? `Booked ${booked.length === 1 ? 'the session' : `${booked.length} sessions`} from ${formatStart(first.startsAt)}.` : 'Booked.';
        void navigate(`/calendar?week=${first ? weekStartOf(dayOf(first.startsAt)) : weekStartOf(todayDay())}`, { state: { booked: text } });
      },
    });
  }

  return (
    <>
      <p>
        <Link to="/calendar">Back to the calendar</Link>
      </p>
      <PageHeading>New appointment</PageHeading>
      <ErrorSummary errors={errors} labels={FORM_LABELS} />
      <Alert>{create.isError && server.general ? describeError(create.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate className="panel">
        {hasRole(user, 'owner') ? <ClinicianField value={clinicianId} onChange={setClinicianId} error={errors.clinicianId} /> : null}
        <SelectField name="kind" label="Kind of session" value={kind} onChange={(event) => setKind(event.target.value as AppointmentKind)} options={AppointmentKinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))} error={errors.kind} />
        <AttendeesField
          clients={clients.data ?? []}
          relationships={relationships.data ?? []}
          relationshipId={relationshipId}
          onRelationship={chooseRelationship}
          chosen={attendees}
          onToggle={(id, checked) => setAttendees((list) => (checked ? [...list, id] : list.filter((x) => x !== id)))}
          relationshipError={errors.relationshipId}
          error={errors.attendees}
        />
        <div className="date-time">
          <TextField name="date" type="date" label="Date" value={date} onChange={(event) => setDate(event.target.value)} error={errors.date} />
          <TextField name="startTime" type="time" label="Start time" value={startTime} onChange={(event) => setStartTime(event.target.value)} error={errors.startTime} />
          <SelectField name="durationMinutes" label="Length" value={duration} onChange={(event) => setDuration(event.target.value)} options={DURATIONS} error={errors.durationMinutes} />
        </div>
        {outsideHours || bookAnyway ? (
          <div className="field">
            <label className="checkbox" htmlFor="field-outsideWorkingHours">
              <input
                id="field-outsideWorkingHours"
                type="checkbox"
                name="outsideWorkingHours"
                checked={bookAnyway}
                onChange={(event) => setBookAnyway(event.target.checked)}
                aria-describedby="field-outsideWorkingHours-hint"
              />
              Book outside working hours anyway
            </label>
            <p id="field-outsideWorkingHours-hint" className="field-hint">
              For a time agreed on purpose, such as an evening session. Time off can&apos;t be booked over.
            </p>
          </div>
        ) : null}
        <p className="field-hint">The date and time are in your time zone ({zone}); a weekly series keeps this time of day across daylight-saving changes.</p>
        <RadioGroup name="modality" legend="Where" options={MODALITIES} value={modality} onChange={setModality} inline error={errors.modality} />
        {modality === 'in-person' ? (
          <TextField name="room" label="Room (optional)" autoComplete="off" value={room} onChange={(event) => setRoom(event.target.value)} error={errors.room} />
        ) : (
          <TextField name="videoLink" type="url" label="Video link" hint="The link attendees use to join, starting https://" autoComplete="off" value={videoLink} onChange={(event) => setVideoLink(event.target.value)} error={errors.videoLink} />
        )}
        <SelectField name="repeat" label="Repeats" value={repeat} onChange={(event) => setRepeat(event.target.value)} options={REPEATS} error={errors.repeat} />
        {repeat !== '0' ? (
          <TextField name="count" type="number" inputMode="numeric" min={2} max={52} label="Number of sessions" hint="Including the first one." value={count} onChange={(event) => setCount(event.target.value)} error={errors.count} />
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Booking…' : 'Book'}
          </button>
          <Link to="/calendar">Cancel</Link>
        </div>
      </form>
    </>
  );
}
