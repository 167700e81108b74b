import { Link } from 'react-router-dom';
import type { NoteSummary } from '../../api/noteTypes';
import { useClientNotes, useNoteTemplates } from '../../api/useNotes';
import { Alert } from '../../components/Alert';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { KIND_LABELS } from '../calendar/appointmentWords';
import type { NoteLinkState } from './NotePage';
import { NOTE_STATUS_BADGES, NOTE_STATUS_LABELS, templateLabel } from './noteWords';

function kindText(note: NoteSummary): string {
  const kind = KIND_LABELS[note.appointmentKind] ?? note.appointmentKind;
  // In a joint or group session, a note may be about this client alone.
  return note.clientId && (note.appointmentKind === 'joint' || note.appointmentKind === 'family-group') ? `${kind}, about this client only` : kind;
}

/** The chart's progress notes, newest session first: when, what, where each stands, and who wrote it. */
export function SessionNotesSection({ clientId, clientName }: { clientId: string; clientName: string }) {
  const notes = useClientNotes(clientId);
  const templates = useNoteTemplates();
  const list = notes.data ?? [];
  const state: NoteLinkState = { back: { to: `/clients/${encodeURIComponent(clientId)}`, label: `Back to ${clientName}` } };
  return (
    <section aria-labelledby="session-notes-heading" className="panel">
      <h2 id="session-notes-heading">Session notes</h2>
      <p>Progress notes from {clientName}&apos;s sessions, including joint sessions. Notes are written from the session in the calendar.</p>
      <Alert focus={false}>{notes.isError ? describeError(notes.error) : undefined}</Alert>
      {notes.isPending ? (
        <p role="status" className="muted">
          Loading session notes…
        </p>
      ) : notes.isSuccess && list.length === 0 ? (
        <p className="muted">No session notes yet.</p>
      ) : list.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Session notes, newest session first</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Kind</th>
                <th scope="col">Template</th>
                <th scope="col">Status</th>
                <th scope="col">Written by</th>
                <th scope="col">Addenda</th>
              </tr>
            </thead>
            <tbody>
              {list.map((note) => (
                <tr key={note.id}>
                  <th scope="row">
                    <Link to={`/notes/${encodeURIComponent(note.id)}`} state={state}>
                      <time dateTime={note.startsAt}>{formatDateTime(note.startsAt)}</time>
                    </Link>
                  </th>
                  <td>{kindText(note)}</td>
                  <td>{templateLabel(templates.data, note.template)}</td>
                  <td>
                    <span className={NOTE_STATUS_BADGES[note.status]}>{NOTE_STATUS_LABELS[note.status]}</span>
                  </td>
                  <td>{note.author.displayName}</td>
                  <td>{note.addendumCount === 0 ? <span className="muted">None</span> : note.addendumCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
