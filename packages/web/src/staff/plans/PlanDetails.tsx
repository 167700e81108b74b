import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Plan, PlanGoal, PlanObjective } from '../../api/planTypes';
import { DetailsList } from '../../components/DetailsList';
import { formatDate, formatDateTime, formatInstantDate, listOfNames } from '../../components/dates';
import { bandText, formatScore, instrumentOf } from '../measures/measureWords';
import type { MemberDiagnosis } from './planPeople';
import { OBJECTIVE_STATUS_BADGES, OBJECTIVE_STATUS_LABELS, PLISSIT_WORDS, plissitText, ratingText } from './planWords';

export const planVersionPath = (planId: string, version: number) => `/plans/${encodeURIComponent(planId)}/versions/${version}`;

/** Sessions used against those planned, as a meter with the same figures in words. */
function SessionsMeter({ plan, idPrefix }: { plan: Plan; idPrefix: string }) {
  const { used, scheduled, planned } = plan.sessions;
  const id = `${idPrefix}-sessions`;
  const over = used - planned;
  return (
    <div className="plan-sessions">
      <label htmlFor={id}>Sessions used</label>
      <meter id={id} min={0} max={planned} value={Math.min(used, planned)} aria-describedby={`${id}-text`}>
        {used} of {planned}
      </meter>
      <p id={`${id}-text`} className="plan-sessions-text">
        {used} of {planned} planned {planned === 1 ? 'session' : 'sessions'} used
        {scheduled ? `; ${scheduled} more ${scheduled === 1 ? 'is' : 'are'} scheduled` : '; none scheduled yet'}.
        {over > 0 ? ` That is ${over} more than planned.` : ''}
      </p>
    </div>
  );
}

/** The plan's frame: PLISSIT level, sessions, review date. */
export function PlanOverview({ plan, idPrefix, showReviewDue = false }: { plan: Plan; idPrefix: string; showReviewDue?: boolean }) {
  const plissit = PLISSIT_WORDS[plan.plissit];
  return (
    <>
      <DetailsList
        label="About the plan"
        rows={[
          ['Started', formatDate(plan.startedOn)],
          [
            'PLISSIT level',
            <>
              {plissitText(plan.plissit)}
              {plissit ? <span className="plan-explanation">{plissit.explanation}</span> : null}
            </>,
          ],
          [
            'Review date',
            <>
              {formatDate(plan.reviewOn)}
              {showReviewDue && plan.reviewDue && plan.status === 'active' ? (
                <>
                  {' '}
                  <span className="badge badge-overdue">Review due</span>
                </>
              ) : null}
            </>,
          ],
          ['Status', plan.status === 'active' ? 'Active' : 'Closed'],
        ]}
      />
      <SessionsMeter plan={plan} idPrefix={idPrefix} />
    </>
  );
}

/** What the work is about, each problem with the diagnoses it is tied to. */
export function ProblemsList({ plan, diagnoses, showWhose }: { plan: Plan; diagnoses: MemberDiagnosis[]; showWhose: boolean }) {
  return (
    <>
      <h3>Problems</h3>
      <ol className="plan-list">
        {plan.problems.map((problem) => (
          <li key={problem.id}>
            <p className="prewrap plan-item-text">{problem.description}</p>
            {problem.diagnoses.length ? (
              <ul className="plain-list plan-diagnoses" aria-label="Diagnoses">
                {problem.diagnoses.map((diagnosis) => {
                  const record = diagnoses.find((d) => d.id === diagnosis.id);
                  return (
                    <li key={diagnosis.id}>
                      <span className="code">{diagnosis.icd10}</span> {record?.label ?? 'Recorded diagnosis'}
                      {showWhose && record ? <span className="muted"> ({record.displayName})</span> : null}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="muted plan-item-text">No diagnosis linked.</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The latest progress on an objective, in words. */
function LatestProgress({ objective }: { objective: PlanObjective }) {
  const latest = objective.progress.at(-1);
  if (!latest) return <p className="muted plan-item-text">No progress recorded yet.</p>;
  const rating = ratingText(latest.rating);
  return (
    <div className="plan-progress">
      <p className="plan-item-text">
        <span className="visually-hidden">Latest progress: </span>
        <span className={OBJECTIVE_STATUS_BADGES[latest.status] ?? 'badge'}>{OBJECTIVE_STATUS_LABELS[latest.status] ?? latest.status}</span>
        {rating ? ` · rated ${rating}` : ''}
        <span className="muted">
          {' '}
          · recorded by {latest.recordedBy} on <time dateTime={latest.recordedAt}>{formatDateTime(latest.recordedAt)}</time>
        </span>
      </p>
      {latest.note ? <p className="prewrap plan-item-text">{latest.note}</p> : null}
      {objective.progress.length > 1 ? (
        <details className="source">
          <summary>Earlier progress ({objective.progress.length - 1})</summary>
          <ol className="plain-list progress-history">
            {objective.progress
              .slice(0, -1)
              .reverse()
              .map((entry) => (
                <li key={entry.recordedAt}>
                  <time dateTime={entry.recordedAt}>{formatInstantDate(entry.recordedAt)}</time>: {OBJECTIVE_STATUS_LABELS[entry.status] ?? entry.status}
                  {entry.rating !== null ? `, rated ${ratingText(entry.rating)}` : ''}
                  {entry.note ? ` — ${entry.note}` : ''} <span className="muted">({entry.recordedBy})</span>
                </li>
              ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

/** Each linked questionnaire's answers so far, as a small table: date, (partner), total, band. */
function GoalMeasures({ goal, showWho }: { goal: PlanGoal; showWho: boolean }) {
  if (goal.measures.length === 0) return null;
  return (
    <div className="plan-measures">
      {goal.measures.map((measure) => {
        const instrument = instrumentOf(measure.instrumentId);
        const bands = instrument?.bands ?? [];
        const better = measure.direction === 'higher-is-worse' ? 'lower is better' : 'higher is better';
        if (measure.points.length === 0) {
          return (
            <p key={measure.instrumentId} className="muted plan-item-text">
              {measure.shortName}: no answers yet ({better}).
            </p>
          );
        }
        return (
          <div key={measure.instrumentId} className="table-scroll">
            <table className="trend-table plan-measure-table">
              <caption>
                {measure.shortName} totals, oldest first ({better})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date answered</th>
                  {showWho ? <th scope="col">Answered by</th> : null}
                  <th scope="col">Total</th>
                  {bands.length ? <th scope="col">Band</th> : null}
                </tr>
              </thead>
              <tbody>
                {measure.points.map((point) => (
                  <tr key={`${point.clientId}:${point.completedAt}`}>
                    <th scope="row">
                      <time dateTime={point.completedAt}>{formatInstantDate(point.completedAt)}</time>
                    </th>
                    {showWho ? <td>{point.displayName}</td> : null}
                    <td>{point.total === null ? <span className="muted">Not scored</span> : formatScore(point.total)}</td>
                    {bands.length ? <td>{bandText({ bands: [...bands] }, point)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

interface GoalsListProps {
  plan: Plan;
  showWho: boolean;
  /** Under each objective, e.g. the "Record progress" form on the chart. */
  objectiveActions?: (objective: PlanObjective) => ReactNode;
}

/** Goals, each with the problems it addresses, its objectives and progress, and its questionnaires. */
export function GoalsList({ plan, showWho, objectiveActions }: GoalsListProps) {
  const problemNumber = new Map(plan.problems.map((problem, index) => [problem.id, index + 1]));
  return (
    <>
      <h3>Goals and objectives</h3>
      <ol className="plain-list plan-goals">
        {plan.goals.map((goal, index) => {
          const headingId = `plan-goal-${goal.id}`;
          const addresses = goal.problemIds.map((id) => problemNumber.get(id)).filter((n): n is number => n !== undefined);
          return (
            <li key={goal.id}>
              <section aria-labelledby={headingId} className="plan-goal">
                <h4 id={headingId}>
                  Goal {index + 1}: {goal.description}
                </h4>
                {addresses.length ? (
                  <p className="muted plan-item-text">
                    Addresses {addresses.length === 1 ? 'problem' : 'problems'} {listOfNames(addresses.map(String))}.
                  </p>
                ) : null}
                <ul className="plain-list plan-objectives" aria-label={`Objectives of goal ${index + 1}`}>
                  {goal.objectives.map((objective) => (
                    <li key={objective.id} className="plan-objective">
                      <p className="plan-objective-title">
                        {objective.description}
                        {objective.targetDate ? <span className="muted"> · by {formatDate(objective.targetDate)}</span> : null}
                      </p>
                      <LatestProgress objective={objective} />
                      {objectiveActions?.(objective)}
                    </li>
                  ))}
                </ul>
                <GoalMeasures goal={goal} showWho={showWho} />
              </section>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Interventions, the latest review's summary, and every version. */
export function PlanFooter({ plan, shownVersion }: { plan: Plan; shownVersion: number }) {
  return (
    <>
      <h3>Interventions</h3>
      {plan.interventions.length ? (
        <ul className="plan-list">
          {plan.interventions.map((intervention) => (
            <li key={intervention.id}>{intervention.name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">None chosen.</p>
      )}
      {plan.reviewSummary ? (
        <>
          <h3>Review summary</h3>
          <p className="prewrap">{plan.reviewSummary}</p>
        </>
      ) : null}
      <h3>Versions</h3>
      <ol className="plain-list version-list" aria-label="Versions of the plan">
        {[...plan.versions].reverse().map((version) => {
          const text = (
            <>
              Version {version.version}, {version.version === 1 ? 'written' : 'reviewed'} by {version.authorName} on{' '}
              <time dateTime={version.createdAt}>{formatInstantDate(version.createdAt, 'long')}</time>
            </>
          );
          return (
            <li key={version.version}>
              {version.version === shownVersion ? (
                <Fragment>
                  {text} <span className="badge">Shown here</span>
                </Fragment>
              ) : (
                <Link to={planVersionPath(plan.id, version.version)}>{text}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
