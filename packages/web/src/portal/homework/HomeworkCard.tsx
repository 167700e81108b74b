import { Link } from 'react-router-dom';
import { usePortalHomework } from '../../api/useHomework';

/** The portal home's pointer to the client's exercises, shown once there is one. */
export function HomeworkCard() {
  const homework = usePortalHomework();
  const active = (homework.data ?? []).filter((item) => item.status === 'active');
  if (!homework.data?.length) return null;
  return (
    <section aria-labelledby="exercises-heading" className="panel">
      <h2 id="exercises-heading">Your exercises</h2>
      {active.length ? (
        <ul className="plain-list exercise-links" aria-label="Exercises from your therapist">
          {active.map((item) => (
            <li key={item.id}>
              {item.title}
              {item.frequency ? <span className="muted"> · {item.frequency}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No exercises right now.</p>
      )}
      <p>
        <Link to="/portal/homework">See your exercises and log a practice</Link>
      </p>
    </section>
  );
}
