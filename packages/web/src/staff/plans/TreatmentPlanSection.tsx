import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Plan, PlanSubject } from '../../api/planTypes';
import { useClosePlan, usePlan, useTreatmentPlans } from '../../api/usePlans';
import { Alert, StatusMessage } from '../../components/Alert';
import { formatDate, formatInstantDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { GoalsList, PlanFooter, PlanOverview, ProblemsList, planVersionPath } from './PlanDetails';
import { useMembersDiagnoses, type Member } from './planPeople';
import { RecordProgress } from './RecordProgressForm';

function ClosePlan({ plan, onClosed }: { plan: Plan; onClosed: () => void }) {
  const close = useClosePlan(plan.id);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        Close the plan
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby="close-plan-question">
      <p id="close-plan-question" className="confirm-question">
        Close this treatment plan? It stays in the record and can still be read, but it can no longer be reviewed or have progress
        recorded. You can start a new plan afterwards.
      </p>
      <div className="form-actions">
        <button type="button" disabled={close.isPending} onClick={() => close.mutate(undefined, { onSuccess: onClosed })}>
          {close.isPending ? 'Closing…' : 'Yes, close the plan'}
        </button>
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          Keep it open
        </button>
      </div>
      <Alert>{close.isError ? describeError(close.error) : undefined}</Alert>
    </div>
  );
}

function ActivePlan({ plan, members, onStatus, onClosed }: { plan: Plan; members: Member[]; onStatus: (text: string) => void; onClosed: () => void }) {
  const { diagnoses } = useMembersDiagnoses(members);
  const showWho = members.length > 1;
  return (
    <>
      <p className="plan-meta">
        Version {plan.version}, last changed <time dateTime={plan.updatedAt}>{formatInstantDate(plan.updatedAt, 'long')}</time>
      </p>
      <div className="record-actions">
        <Link className="button" to={`/plans/${encodeURIComponent(plan.id)}/review`}>
          Review the plan
        </Link>
        <ClosePlan plan={plan} onClosed={onClosed} />
      </div>
      <PlanOverview plan={plan} idPrefix="chart-plan" showReviewDue />
      <ProblemsList plan={plan} diagnoses={diagnoses} showWhose={showWho} />
      <GoalsList plan={plan} showWho={showWho} objectiveActions={(objective) => <RecordProgress plan={plan} objective={objective} onRecorded={onStatus} />} />
      <PlanFooter plan={plan} shownVersion={plan.version} />
    </>
  );
}

interface TreatmentPlanSectionProps {
  subject: PlanSubject;
  /** The client, or every partner. */
  members: Member[];
}

/** The chart's "Treatment plan": the active plan with progress per objective, or a way to start one. */
export function TreatmentPlanSection({ subject, members }: TreatmentPlanSectionProps) {
  const plans = useTreatmentPlans(subject);
  const active = plans.data?.find((plan) => plan.status === 'active');
  const plan = usePlan(active?.id ?? '', active !== undefined);
  const closed = (plans.data ?? []).filter((summary) => summary.status === 'closed');
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const newPlanPath = 'clientId' in subject ? `/clients/${encodeURIComponent(subject.clientId)}/plan/new` : `/relationships/${encodeURIComponent(subject.relationshipId)}/plan/new`;
  const error = plans.error ?? plan.error;

  return (
    <section aria-labelledby="plan-heading" className="panel">
      <h2 id="plan-heading" ref={heading} tabIndex={-1}>
        Treatment plan
      </h2>
      <StatusMessage>{status || undefined}</StatusMessage>
      <Alert focus={false}>{error ? describeError(error) : undefined}</Alert>
      {plans.isPending || (active && plan.isPending) ? (
        <p role="status" className="muted">
          Loading the plan…
        </p>
      ) : active && plan.data ? (
        <ActivePlan
          plan={plan.data}
          members={members}
          onStatus={setStatus}
          onClosed={() => {
            setStatus('The plan is closed. It stays in the record under “Earlier plans”.');
            heading.current?.focus();
          }}
        />
      ) : plans.isSuccess ? (
        <>
          <p className="muted">No active treatment plan.</p>
          <p>
            <Link className="button button-secondary" to={newPlanPath}>
              Start a treatment plan
            </Link>
          </p>
        </>
      ) : null}
      {closed.length ? (
        <>
          <h3>Earlier plans</h3>
          <ul className="plain-list version-list" aria-label="Earlier plans">
            {closed.map((summary) => (
              <li key={summary.id}>
                <Link to={planVersionPath(summary.id, summary.version)}>
                  Plan started {formatDate(summary.startedOn)} (closed, version {summary.version})
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
