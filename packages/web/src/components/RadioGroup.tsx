import type { ReactNode } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  /** Shown under the option and read with it. */
  hint?: ReactNode;
  disabled?: boolean;
}

interface RadioGroupProps<T extends string> {
  /** The first option's id is `field-<name>`, so an error summary can link to the group. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** Lay short options out in a row. */
  inline?: boolean;
  /** Make the legend look like a question rather than a form label. */
  className?: string;
}

/** One answer from a few, as a fieldset of radio buttons with its hint and error wired up. */
export function RadioGroup<T extends string>({ name, legend, hint, error, options, value, onChange, inline = false, className }: RadioGroupProps<T>) {
  const baseId = `field-${name}`;
  const describedBy = [hint ? `${baseId}-hint` : '', error ? `${baseId}-error` : ''].filter(Boolean).join(' ') || undefined;
  const classes = ['radio-group', className, error ? 'field-invalid' : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={classes} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${baseId}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${baseId}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className={inline ? 'choices choices-inline' : 'choices'}>
        {options.map((option, index) => {
          const id = index === 0 ? baseId : `${baseId}-${option.value || 'none'}`;
          return (
            <div key={option.value} className="choice">
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
              <label htmlFor={id}>{option.label}</label>
              {option.hint ? (
                <p id={`${id}-hint`} className="field-hint choice-hint">
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

const TRI_STATE = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not yet known' },
] as const;
type TriStateValue = (typeof TRI_STATE)[number]['value'];

const toTriState = (value: boolean | null | undefined): TriStateValue => (value === true ? 'yes' : value === false ? 'no' : 'unknown');
const fromTriState = (value: TriStateValue): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

/** Yes, no or not yet known — for findings, where "not yet known" is an honest answer. */
export function TriStateField({
  name, legend, hint, error, value, onChange,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: boolean | null | undefined;
  onChange: (value: boolean | null) => void;
}) {
  return (
    <RadioGroup
      name={name}
      legend={legend}
      hint={hint}
      error={error}
      options={TRI_STATE}
      value={toTriState(value)}
      onChange={(next) => onChange(fromTriState(next))}
      inline
      className="question"
    />
  );
}
