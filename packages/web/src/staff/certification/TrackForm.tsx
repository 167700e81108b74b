import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { CertificationTrack } from '../../api/certificationTypes';
import { useRequirementSets, useSetTrack } from '../../api/useCertification';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';

const LABELS: Record<string, string> = {
  version: 'Requirements',
  supervisionContractOn: 'Supervision contract signed on',
  renewalCycleStartsOn: 'Renewal cycle starts on',
};

const SEPARATOR = '@';

/** Which requirements the clinician works under (the version in force when they signed their supervision contract) and, once certified, their renewal cycle. */
export function TrackForm({ track }: { track: CertificationTrack }) {
  const sets = useRequirementSets();
  const save = useSetTrack();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(save.error);
  if (serverErrors.requirementSet) serverErrors.version ??= serverErrors.requirementSet;
  delete serverErrors.requirementSet;
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const general = save.isError && Object.keys(serverErrors).length === 0 ? describeError(save.error) : undefined;
  const current = `${track.requirementSet}${SEPARATOR}${track.version}`;
  const options = (sets.data?.certification ?? []).map((set) => ({ value: `${set.id}${SEPARATOR}${set.version}`, label: set.title }));
  if (!options.some((option) => option.value === current)) options.unshift({ value: current, label: track.title });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [requirementSet = '', version = ''] = textValue(form, 'version').split(SEPARATOR);
    const problems: Record<string, string> = {};
    if (!requirementSet || !version) problems.version = 'Choose the requirements you work under.';
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    save.mutate({
      requirementSet,
      version,
      supervisionContractOn: textValue(form, 'supervisionContractOn') || null,
      renewalCycleStartsOn: textValue(form, 'renewalCycleStartsOn') || null,
    });
  }

  return (
    <section aria-labelledby="track-heading" className="panel">
      <h2 id="track-heading">Your track</h2>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{general}</Alert>
      <StatusMessage>{save.isSuccess ? 'Your track is saved.' : undefined}</StatusMessage>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="track-heading" key={JSON.stringify(track)}>
        <SelectField
          name="version"
          label="Requirements"
          hint="AASECT holds you to the version of its requirements in force when you signed your supervision contract."
          defaultValue={current}
          options={options}
          error={errors.version}
        />
        <TextField
          name="supervisionContractOn"
          type="date"
          label="Supervision contract signed on (optional)"
          defaultValue={track.supervisionContractOn ?? ''}
          error={errors.supervisionContractOn}
        />
        <TextField
          name="renewalCycleStartsOn"
          type="date"
          label="Renewal cycle starts on (optional)"
          hint="Once you are certified: the first day of your current three-year renewal cycle. Renewal credits are counted within it."
          defaultValue={track.renewalCycleStartsOn ?? ''}
          error={errors.renewalCycleStartsOn}
        />
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save track'}
          </button>
        </div>
      </form>
    </section>
  );
}
