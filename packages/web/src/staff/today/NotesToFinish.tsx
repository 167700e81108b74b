import { Link } from 'react-router-dom';
import { useToday } from '../../api/useReferrals';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

const notePath = (id: string) => `/notes/${encodeURIComponent(id)}`;

/** The clinician's drafts still to sign and, for supervisors, supervisees' notes to co-sign. */
export function NotesToFinish() {
  const user = useSignedInUser();
  const today = useToday();
  const isSupervisor = hasRole(user, 'supervisor');
  if (today.isPending) {
    return (
      <p role="status" className="muted">
        Loading…
      </p>
    );
  }
  if (today.isError) return <Alert focus={false}>{describeError(today.error)}</Alert>;
  const unsigned = today.data.unsignedNotes;
  const awaiting = today.data.notesAwaitingCosign;
  if (unsigned.length === 0 && awaiting.length === 0) {
    return (
      <div className="empty-state">
        <p>{isSupervisor ? 'Every note is signed, and none is waiting for your co-signature.' : 'Every note is signed.'}</p>
      </div>
    );
  }
  return (
    <>
      {unsigned.length ? (
        <>
          <p>{unsigned.length === 1 ? 'One note is still a draft.' : `${unsigned.length} notes are still drafts.`} Sign each once it is finished.</p>
          <ul className="plain-list today-note-list" aria-label="Notes to sign">
            {unsigned.map((note) => (
              <li key={note.id}>
                <Link to={notePath(note.id)}>
                  Draft note started <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {awaiting.length ? (
        <>
          <p>
            {awaiting.length === 1 ? 'One supervisee’s note is' : `${awaiting.length} supervisees’ notes are`} waiting for your co-signature.{' '}
            <Link to="/supervision">See every note to co-sign</Link>
          </p>
          <ul className="plain-list today-note-list" aria-label="Notes to co-sign">
            {awaiting.map((note) => (
              <li key={note.id}>
                <Link to={notePath(note.id)}>
                  {note.authorName}’s note, signed <time dateTime={note.signedAt}>{formatDateTime(note.signedAt)}</time>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
