import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { fieldIdFor, type ListKey } from './answers';
import { PreferNotToSay, WithheldNote } from './fields';
import { useIntakeEditor } from './IntakeContext';

interface ListQuestionProps<T> {
  list: ListKey;
  title: string;
  intro?: ReactNode;
  /** "concern", "medicine": for buttons such as "Remove medicine 2". */
  noun: string;
  items: T[] | undefined;
  itemTitle: (item: T, index: number) => string;
  renderItem: (item: T, index: number, path: string) => ReactNode;
  /** The control that adds an item (it asks for the item's kind or name first). */
  addControl: ReactNode;
  emptyText: string;
}

/** A list of things (concerns, medicines…) with labelled fields and Add/Remove buttons. */
export function ListQuestion<T>({ list, title, intro, noun, items = [], itemTitle, renderItem, addControl, emptyText }: ListQuestionProps<T>) {
  const editor = useIntakeEditor();
  const headingId = `${fieldIdFor(list)}-heading`;
  const withheld = editor.withheld(list);
  const shownCount = useRef(items.length);

  // Only the person adds or removes items while the list is shown (a reloaded draft remounts
  // it): after adding, focus goes to the new item; after removing, to the list's heading.
  useEffect(() => {
    const before = shownCount.current;
    shownCount.current = items.length;
    if (withheld) return; // "Prefer not to say" cleared the list: focus stays on that checkbox.
    if (items.length > before) document.getElementById(`${fieldIdFor(`${list}.${items.length - 1}`)}-heading`)?.focus();
    else if (items.length < before) document.getElementById(headingId)?.focus();
  }, [items.length, list, headingId, withheld]);

  return (
    <section className="list-question" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {intro}
      {withheld ? (
        <WithheldNote />
      ) : (
        <>
          {items.length === 0 ? <p className="muted">{emptyText}</p> : null}
          <ol className="plain-list list-items">
            {items.map((item, index) => {
              const path = `${list}.${index}`;
              const itemHeading = `${fieldIdFor(path)}-heading`;
              const name = itemTitle(item, index);
              return (
                <li key={index} className="list-item">
                  <h3 id={itemHeading} tabIndex={-1}>
                    {name}
                  </h3>
                  {renderItem(item, index, path)}
                  <button
                    type="button"
                    className="button-secondary button-small"
                    onClick={() => editor.removeItem(list, index)}
                  >
                    Remove {noun} {index + 1}
                  </button>
                </li>
              );
            })}
          </ol>
          {addControl}
        </>
      )}
      <PreferNotToSay path={list} question={title} />
    </section>
  );
}

interface AddControlProps {
  /** Used for ids, e.g. `medications`. */
  list: ListKey;
  label: string;
  button: string;
  onAdd: (value: string) => void;
}

/** Adds an item of a chosen kind (its kind is required, so it is asked first). */
export function AddByKind({ list, label, button, options, onAdd }: AddControlProps & { options: readonly { id: string; label: string }[] }) {
  const [kind, setKind] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `${fieldIdFor(list)}-add`;
  function add(event: FormEvent) {
    event.preventDefault();
    if (!kind) return setMissing(true);
    setMissing(false);
    onAdd(kind);
    setKind('');
  }
  return (
    <div className={missing ? 'add-control field-invalid' : 'add-control'}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {missing ? (
          <p id={`${id}-error`} className="field-error">
            Choose one first.
          </p>
        ) : null}
        <select id={id} value={kind} onChange={(event) => setKind(event.target.value)} aria-describedby={missing ? `${id}-error` : undefined}>
          <option value="">Choose one</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-secondary" onClick={add}>
        {button}
      </button>
    </div>
  );
}

/** Adds an item by its name (a name is required, so it is asked first). */
export function AddByName({ list, label, button, onAdd }: AddControlProps) {
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `${fieldIdFor(list)}-add`;
  function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setMissing(true);
    setMissing(false);
    onAdd(name.trim());
    setName('');
  }
  return (
    <div className={missing ? 'add-control field-invalid' : 'add-control'}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {missing ? (
          <p id={`${id}-error`} className="field-error">
            Type a name first.
          </p>
        ) : null}
        <input
          id={id}
          type="text"
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add(event);
          }}
          aria-describedby={missing ? `${id}-error` : undefined}
        />
      </div>
      <button type="button" className="button-secondary" onClick={add}>
        {button}
      </button>
    </div>
  );
}
