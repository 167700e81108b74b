import type { DiagnosisId } from '@candor/clinical';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import type { CatalogEntry, Findings } from '../../api/diagnosisTypes';
import { useClient } from '../../api/useClients';
import { useDiagnosisCatalog, useEvaluation, useRecordDiagnosis } from '../../api/useDiagnoses';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { nameOf } from '../client/ClientDetailPage';
import { CriteriaFields } from './CriteriaFields';
import { EvaluationView } from './EvaluationView';
import { RecordDiagnosisForm } from './RecordDiagnosisForm';

/** How long the findings must stay unchanged before they are evaluated again. */
const EVALUATE_AFTER_MS = 400;

function catalogLabel(entry: CatalogEntry): string {
  const codes = entry.icd10.length > 3 ? `${entry.icd10[0]}… and others` : entry.icd10.join(', ');
  return `${entry.label} (${codes})`;
}

/** The checklist, the live evaluation and the record form for one chosen diagnosis. */
function Consideration({ clientId, entry }: { clientId: string; entry: CatalogEntry }) {
  const [findings, setFindings] = useState<Findings>({});
  const settled = useDebouncedValue(findings, EVALUATE_AFTER_MS);
  const evaluation = useEvaluation(clientId, entry.id, settled);
  const record = useRecordDiagnosis(clientId);
  const navigate = useNavigate();
  const findingErrors = Object.fromEntries(Object.entries(fieldErrorsOf(record.error)).filter(([field]) => field.startsWith('findings.')));
  const updating = settled !== findings || evaluation.isFetching;
  const current = evaluation.data?.diagnosisId === entry.id ? evaluation.data : undefined;

  return (
    <>
      <section aria-labelledby="criteria-heading" className="panel">
        <h2 id="criteria-heading">The criteria</h2>
        <p className="muted">
          Short summaries in our own words: check the manual for the full criteria. “Not yet known” is always an honest answer.
        </p>
        <CriteriaFields entry={entry} findings={findings} onChange={setFindings} errors={findingErrors} />
      </section>
      <Alert focus={false}>{evaluation.isError ? describeError(evaluation.error) : undefined}</Alert>
      <EvaluationView evaluation={current} updating={updating} />
      <RecordDiagnosisForm
        entry={entry}
        findings={findings}
        evaluation={current}
        updating={updating}
        record={record}
        onRecorded={() => void navigate(`/clients/${encodeURIComponent(clientId)}`)}
      />
    </>
  );
}

/** Consider a DSM-5-TR sexual-dysfunction diagnosis for a client, with the criteria checked as you go. */
export function NewDiagnosisPage() {
  const { id = '' } = useParams();
  const client = useClient(id);
  const catalog = useDiagnosisCatalog();
  const [diagnosisId, setDiagnosisId] = useState<DiagnosisId | ''>('');
  const entry = catalog.data?.find((item) => item.id === diagnosisId);
  const chartPath = `/clients/${encodeURIComponent(id)}`;
  const name = client.data ? nameOf(client.data) : 'the client';

  return (
    <>
      <p>
        <Link to={chartPath}>Back to {name}</Link>
      </p>
      <PageHeading title={`Consider a diagnosis — ${name}`}>Consider a diagnosis for {name}</PageHeading>
      <p>
        A checklist to support your clinical judgement, not to replace it. A diagnosis whose criteria are not all met can still be
        recorded, with your reason, as an override.
      </p>
      <Alert focus={false}>{catalog.isError ? describeError(catalog.error) : undefined}</Alert>
      {catalog.isPending ? (
        <p role="status" className="muted">
          Loading the diagnoses…
        </p>
      ) : catalog.data ? (
        <div className="panel">
          <SelectField
            name="diagnosisId"
            label="Diagnosis to consider"
            hint="Changing it starts the checklist again."
            options={[{ value: '', label: 'Choose a diagnosis' }, ...catalog.data.map((item) => ({ value: item.id, label: catalogLabel(item) }))]}
            value={diagnosisId}
            onChange={(event) => setDiagnosisId(event.target.value as DiagnosisId | '')}
          />
        </div>
      ) : null}
      {entry ? <Consideration key={entry.id} clientId={id} entry={entry} /> : null}
    </>
  );
}
