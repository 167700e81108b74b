import { useState, type KeyboardEvent } from 'react';
import { Suggestions, TextField } from '../../components/TextField';
import { useInterventionNames } from '../../api/useNotes';
import { interventionSuggestions } from './noteWords';

export const MAX_INTERVENTIONS = 20;
export const MAX_INTERVENTION_LENGTH = 200;
const INPUT_ID = 'field-intervention';

interface InterventionsFieldProps {
  value: string[];
  onChange: (next: string[]) => void;
  /** Saves at once, as leaving any other field does. */
  onBlur: () => void;
  error?: string | undefined;
}

/** The interventions used in the session: free text, with suggestions; each can be removed. */
export function InterventionsField({ value, onChange, onBlur, error }: InterventionsFieldProps) {
  const [draft, setDraft] = useState('');
  const [localError, setLocalError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const library = useInterventionNames();

  const focusInput = () => document.getElementById(INPUT_ID)?.focus();

  function add() {
    const text = draft.trim();
    if (!text) return setLocalError('Type an intervention, or choose one of the suggestions.');
    if (value.some((item) => item.toLowerCase() === text.toLowerCase())) return setLocalError('That intervention is already in the list.');
    if (value.length >= MAX_INTERVENTIONS) return setLocalError(`A note can list up to ${MAX_INTERVENTIONS} interventions.`);
    setLocalError('');
    onChange([...value, text]);
    setDraft('');
    setAnnouncement(`Added ${text}.`);
    focusInput();
  }

  function remove(index: number) {
    const removed = value[index];
    onChange(value.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${removed ?? 'the intervention'}.`);
    // The button pressed is gone: carry on from the input.
    focusInput();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <>
      {value.length ? (
        <ul className="plain-list intervention-list" aria-label="Interventions used">
          {value.map((item, index) => (
            <li key={`${index}:${item}`}>
              <span>{item}</span>
              <button type="button" className="button-secondary button-small" onClick={() => remove(index)}>
                Remove<span className="visually-hidden"> {item}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None added yet.</p>
      )}
      <div className="add-control">
        <TextField
          id={INPUT_ID}
          name="intervention"
          label="Add an intervention"
          hint="Choose a suggestion or type your own, then press Add."
          list="intervention-suggestions"
          autoComplete="off"
          maxLength={MAX_INTERVENTION_LENGTH}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setLocalError('');
          }}
          onKeyDown={handleKeyDown}
          onBlur={onBlur}
          error={localError || error}
        />
        <button type="button" className="button-secondary" onClick={add}>
          Add
        </button>
      </div>
      <Suggestions id="intervention-suggestions" values={interventionSuggestions(library.data)} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
