import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, fieldErrorsOf } from '../../api/client';
import type { NewNote, Note } from '../../api/noteTypes';
import type { Appointment } from '../../api/schedulingTypes';
import { useAppointmentNotes, useNoteTemplates, useStartNote } from '../../api/useNotes';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/RadioGroup';
import { describeError } from '../../components/errorMessages';
import { useNow } from '../../components/useNow';
import { NOTE_STATUS_LABELS, fieldsHint, templateLabel } from '../notes/noteWords';
import { formatStart } from './calendarDates';

const WHOLE_SESSION = 'whole-session';

/** The server's refusal, in a sentence: its field messages if it gave any. */
function startError(error: unknown): string {
  const messages = Object.values(fieldErrorsOf(error));
  if (error instanceof ApiError && error.status === 400 && messages.length) return messages.join(' ');
  return describeError(error);
}

/** Starting a note: which template, and (for a joint session) one note for everyone or about one attendee. */
function StartNoteForm({ appointment, onCancel }: { appointment: Appointment; onCancel: () => void }) {
  const navigate = useNavigate();
  const templates = useNoteTemplates();
  const start = useStartNote(appointment.id);
  const key = appointment.id.replace(/[^A-Za-z0-9_-]/g, '');
  const [template, setTemplate] = useState('soap');
  const [about, setAbout] = useState(WHOLE_SESSION);
  const question = useRef<HTMLParagraphElement>(null);
  const several = appointment.attendees.length > 1;
  const noShow = appointment.status === 'no-show';
  const when = formatStart(appointment.startsAt);

  useEffect(() => {
    question.current?.focus();
  }, []);

  function begin() {
    const body: NewNote = { template };
    if (several && about !== WHOLE_SESSION) body.clientId = about;
    if (noShow) body.noShow = true;
    start.mutate(body, { onSuccess: (note) => navigate(`/notes/${encodeURIComponent(note.id)}`) });
  }

  const options = (templates.data ?? []).map((t) => ({ value: t.id, label: t.label, hint: fieldsHint(t) || undefined }));
  return (
    <div className="confirm start-note">
      <p ref={question} tabIndex={-1} className="confirm-question">
        Write a note for the session on {when}
      </p>
      {noShow ? (
        <p className="care-note">
          This session is recorded as a no-show, so the note will document a missed session: it starts with “Client did not attend (no-show).”
        </p>
      ) : null}
      <Alert focus={false}>{templates.isError ? describeError(templates.error) : undefined}</Alert>
      {templates.isPending ? (
        <p role="status" className="muted">
          Loading templates…
        </p>
      ) : options.length ? (
        <RadioGroup name={`noteTemplate-${key}`} legend="Template" options={options} value={template} onChange={setTemplate} />
      ) : null}
      {several ? (
        <RadioGroup
          name={`noteAbout-${key}`}
          legend="What is this note about?"
          options={[
            { value: WHOLE_SESSION, label: 'The whole session: one note for everyone' },
            ...appointment.attendees.map((a) => ({ value: a.clientId, label: `${a.displayName} only`, hint: 'A note about this attendee, kept on their chart alone.' })),
          ]}
          value={about}
          onChange={setAbout}
        />
      ) : null}
      <Alert>{start.isError ? startError(start.error) : undefined}</Alert>
      <div className="form-actions">
        <button type="button" disabled={start.isPending || !options.length} onClick={begin}>
          {start.isPending ? 'Starting…' : noShow ? 'Start the no-show note' : 'Start the note'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Not now
        </button>
      </div>
    </div>
  );
}

function noteLinkText(note: Note, appointment: Appointment, several: boolean): string {
  if (!several) return 'Open note';
  if (!note.clientId) return 'Open the note for the whole session';
  const name = appointment.attendees.find((a) => a.clientId === note.clientId)?.displayName;
  return name ? `Open the note about ${name}` : 'Open the note about one attendee';
}

/**
 * "Write note" / "Open note" for the appointment's own clinician, once the session has started
 * and unless it was cancelled.
 */
export function AppointmentNotes({ appointment }: { appointment: Appointment }) {
  const user = useSignedInUser();
  const now = useNow();
  const [starting, setStarting] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasStarting = useRef(false);
  const documentable = appointment.clinician.id === user.id && appointment.status !== 'cancelled' && Date.parse(appointment.startsAt) <= now;
  const notes = useAppointmentNotes(appointment.id, documentable);
  const templates = useNoteTemplates(documentable && (notes.data?.length ?? 0) > 0);
  const list = notes.data ?? [];
  const several = appointment.attendees.length > 1;

  // Closing the template question returns focus to the button that opened it.
  useEffect(() => {
    if (!starting && wasStarting.current) opener.current?.focus();
    wasStarting.current = starting;
  }, [starting]);

  if (!documentable) return null;
  if (notes.isPending) {
    return (
      <p role="status" className="muted appointment-notes">
        Loading notes…
      </p>
    );
  }
  if (notes.isError) return <Alert focus={false}>{describeError(notes.error)}</Alert>;

  return (
    <div className="appointment-notes">
      {list.length ? (
        <ul className="plain-list appointment-note-list" aria-label="Notes for this session">
          {list.map((note) => (
            <li key={note.id}>
              <Link to={`/notes/${encodeURIComponent(note.id)}`}>{noteLinkText(note, appointment, several)}</Link>{' '}
              <span className="muted">
                {templateLabel(templates.data, note.template)} · {NOTE_STATUS_LABELS[note.status]}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {starting ? (
        <StartNoteForm appointment={appointment} onCancel={() => setStarting(false)} />
      ) : list.length === 0 || several ? (
        <div className="form-actions">
          <button ref={opener} type="button" className="button-secondary button-small" onClick={() => setStarting(true)}>
            {list.length ? 'Write another note' : 'Write note'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
