import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Intake } from '../api/careTypes';
import { intakeBase, useIntakeList, useIntakeSent, useOpenIntake } from '../api/useIntake';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { formatDateTime } from '../components/dates';
import { describeError } from '../components/errorMessages';
import { IntakeWizard } from './IntakeWizard';

interface IntakePageProps {
  /** null: the client's own portal; otherwise a clinician filling it in for this client. */
  clientId: string | null;
  /** The client's name, when a clinician fills it in on their behalf. */
  onBehalfOf?: string | undefined;
  /** Where "back" goes: the portal home, or the client's record. */
  homePath: string;
  homeLabel: string;
}


/**
 * The history intake: opens the draft (or starts one), or — once sent — thanks the person and
 * offers to update their answers (a new draft, pre-filled; the version sent is kept).
 */
export function IntakePage({ clientId, onBehalfOf, homePath, homeLabel }: IntakePageProps) {
  const base = intakeBase(clientId);
  const title = onBehalfOf ? `${onBehalfOf}’s history` : 'Tell us about yourself';
  const list = useIntakeList(base);
  const { mutate: open, isPending: opening, error: openError } = useOpenIntake(base);
  const markSent = useIntakeSent(base);
  const [, setSearchParams] = useSearchParams();
  const [draft, setDraft] = useState<Intake | null>(null);
  const [justSent, setJustSent] = useState<Intake | null>(null);
  const opened = useRef(false);

  const items = list.data ?? [];
  const hasDraft = items.some((item) => item.status === 'draft');
  const lastSent = items.find((item) => item.status === 'submitted');
  const openAtOnce = list.isSuccess && (hasDraft || items.length === 0);

  useEffect(() => {
    if (!openAtOnce || opened.current) return;
    opened.current = true;
    open(undefined, { onSuccess: setDraft });
  }, [openAtOnce, open]);

  function startUpdate() {
    setJustSent(null);
    open(undefined, { onSuccess: setDraft });
  }

  function handleSubmitted(intake: Intake) {
    setDraft(null);
    setJustSent(intake);
    setSearchParams({}, { replace: true });
    markSent();
  }

  const back = (
    <p>
      <Link to={homePath}>{homeLabel}</Link>
    </p>
  );

  if (draft) {
    return (
      <>
        {back}
        <IntakeWizard base={base} intake={draft} onSubmitted={handleSubmitted} onBehalfOf={onBehalfOf} />
      </>
    );
  }

  if (justSent) {
    return (
      <>
        <PageHeading title="Thank you — Your history">Thank you</PageHeading>
        <div className="panel">
          {onBehalfOf ? (
            <p>The history is saved to {onBehalfOf}&apos;s record.</p>
          ) : (
            <>
              <p className="lead">Your answers are with your therapist now.</p>
              <p>They’ll read them before you meet. If anything changes, you can come back and update your answers at any time.</p>
            </>
          )}
          <p>
            <Link to={homePath}>{homeLabel}</Link>
          </p>
        </div>
      </>
    );
  }

  const failure = list.error ?? openError;
  if (failure) {
    return (
      <>
        {back}
        <PageHeading title={title}>{title}</PageHeading>
        <Alert focus={false}>{describeError(failure)}</Alert>
      </>
    );
  }

  if (list.isPending || opening || openAtOnce || !lastSent) {
    return (
      <>
        {back}
        <PageHeading title={title}>{title}</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeading title={title}>{title}</PageHeading>
      <div className="panel">
        <p>
          {onBehalfOf ? 'The history was sent' : 'You sent your answers'}
          {lastSent.submittedAt ? (
            <>
              {' '}
              on <time dateTime={lastSent.submittedAt}>{formatDateTime(lastSent.submittedAt)}</time>
            </>
          ) : null}
          . Thank you.
        </p>
        <p>
          If anything has changed, you can update {onBehalfOf ? 'the' : 'your'} answers. The version already sent is kept.
        </p>
        <button type="button" onClick={startUpdate}>
          {onBehalfOf ? 'Update the answers' : 'Update your answers'}
        </button>
      </div>
    </>
  );
}
