import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { PortalMeasure, SubmittedMeasure } from '../../api/measureTypes';
import { useSubmitMeasure } from '../../api/usePortalMeasures';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { describeError } from '../../components/errorMessages';
import { SaveStatusText } from '../../intake/SaveStatusText';
import { MeasureReview } from './MeasureReview';
import { initialAnswers, useMeasureDraft } from './useMeasureDraft';

/** Where to resume: the first unanswered question, or the review when all are answered. */
function resumeAt(measure: PortalMeasure): number {
  const answers = initialAnswers(measure);
  const first = answers.findIndex((answer) => answer === null);
  return first === -1 ? answers.length : first;
}

/** The question a refused answer belongs to (`answers.3` → 3), if the server named one. */
function refusedIndex(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null;
  const field = error.fieldErrors.find((problem) => /^answers\.\d+$/.test(problem.field))?.field;
  return field ? Number(field.slice('answers.'.length)) : null;
}

/**
 * A questionnaire, one question at a time: "Question 3 of 9" with a progress bar, the recall
 * period and instructions, the answers as labelled radio buttons, Back and Next, answers saved
 * as they are given, then a review and Send.
 */
export function MeasureQuestionnaire({ measure, onSent }: { measure: PortalMeasure; onSent: (result: SubmittedMeasure) => void }) {
  const draft = useMeasureDraft(measure);
  const submit = useSubmitMeasure(measure.requestId);
  const [step, setStep] = useState(() => resumeAt(measure));
  const [refused, setRefused] = useState('');
  const total = measure.items.length;
  const answered = draft.answers.filter((answer) => answer !== null).length;
  const item = measure.items[step];
  const stepRegion = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  // Each new question (or the review) takes focus, so it is read out; the page's h1 has it first.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepRegion.current?.focus();
  }, [step]);

  function goTo(next: number) {
    setRefused('');
    setStep(Math.max(0, Math.min(total, next)));
  }

  function handleNext(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    goTo(step + 1);
  }

  async function handleSend() {
    setRefused('');
    // Any answer still waiting to be saved goes first, so no save can arrive after the send.
    await draft.flush();
    submit.mutate(draft.answers, {
      onSuccess: (result) => {
        draft.settle();
        onSent(result);
      },
      onError: (error) => {
        const index = refusedIndex(error);
        if (index !== null) {
          setRefused(`Your answer to question ${index + 1} couldn’t be accepted. Please choose it again.`);
          setStep(index);
        }
      },
    });
  }

  if (draft.withdrawn) {
    return (
      <>
        <PageHeading title={measure.shortName}>{measure.title}</PageHeading>
        <Alert>Your therapist has withdrawn this questionnaire, so there is nothing more to do here.</Alert>
      </>
    );
  }

  return (
    <>
      <PageHeading title={`${measure.shortName} — Questionnaire`}>{measure.title}</PageHeading>
      <div className="wizard-progress">
        <p className="wizard-step">{item ? `Question ${step + 1} of ${total}` : 'Check your answers'}</p>
        <label htmlFor="measure-progress" className="visually-hidden">
          Questions answered
        </label>
        <progress id="measure-progress" max={total} value={answered}>
          {answered} of {total}
        </progress>
        <p className="muted wizard-progress-text">
          {answered} of {total} answered
        </p>
      </div>
      <SaveStatusText status={draft.status} />
      <Alert>{refused || (submit.isError && refusedIndex(submit.error) === null ? describeError(submit.error) : undefined)}</Alert>
      <div ref={stepRegion} tabIndex={-1} className="measure-step" aria-label={item ? `Question ${step + 1} of ${total}` : 'Check your answers'} role="group">
        {item ? (
          <form onSubmit={handleNext} noValidate>
            {measure.recallPeriod ? <p className="recall">Thinking about: {measure.recallPeriod}</p> : null}
            {measure.instructions ? <p>{measure.instructions}</p> : null}
            <RadioGroup
              key={item.linkId}
              name={`answer-${item.linkId}`}
              legend={item.text}
              options={item.options.map((option) => ({ value: String(option.value), label: option.label }))}
              value={draft.answers[step] === null || draft.answers[step] === undefined ? undefined : String(draft.answers[step])}
              onChange={(value) => draft.setAnswer(step, Number(value))}
              className="question measure-question"
            />
            <div className="form-actions measure-actions">
              {step > 0 ? (
                <button type="button" className="button-secondary" onClick={() => goTo(step - 1)}>
                  Back
                </button>
              ) : null}
              <button type="submit">Next</button>
            </div>
          </form>
        ) : (
          <MeasureReview measure={measure} answers={draft.answers} onChange={goTo} onBack={() => goTo(total - 1)} onSend={() => void handleSend()} sending={submit.isPending} />
        )}
      </div>
      <p className="muted">Your answers are saved as you go. You can stop at any time and come back later.</p>
    </>
  );
}
