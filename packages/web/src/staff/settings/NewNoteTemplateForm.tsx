import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { useCreateNoteTemplate } from '../../api/useNotes';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { fieldIdFrom } from '../notes/templateFieldIds';

const MAX_FIELDS = 12;
const LABEL_MAX = 80;

const idFor = (field: string) => {
  const index = /^fields\.(\d+)/.exec(field)?.[1];
  if (index !== undefined) return `field-templateField-${index}`;
  if (field === 'fields') return 'field-templateField-0';
  return 'field-templateLabel';
};

/** The server's field (`fields.2.id`, `label`) → the form's (`fields.2`, `label`). */
function formField(field: string): string {
  const index = /^fields\.(\d+)/.exec(field)?.[1];
  if (index !== undefined) return `fields.${index}`;
  return field === 'fields' ? 'fields.0' : 'label';
}

interface Row {
  key: number;
  label: string;
}

/** An owner adds one of the practice's own templates: a name, then its fields in order. */
export function NewNoteTemplateForm() {
  const create = useCreateNoteTemplate();
  const [label, setLabel] = useState('');
  const [rows, setRows] = useState<Row[]>([{ key: 0, label: '' }]);
  const [nextKey, setNextKey] = useState(1);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const serverErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(create.error))) serverErrors[formField(field)] ??= message;
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const labels: Record<string, string> = { label: 'Template name', ...Object.fromEntries(rows.map((_, i) => [`fields.${i}`, `Field ${i + 1}`])) };

  function setRow(index: number, text: string) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, label: text } : row)));
  }

  function addRow() {
    setRows((current) => [...current, { key: nextKey, label: '' }]);
    const index = rows.length;
    setNextKey((key) => key + 1);
    // Carry on in the new field once it is there.
    window.setTimeout(() => document.getElementById(`field-templateField-${index}`)?.focus(), 0);
  }

  function removeRow(index: number) {
    setRows((current) => current.filter((_, i) => i !== index));
    setLocalErrors({});
    window.setTimeout(() => document.getElementById(`field-templateField-${Math.max(0, index - 1)}`)?.focus(), 0);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    const problems: Record<string, string> = {};
    if (!label.trim()) problems.label = 'Give the template a name.';
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const id = fieldIdFrom(row.label);
      if (!row.label.trim()) problems[`fields.${i}`] = 'Name this field, or remove it.';
      else if (!id) problems[`fields.${i}`] = 'Use at least one letter in the field’s name.';
      else if (seen.has(id)) problems[`fields.${i}`] = `This name is too close to field ${seen.get(id)! + 1}’s: each field needs its own wording.`;
      else seen.set(id, i);
    });
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    const name = label.trim();
    create.mutate(
      { label: name, fields: rows.map((row) => ({ id: fieldIdFrom(row.label), label: row.label.trim() })) },
      {
        onSuccess: () => {
          setDone(`Added the “${name}” template. Clinicians can choose it when they start a note.`);
          setLabel('');
          setRows([{ key: nextKey, label: '' }]);
          setNextKey((key) => key + 1);
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="panel" aria-labelledby="new-template-heading">
      <h2 id="new-template-heading">Add a template</h2>
      <ErrorSummary errors={errors} labels={labels} idFor={idFor} />
      <Alert>{create.isError && Object.keys(serverErrors).length === 0 ? describeError(create.error) : undefined}</Alert>
      <TextField
        id="field-templateLabel"
        name="templateLabel"
        label="Template name"
        hint="As clinicians will see it when they start a note, for example “Sex therapy progress note”."
        maxLength={LABEL_MAX}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        error={errors.label}
      />
      <fieldset>
        <legend>Fields</legend>
        <p className="field-hint">
          Each field is a box in the note, in this order. Homework reviewed, homework assigned and measures reviewed are added at the end of every
          template.
        </p>
        <ol className="plain-list template-field-list">
          {rows.map((row, index) => (
            <li key={row.key} className="add-control">
              <TextField
                id={`field-templateField-${index}`}
                name={`templateField-${index}`}
                label={`Field ${index + 1}`}
                maxLength={LABEL_MAX}
                value={row.label}
                onChange={(event) => setRow(index, event.target.value)}
                error={errors[`fields.${index}`]}
              />
              {rows.length > 1 ? (
                <button type="button" className="button-secondary button-small" onClick={() => removeRow(index)}>
                  Remove<span className="visually-hidden"> field {index + 1}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {rows.length < MAX_FIELDS ? (
          <button type="button" className="button-secondary" onClick={addRow}>
            Add a field
          </button>
        ) : (
          <p className="muted">A template can have up to {MAX_FIELDS} fields of its own.</p>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add template'}
        </button>
      </div>
      <StatusMessage>{done || undefined}</StatusMessage>
    </form>
  );
}
