import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { DiagnosisStatuses, type DiagnosisRecord, type DiagnosisStatus } from '../../api/diagnosisTypes';
import { useClientDiagnoses, useDiagnosisCatalog, useUpdateDiagnosisStatus } from '../../api/useDiagnoses';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { DIAGNOSIS_STATUS_LABELS, specifiersText } from './diagnosisWords';

function StatusChange({ record }: { record: DiagnosisRecord }) {
  const update = useUpdateDiagnosisStatus(record.clientId);
  const [status, setStatus] = useState<DiagnosisStatus>(record.status);
  const id = `diagnosis-status-${record.id}`;
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ id: record.id, status });
  }
  return (
    <form onSubmit={handleSubmit} className="inline-form" aria-label={`Change the status of ${record.label}`}>
      <div className="field">
        <label htmlFor={id}>Status</label>
        <select id={id} value={status} onChange={(event) => setStatus(event.target.value as DiagnosisStatus)}>
          {DiagnosisStatuses.map((value) => (
            <option key={value} value={value}>
              {DIAGNOSIS_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-secondary" disabled={update.isPending || status === record.status}>
        {update.isPending ? 'Saving…' : 'Change status'}
      </button>
      <StatusMessage>{update.isSuccess ? `Status changed to ${DIAGNOSIS_STATUS_LABELS[update.data.status].toLowerCase()}.` : undefined}</StatusMessage>
      <Alert>{update.isError ? describeError(update.error) : undefined}</Alert>
    </form>
  );
}

/** The diagnoses recorded for this client, with any override made visible. */
export function DiagnosesSection({ clientId }: { clientId: string }) {
  const diagnoses = useClientDiagnoses(clientId);
  const catalog = useDiagnosisCatalog();
  const otherLabels = Object.fromEntries((catalog.data ?? []).flatMap((entry) => entry.specifiers.other.map((item) => [item.id, item.label])));
  const list = diagnoses.data ?? [];
  return (
    <section aria-labelledby="diagnoses-heading" className="panel">
      <h2 id="diagnoses-heading">Diagnoses</h2>
      <p>
        <Link className="button button-secondary" to={`/clients/${encodeURIComponent(clientId)}/diagnoses/new`}>
          Consider a diagnosis
        </Link>
      </p>
      <Alert focus={false}>{diagnoses.isError ? describeError(diagnoses.error) : undefined}</Alert>
      {diagnoses.isPending ? (
        <p role="status" className="muted">
          Loading diagnoses…
        </p>
      ) : diagnoses.isSuccess && list.length === 0 ? (
        <p className="muted">No diagnoses recorded.</p>
      ) : (
        <ul className="plain-list diagnosis-list" aria-label="Recorded diagnoses">
          {list.map((record) => (
            <li key={record.id}>
              <h3 className="diagnosis-title">
                {record.label} <span className="code">{record.icd10}</span>
              </h3>
              {record.overrideReason ? (
                <p className="care-note care-note-attention">
                  <span className="badge badge-waiting">Recorded with an override</span> The criteria were not all met. Reason:{' '}
                  {record.overrideReason}
                </p>
              ) : null}
              <DetailsList
                rows={[
                  ['ICD-10-CM', record.icd10],
                  ['Status', DIAGNOSIS_STATUS_LABELS[record.status] ?? record.status],
                  ['Specifiers', specifiersText(record.specifiers, otherLabels) || null],
                  ['Recorded for', formatDate(record.diagnosedOn)],
                  ['Criteria', record.criteriaMet ? 'All met when recorded' : 'Not all met when recorded'],
                ]}
              />
              <StatusChange record={record} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
