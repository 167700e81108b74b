import { useAddPsychotherapyNote, usePsychotherapyNotes } from '../../api/useNotes';
import { Alert } from '../../components/Alert';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { AddTextForm } from './AddTextForm';

function AddPrivateNoteForm({ clientId }: { clientId: string }) {
  return (
    <AddTextForm
      mutation={useAddPsychotherapyNote(clientId)}
      id="add-private-note"
      heading="Add a private note"
      name="privateNote"
      label="Private process note"
      hint="Your own thinking about the work: hypotheses, your reactions, things to take to supervision."
      emptyMessage="Write the note first."
      doneMessage="Private note saved. Only you can see it."
      submitLabel="Save private note"
      pendingLabel="Saving…"
    />
  );
}

/**
 * Psychotherapy notes: the clinician's own process notes, kept apart from the record. Only their
 * author ever sees them, and they are never exported or released.
 */
export function PrivateNotesSection({ clientId }: { clientId: string }) {
  const notes = usePsychotherapyNotes(clientId);
  const list = notes.data ?? [];
  return (
    <section aria-labelledby="private-notes-heading" className="panel private-notes">
      <h2 id="private-notes-heading">My private process notes</h2>
      <p className="private-marker">
        Only you can see these notes. They are kept apart from the client&apos;s record: the rest of the care team, your supervisors and the
        client never see them, and they are never exported or released.
      </p>
      <Alert focus={false}>{notes.isError ? describeError(notes.error) : undefined}</Alert>
      {notes.isPending ? (
        <p role="status" className="muted">
          Loading your private notes…
        </p>
      ) : notes.isSuccess && list.length === 0 ? (
        <p className="muted">You have no private notes about this client.</p>
      ) : list.length > 0 ? (
        <ol className="plain-list private-note-list" aria-label="My private process notes, newest first">
          {list.map((note) => (
            <li key={note.id}>
              <p className="muted private-note-when">
                <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
              </p>
              <p className="prewrap">{note.content}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <AddPrivateNoteForm clientId={clientId} />
    </section>
  );
}
