import type { ReactNode } from 'react';
import { NARRATIVE_MAX, SHORT_TEXT_MAX } from '@candor/clinical';
import { fieldIdFor } from './answers';
import { useIntakeEditor } from './IntakeContext';

/** "Prefer not to say" for one question: the answer is cleared and the choice remembered. */
export function PreferNotToSay({ path, question }: { path: string; question: string }) {
  const editor = useIntakeEditor();
  const id = `${fieldIdFor(path)}-withheld`;
  return (
    <label className="checkbox prefer-not" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={editor.withheld(path)}
        onChange={(event) => editor.setWithheld(path, event.target.checked)}
        // The visible words, plus which question they answer (several share a page).
        aria-label={`Prefer not to say: ${question}`}
      />
      Prefer not to say
    </label>
  );
}

/** Shown in place of a question's controls once the person has chosen not to answer it. */
export function WithheldNote() {
  return <p className="muted withheld-note">You’d prefer not to say. That’s completely fine.</p>;
}

interface FieldProps {
  /** The answer's dotted path, e.g. `concerns.0.inOwnWords`. */
  path: string;
  label: string;
  hint?: ReactNode;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** Offer "Prefer not to say" (every question does, except an item's own name or kind). */
  withhold?: boolean;
}

function describedBy(...ids: unknown[]): string | undefined {
  return ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ') || undefined;
}

/** The hint and error lines shown above a question's control. */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface ControlProps {
  id: string;
  error: string | undefined;
  /** aria-describedby for the control: the hint and error, plus any extra ids. */
  describedBy: (...extra: string[]) => string | undefined;
}

/**
 * One labelled question: its wrapper, label, hint and error, the control (or a note once the
 * person prefers not to say) and the "Prefer not to say" choice.
 */
function LabelledQuestion({ path, label, hint, withhold, control }: Pick<FieldProps, 'path' | 'label' | 'hint'> & { withhold: boolean; control: (props: ControlProps) => ReactNode }) {
  const editor = useIntakeEditor();
  const id = fieldIdFor(path);
  const error = editor.errors[path];
  const withheld = withhold && editor.withheld(path);
  return (
    <div className={error ? 'field question field-invalid' : 'field question'}>
      <label htmlFor={id}>{label}</label>
      {withheld ? (
        <WithheldNote />
      ) : (
        <>
          <HintAndError id={id} hint={hint} error={error} />
          {control({ id, error, describedBy: (...extra) => describedBy(hint && `${id}-hint`, error && `${id}-error`, ...extra) })}
        </>
      )}
      {withhold ? <PreferNotToSay path={path} question={label} /> : null}
    </div>
  );
}

/** A free-text answer in their own words, with a live count against the limit. */
export function NarrativeField({ path, label, hint, value, onChange, withhold = true }: FieldProps) {
  const length = value?.length ?? 0;
  const remaining = NARRATIVE_MAX - length;
  return (
    <LabelledQuestion
      path={path}
      label={label}
      hint={hint}
      withhold={withhold}
      control={({ id, error, describedBy: described }) => (
        <>
          <textarea
            id={id}
            value={value ?? ''}
            maxLength={NARRATIVE_MAX}
            rows={4}
            onChange={(event) => onChange(event.target.value || undefined)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described(`${id}-count`)}
          />
          <p id={`${id}-count`} className="char-count">
            {length} of {NARRATIVE_MAX} characters
          </p>
          <span className="visually-hidden" aria-live="polite">
            {remaining <= NARRATIVE_MAX / 10 ? `${remaining} characters left` : ''}
          </span>
        </>
      )}
    />
  );
}

/** A short answer (a name, a dose, an amount). */
export function ShortTextField({ path, label, hint, value, onChange, withhold = true }: FieldProps) {
  return (
    <LabelledQuestion
      path={path}
      label={label}
      hint={hint}
      withhold={withhold}
      control={({ id, error, describedBy: described }) => (
        <input
          id={id}
          type="text"
          value={value ?? ''}
          maxLength={SHORT_TEXT_MAX}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value || undefined)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described()}
        />
      )}
    />
  );
}

interface SelectProps extends Omit<FieldProps, 'value' | 'onChange'> {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: readonly { id: string; label: string }[];
  /** The empty choice; leave out for a required choice (an item's kind). */
  emptyLabel?: string;
}

/** A choice from one of the history's vocabularies, as a select. */
export function SelectChoice({ path, label, hint, value, onChange, options, emptyLabel, withhold = true }: SelectProps) {
  return (
    <LabelledQuestion
      path={path}
      label={label}
      hint={hint}
      withhold={withhold}
      control={({ id, error, describedBy: described }) => (
        <select
          id={id}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value || undefined)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described()}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
