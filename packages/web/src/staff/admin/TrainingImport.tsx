import { useState, type ChangeEvent, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { ImportMode, ImportResult } from '../../api/trainingTypes';
import { useImportProgrammes } from '../../api/useTraining';
import { Alert, StatusMessage } from '../../components/Alert';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';

/** The columns the import reads, as the export writes them. */
const CSV_COLUMNS = 'kind, name, provider, format, city, state, country, length, cost_min, cost_max, counts_toward, url, description';

const plural = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;

/** What happened, in one sentence. */
function outcome(result: ImportResult, mode: ImportMode): string {
  const rowsWithProblems = new Set(result.problems.map((p) => p.row)).size;
  const read = `Read ${plural(result.rows, 'row', 'rows')}`;
  if (result.dryRun) {
    if (rowsWithProblems === 0) return `${read}: every row is right. Nothing was imported yet.`;
    const wouldImport = mode === 'all' ? 'nothing would be imported until they are fixed' : `${plural(result.rows - rowsWithProblems, 'row', 'rows')} would be imported`;
    return `${read}: ${plural(rowsWithProblems, 'row needs', 'rows need')} another look, so ${wouldImport}. Nothing was imported yet.`;
  }
  if (rowsWithProblems === 0) return `Imported ${plural(result.imported, 'programme', 'programmes')}.`;
  if (result.imported === 0) return `Nothing was imported: ${plural(rowsWithProblems, 'row needs', 'rows need')} another look.`;
  return `Imported ${plural(result.imported, 'programme', 'programmes')}; ${plural(rowsWithProblems, 'row was', 'rows were')} left out.`;
}

/** Add many programmes at once from CSV, checking it first if wanted; each problem is named by row and column. */
export function TrainingImport() {
  const importCsv = useImportProgrammes();
  const [csv, setCsv] = useState('');
  const [mode, setMode] = useState<ImportMode>('all');
  const [localError, setLocalError] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const result = importCsv.data;
  const sentMode = importCsv.variables?.mode ?? mode;
  const csvError = localError || fieldErrorsOf(importCsv.error).csv;
  const general = importCsv.isError && !csvError ? describeError(importCsv.error) : undefined;

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setLocalError('');
    importCsv.reset();
    try {
      setCsv(await file.text());
    } catch {
      setLocalError('That file could not be read. Please try another, or paste the CSV.');
    }
  }

  function send(dryRun: boolean) {
    if (!csv.trim()) {
      setLocalError('Paste the CSV, or choose a CSV file.');
      return;
    }
    setLocalError('');
    importCsv.mutate(
      { csv, mode, dryRun },
      {
        onSuccess: (done) => {
          // A file read in is cleared once its rows are in; the text stays for fixing otherwise.
          if (!done.dryRun && done.problems.length === 0) setFileKey((key) => key + 1);
        },
      },
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(false);
  }

  return (
    <section aria-labelledby="import-heading" className="panel">
      <h2 id="import-heading">Import from CSV</h2>
      <p>
        Use the columns of the export: <span className="code">{CSV_COLUMNS}</span>. The first row names the columns. Separate several “counts
        toward” entries with semicolons, for example <span className="code">core-knowledge;renewal</span>.
      </p>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="import-heading">
        <TextField key={fileKey} name="csvFile" type="file" label="Choose a CSV file (optional)" hint="Its text appears below, where you can change it." accept=".csv,text/csv" onChange={(event) => void handleFile(event)} />
        <TextAreaField
          name="csv"
          label="CSV"
          rows={8}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          error={csvError}
          spellCheck={false}
          className="csv-text"
        />
        <RadioGroup<ImportMode>
          name="importMode"
          legend="If some rows have problems"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'all', label: 'Import nothing until every row is right' },
            { value: 'valid-rows', label: 'Import the rows that are right', hint: 'Rows with problems are left out and listed here.' },
          ]}
        />
        <div className="form-actions">
          <button type="button" className="button-secondary" disabled={importCsv.isPending} onClick={() => send(true)}>
            Check only
          </button>
          <button type="submit" disabled={importCsv.isPending}>
            {importCsv.isPending ? 'Working…' : 'Import'}
          </button>
        </div>
      </form>
      <Alert>
        {general ??
          (result && result.problems.length ? (
            <>
              <p className="import-outcome">{outcome(result, sentMode)}</p>
              <ul className="import-problems" aria-label="Problems in the CSV">
                {result.problems.map((problem) => (
                  <li key={`${problem.row}-${problem.field}-${problem.message}`}>
                    Row {problem.row}, {problem.field}: {problem.message}
                  </li>
                ))}
              </ul>
            </>
          ) : undefined)}
      </Alert>
      <StatusMessage>{result && result.problems.length === 0 ? outcome(result, sentMode) : undefined}</StatusMessage>
    </section>
  );
}
