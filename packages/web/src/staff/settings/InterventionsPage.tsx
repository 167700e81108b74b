import { INTERVENTION_CATEGORIES, type InterventionCategory } from '@candor/clinical';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Intervention } from '../../api/planTypes';
import { useCreateIntervention, useEditIntervention, useInterventions } from '../../api/usePlans';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { DocumentText } from '../../components/DocumentText';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { CATEGORY_LABELS, byCategory } from '../plans/planWords';
import { SettingsNav } from './SettingsNav';

const LABELS: Record<string, string> = {
  name: 'Name',
  category: 'Category',
  summary: 'Summary for clinicians',
  clientTitle: 'Title the client sees',
  clientInstructions: 'Instructions the client reads',
  suggestedFrequency: 'How often',
  homework: 'Homework',
  forPartners: 'Done together',
  archived: 'Archived',
};

interface Wording {
  name: string;
  summary: string;
  clientTitle: string;
  clientInstructions: string;
  suggestedFrequency: string;
}

const EMPTY_WORDING: Wording = { name: '', summary: '', clientTitle: '', clientInstructions: '', suggestedFrequency: '' };

function wordingOf(item: Intervention): Wording {
  return { name: item.name, summary: item.summary, clientTitle: item.clientTitle, clientInstructions: item.clientInstructions, suggestedFrequency: item.suggestedFrequency ?? '' };
}

/** What must be written before saving. */
function checkWording(wording: Wording): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!wording.name.trim()) errors.name = 'Give it a name.';
  if (!wording.summary.trim()) errors.summary = 'Write a sentence or two for clinicians.';
  if (!wording.clientTitle.trim()) errors.clientTitle = 'Give it a title for clients.';
  if (!wording.clientInstructions.trim()) errors.clientInstructions = 'Write the instructions clients will read.';
  return errors;
}

function trimmed(wording: Wording) {
  return {
    name: wording.name.trim(),
    summary: wording.summary.trim(),
    clientTitle: wording.clientTitle.trim(),
    clientInstructions: wording.clientInstructions.trim(),
    suggestedFrequency: wording.suggestedFrequency.trim() || null,
  };
}

/** The wording fields shared by editing and adding. */
function WordingFields({ idPrefix, wording, onChange, errors }: { idPrefix: string; wording: Wording; onChange: (next: Wording) => void; errors: Record<string, string> }) {
  const field = (key: keyof Wording) => ({
    id: `${idPrefix}-${key}`,
    name: key,
    value: wording[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => onChange({ ...wording, [key]: event.target.value }),
  });
  return (
    <>
      <TextField {...field('name')} label="Name" hint="What clinicians see in plans and notes." maxLength={120} />
      <TextAreaField {...field('summary')} label="Summary for clinicians" rows={3} maxLength={1000} />
      <TextField {...field('clientTitle')} label="Title the client sees" maxLength={120} />
      <TextAreaField {...field('clientInstructions')} label="Instructions the client reads" hint="Plain, calm words; leave a blank line between paragraphs." rows={8} maxLength={6000} />
      <TextField {...field('suggestedFrequency')} label="How often (optional)" hint="For example “2–3 times a week”." maxLength={120} />
    </>
  );
}

function EditForm({ item, onDone }: { item: Intervention; onDone: (text: string) => void }) {
  const edit = useEditIntervention();
  const [wording, setWording] = useState(() => wordingOf(item));
  const [archived, setArchived] = useState(item.archived);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(edit.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const prefix = `edit-${item.id}`;
  const generalError = edit.isError && Object.keys(serverErrors).length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkWording(wording);
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    edit.mutate(
      { id: item.id, body: { ...trimmed(wording), archived } },
      { onSuccess: (saved) => onDone(`Saved “${saved.name}”. Homework already given keeps the wording it was given with.`) },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="assign-form" aria-label={`Edit ${item.name}`}>
      <ErrorSummary errors={errors} labels={LABELS} idFor={(field) => `${prefix}-${field}`} />
      <Alert>{generalError ? describeError(edit.error) : undefined}</Alert>
      {item.source === 'library' ? (
        <p className="muted">Your practice&apos;s wording is kept beside Candor&apos;s, which stays as it was shipped.</p>
      ) : null}
      <WordingFields idPrefix={prefix} wording={wording} onChange={setWording} errors={errors} />
      <label className="checkbox" htmlFor={`${prefix}-archived`}>
        <input id={`${prefix}-archived`} type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
        Archived: no longer offered for new plans or homework
      </label>
      <div className="form-actions">
        <button type="submit" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A source's address, shortened for reading: "en.wikipedia.org/wiki/Sensate_focus". */
function sourceText(url: string): string {
  const short = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  try {
    return decodeURI(short);
  } catch {
    return short;
  }
}

function InterventionItem({ item, onStatus }: { item: Intervention; onStatus: (text: string) => void }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const headingId = `intervention-${item.id}`;

  // Leaving the form (saved or cancelled) puts focus back on "Edit".
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li>
      <article aria-labelledby={headingId} className="intervention-item">
        <h3 id={headingId}>{item.name}</h3>
        <ul className="badge-list" aria-label={`About ${item.name}`}>
          {item.edited ? (
            <li>
              <span className="badge badge-waiting">Edited by your practice</span>
            </li>
          ) : null}
          {item.source === 'practice' ? (
            <li>
              <span className="badge">Your practice&apos;s own</span>
            </li>
          ) : null}
          {item.archived ? (
            <li>
              <span className="badge badge-stopped">Archived</span>
            </li>
          ) : null}
          {item.homework ? (
            <li>
              <span className="badge">Can be homework</span>
            </li>
          ) : null}
          {item.forPartners ? (
            <li>
              <span className="badge">Done together</span>
            </li>
          ) : null}
        </ul>
        <p>{item.summary}</p>
        <DetailsList
          rows={[
            ['Title the client sees', item.clientTitle],
            ['How often', item.suggestedFrequency],
          ]}
        />
        <details className="source">
          <summary>Instructions the client reads</summary>
          <DocumentText body={item.clientInstructions} />
        </details>
        {item.sources.length ? (
          <>
            <p className="sources-label">Sources</p>
            <ul className="source-links">
              {item.sources.map((url) => (
                <li key={url}>
                  <a href={url} target="_blank" rel="noreferrer">
                    {sourceText(url)}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {editing ? (
          <EditForm
            item={item}
            onDone={(text) => {
              setEditing(false);
              if (text) onStatus(text);
            }}
          />
        ) : (
          <button ref={editButton} type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> {item.name}</span>
          </button>
        )}
      </article>
    </li>
  );
}

const CATEGORY_OPTIONS = [{ value: '', label: 'Choose a category' }, ...INTERVENTION_CATEGORIES.map((category) => ({ value: category, label: CATEGORY_LABELS[category] }))];

function AddInterventionForm({ onAdded }: { onAdded: (text: string) => void }) {
  const create = useCreateIntervention();
  const [wording, setWording] = useState(EMPTY_WORDING);
  const [category, setCategory] = useState<InterventionCategory | ''>('');
  const [homework, setHomework] = useState(true);
  const [forPartners, setForPartners] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(create.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const generalError = create.isError && Object.keys(serverErrors).length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkWording(wording);
    if (!category) problems.category = 'Choose a category.';
    setLocalErrors(problems);
    if (!category || Object.keys(problems).length) return;
    create.mutate(
      { ...trimmed(wording), category, homework, forPartners },
      {
        onSuccess: (saved) => {
          onAdded(`Added “${saved.name}” to your library.`);
          setWording(EMPTY_WORDING);
          setCategory('');
        },
      },
    );
  }

  return (
    <section aria-labelledby="add-intervention-heading" className="panel">
      <h2 id="add-intervention-heading">Add your practice&apos;s own</h2>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="add-intervention-heading">
        <ErrorSummary errors={errors} labels={LABELS} idFor={(field) => `new-intervention-${field}`} />
        <Alert>{generalError ? describeError(create.error) : undefined}</Alert>
        <SelectField
          id="new-intervention-category"
          name="category"
          label="Category"
          options={CATEGORY_OPTIONS}
          value={category}
          onChange={(event) => setCategory(event.target.value as InterventionCategory | '')}
          error={errors.category}
        />
        <WordingFields idPrefix="new-intervention" wording={wording} onChange={setWording} errors={errors} />
        <fieldset>
          <legend>How it is used</legend>
          <label className="checkbox" htmlFor="new-intervention-homework">
            <input id="new-intervention-homework" type="checkbox" checked={homework} onChange={(event) => setHomework(event.target.checked)} />
            Can be given as homework between sessions
          </label>
          <label className="checkbox" htmlFor="new-intervention-forPartners">
            <input id="new-intervention-forPartners" type="checkbox" checked={forPartners} onChange={(event) => setForPartners(event.target.checked)} />
            Designed to be done together by partners
          </label>
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add to the library'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Settings → Interventions: the library as the practice words it, its own additions, and their sources. */
export function InterventionsPage() {
  const interventions = useInterventions();
  const [status, setStatus] = useState('');
  const groups = byCategory(interventions.data ?? []);
  return (
    <>
      <PageHeading title="Interventions">Interventions</PageHeading>
      <SettingsNav />
      <p>
        The interventions clinicians choose for treatment plans and give as homework. Candor&apos;s library comes with its sources; you
        can reword any item for your clients, archive what you don&apos;t use, and add your own.
      </p>
      <StatusMessage>{status || undefined}</StatusMessage>
      <Alert focus={false}>{interventions.isError ? describeError(interventions.error) : undefined}</Alert>
      {interventions.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`category-${group.category}`} className="panel">
          <h2 id={`category-${group.category}`}>{group.label}</h2>
          <ul className="plain-list intervention-library">
            {group.items.map((item) => (
              <InterventionItem key={item.id} item={item} onStatus={setStatus} />
            ))}
          </ul>
        </section>
      ))}
      {interventions.isSuccess ? <AddInterventionForm onAdded={setStatus} /> : null}
    </>
  );
}
