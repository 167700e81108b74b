import { useState } from 'react';
import type { Homework, HomeworkAssignee, PlanSubject } from '../../api/planTypes';
import { useHomework, useStopHomework } from '../../api/useHomework';
import { useTreatmentPlans } from '../../api/usePlans';
import { Alert, StatusMessage } from '../../components/Alert';
import { DocumentText } from '../../components/DocumentText';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { firstNameOf } from '../greeting';
import type { Member } from '../plans/planPeople';
import { HOMEWORK_STATUS_LABELS, practisedText } from '../plans/planWords';
import { AssignHomeworkForm } from './AssignHomeworkForm';

/** One client's practice: how often, when last, and each entry — what they chose to share, nothing more. */
function AssigneeCompletion({ assignee }: { assignee: HomeworkAssignee }) {
  const first = firstNameOf(assignee.displayName);
  const logs = [...assignee.logs].sort((a, b) => b.practicedOn.localeCompare(a.practicedOn));
  const notDone = assignee.timesLogged - assignee.timesDone;
  return (
    <div className="homework-assignee">
      <p>
        <strong>{assignee.displayName}</strong>: {practisedText(assignee.timesDone)}
        {notDone > 0 ? ` (and ${notDone} ${notDone === 1 ? 'entry' : 'entries'} saying not this time)` : ''}
        {assignee.lastPracticedOn ? `; last on ${formatDate(assignee.lastPracticedOn)}` : ''}.
      </p>
      {logs.length ? (
        <div className="table-scroll">
          <table className="homework-log">
            <caption>{assignee.displayName}&apos;s entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Practised</th>
                <th scope="col">How it went</th>
                <th scope="col">Reflection</th>
              </tr>
            </thead>
            <tbody>
              {logs.map((log, index) => (
                <tr key={`${log.practicedOn}:${index}`}>
                  <th scope="row">{formatDate(log.practicedOn)}</th>
                  <td>{log.done ? 'Yes' : 'Not this time'}</td>
                  <td className="prewrap">{log.howItWent ?? <span className="muted">Nothing written</span>}</td>
                  <td>
                    {log.sharedReflection ? (
                      <>
                        <span className="badge">Shared by {first}</span>
                        <span className="prewrap homework-reflection">{log.sharedReflection}</span>
                      </>
                    ) : (
                      <span className="muted">None shared</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">Nothing logged yet.</p>
      )}
    </div>
  );
}

function StopHomework({ homework, onStopped }: { homework: Homework; onStopped: (text: string) => void }) {
  const stop = useStopHomework();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button-secondary button-small" onClick={() => setConfirming(true)}>
        Stop<span className="visually-hidden"> the homework “{homework.title}”</span>
      </button>
    );
  }
  return (
    <div className="confirm">
      <p className="confirm-question">Stop “{homework.title}”? It stays in the record with everything logged, but no more practice can be logged for it.</p>
      <div className="form-actions">
        <button
          type="button"
          disabled={stop.isPending}
          onClick={() =>
            stop.mutate(homework.id, {
              onSuccess: () => {
                setConfirming(false);
                onStopped(`Stopped “${homework.title}”.`);
              },
            })
          }
        >
          {stop.isPending ? 'Stopping…' : 'Yes, stop it'}
        </button>
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          Keep it going
        </button>
      </div>
      <Alert>{stop.isError ? describeError(stop.error) : undefined}</Alert>
    </div>
  );
}

function HomeworkItem({ homework, onStopped }: { homework: Homework; onStopped: (text: string) => void }) {
  const headingId = `homework-${homework.id}`;
  return (
    <li>
      <section aria-labelledby={headingId} className="homework-item">
        <h4 id={headingId} className="homework-title">
          {homework.title}{' '}
          <span className={homework.status === 'active' ? 'badge badge-success' : 'badge badge-stopped'}>{HOMEWORK_STATUS_LABELS[homework.status]}</span>
        </h4>
        <p className="muted">
          Given on {formatDate(homework.startsOn)}
          {homework.endsOn ? `, until ${formatDate(homework.endsOn)}` : ''}
          {homework.frequency ? ` · ${homework.frequency}` : ''}
          {homework.relationshipId && homework.assignees.length > 1 ? ' · together' : ''}
        </p>
        <details className="source">
          <summary>Instructions the client sees</summary>
          <DocumentText body={homework.instructions} />
        </details>
        {homework.assignees.map((assignee) => (
          <AssigneeCompletion key={assignee.clientId} assignee={assignee} />
        ))}
        {homework.status === 'active' ? <StopHomework homework={homework} onStopped={onStopped} /> : null}
      </section>
    </li>
  );
}

interface HomeworkSectionProps {
  subject: PlanSubject;
  members: Member[];
}

/** The chart's "Homework": give an exercise from the library, and see how practice is going. */
export function HomeworkSection({ subject, members }: HomeworkSectionProps) {
  const homework = useHomework(subject);
  const plans = useTreatmentPlans(subject);
  const activePlan = plans.data?.find((plan) => plan.status === 'active');
  const [status, setStatus] = useState('');
  const order = { active: 0, stopped: 1 } as const;
  const list = [...(homework.data ?? [])].sort((a, b) => order[a.status] - order[b.status] || b.createdAt.localeCompare(a.createdAt));
  const isRelationship = 'relationshipId' in subject;
  return (
    <section aria-labelledby="homework-heading" className="panel">
      <h2 id="homework-heading">Homework</h2>
      <p>
        Exercises between sessions, from your practice&apos;s library. {isRelationship ? 'Each partner logs' : 'The client logs'} their practice in the
        portal: you see whether it happened and how it went.
      </p>
      <p className="private-marker">
        <strong>A reflection stays private to whoever wrote it</strong> unless they choose to share it; only shared reflections appear here.
        {isRelationship ? ' A partner never sees the other’s entries, only reflections shared with them.' : ''}
      </p>
      <AssignHomeworkForm subject={subject} members={members} planId={activePlan?.id} />
      <h3>Given so far</h3>
      <StatusMessage>{status || undefined}</StatusMessage>
      <Alert focus={false}>{homework.isError ? describeError(homework.error) : undefined}</Alert>
      {homework.isPending ? (
        <p role="status" className="muted">
          Loading homework…
        </p>
      ) : homework.isSuccess && list.length === 0 ? (
        <p className="muted">No homework given yet.</p>
      ) : (
        <ul className="plain-list homework-list" aria-label="Homework">
          {list.map((item) => (
            <HomeworkItem key={item.id} homework={item} onStopped={setStatus} />
          ))}
        </ul>
      )}
    </section>
  );
}
