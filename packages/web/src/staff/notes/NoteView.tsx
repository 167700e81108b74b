import { useState } from 'react';
import type { Note, NoteContent } from '../../api/noteTypes';
import { useCosignNote } from '../../api/useNotes';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { RISK_LEVEL_LABELS, isCommonField } from './noteWords';

const text = (value: string | undefined) => (value?.trim() ? <span className="prewrap">{value}</span> : null);

/** What the note says, read-only: each field, the interventions used and the risk assessment. */
export function NoteContentView({ content, fields }: { content: NoteContent; fields: { id: string; label: string }[] }) {
  const row = (field: { id: string; label: string }): DetailRow => [field.label, text(content.fields[field.id])];
  const interventions: DetailRow = [
    'Interventions used',
    content.interventions.length ? (
      <ul className="intervention-items">
        {content.interventions.map((item, index) => (
          <li key={`${index}:${item}`}>{item}</li>
        ))}
      </ul>
    ) : null,
  ];
  const risk: DetailRow = [
    'Risk assessment',
    content.risk ? (
      <>
        {RISK_LEVEL_LABELS[content.risk.level]}
        {content.risk.notes?.trim() ? (
          <>
            {' — '}
            <span className="prewrap">{content.risk.notes}</span>
          </>
        ) : null}
      </>
    ) : null,
  ];
  // The template's own fields, then interventions and risk, then homework and measures.
  const own = fields.filter((field) => !isCommonField(field.id)).map(row);
  const common = fields.filter((field) => isCommonField(field.id)).map(row);
  return <DetailsList label="The note" rows={[...own, interventions, risk, ...common]} />;
}

/** Shown first when a signed note's text no longer matches the hash stored at signing. */
export function IntegrityWarning({ note }: { note: Note }) {
  return (
    <div className="integrity-warning">
      <h2>This note changed after it was signed</h2>
      <p>
        The text below no longer matches what {note.author.displayName} signed
        {note.signedAt ? (
          <>
            {' on '}
            <time dateTime={note.signedAt}>{formatDateTime(note.signedAt)}</time>
          </>
        ) : null}
        . Please don’t rely on it, and tell the practice owner so they can look into what happened.
      </p>
    </div>
  );
}

/** Who signed and when, whether the text is as signed, and the co-signature. */
export function SignatureSection({ note }: { note: Note }) {
  const user = useSignedInUser();
  const cosign = useCosignNote(note.id);
  const [done, setDone] = useState('');
  const awaiting = note.status === 'awaiting-cosign';
  const canCosign = awaiting && hasRole(user, 'supervisor') && note.author.id !== user.id;
  return (
    <section aria-labelledby="signature-heading" className="panel">
      <h2 id="signature-heading">Signature</h2>
      <DetailsList
        rows={[
          [
            'Signed',
            note.signedAt ? (
              <>
                By {note.author.displayName} on <time dateTime={note.signedAt}>{formatDateTime(note.signedAt)}</time>
              </>
            ) : null,
          ],
          [
            'Content check',
            note.hashVerified ? (
              <>
                <span className="badge badge-success">Verified</span> The text is exactly as it was signed.
              </>
            ) : (
              <>
                <span className="badge badge-overdue">Changed after signing</span> The text doesn’t match what was signed.
              </>
            ),
          ],
          [
            'Co-signature',
            awaiting ? (
              <>
                <span className="badge badge-waiting">Awaiting co-signature</span> A supervisor needs to co-sign this note.
              </>
            ) : note.cosignedAt ? (
              <>
                Co-signed on <time dateTime={note.cosignedAt}>{formatDateTime(note.cosignedAt)}</time>
              </>
            ) : undefined,
          ],
        ]}
      />
      {canCosign ? (
        <div className="form-actions">
          <button
            type="button"
            disabled={cosign.isPending}
            onClick={() => cosign.mutate(undefined, { onSuccess: () => setDone(`Co-signed. ${note.author.displayName}’s note is now complete.`) })}
          >
            {cosign.isPending ? 'Co-signing…' : 'Co-sign'}
          </button>
        </div>
      ) : null}
      <StatusMessage>{done || undefined}</StatusMessage>
      <Alert>{cosign.isError ? describeError(cosign.error) : undefined}</Alert>
    </section>
  );
}
