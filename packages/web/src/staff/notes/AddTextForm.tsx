import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextAreaField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';

/** The part of a React Query mutation that sends one piece of text. */
interface TextMutation {
  mutate: (text: string, options: { onSuccess: () => void }) => void;
  error: unknown;
  isError: boolean;
  isPending: boolean;
}

export interface AddTextFormProps {
  mutation: TextMutation;
  /** Prefix for the form's ids, e.g. "add-addendum". */
  id: string;
  heading: string;
  name: string;
  label: string;
  hint: string;
  emptyMessage: string;
  doneMessage: string;
  submitLabel: string;
  pendingLabel: string;
}

const TEXT_MAX = 10_000;

/** A heading, one text area and a submit button that adds a piece of signed or private text. */
export function AddTextForm({ mutation, id, heading, name, label, hint, emptyMessage, doneMessage, submitLabel, pendingLabel }: AddTextFormProps) {
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState('');
  const [done, setDone] = useState('');
  const serverError = fieldErrorsOf(mutation.error).content;
  const error = localError || serverError;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    if (!text.trim()) {
      setLocalError(emptyMessage);
      return;
    }
    setLocalError('');
    mutation.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setDone(doneMessage);
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="decision-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <TextAreaField name={name} label={label} hint={hint} rows={4} maxLength={TEXT_MAX} value={text} onChange={(event) => setText(event.target.value)} error={error} />
      <Alert>{mutation.isError && !serverError ? describeError(mutation.error) : undefined}</Alert>
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? pendingLabel : submitLabel}
        </button>
      </div>
      <StatusMessage>{done || undefined}</StatusMessage>
    </form>
  );
}
