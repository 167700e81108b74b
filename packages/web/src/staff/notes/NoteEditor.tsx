import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { RiskLevels, type Note, type NoteContent, type RiskLevel } from '../../api/noteTypes';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { InterventionsField } from './InterventionsField';
import { RISK_LEVEL_LABELS, isCommonField, timeOfDay } from './noteWords';
import { useNoteDraft, type NoteConflict, type NoteDraft, type NoteSaveStatus } from './useNoteDraft';

/** The longest text one field may hold (the server's limit). */
const FIELD_MAX = 10_000;
const RISK_NOTES_MAX = 2000;

const RISK_OPTIONS = RiskLevels.map((level) => ({ value: level, label: RISK_LEVEL_LABELS[level] }));

function saveStatusText(status: NoteSaveStatus, savedAt: string | null, note: Note): string {
  switch (status) {
    case 'idle':
      return note.version > 0 ? `Saved at ${timeOfDay(note.updatedAt)}` : 'Your note saves itself as you write.';
    case 'pending':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return savedAt ? `Saved at ${timeOfDay(savedAt)}` : 'Saved';
    case 'invalid':
      return 'Not saved yet: please look at the fields marked above.';
    case 'failed':
      return 'Not saved yet. We couldn’t reach the server; we’ll keep trying.';
  }
}

/** Signing, with a confirmation that says what signing means. */
function SignNote({ draft, onSigned }: { draft: NoteDraft; onSigned: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Opening the confirmation moves focus to its question; closing it returns focus to the button.
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function confirm() {
    setProblem('');
    // A conflict is shown above the editor, and a refusal to sign by the alert below.
    const result = await draft.sign();
    if (result === 'signed') onSigned();
    if (result === 'not-saved') {
      setProblem('Your latest changes aren’t saved yet, so the note wasn’t signed. Please check the fields marked above, or try again in a moment.');
    }
  }

  return (
    <div className="note-sign">
      {!confirming ? (
        <button ref={opener} type="button" onClick={() => setConfirming(true)}>
          Sign note
        </button>
      ) : (
        <div className="confirm">
          <p ref={question} tabIndex={-1} className="confirm-question">
            Sign and lock this note?
          </p>
          <p>
            Once signed, the note can’t be edited. If something needs correcting later, you add a signed addendum beside it, and the note stays
            exactly as you signed it.
          </p>
          <div className="form-actions">
            <button type="button" disabled={draft.signing} onClick={() => void confirm()}>
              {draft.signing ? 'Signing…' : 'Yes, sign and lock it'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </div>
        </div>
      )}
      <Alert>{draft.signError ? describeError(draft.signError) : problem || undefined}</Alert>
    </div>
  );
}

interface NoteEditorProps {
  note: Note;
  templateLabel: string;
  fields: { id: string; label: string }[];
  onConflict: (kind: NoteConflict, unsaved: NoteContent) => void;
  onSigned: () => void;
}

/**
 * The author's draft: the template's fields, the interventions used, the risk assessment and the
 * homework and measures fields, saved as they are written; then signing.
 */
export function NoteEditor({ note, templateLabel, fields, onConflict, onSigned }: NoteEditorProps) {
  const draft = useNoteDraft(note, onConflict);
  const { content, edit, errors } = draft;
  const own = fields.filter((field) => !isCommonField(field.id));
  const common = fields.filter((field) => isCommonField(field.id));
  const saveNow = () => void draft.flush();
  const problem = draft.status === 'invalid' || draft.status === 'failed';

  const setField = (id: string) => (event: ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.target.value;
    edit((current) => ({ ...current, fields: { ...current.fields, [id]: text } }));
  };

  const setRiskLevel = (level: RiskLevel) =>
    edit((current) => ({ ...current, risk: current.risk?.notes ? { level, notes: current.risk.notes } : { level } }));

  const setRiskNotes = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const notes = event.target.value;
    edit((current) => (current.risk ? { ...current, risk: notes ? { level: current.risk.level, notes } : { level: current.risk.level } } : current));
  };

  const fieldArea = (field: { id: string; label: string }, rows: number) => (
    <TextAreaField
      key={field.id}
      name={field.id}
      label={field.label}
      rows={rows}
      maxLength={FIELD_MAX}
      value={content.fields[field.id] ?? ''}
      onChange={setField(field.id)}
      onBlur={saveNow}
      error={errors[field.id]}
    />
  );

  return (
    <>
      <form
        className="note-form"
        noValidate
        aria-label="Session note"
        onSubmit={(event) => {
          event.preventDefault();
          saveNow();
        }}
      >
        <Alert>{errors.general}</Alert>
        <div className="note-part">
          <h2>{templateLabel} note</h2>
          {own.map((field) => fieldArea(field, 6))}
        </div>

        <div className="note-part">
          <h2>Interventions used</h2>
          <InterventionsField
            value={content.interventions}
            onChange={(interventions) => edit((current) => ({ ...current, interventions }))}
            onBlur={saveNow}
            error={errors.interventions}
          />
        </div>

        <div className="note-part">
          <h2>Risk assessment</h2>
          <RadioGroup
            name="riskLevel"
            legend="Risk level"
            hint="Your assessment of any risk of harm to the client or to others, as of this session."
            options={RISK_OPTIONS}
            value={content.risk?.level}
            onChange={setRiskLevel}
            error={errors.riskLevel}
            inline
          />
          {content.risk ? (
            <TextAreaField
              name="riskNotes"
              label="Risk notes (optional)"
              hint="What you assessed, and any safety planning."
              rows={3}
              maxLength={RISK_NOTES_MAX}
              value={content.risk.notes ?? ''}
              onChange={setRiskNotes}
              onBlur={saveNow}
              error={errors.riskNotes}
            />
          ) : null}
        </div>

        {common.length ? (
          <div className="note-part">
            <h2>Homework and measures</h2>
            {common.map((field) => fieldArea(field, 3))}
          </div>
        ) : null}
      </form>

      <div className="note-actions-bar">
        <p role="status" aria-live="polite" className={problem ? 'save-status save-status-problem' : 'save-status'}>
          {saveStatusText(draft.status, draft.savedAt, note)}
        </p>
        <SignNote draft={draft} onSigned={onSigned} />
      </div>
    </>
  );
}
