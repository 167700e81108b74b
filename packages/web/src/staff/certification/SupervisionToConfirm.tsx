import { useState } from 'react';
import { useConfirmations, useSetConfirmation } from '../../api/useCertification';
import { Alert, StatusMessage } from '../../components/Alert';
import { formatDate, formatInstantDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { FORMAT_LABELS, MODALITY_LABELS, hoursText } from './certificationWords';

/** Supervisors: supervision hours supervisees logged with them, to confirm (or withdraw a confirmation given by mistake). */
export function SupervisionToConfirm() {
  const confirmations = useConfirmations(true);
  const setConfirmation = useSetConfirmation();
  const [done, setDone] = useState('');
  const list = [...(confirmations.data ?? [])].sort(
    (a, b) => Number(a.confirmedAt !== null) - Number(b.confirmedAt !== null) || b.date.localeCompare(a.date),
  );
  const waiting = list.filter((entry) => entry.confirmedAt === null).length;

  return (
    <section aria-labelledby="confirm-heading" className="panel">
      <h2 id="confirm-heading">Supervision to confirm</h2>
      <p>Hours your supervisees logged as supervision with you. Confirm only hours that happened as logged; confirmed hours can no longer be changed by the supervisee.</p>
      <StatusMessage>{done || undefined}</StatusMessage>
      <Alert>{setConfirmation.isError ? describeError(setConfirmation.error) : undefined}</Alert>
      {confirmations.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : confirmations.isError ? (
        <Alert focus={false}>{describeError(confirmations.error)}</Alert>
      ) : list.length === 0 ? (
        <div className="empty-state">
          <p>No supervisee has logged supervision with you yet.</p>
        </div>
      ) : (
        <>
          <p>{waiting === 0 ? 'Nothing is waiting for your confirmation.' : waiting === 1 ? 'One entry is waiting for your confirmation.' : `${waiting} entries are waiting for your confirmation.`}</p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Supervision logged with you, waiting entries first</caption>
              <thead>
                <tr>
                  <th scope="col">Supervisee</th>
                  <th scope="col">Date</th>
                  <th scope="col">Hours</th>
                  <th scope="col">Format</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((entry) => {
                  const what = `${entry.superviseeName}, ${hoursText(entry.hours)} on ${formatDate(entry.date)}`;
                  const busy = setConfirmation.isPending && setConfirmation.variables?.id === entry.id;
                  return (
                    <tr key={entry.id}>
                      <th scope="row">{entry.superviseeName}</th>
                      <td>
                        <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                      </td>
                      <td className="number">{hoursText(entry.hours)}</td>
                      <td>
                        {entry.format ? FORMAT_LABELS[entry.format] : ''}
                        {entry.modality ? `, ${MODALITY_LABELS[entry.modality].toLowerCase()}` : ''}
                      </td>
                      <td>{entry.confirmedAt ? `Confirmed on ${formatInstantDate(entry.confirmedAt, 'long')}` : 'Waiting for you'}</td>
                      <td>
                        {entry.confirmedAt ? (
                          <button
                            type="button"
                            className="button-secondary button-small"
                            disabled={busy}
                            onClick={() => setConfirmation.mutate({ id: entry.id, confirmed: false }, { onSuccess: () => setDone(`Withdrew your confirmation of ${what}.`) })}
                          >
                            Withdraw confirmation<span className="visually-hidden">: {what}</span>
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="button-small"
                            disabled={busy}
                            onClick={() => setConfirmation.mutate({ id: entry.id, confirmed: true }, { onSuccess: () => setDone(`Confirmed ${what}.`) })}
                          >
                            Confirm<span className="visually-hidden">: {what}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
