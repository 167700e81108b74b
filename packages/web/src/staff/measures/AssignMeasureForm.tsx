import { useState, type FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { INSTRUMENTS, type InstrumentId } from '@candor/clinical';
import { fieldErrorsOf } from '../../api/client';
import type { Assignment, MeasureSchedule, NewAssignment } from '../../api/measureTypes';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, TextField } from '../../components/TextField';
import { isoDayFromToday } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { licenceLabel, scheduleText } from './measureWords';

const LABELS: Record<string, string> = {
  instrumentId: 'Questionnaire',
  schedule: 'How often',
  intervalWeeks: 'Every how many weeks',
  everyNthSession: 'Before every how many sessions',
  startsOn: 'Start date',
  until: 'Until',
};

const SCHEDULE_OPTIONS = [
  { value: 'once', label: 'Once' },
  { value: 'every-n-weeks', label: 'Every few weeks' },
  { value: 'before-every-nth-session', label: 'Before sessions', hint: 'Asked the day before a scheduled session.' },
] as const;

interface AssignMeasureFormProps {
  /** Unique on the page: prefixes the fields' ids. */
  idPrefix: string;
  /** Who is asked, for the confirmation: "Rowan", "each partner separately". */
  who: string;
  assign: UseMutationResult<Assignment[], Error, NewAssignment>;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max ? value : null;
}

/** "Ask for a questionnaire": which one, how often, from when and until when. */
export function AssignMeasureForm({ idPrefix, who, assign }: AssignMeasureFormProps) {
  const [instrumentId, setInstrumentId] = useState<InstrumentId>('phq-9');
  const [schedule, setSchedule] = useState<MeasureSchedule>('once');
  const [intervalWeeks, setIntervalWeeks] = useState('2');
  const [everyNthSession, setEveryNthSession] = useState('1');
  const [startsOn, setStartsOn] = useState('');
  const [until, setUntil] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const serverErrors = fieldErrorsOf(assign.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const idFor = (field: string) => (field === 'schedule' ? `field-${idPrefix}Schedule` : `${idPrefix}-${field}`);
  const instrument = INSTRUMENTS.find((i) => i.id === instrumentId);
  const repeating = schedule !== 'once';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    const body: NewAssignment = { instrumentId, schedule };
    const problems: Record<string, string> = {};
    if (schedule === 'every-n-weeks') {
      const weeks = wholeNumber(intervalWeeks, 1, 52);
      if (weeks === null) problems.intervalWeeks = 'Enter a whole number of weeks from 1 to 52.';
      else body.intervalWeeks = weeks;
    }
    if (schedule === 'before-every-nth-session') {
      const nth = wholeNumber(everyNthSession, 1, 20);
      if (nth === null) problems.everyNthSession = 'Enter a whole number from 1 to 20.';
      else body.everyNthSession = nth;
    }
    if (startsOn) body.startsOn = startsOn;
    if (repeating && until) {
      if (until < (startsOn || isoDayFromToday())) problems.until = 'Choose a date on or after the start date.';
      body.until = until;
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    assign.mutate(body, {
      onSuccess: (assignments) => {
        const first = assignments[0];
        const when = first ? scheduleText(first) : '';
        setDone(first ? `Asked ${who}: ${first.shortName}, ${when.charAt(0).toLowerCase()}${when.slice(1)}.` : 'Done.');
        setStartsOn('');
        setUntil('');
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="assign-form" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>Ask for a questionnaire</h3>
      <ErrorSummary errors={errors} labels={LABELS} idFor={idFor} />
      <Alert>{assign.isError && Object.keys(serverErrors).length === 0 ? describeError(assign.error) : undefined}</Alert>
      <SelectField
        id={idFor('instrumentId')}
        name="instrumentId"
        label="Questionnaire"
        value={instrumentId}
        onChange={(event) => setInstrumentId(event.target.value as InstrumentId)}
        options={INSTRUMENTS.map((i) => ({ value: i.id, label: `${i.shortName} — ${i.title}` }))}
        hint={instrument ? `${instrument.items.length} questions${instrument.recallPeriod ? ` · thinking about: ${instrument.recallPeriod.toLowerCase()}` : ''} · ${licenceLabel(instrument.licence)}` : undefined}
        error={errors.instrumentId}
      />
      <RadioGroup name={`${idPrefix}Schedule`} legend="How often" options={SCHEDULE_OPTIONS} value={schedule} onChange={setSchedule} error={errors.schedule} />
      {schedule === 'every-n-weeks' ? (
        <TextField id={idFor('intervalWeeks')} name="intervalWeeks" type="number" inputMode="numeric" min={1} max={52} label="Every how many weeks" value={intervalWeeks} onChange={(event) => setIntervalWeeks(event.target.value)} error={errors.intervalWeeks} />
      ) : null}
      {schedule === 'before-every-nth-session' ? (
        <TextField
          id={idFor('everyNthSession')}
          name="everyNthSession"
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          label="Before every how many sessions"
          hint="1 asks before every session; 3 asks before the 1st, 4th, 7th and so on."
          value={everyNthSession}
          onChange={(event) => setEveryNthSession(event.target.value)}
          error={errors.everyNthSession}
        />
      ) : null}
      <TextField id={idFor('startsOn')} name="startsOn" type="date" label="Start date (optional)" hint="Leave empty to start today." min={isoDayFromToday()} value={startsOn} onChange={(event) => setStartsOn(event.target.value)} error={errors.startsOn} />
      {repeating ? (
        <TextField id={idFor('until')} name="until" type="date" label="Until (optional)" hint="Leave empty to keep asking until you cancel." value={until} onChange={(event) => setUntil(event.target.value)} error={errors.until} />
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={assign.isPending}>
          {assign.isPending ? 'Asking…' : 'Ask for it'}
        </button>
      </div>
      <StatusMessage>{done || undefined}</StatusMessage>
    </form>
  );
}
