import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { AddressPrecision, DirectoryProfile, DirectoryProfileInput } from '../../api/directoryTypes';
import { useSaveDirectoryProfile } from '../../api/useDirectory';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { CheckboxGroup } from './CheckboxGroup';
import { APPROACH_OPTIONS, LANGUAGE_OPTIONS, POPULATION_OPTIONS, SPECIALTY_OPTIONS, STATE_OPTIONS, publicLocation } from './directoryWords';

const LABELS: Record<string, string> = {
  displayName: 'Name shown to the public',
  pronouns: 'Pronouns',
  bio: 'About how you work',
  specialties: 'Concerns you work with',
  populations: 'People you work with',
  approaches: 'Approaches you use',
  languages: 'Languages',
  insurance: 'Insurance',
  feeMin: 'Lowest fee',
  feeMax: 'Highest fee',
  slidingScale: 'Sliding scale',
  inPerson: 'How you see clients',
  street: 'Street address',
  city: 'City',
  state: 'State',
  zip: 'ZIP code',
  addressPrecision: 'How much of the address the public sees',
  telehealth: 'Telehealth',
  telehealthStates: 'Telehealth states',
  accepting: 'Accepting new clients',
  listed: 'Show my profile in the public directory',
};

const MAX_FEE = 2000;
const MAX_INSURANCE = 20;

/** The form's own state: text stays text until it is sent. */
interface Draft {
  listed: boolean;
  displayName: string;
  pronouns: string;
  bio: string;
  specialties: string[];
  populations: string[];
  approaches: string[];
  languages: string[];
  insurance: string;
  feeMin: string;
  feeMax: string;
  slidingScale: boolean;
  inPerson: boolean;
  street: string;
  city: string;
  state: string;
  zip: string;
  addressPrecision: AddressPrecision;
  telehealth: boolean;
  telehealthStates: string[];
  accepting: boolean;
}

function draftOf(profile: DirectoryProfile | null, displayName: string): Draft {
  if (!profile) {
    return {
      listed: false, displayName, pronouns: '', bio: '', specialties: [], populations: [], approaches: [], languages: [], insurance: '', feeMin: '', feeMax: '',
      slidingScale: false, inPerson: false, street: '', city: '', state: '', zip: '', addressPrecision: 'city', telehealth: false, telehealthStates: [], accepting: true,
    };
  }
  return {
    listed: profile.listed, displayName: profile.displayName, pronouns: profile.pronouns ?? '', bio: profile.bio, specialties: profile.specialties,
    populations: profile.populations, approaches: profile.approaches, languages: profile.languages, insurance: profile.insurance.join('\n'),
    feeMin: profile.feeMin === null ? '' : String(profile.feeMin), feeMax: profile.feeMax === null ? '' : String(profile.feeMax), slidingScale: profile.slidingScale,
    inPerson: profile.inPerson, street: profile.street ?? '', city: profile.city ?? '', state: profile.state ?? '', zip: profile.zip ?? '',
    addressPrecision: profile.addressPrecision, telehealth: profile.telehealth, telehealthStates: profile.telehealthStates, accepting: profile.accepting,
  };
}

/** A fee in whole dollars, or null when empty; a problem message when it is not one. */
function readFee(text: string): { value: number | null; problem?: string } {
  const cleaned = text.trim().replace(/^\$/, '');
  if (!cleaned) return { value: null };
  if (!/^\d+$/.test(cleaned) || Number(cleaned) > MAX_FEE) return { value: null, problem: `Enter whole dollars, from 0 to ${MAX_FEE}.` };
  return { value: Number(cleaned) };
}

/** Checks what the server would refuse, in the same words where it can; returns the body to send and the problems. */
function checkDraft(draft: Draft): { input: DirectoryProfileInput; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  if (!draft.displayName.trim()) problems.displayName = 'Enter the name people will see.';
  if (draft.pronouns.trim().length > 40) problems.pronouns = 'Keep pronouns to 40 characters.';
  if (!draft.bio.trim()) problems.bio = 'Write a few sentences about how you work.';
  if (draft.languages.length === 0) problems.languages = 'Choose at least one language you offer therapy in.';
  const insurance = draft.insurance.split('\n').map((line) => line.trim()).filter(Boolean);
  if (insurance.length > MAX_INSURANCE) problems.insurance = `List up to ${MAX_INSURANCE} plans.`;
  else if (insurance.some((plan) => plan.length > 80)) problems.insurance = 'Keep each plan to 80 characters.';
  const feeMin = readFee(draft.feeMin);
  const feeMax = readFee(draft.feeMax);
  if (feeMin.problem) problems.feeMin = feeMin.problem;
  if (feeMax.problem) problems.feeMax = feeMax.problem;
  else if (feeMin.value !== null && feeMax.value !== null && feeMax.value < feeMin.value) problems.feeMax = 'The highest fee must be at least the lowest.';
  if (!draft.inPerson && !draft.telehealth) problems.inPerson = 'Choose in person, telehealth, or both.';
  if (draft.inPerson) {
    if (draft.addressPrecision === 'street' && !draft.street.trim()) problems.street = 'Enter the street address, or choose to show less of it.';
    if (!draft.city.trim()) problems.city = 'Enter the office’s city.';
    if (!draft.state) problems.state = 'Choose the office’s state.';
    if (!/^\d{5}$/.test(draft.zip.trim())) problems.zip = 'Enter the office’s five-digit ZIP code.';
  }
  if (draft.telehealth && draft.telehealthStates.length === 0) problems.telehealthStates = 'Choose the states where you are licensed to see clients by telehealth.';
  const orNull = (text: string) => text.trim() || null;
  // The checkboxes and the state list offer only the vocabularies' ids (from @candor/clinical).
  type Field<K extends keyof DirectoryProfileInput> = NonNullable<DirectoryProfileInput[K]>;
  const input: DirectoryProfileInput = {
    listed: draft.listed,
    displayName: draft.displayName.trim(),
    pronouns: orNull(draft.pronouns),
    bio: draft.bio.trim(),
    specialties: draft.specialties as Field<'specialties'>,
    populations: draft.populations as Field<'populations'>,
    approaches: draft.approaches as Field<'approaches'>,
    languages: draft.languages as Field<'languages'>,
    insurance,
    feeMin: feeMin.value,
    feeMax: feeMax.value,
    slidingScale: draft.slidingScale,
    inPerson: draft.inPerson,
    // Without sessions in person there is no office to show.
    street: draft.inPerson ? orNull(draft.street) : null,
    city: draft.inPerson ? orNull(draft.city) : null,
    state: draft.inPerson ? (draft.state as Field<'state'>) || null : null,
    zip: draft.inPerson ? orNull(draft.zip) : null,
    addressPrecision: draft.addressPrecision,
    telehealth: draft.telehealth,
    telehealthStates: draft.telehealth ? (draft.telehealthStates as Field<'telehealthStates'>) : [],
    accepting: draft.accepting,
  };
  return { input, problems };
}

/** `languages.0` → `languages`: a problem with one item of a list belongs to the list's field. */
function serverErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) errors[field.split('.')[0] ?? field] ??= message;
  return errors;
}

const STATE_SELECT = [{ value: '', label: 'Choose a state' }, ...STATE_OPTIONS.map((state) => ({ value: state.id, label: state.label }))];

/** The whole directory profile, saved at once (`PUT /directory/profile`). */
export function DirectoryProfileForm({ profile, defaultName }: { profile: DirectoryProfile | null; defaultName: string }) {
  const save = useSaveDirectoryProfile();
  const [draft, setDraft] = useState(() => draftOf(profile, defaultName));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const fromServer = serverErrors(save.error);
  const errors = Object.keys(localErrors).length ? localErrors : fromServer;
  const general = save.isError && Object.keys(fromServer).length === 0 ? describeError(save.error) : undefined;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const text = (key: 'displayName' | 'pronouns' | 'bio' | 'insurance' | 'feeMin' | 'feeMax' | 'street' | 'city' | 'zip') => ({
    name: key,
    value: draft[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });
  const checkbox = (key: 'listed' | 'slidingScale' | 'inPerson' | 'telehealth' | 'accepting', label: string, hint?: string) => (
    <div className="checkbox-field">
      <label className="checkbox" htmlFor={`field-${key}`}>
        <input
          id={`field-${key}`}
          type="checkbox"
          name={key}
          checked={draft[key]}
          onChange={(event) => set(key, event.target.checked)}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={hint ? `field-${key}-hint` : undefined}
        />
        {label}
      </label>
      {hint ? (
        <p id={`field-${key}-hint`} className="field-hint checkbox-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, problems } = checkDraft(draft);
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) save.mutate(input);
  }

  const address = { street: draft.street, city: draft.city, state: draft.state, zip: draft.zip };
  const sees = (precision: AddressPrecision, words: string) => {
    const shown = publicLocation(precision, address);
    return shown ? `The public sees “${shown}”.` : words;
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Directory profile" className="directory-form">
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{general}</Alert>

      <section aria-labelledby="about-heading" className="panel">
        <h2 id="about-heading">About you</h2>
        <TextField {...text('displayName')} label="Name shown to the public" hint="As you would like people to address you, with any title or letters." maxLength={120} autoComplete="name" />
        <TextField {...text('pronouns')} label="Pronouns (optional)" hint="For example she/her, he/him or they/them." maxLength={40} />
        <TextAreaField
          {...text('bio')}
          label="About how you work"
          hint="A few sentences in plain words: who you see, how you work and what a first session is like. People read this when deciding whether to contact you."
          rows={8}
          maxLength={4000}
        />
      </section>

      <section aria-labelledby="work-heading" className="panel">
        <h2 id="work-heading">What you work with</h2>
        <CheckboxGroup name="specialties" legend="Concerns you work with" options={SPECIALTY_OPTIONS} values={draft.specialties} onChange={(v) => set('specialties', v)} error={errors.specialties} />
        <CheckboxGroup name="populations" legend="People you work with" options={POPULATION_OPTIONS} values={draft.populations} onChange={(v) => set('populations', v)} error={errors.populations} />
        <CheckboxGroup name="approaches" legend="Approaches you use" options={APPROACH_OPTIONS} values={draft.approaches} onChange={(v) => set('approaches', v)} error={errors.approaches} />
        <CheckboxGroup
          name="languages"
          legend="Languages you offer therapy in"
          hint="Choose at least one."
          options={LANGUAGE_OPTIONS}
          values={draft.languages}
          onChange={(v) => set('languages', v)}
          error={errors.languages}
          columns
        />
      </section>

      <section aria-labelledby="fees-heading" className="panel">
        <h2 id="fees-heading">Fees and insurance</h2>
        <div className="fee-range">
          <TextField {...text('feeMin')} label="Lowest fee per session (optional)" hint="Whole dollars." inputMode="numeric" autoComplete="off" />
          <TextField {...text('feeMax')} label="Highest fee per session (optional)" hint="Whole dollars." inputMode="numeric" autoComplete="off" />
        </div>
        {checkbox('slidingScale', 'I offer a sliding scale')}
        <TextAreaField {...text('insurance')} label="Insurance you accept (optional)" hint="One plan or network a line, as people would search for it." rows={4} />
      </section>

      <section aria-labelledby="where-heading" className="panel">
        <h2 id="where-heading">Where you see clients</h2>
        <fieldset aria-describedby={errors.inPerson ? 'field-inPerson-error' : undefined} className={errors.inPerson ? 'field-invalid' : undefined}>
          <legend>How you see clients</legend>
          {errors.inPerson ? (
            <p id="field-inPerson-error" className="field-error">
              {errors.inPerson}
            </p>
          ) : null}
          {checkbox('inPerson', 'In person, at an office')}
          {checkbox('telehealth', 'By telehealth (video or phone)')}
        </fieldset>

        {draft.inPerson ? (
          <fieldset className="office-address">
            <legend>Your office</legend>
            <TextField {...text('street')} label="Street address" hint="Needed only if you choose to show it." autoComplete="street-address" maxLength={160} />
            <TextField {...text('city')} label="City" autoComplete="address-level2" maxLength={80} />
            <SelectField
              name="state"
              label="State"
              options={STATE_SELECT}
              value={draft.state}
              onChange={(event) => set('state', event.target.value)}
              error={errors.state}
              autoComplete="address-level1"
            />
            <TextField {...text('zip')} label="ZIP code" hint="Five digits." inputMode="numeric" autoComplete="postal-code" maxLength={5} />
            <RadioGroup<AddressPrecision>
              name="addressPrecision"
              legend="How much of the address the public sees"
              hint="Searches by distance use the area of your ZIP code whichever you choose; your street is shown only if you choose it."
              value={draft.addressPrecision}
              onChange={(value) => set('addressPrecision', value)}
              error={errors.addressPrecision}
              options={[
                { value: 'city', label: 'City and state only', hint: sees('city', 'For example “Chicago, IL”.') },
                { value: 'zip', label: 'City, state and ZIP code', hint: sees('zip', 'For example “Chicago, IL 60614”.') },
                { value: 'street', label: 'The full street address', hint: sees('street', 'For example “2 Main Street, Chicago, IL 60614”.') },
              ]}
            />
          </fieldset>
        ) : null}

        {draft.telehealth ? (
          <CheckboxGroup
            name="telehealthStates"
            legend="States where you see clients by telehealth"
            hint="Only states where you hold a current licence. A state appears on your public page once your practice owner has verified your licence there."
            options={STATE_OPTIONS}
            values={draft.telehealthStates}
            onChange={(v) => set('telehealthStates', v)}
            error={errors.telehealthStates}
            columns
          />
        ) : null}
      </section>

      <section aria-labelledby="listing-heading" className="panel">
        <h2 id="listing-heading">In the directory</h2>
        {checkbox('accepting', 'I am accepting new clients', 'Your public page says whether you are taking new clients.')}
        {checkbox(
          'listed',
          'Show my profile in the public directory',
          'Leave this unticked to keep working on your profile privately. The public sees it only once your practice is in the directory and a licence of yours is verified.',
        )}
      </section>

      <StatusMessage>{save.isSuccess && Object.keys(localErrors).length === 0 ? 'Your directory profile is saved.' : undefined}</StatusMessage>
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
