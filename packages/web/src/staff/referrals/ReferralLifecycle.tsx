import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Referral, ReferralStep } from '../../api/referralTypes';
import { useTransitionReferral } from '../../api/useReferrals';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextAreaField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { NEXT_STEPS } from './referralWords';

interface StepWords {
  button: string;
  hint: string;
  done: string;
  /** The outcome field, when the step asks for one. */
  outcome?: { label: string; hint: string };
}

const STEPS: Record<ReferralStep, StepWords> = {
  acknowledged: { button: 'Acknowledged', hint: 'The recipient confirmed they received the referral.', done: 'Marked as acknowledged.' },
  seen: {
    button: 'Seen',
    hint: 'The recipient has seen the client.',
    done: 'Marked as seen.',
    outcome: { label: 'What the recipient reported (optional)', hint: 'You can add it now or when closing the referral.' },
  },
  closed: {
    button: 'Closed',
    hint: 'Nothing more is expected. Closing needs the outcome.',
    done: 'The referral is closed.',
    outcome: { label: 'Outcome', hint: 'What the recipient reported, in a sentence or two.' },
  },
  declined: {
    button: 'Declined by the client',
    hint: 'The client chose not to go ahead.',
    done: 'Marked as declined by the client.',
    outcome: { label: 'Anything to note (optional)', hint: 'For example, what the client said.' },
  },
};

/** The next steps of a referral — only those that can follow where it stands now. */
export function ReferralLifecycle({ referral }: { referral: Referral }) {
  const transition = useTransitionReferral(referral.id);
  const [step, setStep] = useState<ReferralStep | null>(null);
  const [localError, setLocalError] = useState('');
  const [done, setDone] = useState<string>();
  const steps = NEXT_STEPS[referral.status] ?? [];
  const errors = fieldErrorsOf(transition.error);
  const outcomeError = localError || errors.outcome;
  const generalError = transition.isError && !errors.outcome;
  const words = step ? STEPS[step] : null;
  const outcomeRequired = step === 'closed' && !referral.outcome;

  function go(to: ReferralStep, outcome?: string) {
    transition.mutate(
      { to, ...(outcome ? { outcome } : {}) },
      {
        onSuccess: () => {
          setDone(STEPS[to].done);
          setStep(null);
        },
      },
    );
  }

  function choose(to: ReferralStep) {
    transition.reset();
    setLocalError('');
    setDone(undefined);
    if (STEPS[to].outcome) setStep(to);
    else go(to);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!step) return;
    const outcome = textValue(new FormData(event.currentTarget), 'outcome');
    setLocalError(outcomeRequired && !outcome ? 'Record what the recipient reported before closing.' : '');
    if (!outcomeRequired || outcome) go(step, outcome);
  }

  return (
    <section aria-labelledby="progress-heading" className="panel">
      <h2 id="progress-heading">{referral.status === 'drafted' ? 'If the client decides against it' : 'What happened next'}</h2>
      <StatusMessage>{done}</StatusMessage>
      <Alert>{generalError ? describeError(transition.error) : undefined}</Alert>
      {steps.length === 0 ? (
        <p className="muted">This referral is finished: there are no further steps.</p>
      ) : (
        <ul className="plain-list step-list" aria-label="Next steps">
          {steps.map((to) => (
            <li key={to}>
              <button
                type="button"
                className={to === 'declined' ? 'button-secondary' : undefined}
                aria-expanded={STEPS[to].outcome ? step === to : undefined}
                aria-describedby={`step-${to}-hint`}
                disabled={transition.isPending}
                onClick={() => choose(to)}
              >
                {STEPS[to].button}
              </button>{' '}
              <span id={`step-${to}-hint`} className="muted">
                {STEPS[to].hint}
              </span>
            </li>
          ))}
        </ul>
      )}
      {step && words?.outcome ? (
        <form onSubmit={handleSubmit} noValidate className="decision-form" aria-label={words.button}>
          <TextAreaField
            name="outcome"
            label={outcomeRequired || step !== 'closed' ? words.outcome.label : 'Outcome (optional: one is already recorded)'}
            hint={words.outcome.hint}
            defaultValue={referral.outcome ?? ''}
            rows={3}
            error={outcomeError}
          />
          <div className="form-actions">
            <button type="submit" disabled={transition.isPending}>
              {transition.isPending ? 'Saving…' : `Save: ${words.button.toLowerCase()}`}
            </button>
            <button type="button" className="button-link" onClick={() => setStep(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
