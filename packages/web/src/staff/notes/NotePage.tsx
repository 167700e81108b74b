import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { Note, NoteContent, NoteSession } from '../../api/noteTypes';
import { useNote, useNoteTemplates } from '../../api/useNotes';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { KIND_LABELS } from '../calendar/appointmentWords';
import { formatStart, weekStartOf, dayOf } from '../calendar/calendarDates';
import { AddendaSection } from './AddendaSection';
import { NoteEditor } from './NoteEditor';
import { IntegrityWarning, NoteContentView, SignatureSection } from './NoteView';
import { NOTE_STATUS_BADGES, NOTE_STATUS_LABELS, aboutText, contentAsText, fieldsOf, templateLabel } from './noteWords';
import type { NoteConflict } from './useNoteDraft';

/** Where "Back to …" goes: the page the note was opened from, when it said so. */
export interface NoteLinkState {
  back?: { to: string; label: string };
}

const CONFLICT_MESSAGES: Record<NoteConflict, string> = {
  'changed-elsewhere': 'This note was changed elsewhere — reload to see the latest; your text is kept below so you can copy it.',
  'signed-elsewhere':
    'This note was signed elsewhere, so it can no longer be changed — reload to see it; your text is kept below so you can copy it into an addendum.',
};

interface Conflict {
  kind: NoteConflict;
  /** What this page held and could not save. */
  unsaved: NoteContent;
  reloaded: boolean;
}

/** After a 409: what happened, a way to load the latest, and the unsaved text to copy from. */
function ConflictNotice({ conflict, text, reloading, onReload, onDismiss }: { conflict: Conflict; text: string; reloading: boolean; onReload: () => void; onDismiss: () => void }) {
  return (
    <section aria-labelledby="conflict-heading" className="panel conflict-panel">
      <h2 id="conflict-heading">{conflict.reloaded ? 'Your earlier text' : 'Not saved'}</h2>
      <Alert>{conflict.reloaded ? undefined : CONFLICT_MESSAGES[conflict.kind]}</Alert>
      <StatusMessage>{conflict.reloaded ? 'This is now the latest version of the note. Your earlier text is still here to copy from.' : undefined}</StatusMessage>
      {!conflict.reloaded ? (
        <div className="form-actions conflict-actions">
          <button type="button" disabled={reloading} onClick={onReload}>
            {reloading ? 'Reloading…' : 'Reload the latest version'}
          </button>
        </div>
      ) : null}
      <TextAreaField
        name="unsavedText"
        label="Your text that wasn’t saved"
        hint="Copy whatever you need from here. It goes away when you leave this page."
        rows={10}
        readOnly
        value={text}
      />
      {conflict.reloaded ? (
        <button type="button" className="button-secondary" onClick={onDismiss}>
          I’ve copied what I need
        </button>
      ) : null}
    </section>
  );
}

/** "Alex Morgan and Jamie Chen" in the reader's language, each name a link to their record. */
function AttendeeLinks({ attendees }: { attendees: NoteSession['attendees'] }) {
  const parts = new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).formatToParts(attendees.map((a) => a.displayName));
  let next = 0;
  return parts.map((part, index) => {
    if (part.type !== 'element') return <Fragment key={`sep-${index}`}>{part.value}</Fragment>;
    const attendee = attendees[next++];
    return attendee ? (
      <Link key={attendee.clientId} to={`/clients/${encodeURIComponent(attendee.clientId)}`}>
        {attendee.displayName}
      </Link>
    ) : (
      <Fragment key={`name-${index}`}>{part.value}</Fragment>
    );
  });
}

/** The session, the template, who wrote it and where it stands. */
function NoteFacts({ note, label }: { note: Note; label: string }) {
  const { session } = note;
  const about = aboutText(note, session.attendees);
  return (
    <DetailsList
      label="About this note"
      rows={[
        [
          'Session',
          <>
            <time dateTime={session.startsAt}>{formatStart(session.startsAt)}</time> · {KIND_LABELS[session.kind] ?? session.kind}
            {session.attendees.length ? (
              <>
                {' · with '}
                <AttendeeLinks attendees={session.attendees} />
              </>
            ) : null}
          </>,
        ],
        ['About', about ?? undefined],
        ['Template', label],
        ['Written by', note.author.displayName],
        ['Status', <span className={NOTE_STATUS_BADGES[note.status]}>{NOTE_STATUS_LABELS[note.status]}</span>],
      ]}
    />
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

/**
 * One progress note. Its author writes the draft here (saved as they go) and signs it; once
 * signed it is read-only, with its signature, its content check and its addenda. Others who may
 * read it (the care team, the author's supervisors) see it read-only; a supervisor co-signs here.
 */
export function NotePage() {
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const location = useLocation();
  const back = (location.state as NoteLinkState | null)?.back;
  const note = useNote(id);
  const templates = useNoteTemplates();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reloads, setReloads] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [signedHere, setSignedHere] = useState(false);
  const signedHeading = useRef<HTMLHeadingElement>(null);
  const data = note.data;
  const isAuthor = data?.author.id === user.id;
  const template = templates.data?.find((t) => t.id === data?.template);
  const fields = data ? fieldsOf(template, data.content) : [];
  const label = templateLabel(templates.data, data?.template ?? '');

  const handleConflict = useCallback((kind: NoteConflict, unsaved: NoteContent) => setConflict({ kind, unsaved, reloaded: false }), []);

  // Signing replaces the editor with the signed note: carry on from its heading.
  useEffect(() => {
    if (signedHere) signedHeading.current?.focus();
  }, [signedHere]);

  async function reload() {
    setReloading(true);
    setReloadError(null);
    try {
      await note.refetch({ throwOnError: true });
      setReloads((count) => count + 1);
      setConflict((current) => (current ? { ...current, reloaded: true } : current));
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  }

  // A failed background refetch keeps the note on screen (and the draft being written).
  if ((!data && !note.isError) || (data && templates.isPending)) {
    return (
      <>
        <PageHeading title="Session note">Session note</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }

  if (!data) {
    return (
      <>
        <PageHeading title="Note not found">We couldn&apos;t open this note</PageHeading>
        <Alert focus={false}>
          {isNotFound(note.error) ? 'This note may not exist, or you may not have access to it.' : describeError(note.error)}
        </Alert>
        <p>
          <Link to="/today">Back to Today</Link>
        </p>
      </>
    );
  }

  const editing = data.status === 'draft' && isAuthor;
  const backLink =
    back ??
    (isAuthor
      ? { to: `/calendar?week=${weekStartOf(dayOf(data.session.startsAt))}`, label: 'Back to the calendar' }
      : hasRole(user, 'supervisor') && data.status === 'awaiting-cosign'
        ? { to: '/supervision', label: 'Back to notes to co-sign' }
        : null);

  return (
    <>
      {backLink ? (
        <p>
          <Link to={backLink.to}>{backLink.label}</Link>
        </p>
      ) : null}
      <PageHeading title={`${label} note`}>Session note</PageHeading>
      <NoteFacts note={data} label={label} />
      <Alert focus={false}>{templates.isError ? describeError(templates.error) : reloadError ? describeError(reloadError) : undefined}</Alert>
      <StatusMessage>{signedHere && data.status !== 'draft' ? 'Signed. The note is now locked; any correction goes in an addendum.' : undefined}</StatusMessage>
      {data.status !== 'draft' && data.hashVerified === false ? <IntegrityWarning note={data} /> : null}
      {conflict ? <ConflictNotice conflict={conflict} text={contentAsText(conflict.unsaved, fields)} reloading={reloading} onReload={() => void reload()} onDismiss={() => setConflict(null)} /> : null}

      {editing ? (
        conflict && !conflict.reloaded ? null : template ? (
          <NoteEditor
            key={`${data.id}:${reloads}`}
            note={data}
            templateLabel={label}
            fields={fields}
            onConflict={handleConflict}
            onSigned={() => setSignedHere(true)}
          />
        ) : null
      ) : (
        <>
          {data.status === 'draft' ? (
            <p className="care-note">This note is a draft: {data.author.displayName} hasn’t signed it yet, so it may still change.</p>
          ) : null}
          <section aria-labelledby="note-content-heading" className="panel note-signed">
            <h2 id="note-content-heading" ref={signedHeading} tabIndex={-1}>
              {data.status === 'draft' ? 'The draft' : 'The signed note'}
            </h2>
            <NoteContentView content={data.content} fields={fields} />
          </section>
          {data.status !== 'draft' ? (
            <>
              <SignatureSection note={data} />
              <AddendaSection note={data} canAdd={isAuthor} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}
