import { usePracticeUsers } from '../../api/usePractice';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/errorMessages';
import { ROLE_LABELS } from './roleLabels';

/** Everyone with an account at the practice. */
export function PracticeUsersList() {
  const users = usePracticeUsers();

  return (
    <section aria-labelledby="users-heading" className="panel">
      <h2 id="users-heading">People</h2>
      <Alert focus={false}>{users.isError ? describeError(users.error) : undefined}</Alert>
      {users.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : users.data && users.data.length > 0 ? (
        <table>
          <caption className="visually-hidden">People with an account at the practice</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col">Second factor</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((person) => (
              <tr key={person.id}>
                <td>{person.displayName}</td>
                <td>{person.email}</td>
                <td>{person.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ')}</td>
                <td>{person.secondFactorEnabled ? 'On' : 'Off'}</td>
                <td>{person.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : users.isSuccess ? (
        <p className="empty-state">No one else has an account yet.</p>
      ) : null}
    </section>
  );
}
