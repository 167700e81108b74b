import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { useAddPsychotherapyNote, usePsychotherapyNotes } from '../../api/useNotes';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextAreaField } from '../../components/TextField';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

const PRIVATE_NOTE_MAX = 10_000;

function AddPrivateNoteForm({ clientId }: { clientId: string }) {
  const add = useAddPsychotherapyNote(clientId);
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState('');
  const [done, setDone] = useState('');
  const serverError = fieldErrorsOf(add.error).content;
  const error = localError || serverError;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    if (!text.trim()) {
      setLocalError('Write the note first.');
      return;
    }
    setLocalError('');
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setDone('Private note saved. Only you can see it.');
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="decision-form" aria-labelledby="add-private-note-heading">
      <h3 id="add-private-note-heading">Add a private note</h3>
      <TextAreaField
        name="privateNote"
        label="Private process note"
        hint="Your own thinking about the work: hypotheses, your reactions, things to take to supervision."
        rows={4}
        maxLength={PRIVATE_NOTE_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
      />
      <Alert>{add.isError && !serverError ? describeError(add.error) : undefined}</Alert>
      <div className="form-actions">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Saving…' : 'Save private note'}
        </button>
      </div>
      <StatusMessage>{done || undefined}</StatusMessage>
    </form>
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
