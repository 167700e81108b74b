import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { INTAKE_SECTIONS, historyProgress, type IntakeSectionId } from '@candor/clinical';
import type { Intake } from '../api/careTypes';
import type { IntakeBase } from '../api/useIntake';
import { Alert, StatusMessage } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { describeError } from '../components/errorMessages';
import { markSectionDone, resumeStep } from './answers';
import { AnswerErrors } from './AnswerErrors';
import { IntakeEditorProvider } from './IntakeContext';
import { SaveStatusText } from './SaveStatusText';
import { ConcernsStep } from './steps/ConcernsStep';
import { HealthStep } from './steps/HealthStep';
import { LifeChangesStep, StressStep, TreatmentsStep } from './steps/ListSteps';
import { ReviewStep } from './steps/ReviewStep';
import { SafetyStep } from './steps/SafetyStep';
import { SubstancesStep } from './steps/SubstancesStep';
import { useIntakeDraft } from './useIntakeDraft';

type Step = IntakeSectionId | 'review';

const STEPS: Record<IntakeSectionId, () => React.JSX.Element> = {
  concerns: ConcernsStep,
  treatments: TreatmentsStep,
  stress: StressStep,
  'life-changes': LifeChangesStep,
  health: HealthStep,
  substances: SubstancesStep,
  safety: SafetyStep,
};

const isStep = (value: string | null): value is Step => value === 'review' || INTAKE_SECTIONS.some((s) => s.id === value);

interface IntakeWizardProps {
  base: IntakeBase;
  intake: Intake;
  onSubmitted: (intake: Intake) => void;
  /** Filled in by a clinician: the client's name, for the banner. */
  onBehalfOf?: string | undefined;
}

/** The history, one section per step, saved as it is filled in; the last step reviews and sends. */
export function IntakeWizard({ base, intake, onSubmitted, onBehalfOf }: IntakeWizardProps) {
  const draft = useIntakeDraft(base, intake, onSubmitted);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('step');
  const step: Step = isStep(requested) ? requested : resumeStep(intake.answers);
  const index = INTAKE_SECTIONS.findIndex((section) => section.id === step);
  const section = INTAKE_SECTIONS[index];
  const progress = historyProgress(draft.answers);
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<unknown>(null);

  const goTo = (next: Step) => {
    draft.dismissNotice();
    setSearchParams({ step: next });
    window.scrollTo(0, 0);
  };

  async function handleContinue(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!section) return;
    draft.edit((answers) => markSectionDone(answers, section.id));
    setBusy(true);
    const saved = await draft.flush();
    setBusy(false);
    if (saved) goTo(INTAKE_SECTIONS[index + 1]?.id ?? 'review');
  }

  async function handleBack() {
    await draft.flush();
    goTo(index > 0 ? (INTAKE_SECTIONS[index - 1]?.id ?? 'concerns') : (INTAKE_SECTIONS.at(-1)?.id ?? 'safety'));
  }

  async function handleSend() {
    setBusy(true);
    setSendError(null);
    try {
      await draft.submit();
    } catch (error) {
      setSendError(error);
    } finally {
      setBusy(false);
    }
  }

  const heading = section ? section.label : 'Review and send';
  const StepFields = section ? STEPS[section.id] : null;

  return (
    <IntakeEditorProvider answers={draft.answers} edit={draft.edit} errors={draft.errors}>
      {onBehalfOf ? (
        <p className="behalf-banner">
          You are filling this in on <strong>{onBehalfOf}</strong>&apos;s behalf.
        </p>
      ) : null}
      <div className="wizard-progress">
        <p className="wizard-step">{section ? `Step ${index + 1} of ${INTAKE_SECTIONS.length}` : 'Last step'}</p>
        <label htmlFor="intake-progress" className="visually-hidden">
          Sections done
        </label>
        <progress id="intake-progress" max={progress.total} value={progress.completed}>
          {progress.completed} of {progress.total}
        </progress>
        <p className="muted wizard-progress-text">
          {progress.completed} of {progress.total} sections done
        </p>
      </div>
      <PageHeading title={`${heading} — Your history`} focusKey={`${step}:${draft.reloads}`}>
        {heading}
      </PageHeading>
      <SaveStatusText status={draft.status} />
      <StatusMessage>{draft.notice ?? undefined}</StatusMessage>
      <AnswerErrors errors={draft.errors} current={step} onGoTo={goTo} />
      <Alert>{sendError ? describeError(sendError) : undefined}</Alert>

      <form onSubmit={handleContinue} noValidate className="wizard-form" key={draft.reloads}>
        {StepFields ? <StepFields /> : <ReviewStep onChangeSection={goTo} />}
        <div className="form-actions wizard-actions">
          {step !== 'concerns' ? (
            <button type="button" className="button-secondary" onClick={() => void handleBack()} disabled={busy}>
              Back
            </button>
          ) : null}
          {section ? (
            <button type="submit" disabled={busy}>
              {busy ? 'Saving…' : 'Save and continue'}
            </button>
          ) : (
            <button type="button" onClick={() => void handleSend()} disabled={busy}>
              {busy ? 'Sending…' : onBehalfOf ? 'Send to their record' : 'Send to your therapist'}
            </button>
          )}
        </div>
      </form>
      <p className="muted">Your answers are saved as you go. You can stop at any time and come back later.</p>
    </IntakeEditorProvider>
  );
}
