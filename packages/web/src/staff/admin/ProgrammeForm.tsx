import { useState, type FormEvent, type ReactNode } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { COUNTS_TOWARD, PROGRAMME_FORMATS, PROGRAMME_KINDS, type Programme, type ProgrammeFormat, type ProgrammeInput, type ProgrammeKind } from '../../api/trainingTypes';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { CheckboxGroup } from '../directory/CheckboxGroup';

export const PROGRAMME_LABELS: Record<string, string> = {
  kind: 'Kind',
  name: 'Name',
  provider: 'Provider',
  format: 'Format',
  city: 'City',
  state: 'State or region',
  country: 'Country',
  length: 'Length',
  costMin: 'Lowest cost',
  costMax: 'Highest cost',
  countsToward: 'Counts toward',
  url: 'Web address',
  description: 'Description',
};

const MAX_COST = 1_000_000;

interface Draft {
  kind: ProgrammeKind | '';
  name: string;
  provider: string;
  format: ProgrammeFormat | '';
  city: string;
  state: string;
  country: string;
  length: string;
  costMin: string;
  costMax: string;
  countsToward: string[];
  url: string;
  description: string;
}

const EMPTY: Draft = { kind: '', name: '', provider: '', format: '', city: '', state: '', country: '', length: '', costMin: '', costMax: '', countsToward: [], url: '', description: '' };

function draftOf(programme: Programme | undefined): Draft {
  if (!programme) return EMPTY;
  const known = <T extends string>(list: readonly { id: T }[], id: string): T | '' => list.find((item) => item.id === id)?.id ?? '';
  return {
    kind: known(PROGRAMME_KINDS, programme.kind), name: programme.name, provider: programme.provider, format: known(PROGRAMME_FORMATS, programme.format),
    city: programme.city ?? '', state: programme.state ?? '', country: programme.country ?? '', length: programme.length ?? '',
    costMin: programme.costMin === null ? '' : String(programme.costMin), costMax: programme.costMax === null ? '' : String(programme.costMax),
    countsToward: programme.countsToward.map((c) => c.id), url: programme.url, description: programme.description ?? '',
  };
}

function readCost(text: string): { value: number | null; problem?: string } {
  const cleaned = text.trim().replace(/[$,\s]/g, '');
  if (!cleaned) return { value: null };
  if (!/^\d+$/.test(cleaned) || Number(cleaned) > MAX_COST) return { value: null, problem: 'Enter whole dollars, for example 1200.' };
  return { value: Number(cleaned) };
}

/** The problems the server would report, found before sending; and the body to send. */
function checkDraft(draft: Draft): { input: ProgrammeInput | null; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  if (!draft.kind) problems.kind = 'Choose what kind of programme it is.';
  if (!draft.name.trim()) problems.name = 'Enter the programme’s name.';
  if (!draft.provider.trim()) problems.provider = 'Enter who offers it.';
  if (!draft.format) problems.format = 'Choose how it is taught.';
  if (!/^https?:\/\/\S+\.\S+/.test(draft.url.trim())) problems.url = 'Enter a web address starting with https://.';
  const costMin = readCost(draft.costMin);
  const costMax = readCost(draft.costMax);
  if (costMin.problem) problems.costMin = costMin.problem;
  if (costMax.problem) problems.costMax = costMax.problem;
  else if (costMin.value !== null && costMax.value !== null && costMax.value < costMin.value) problems.costMax = 'The highest cost must be at least the lowest.';
  if (draft.format && draft.format !== 'online' && !draft.city.trim() && !draft.country.trim()) problems.city = 'Give a city (or a country) for a programme that meets in person.';
  if (!draft.kind || !draft.format || Object.keys(problems).length) return { input: null, problems };
  const orNull = (text: string) => text.trim() || null;
  return {
    problems,
    input: {
      kind: draft.kind, name: draft.name.trim(), provider: draft.provider.trim(), format: draft.format, city: orNull(draft.city), state: orNull(draft.state),
      country: orNull(draft.country), length: orNull(draft.length), costMin: costMin.value, costMax: costMax.value, countsToward: draft.countsToward,
      url: draft.url.trim(), description: orNull(draft.description),
    },
  };
}

interface ProgrammeFormProps {
  /** Makes every id in the form unique on the page (an add form and edit forms can be open at once). */
  idPrefix: string;
  /** The programme being edited; none to add one. */
  programme?: Programme;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ProgrammeInput, reset: () => void) => void;
  /** Extra buttons beside the submit button (e.g. Cancel). */
  actions?: ReactNode;
}

/** Every field of a training programme, for adding one or editing one. */
export function ProgrammeForm({ idPrefix, programme, label, submitLabel, pendingLabel, pending, error, onSubmit, actions }: ProgrammeFormProps) {
  const [draft, setDraft] = useState(() => draftOf(programme));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const general = error && Object.keys(serverErrors).length === 0 ? describeError(error) : undefined;
  const idFor = (field: string) => `${idPrefix}-${field}`;
  const text = (key: 'name' | 'provider' | 'city' | 'state' | 'country' | 'length' | 'costMin' | 'costMax' | 'url' | 'description') => ({
    id: idFor(key),
    name: key,
    value: draft[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value })),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, problems } = checkDraft(draft);
    setLocalErrors(problems);
    if (input) onSubmit(input, () => setDraft(EMPTY));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={label} className="programme-form">
      <ErrorSummary errors={errors} labels={PROGRAMME_LABELS} idFor={idFor} />
      <Alert>{general}</Alert>
      <SelectField
        id={idFor('kind')}
        name="kind"
        label="Kind"
        options={[{ value: '', label: 'Choose a kind' }, ...PROGRAMME_KINDS.map((k) => ({ value: k.id, label: k.label }))]}
        value={draft.kind}
        onChange={(event) => setDraft((current) => ({ ...current, kind: event.target.value as ProgrammeKind | '' }))}
        error={errors.kind}
      />
      <TextField {...text('name')} label="Name" maxLength={200} />
      <TextField {...text('provider')} label="Provider" hint="The university, institute or person who offers it." maxLength={200} />
      <SelectField
        id={idFor('format')}
        name="format"
        label="Format"
        options={[{ value: '', label: 'Choose a format' }, ...PROGRAMME_FORMATS.map((f) => ({ value: f.id, label: f.label }))]}
        value={draft.format}
        onChange={(event) => setDraft((current) => ({ ...current, format: event.target.value as ProgrammeFormat | '' }))}
        error={errors.format}
      />
      <div className="programme-place">
        <TextField {...text('city')} label="City (optional)" hint="Needed, or a country, unless it is online." maxLength={80} />
        <TextField {...text('state')} label="State or region (optional)" maxLength={40} />
        <TextField {...text('country')} label="Country (optional)" maxLength={60} />
      </div>
      <TextField {...text('length')} label="Length (optional)" hint="For example “Two years, part time” or “12 hours”." maxLength={80} />
      <div className="programme-costs">
        <TextField {...text('costMin')} label="Lowest cost (optional)" hint="Whole dollars." inputMode="numeric" autoComplete="off" />
        <TextField {...text('costMax')} label="Highest cost (optional)" hint="Whole dollars." inputMode="numeric" autoComplete="off" />
      </div>
      <CheckboxGroup
        name="countsToward"
        idPrefix={idFor('countsToward')}
        legend="Counts toward (optional)"
        hint="The AASECT Certified Sex Therapist requirements, and renewal, that this programme can help meet."
        options={COUNTS_TOWARD}
        values={draft.countsToward}
        onChange={(values) => setDraft((current) => ({ ...current, countsToward: values }))}
        error={errors.countsToward}
      />
      <TextField {...text('url')} inputMode="url" label="Web address" hint="Starting with https://." maxLength={500} autoComplete="url" />
      <TextAreaField {...text('description')} label="Description (optional)" rows={4} maxLength={2000} />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
