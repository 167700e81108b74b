import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { NewPracticeLog, PortalHomework } from '../../api/planTypes';
import { useLogPractice } from '../../api/useHomework';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField, TextField } from '../../components/TextField';
import { isoDayFromToday } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

const DONE_OPTIONS = [
  { value: 'yes', label: 'Yes, I did it' },
  { value: 'no', label: 'Not this time' },
] as const;

/** Where a share goes, in the client's words. */
export const shareLabel = (withPartner: boolean) => (withPartner ? 'Share this reflection with my partner and therapist' : 'Share this reflection with my therapist');

interface LogPracticeFormProps {
  exercise: PortalHomework;
  /** Unique on the page: prefixes the fields' ids. */
  idPrefix: string;
}

/** "Log a practice": when, whether it happened, how it went, and a reflection that stays private unless shared. */
export function LogPracticeForm({ exercise, idPrefix }: LogPracticeFormProps) {
  const log = useLogPractice(exercise.id);
  const today = isoDayFromToday();
  const [practicedOn, setPracticedOn] = useState(today);
  const [done, setDone] = useState<'yes' | 'no' | undefined>(undefined);
  const [howItWent, setHowItWent] = useState('');
  const [reflection, setReflection] = useState('');
  const [share, setShare] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState('');
  const serverErrors = fieldErrorsOf(log.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const generalError = log.isError && Object.keys(serverErrors).length === 0;
  const doneName = `${idPrefix}Done`;
  const idFor = (field: string) => (field === 'done' ? `field-${doneName}` : `${idPrefix}-${field}`);
  const labels: Record<string, string> = {
    practicedOn: 'When',
    done: 'Did you do it',
    howItWent: 'How it went',
    reflection: 'Your reflection',
    shareReflection: 'Sharing',
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved('');
    const problems: Record<string, string> = {};
    if (!practicedOn) problems.practicedOn = 'Choose the day.';
    else if (practicedOn > today) problems.practicedOn = 'Choose today or an earlier day.';
    else if (practicedOn < exercise.startsOn) problems.practicedOn = 'Choose a day from when the exercise was given.';
    if (!done) problems.done = 'Say whether you did it — either answer is fine.';
    if (share && !reflection.trim()) problems.shareReflection = 'Write a reflection to share, or untick sharing.';
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    const body: NewPracticeLog = { practicedOn, done: done === 'yes' };
    if (howItWent.trim()) body.howItWent = howItWent.trim();
    if (reflection.trim()) {
      body.reflection = reflection.trim();
      body.shareReflection = share;
    }
    log.mutate(body, {
      onSuccess: () => {
        setSaved(body.shareReflection ? 'Saved, and your reflection is shared.' : 'Saved. Thank you for noting it.');
        setPracticedOn(today);
        setDone(undefined);
        setHowItWent('');
        setReflection('');
        setShare(false);
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="log-form" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>Log a practice</h3>
      <ErrorSummary errors={errors} labels={labels} idFor={idFor} />
      <Alert>{generalError ? describeError(log.error) : undefined}</Alert>
      <TextField
        id={idFor('practicedOn')}
        name="practicedOn"
        type="date"
        label="When"
        min={exercise.startsOn}
        max={today}
        value={practicedOn}
        onChange={(event) => setPracticedOn(event.target.value)}
        error={errors.practicedOn}
      />
      <RadioGroup name={doneName} legend="Did you do it?" options={DONE_OPTIONS} value={done} onChange={setDone} error={errors.done} inline />
      <TextAreaField
        id={idFor('howItWent')}
        name="howItWent"
        label="How did it go? (optional)"
        hint="Your therapist will see this."
        rows={3}
        maxLength={4000}
        value={howItWent}
        onChange={(event) => setHowItWent(event.target.value)}
        error={errors.howItWent}
      />
      <TextAreaField
        id={idFor('reflection')}
        name="reflection"
        label="A private reflection (optional)"
        hint={
          exercise.withPartner
            ? 'Just for you: your partner and your therapist don’t see it unless you choose to share it below.'
            : 'Just for you: your therapist doesn’t see it unless you choose to share it below.'
        }
        rows={3}
        maxLength={4000}
        value={reflection}
        onChange={(event) => setReflection(event.target.value)}
        error={errors.reflection}
      />
      <div className={errors.shareReflection ? 'field field-invalid' : 'field'}>
        {errors.shareReflection ? (
          <p id={`${idFor('shareReflection')}-error`} className="field-error">
            {errors.shareReflection}
          </p>
        ) : null}
        <label className="checkbox" htmlFor={idFor('shareReflection')}>
          <input
            id={idFor('shareReflection')}
            type="checkbox"
            checked={share}
            onChange={(event) => setShare(event.target.checked)}
            aria-invalid={errors.shareReflection ? true : undefined}
            aria-describedby={errors.shareReflection ? `${idFor('shareReflection')}-error` : undefined}
          />
          {shareLabel(exercise.withPartner)}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={log.isPending}>
          {log.isPending ? 'Saving…' : 'Save this entry'}
        </button>
      </div>
      <StatusMessage>{saved || undefined}</StatusMessage>
    </form>
  );
}
