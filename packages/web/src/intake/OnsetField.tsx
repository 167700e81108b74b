import { useState } from 'react';
import type { Onset } from '@candor/clinical';
import { monthNames } from '../components/dates';
import { fieldIdFor } from './answers';
import { QuestionGroup } from './choiceFields';
import { useIntakeEditor } from './IntakeContext';

type OnsetType = Onset['type'];

const TYPES: { id: OnsetType; label: string }[] = [
  { id: 'date', label: 'I remember roughly when (a year, or a month and year)' },
  { id: 'age', label: 'I remember how old I was' },
  { id: 'always', label: 'It has always been this way' },
];

/** The onset as it was given, or nothing until it is complete enough to keep. */
function onsetFrom(type: OnsetType | undefined, year: string, month: string, age: string): Onset | undefined {
  if (type === 'always') return { type };
  if (type === 'date' && /^\d{4}$/.test(year)) return { type, date: month ? `${year}-${month}` : year };
  if (type === 'age' && /^\d{1,3}$/.test(age)) return { type, age: Number(age) };
  return undefined;
}

function SubError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  ) : null;
}

/** When a concern started: a date (month and year, or a year), an age, or "always". */
export function OnsetField({ path, onset, onChange }: { path: string; onset: Onset | undefined; onChange: (onset: Onset | undefined) => void }) {
  const { errors } = useIntakeEditor();
  const id = fieldIdFor(path);
  const [type, setType] = useState<OnsetType | undefined>(onset?.type);
  const [year, setYear] = useState(onset?.date?.slice(0, 4) ?? '');
  const [month, setMonth] = useState(onset?.date?.slice(5, 7) ?? '');
  const [age, setAge] = useState(onset?.age === undefined ? '' : String(onset.age));
  const dateId = fieldIdFor(`${path}.date`);
  const ageId = fieldIdFor(`${path}.age`);
  const dateError = errors[`${path}.date`];
  const ageError = errors[`${path}.age`];

  function update(next: { type?: OnsetType; year?: string; month?: string; age?: string }) {
    const values = { type, year, month, age, ...next };
    setType(values.type);
    setYear(values.year);
    setMonth(values.month);
    setAge(values.age);
    onChange(onsetFrom(values.type, values.year, values.month, values.age));
  }

  return (
    <QuestionGroup path={path} legend="When did it start?" hint="Roughly is fine." withhold>
      <div className="choices">
        {TYPES.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.id}`;
          return (
            <div key={option.id} className="choice">
              <input id={optionId} type="radio" name={id} value={option.id} checked={type === option.id} onChange={() => update({ type: option.id })} />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {type === 'date' ? (
        <div className={dateError ? 'date-parts field-invalid' : 'date-parts'}>
          <div className="field">
            <label htmlFor={`${dateId}-month`}>Month (optional)</label>
            <select id={`${dateId}-month`} value={month} onChange={(event) => update({ month: event.target.value })}>
              <option value="">Not sure</option>
              {monthNames().map((name, index) => (
                <option key={name} value={String(index + 1).padStart(2, '0')}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={dateId}>Year</label>
            <SubError id={dateId} error={dateError} />
            <input
              id={dateId}
              className="year-input"
              type="text"
              inputMode="numeric"
              maxLength={4}
              autoComplete="off"
              value={year}
              onChange={(event) => update({ year: event.target.value.replace(/\D/g, '') })}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${dateId}-error` : undefined}
            />
          </div>
        </div>
      ) : null}
      {type === 'age' ? (
        <div className={ageError ? 'field field-invalid' : 'field'}>
          <label htmlFor={ageId}>How old were you?</label>
          <SubError id={ageId} error={ageError} />
          <input
            id={ageId}
            className="year-input"
            type="text"
            inputMode="numeric"
            maxLength={3}
            autoComplete="off"
            value={age}
            onChange={(event) => update({ age: event.target.value.replace(/\D/g, '') })}
            aria-invalid={ageError ? true : undefined}
            aria-describedby={ageError ? `${ageId}-error` : undefined}
          />
        </div>
      ) : null}
    </QuestionGroup>
  );
}
