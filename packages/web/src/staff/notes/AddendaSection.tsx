import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Note } from '../../api/noteTypes';
import { useAddAddendum } from '../../api/useNotes';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextAreaField } from '../../components/TextField';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

const ADDENDUM_MAX = 10_000;

function AddAddendumForm({ note }: { note: Note }) {
  const add = useAddAddendum(note.id);
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState('');
  const [done, setDone] = useState('');
  const serverError = fieldErrorsOf(add.error).content;
  const error = localError || serverError;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    if (!text.trim()) {
      setLocalError('Write the addendum first.');
      return;
    }
    setLocalError('');
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setDone('Addendum added and signed. The note above is unchanged.');
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="decision-form" aria-labelledby="add-addendum-heading">
      <h3 id="add-addendum-heading">Add an addendum</h3>
      <TextAreaField
        name="addendum"
        label="Addendum"
        hint="A correction or a later addition. It is signed with your name and the time when you add it, and can’t be changed afterwards."
        rows={4}
        maxLength={ADDENDUM_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
      />
      <Alert>{add.isError && !serverError ? describeError(add.error) : undefined}</Alert>
      <div className="form-actions">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add signed addendum'}
        </button>
      </div>
      <StatusMessage>{done || undefined}</StatusMessage>
    </form>
  );
}

/** Corrections and later additions beside the signed original, which never changes. */
export function AddendaSection({ note, canAdd }: { note: Note; canAdd: boolean }) {
  return (
    <section aria-labelledby="addenda-heading" className="panel">
      <h2 id="addenda-heading">Addenda</h2>
      <p>Corrections and later additions, each signed when it was added. The note above stays exactly as it was signed.</p>
      {note.addenda.length ? (
        <ol className="plain-list addendum-list" aria-label="Addenda">
          {note.addenda.map((addendum) => (
            <li key={addendum.id}>
              <p className="muted addendum-when">
                Signed{addendum.authorId === note.author.id ? ` by ${note.author.displayName}` : ''} on{' '}
                <time dateTime={addendum.signedAt}>{formatDateTime(addendum.signedAt)}</time>
              </p>
              <p className="prewrap">{addendum.content}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No addenda.</p>
      )}
      {canAdd ? <AddAddendumForm note={note} /> : null}
    </section>
  );
}
