import { useState, type ReactNode } from 'react';
import { monthNames } from '../components/dates';
import { fieldIdFor } from './answers';
import { HintAndError, PreferNotToSay, WithheldNote } from './fields';
import { useIntakeEditor } from './IntakeContext';

interface GroupShellProps {
  path: string;
  legend: string;
  hint?: ReactNode;
  withhold: boolean;
  children: ReactNode;
}

/** A fieldset for one question, with its hint, error and "Prefer not to say". */
export function QuestionGroup({ path, legend, hint, withhold, children }: GroupShellProps) {
  const editor = useIntakeEditor();
  const id = fieldIdFor(path);
  const error = editor.errors[path];
  const withheld = withhold && editor.withheld(path);
  const describedBy = [hint && !withheld ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'question field-invalid' : 'question'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {withheld ? (
        <WithheldNote />
      ) : (
        <>
          <HintAndError id={id} hint={hint} error={error} />
          {children}
        </>
      )}
      {withhold ? <PreferNotToSay path={path} question={legend} /> : null}
    </fieldset>
  );
}

interface ChoiceGroupProps<T extends string> {
  path: string;
  legend: string;
  hint?: ReactNode;
  options: readonly { id: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
  withhold?: boolean;
  /** Lay short options out in a row. */
  inline?: boolean;
}

/** One answer from a few, as radio buttons. */
export function ChoiceGroup<T extends string>({ path, legend, hint, options, value, onChange, withhold = true, inline = false }: ChoiceGroupProps<T>) {
  const editor = useIntakeEditor();
  const id = fieldIdFor(path);
  const error = editor.errors[path];
  return (
    <QuestionGroup path={path} legend={legend} hint={hint} withhold={withhold}>
      <div className={inline ? 'choices choices-inline' : 'choices'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.id}`;
          return (
            <div key={option.id} className="choice">
              <input
                id={optionId}
                type="radio"
                name={id}
                value={option.id}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
                aria-invalid={error ? true : undefined}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </QuestionGroup>
  );
}

const SCALE = Array.from({ length: 11 }, (_, n) => ({
  id: String(n),
  label: n === 0 ? '0 (not at all)' : n === 10 ? '10 (extremely)' : String(n),
}));

/** A 0–10 rating as a row of radio buttons; each announces its own number. */
export function ScaleGroup({ path, legend, hint, value, onChange }: { path: string; legend: string; hint: string; value: number | undefined; onChange: (value: number) => void }) {
  return (
    <ChoiceGroup
      path={path}
      legend={legend}
      hint={hint}
      options={SCALE}
      value={value === undefined ? undefined : String(value)}
      onChange={(chosen) => onChange(Number(chosen))}
      inline
    />
  );
}

interface PartialDateProps {
  path: string;
  legend: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  withhold?: boolean;
}

/** A date as precise as the person remembers it: a year, or a month and year. */
export function PartialDateField({ path, legend, value, onChange, withhold = true }: PartialDateProps) {
  const id = fieldIdFor(path);
  const [year, setYear] = useState(value?.slice(0, 4) ?? '');
  const [month, setMonth] = useState(value?.slice(5, 7) ?? '');

  function update(nextYear: string, nextMonth: string) {
    setYear(nextYear);
    setMonth(nextMonth);
    const y = nextYear.trim();
    onChange(/^\d{4}$/.test(y) ? (nextMonth ? `${y}-${nextMonth}` : y) : undefined);
  }

  return (
    <QuestionGroup path={path} legend={legend} hint="A year is enough; add the month if you remember it." withhold={withhold}>
      <div className="date-parts">
        <div className="field">
          <label htmlFor={`${id}-month`}>Month (optional)</label>
          <select id={`${id}-month`} value={month} onChange={(event) => update(year, event.target.value)}>
            <option value="">Not sure</option>
            {monthNames().map((name, index) => (
              <option key={name} value={String(index + 1).padStart(2, '0')}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id}>Year</label>
          <input
            id={id}
            className="year-input"
            type="text"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            value={year}
            onChange={(event) => update(event.target.value.replace(/\D/g, ''), month)}
          />
        </div>
      </div>
    </QuestionGroup>
  );
}
