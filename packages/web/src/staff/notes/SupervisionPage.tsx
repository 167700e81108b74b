import { Link } from 'react-router-dom';
import { useNoteTemplates, useSupervisionQueue } from '../../api/useNotes';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, listOfNames } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { formatStart } from '../calendar/calendarDates';
import type { NoteLinkState } from './NotePage';
import { templateLabel } from './noteWords';

const BACK: NoteLinkState = { back: { to: '/supervision', label: 'Back to notes to co-sign' } };

/** A supervisor's queue: supervisees' signed notes waiting for a co-signature, oldest first. */
export function SupervisionPage() {
  const user = useSignedInUser();
  const isSupervisor = hasRole(user, 'supervisor');
  const queue = useSupervisionQueue(isSupervisor);
  const templates = useNoteTemplates();
  const list = queue.data ?? [];

  if (!isSupervisor) {
    return (
      <>
        <PageHeading title="Supervision">Supervision</PageHeading>
        <p>Co-signing notes is for supervisors. If you supervise other clinicians, ask the practice owner to give you the supervisor role.</p>
      </>
    );
  }

  return (
    <>
      <PageHeading title="Notes to co-sign">Notes to co-sign</PageHeading>
      <p>Notes your supervisees have signed that are waiting for your co-signature. Open a note to read it and co-sign it.</p>
      <Alert focus={false}>{queue.isError ? describeError(queue.error) : undefined}</Alert>
      {queue.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : queue.isSuccess && list.length === 0 ? (
        <div className="empty-state">
          <p>No notes are waiting for your co-signature.</p>
        </div>
      ) : list.length ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Notes waiting for your co-signature, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Note</th>
                <th scope="col">Session</th>
                <th scope="col">Written by</th>
              </tr>
            </thead>
            <tbody>
              {list.map((note) => (
                <tr key={note.id}>
                  <th scope="row">
                    <Link to={`/notes/${encodeURIComponent(note.id)}`} state={BACK}>
                      {templateLabel(templates.data, note.template)} note<span className="visually-hidden"> by {note.author.displayName}</span>
                    </Link>
                  </th>
                  <td>
                    <time dateTime={note.session.startsAt}>{formatStart(note.session.startsAt)}</time>
                    {note.session.attendees.length ? ` with ${listOfNames(note.session.attendees.map((a) => a.displayName))}` : ''}
                    {note.signedAt ? (
                      <span className="muted">
                        {' · signed '}
                        <time dateTime={note.signedAt}>{formatDateTime(note.signedAt)}</time>
                      </span>
                    ) : null}
                  </td>
                  <td>{note.author.displayName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
