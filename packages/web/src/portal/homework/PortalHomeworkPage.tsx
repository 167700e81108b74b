import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { OwnPracticeLog, PortalHomework } from '../../api/planTypes';
import { usePortalHomework, useShareReflection } from '../../api/useHomework';
import { Alert, StatusMessage } from '../../components/Alert';
import { DocumentText } from '../../components/DocumentText';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { LogPracticeForm } from './LogPracticeForm';

const newestFirst = <T extends { practicedOn: string }>(entries: readonly T[]) => [...entries].sort((a, b) => b.practicedOn.localeCompare(a.practicedOn));

/** One of the client's own entries, with its reflection's sharing switched on or off. */
function OwnEntry({ exercise, entry }: { exercise: PortalHomework; entry: OwnPracticeLog }) {
  const sharing = useShareReflection(exercise.id);
  const [status, setStatus] = useState('');
  const day = formatDate(entry.practicedOn);
  const audience = exercise.withPartner ? 'your partner and your therapist' : 'your therapist';
  return (
    <li className="practice-entry">
      <p className="practice-entry-title">
        <strong>{day}</strong> · {entry.done ? 'Did it' : 'Not this time'}
      </p>
      {entry.howItWent ? (
        <p>
          <span className="practice-entry-label">How it went (your therapist sees this):</span> <span className="prewrap">{entry.howItWent}</span>
        </p>
      ) : null}
      {entry.reflection ? (
        <>
          <p>
            <span className="practice-entry-label">Your reflection:</span> <span className="prewrap">{entry.reflection}</span>
          </p>
          <p>
            <span className={entry.reflectionShared ? 'badge' : 'badge badge-private'}>
              {entry.reflectionShared ? `Shared with ${audience}` : 'Private to you'}
            </span>
          </p>
          <button
            type="button"
            className="button-secondary button-small"
            disabled={sharing.isPending}
            onClick={() =>
              sharing.mutate(
                { logId: entry.id, share: !entry.reflectionShared },
                { onSuccess: () => setStatus(entry.reflectionShared ? 'Your reflection is private again.' : `Your reflection is now shared with ${audience}.`) },
              )
            }
          >
            {entry.reflectionShared ? 'Make it private again' : 'Share it'}
            <span className="visually-hidden"> (your reflection from {day})</span>
          </button>
        </>
      ) : null}
      <StatusMessage>{status || undefined}</StatusMessage>
      <Alert>{sharing.isError ? describeError(sharing.error) : undefined}</Alert>
    </li>
  );
}

function Exercise({ exercise, index }: { exercise: PortalHomework; index: number }) {
  const headingId = `exercise-${index}`;
  const active = exercise.status === 'active';
  const mine = newestFirst(exercise.myLogs);
  const shared = newestFirst(exercise.sharedByPartners);
  return (
    <section aria-labelledby={headingId} className="panel exercise">
      <h2 id={headingId}>{exercise.title}</h2>
      <p className="muted">
        {exercise.withPartner ? 'With your partner · ' : ''}
        {exercise.frequency ? `How often: ${exercise.frequency}` : 'As often as suits you'}
        {exercise.endsOn ? ` · until ${formatDate(exercise.endsOn)}` : ''}
      </p>
      {!active ? <p className="care-note">Your therapist has finished this exercise with you. Your entries stay here.</p> : null}
      <details className="exercise-instructions" open={active}>
        <summary>How to do it</summary>
        <DocumentText body={exercise.instructions} />
      </details>
      {active ? <LogPracticeForm exercise={exercise} idPrefix={`log${index}`} /> : null}
      <h3>Your entries</h3>
      {mine.length ? (
        <ul className="plain-list practice-entries" aria-label={`Your entries for ${exercise.title}`}>
          {mine.map((entry) => (
            <OwnEntry key={entry.id} exercise={exercise} entry={entry} />
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing logged yet.</p>
      )}
      {exercise.withPartner ? (
        <>
          <h3>Shared by your partner</h3>
          {shared.length ? (
            <ul className="plain-list practice-entries" aria-label={`Shared by your partner for ${exercise.title}`}>
              {shared.map((entry, i) => (
                <li key={`${entry.name}:${entry.practicedOn}:${i}`} className="practice-entry">
                  <p className="practice-entry-title">
                    <strong>{entry.name}</strong>, {formatDate(entry.practicedOn)}
                  </p>
                  <p className="prewrap">{entry.reflection}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nothing shared yet. You only ever see what your partner chooses to share.</p>
          )}
        </>
      ) : null}
    </section>
  );
}

/** The client's exercises between sessions: how to do each, logging practice, and what is shared. */
export function PortalHomeworkPage() {
  const homework = usePortalHomework();
  const list = homework.data ?? [];
  const active = list.filter((item) => item.status === 'active');
  const finished = list.filter((item) => item.status !== 'active');
  return (
    <>
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
      <PageHeading>Your exercises</PageHeading>
      <p>
        Exercises your therapist has suggested for between sessions. There is no right or wrong way for them to go: noting what happened
        is what helps. Your therapist sees whether you did an exercise and how it went; your reflections stay private unless you share them.
      </p>
      <Alert focus={false}>{homework.isError ? describeError(homework.error) : undefined}</Alert>
      {homework.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : homework.isSuccess && list.length === 0 ? (
        <div className="empty-state">
          <p>No exercises yet. They will appear here when your therapist suggests one.</p>
        </div>
      ) : null}
      {active.map((exercise, index) => (
        <Exercise key={exercise.id} exercise={exercise} index={index} />
      ))}
      {finished.map((exercise, index) => (
        <Exercise key={exercise.id} exercise={exercise} index={active.length + index} />
      ))}
    </>
  );
}
