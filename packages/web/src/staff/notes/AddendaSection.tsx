import type { Note } from '../../api/noteTypes';
import { useAddAddendum } from '../../api/useNotes';
import { formatDateTime } from '../../components/dates';
import { AddTextForm } from './AddTextForm';

function AddAddendumForm({ note }: { note: Note }) {
  return (
    <AddTextForm
      mutation={useAddAddendum(note.id)}
      id="add-addendum"
      heading="Add an addendum"
      name="addendum"
      label="Addendum"
      hint="A correction or a later addition. It is signed with your name and the time when you add it, and can’t be changed afterwards."
      emptyMessage="Write the addendum first."
      doneMessage="Addendum added and signed. The note above is unchanged."
      submitLabel="Add signed addendum"
      pendingLabel="Adding…"
    />
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
