import { useMemo, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Practice } from '../../api/types';
import { useUpdatePractice } from '../../api/usePractice';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

/** The practice's name, time zone and second-factor rule (owner only). */
export function PracticeDetailsForm({ practice }: { practice: Practice }) {
  const update = useUpdatePractice();
  const errors = fieldErrorsOf(update.error);
  const zones = useMemo(() => timeZones(practice.timeZone), [practice.timeZone]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate({
      name: textValue(form, 'name'),
      timeZone: textValue(form, 'timeZone'),
      requireStaffSecondFactor: form.get('requireStaffSecondFactor') === 'on',
    });
  }

  return (
    <section aria-labelledby="practice-details-heading" className="panel">
      <h2 id="practice-details-heading">Practice details</h2>
      <StatusMessage>{update.isSuccess ? 'Your changes are saved.' : undefined}</StatusMessage>
      <Alert>{update.isError && Object.keys(errors).length === 0 ? describeError(update.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} key={`${practice.name}|${practice.timeZone}|${practice.requireStaffSecondFactor}`}>
        <TextField name="name" label="Practice name" defaultValue={practice.name} required error={errors.name} />
        <div className={errors.timeZone ? 'field field-invalid' : 'field'}>
          <label htmlFor="field-timeZone">Time zone</label>
          {errors.timeZone ? (
            <p id="field-timeZone-error" className="field-error">
              {errors.timeZone}
            </p>
          ) : null}
          <select
            id="field-timeZone"
            name="timeZone"
            defaultValue={practice.timeZone}
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={errors.timeZone ? 'field-timeZone-error' : undefined}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="checkbox" htmlFor="field-requireStaffSecondFactor">
            <input
              id="field-requireStaffSecondFactor"
              type="checkbox"
              name="requireStaffSecondFactor"
              defaultChecked={practice.requireStaffSecondFactor}
              aria-describedby="field-requireStaffSecondFactor-hint"
            />
            Require a second factor for staff
          </label>
          <p id="field-requireStaffSecondFactor-hint" className="field-hint">
            Everyone on the team will set up an authenticator app the next time they sign in.
            Strongly recommended: staff can open clients&apos; most private records.
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </section>
  );
}
