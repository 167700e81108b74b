import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { ObjectiveStatuses, type NewProgress, type ObjectiveStatus, type Plan, type PlanObjective } from '../../api/planTypes';
import { useRecordProgress } from '../../api/usePlans';
import { Alert } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { OBJECTIVE_STATUS_LABELS, shortened } from './planWords';

const STATUS_OPTIONS = ObjectiveStatuses.map((status) => ({ value: status, label: OBJECTIVE_STATUS_LABELS[status] }));

interface RecordProgressProps {
  plan: Plan;
  objective: PlanObjective;
  /** A confirmation for the section's status line. */
  onRecorded: (text: string) => void;
}

/** "Record progress" on one objective: its status, an optional 0–10 rating and a note. */
export function RecordProgress({ plan, objective, onRecorded }: RecordProgressProps) {
  const record = useRecordProgress(plan.id);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ObjectiveStatus>(objective.progress.at(-1)?.status ?? 'in-progress');
  const [rating, setRating] = useState('');
  const [note, setNote] = useState('');
  const [ratingError, setRatingError] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const prefix = `progress-${objective.id}`;
  const serverErrors = fieldErrorsOf(record.error);
  const generalError = record.isError && Object.keys(serverErrors).length === 0;
  const title = shortened(objective.description);

  // Closing the form (saved or cancelled) puts focus back on the button that opened it.
  useEffect(() => {
    if (wasOpen.current && !open) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: NewProgress = { objectiveId: objective.id, status };
    if (rating.trim()) {
      const value = Number(rating);
      if (!/^\d+$/.test(rating.trim()) || value > 10) {
        setRatingError('Enter a whole number from 0 to 10, or leave it empty.');
        return;
      }
      body.rating = value;
    }
    setRatingError('');
    if (note.trim()) body.note = note.trim();
    record.mutate(body, {
      onSuccess: () => {
        setOpen(false);
        setRating('');
        setNote('');
        onRecorded(`Progress recorded: “${title}” is ${OBJECTIVE_STATUS_LABELS[status].toLowerCase()}.`);
      },
    });
  }

  if (!open) {
    return (
      <button ref={toggle} type="button" className="button-secondary button-small" onClick={() => setOpen(true)}>
        Record progress<span className="visually-hidden"> on “{title}”</span>
      </button>
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="progress-form" aria-label={`Record progress on “${title}”`}>
      <SelectField
        id={`${prefix}-status`}
        name="status"
        label="Status"
        options={STATUS_OPTIONS}
        value={status}
        onChange={(event) => setStatus(event.target.value as ObjectiveStatus)}
        error={serverErrors.status ?? serverErrors.objectiveId}
      />
      <TextField
        id={`${prefix}-rating`}
        name="rating"
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        label="Rating (optional)"
        hint="From 0 (no movement yet) to 10 (fully met)."
        value={rating}
        onChange={(event) => setRating(event.target.value)}
        error={ratingError || serverErrors.rating}
      />
      <TextAreaField
        id={`${prefix}-note`}
        name="note"
        label="Note (optional)"
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={serverErrors.note}
      />
      <Alert>{generalError ? describeError(record.error) : undefined}</Alert>
      <div className="form-actions">
        <button type="submit" disabled={record.isPending}>
          {record.isPending ? 'Saving…' : 'Save progress'}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            record.reset();
            setRatingError('');
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
