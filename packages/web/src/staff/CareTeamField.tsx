import { usePracticeUsers } from '../api/usePractice';

interface CareTeamFieldProps {
  error?: string | undefined;
}

/**
 * Who will look after a new client. Clinicians are added to their own clients' care team
 * automatically; an owner who is not a clinician must choose at least one.
 */
export function CareTeamField({ error }: CareTeamFieldProps) {
  const users = usePracticeUsers();
  const clinicians = (users.data ?? []).filter(
    (person) => person.status === 'active' && person.roles.some((role) => role === 'clinician' || role === 'supervisor'),
  );
  const describedBy = ['careTeam-hint', error ? 'careTeam-error' : ''].filter(Boolean).join(' ');

  return (
    <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={describedBy}>
      <legend>Care team</legend>
      <p id="careTeam-hint" className="field-hint">
        The clinician or clinicians who will see this client. Only they can read clinical notes.
      </p>
      {error ? (
        <p id="careTeam-error" className="field-error">
          {error}
        </p>
      ) : null}
      {users.isPending ? (
        <p role="status" className="muted">
          Loading clinicians…
        </p>
      ) : users.isError ? (
        <p className="field-error">We couldn&apos;t load the list of clinicians. Please reload the page.</p>
      ) : clinicians.length === 0 ? (
        <p>No clinicians have an account yet. Invite one from Settings first.</p>
      ) : (
        clinicians.map((person, index) => (
          <label key={person.id} className="checkbox" htmlFor={index === 0 ? 'field-careTeam' : `careTeam-${person.id}`}>
            <input
              id={index === 0 ? 'field-careTeam' : `careTeam-${person.id}`}
              type="checkbox"
              name="careTeam"
              value={person.id}
              aria-invalid={error ? true : undefined}
            />
            {person.displayName}
          </label>
        ))
      )}
    </fieldset>
  );
}
