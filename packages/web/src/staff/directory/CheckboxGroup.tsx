import type { ReactNode } from 'react';

interface CheckboxGroupProps {
  /** The first checkbox's id is `<idPrefix>` (default `field-<name>`), so an error summary can link to the group. */
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { id: string; label: string }[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Lay many short options out in columns (e.g. states). */
  columns?: boolean;
}

/** Any number of answers from a list, as a fieldset of checkboxes with its hint and error wired up. Values keep the list's order. */
export function CheckboxGroup({ name, idPrefix, legend, hint, error, options, values, onChange, columns = false }: CheckboxGroupProps) {
  const baseId = idPrefix ?? `field-${name}`;
  const describedBy = [hint ? `${baseId}-hint` : '', error ? `${baseId}-error` : ''].filter(Boolean).join(' ') || undefined;
  const chosen = new Set(values);
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(options.map((option) => option.id).filter((optionId) => next.has(optionId)));
  };
  return (
    <fieldset className={['checkbox-group', error ? 'field-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={describedBy}>
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
      <div className={columns ? 'checkbox-columns' : undefined}>
        {options.map((option, index) => {
          const id = index === 0 ? baseId : `${baseId}-${option.id}`;
          return (
            <label key={option.id} className="checkbox" htmlFor={id}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.id}
                checked={chosen.has(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
                aria-invalid={error ? true : undefined}
              />
              {option.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
