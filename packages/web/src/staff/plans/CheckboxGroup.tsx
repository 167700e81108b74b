import type { ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

interface CheckboxGroupProps {
  /** The first checkbox's id, so an error summary can link to the group. */
  idBase: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly CheckboxOption[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
  /** Shown instead of the checkboxes when there is nothing to choose. */
  emptyText?: ReactNode;
  className?: string;
}

/** Several answers from a list, as a fieldset of checkboxes with its hint and error wired up. */
export function CheckboxGroup({ idBase, legend, hint, error, options, chosen, onChange, emptyText, className }: CheckboxGroupProps) {
  const describedBy = [hint ? `${idBase}-hint` : '', error ? `${idBase}-error` : ''].filter(Boolean).join(' ') || undefined;
  const classes = ['checkbox-group', className, error ? 'field-invalid' : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={classes} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${idBase}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${idBase}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {options.length === 0 && emptyText ? <p className="muted">{emptyText}</p> : null}
      {options.map((option, index) => {
        const id = index === 0 ? idBase : `${idBase}-${index}`;
        return (
          <label key={option.value} className="checkbox" htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))}
              aria-invalid={error ? true : undefined}
            />
            <span>{option.label}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
