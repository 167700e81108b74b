import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { ApiError, fieldErrorsOf } from '../../api/client';
import { useImportCsv, type ImportKind, type ImportReport, type ImportRow } from '../../api/useImports';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { checkedValues } from '../../components/forms';
import { CareTeamField } from '../CareTeamField';

/** The CSV travels as JSON text; the server takes at most 900,000 characters (about 900 KB). */
const MAX_CHARACTERS = 900_000;
/** Rows shown in the table; a long file's remaining problems are counted, not listed. */
const SHOWN_ROWS = 200;

const WORDS: Record<ImportKind, { one: string; many: string }> = {
  clients: { one: 'client', many: 'clients' },
  appointments: { one: 'appointment', many: 'appointments' },
};

/** Candor's fields, as the "how the columns were read" list names them. */
const FIELD_LABELS: Record<string, string> = {
  firstName: 'first name', lastName: 'last name', fullName: 'full name', preferredName: 'preferred name', pronouns: 'pronouns', email: 'email',
  dateOfBirth: 'date of birth', phone: 'phone', street: 'street address', street2: 'address line 2', city: 'city', state: 'state', zip: 'ZIP code', country: 'country',
  genderIdentity: 'gender identity', sexAssignedAtBirth: 'sex assigned at birth', sexualOrientation: 'sexual orientation', relationshipStatus: 'relationship status',
  relationshipStructure: 'relationship structure', presentingConcern: 'presenting concern', emergencyContactName: 'emergency contact’s name',
  emergencyContactPhone: 'emergency contact’s phone', emergencyContactRelationship: 'emergency contact’s relationship', status: 'status', clinician: 'clinician',
  clientEmail: 'client’s email', clientName: 'client’s name', clientFirstName: 'client’s first name', clientLastName: 'client’s last name',
  clientDateOfBirth: 'client’s date of birth', start: 'start date and time', date: 'date', time: 'start time', end: 'end', duration: 'length',
  kind: 'type of session', modality: 'in person or video', room: 'room', videoLink: 'video link',
};

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const sentence = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

function problemText(problem: { column: string; message: string }): string {
  return problem.column ? `${problem.column}: ${problem.message}` : sentence(problem.message);
}

/** What the check found, in one or two plain sentences. */
function summaryOf(report: ImportReport, kind: ImportKind): { clean: boolean; text: string } {
  const words = WORDS[kind];
  const needFixing = report.rows.filter((r) => r.problems.length > 0).length;
  const skipped = report.rows.filter((r) => r.action === 'skip').length;
  const ready = report.rows.filter((r) => r.action === 'create' && r.problems.length === 0).length;
  const skippedText = skipped ? ` ${count(skipped, 'row is', 'rows are')} already in Candor and will be left out.` : '';
  if (!report.dryRun) {
    const left = skipped ? ` ${count(skipped, 'row was', 'rows were')} already in Candor and left out.` : '';
    return { clean: true, text: `Imported ${count(report.created, words.one, words.many)}.${left}` };
  }
  if (needFixing) {
    return {
      clean: false,
      text: `${count(needFixing, 'row needs', 'rows need')} a change before anything can be imported. Correct ${needFixing === 1 ? 'it' : 'them'} in the spreadsheet, save it as CSV, and choose the file again.`,
    };
  }
  if (ready === 0) return { clean: true, text: 'Nothing to import: every row is already in Candor.' };
  return { clean: true, text: `The file is ready: ${count(ready, words.one, words.many)} to import.${skippedText} Nothing has been imported yet.` };
}

function RowOutcome({ row }: { row: ImportRow }) {
  if (row.action === 'skip') return <>Left out: {row.reason}</>;
  if (row.problems.length === 0) return <>Ready</>;
  return (
    <ul className="import-row-problems">
      {row.problems.map((problem) => (
        <li key={`${problem.field}-${problem.column}`}>{problemText(problem)}</li>
      ))}
    </ul>
  );
}

/** The rows worth a look (problems first, then those left out), as a table. */
function RowsTable({ report, kind }: { report: ImportReport; kind: ImportKind }) {
  const notable = [...report.rows.filter((r) => r.problems.length > 0), ...report.rows.filter((r) => r.action === 'skip')];
  if (notable.length === 0) return null;
  const shown = notable.slice(0, SHOWN_ROWS);
  return (
    <div className="table-scroll">
      <table className="import-table">
        <caption>
          Rows to look at{notable.length > shown.length ? ` (the first ${shown.length} of ${notable.length.toLocaleString('en-US')})` : ''}. Row numbers are the
          spreadsheet&apos;s: the column names are row 1.
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">{kind === 'clients' ? 'What happens to this client' : 'What happens to this appointment'}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.row}>
              <th scope="row">{row.row}</th>
              <td>
                <RowOutcome row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How the file's columns were read, and which were not. */
function ColumnsRead({ report }: { report: ImportReport }) {
  return (
    <details className="import-columns">
      <summary>How the columns were read</summary>
      <ul>
        {report.columns.map((c) => (
          <li key={c.header}>
            “{c.header}” as the {FIELD_LABELS[c.field] ?? c.field}
          </li>
        ))}
      </ul>
      {report.ignoredColumns.length ? <p>Not imported: {report.ignoredColumns.map((h) => `“${h}”`).join(', ')}.</p> : null}
    </details>
  );
}

interface ImportSectionProps {
  kind: ImportKind;
  heading: string;
  /** What the file needs, in plain words. */
  children: ReactNode;
  /** Clients only: show the care team choice (owners, who may name any clinician). */
  chooseCareTeam?: boolean;
}

/**
 * One import: choose a CSV file, check it (nothing is written), see each row's problems, then
 * import every row at once. A file with any problem imports nothing.
 */
export function ImportSection({ kind, heading, children, chooseCareTeam = false }: ImportSectionProps) {
  const headingId = useId();
  const run = useImportCsv(kind);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [careTeam, setCareTeam] = useState<string[]>([]);
  const [localError, setLocalError] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const words = WORDS[kind];
  const report = run.data;
  const fieldErrors = fieldErrorsOf(run.error);
  const fileError = localError || fieldErrors.csv;
  const rowErrors = run.error instanceof ApiError ? run.error.fieldErrors.filter((e) => e.field.startsWith('rows')) : [];
  const general = run.isError && !fileError && !fieldErrors.careTeam && rowErrors.length === 0 ? describeError(run.error) : undefined;
  const summary = report ? summaryOf(report, kind) : null;
  const ready = report?.dryRun && summary?.clean ? report.rows.filter((r) => r.action === 'create').length : 0;

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    run.reset();
    setLocalError('');
    setCsv('');
    setFileName(file?.name ?? '');
    if (!file) return;
    try {
      const text = await file.text();
      if (text.length > MAX_CHARACTERS) setLocalError('This file is larger than Candor imports at once (about 900 KB). Split it into smaller files and import each.');
      else setCsv(text);
    } catch {
      setLocalError('That file could not be read. Please choose it again, or save it from the spreadsheet as CSV first.');
    }
  }

  function send(dryRun: boolean) {
    if (!csv) {
      setLocalError(localError || 'Choose a CSV file first.');
      return;
    }
    run.mutate(
      { csv, dryRun, ...(kind === 'clients' && careTeam.length ? { careTeam } : {}) },
      {
        onSuccess: (done) => {
          if (done.dryRun) return;
          // Imported: the file is done with.
          setCsv('');
          setFileName('');
          setFileKey((key) => key + 1);
        },
      },
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(true);
  }

  return (
    <section aria-labelledby={headingId} className="panel import-section">
      <h2 id={headingId}>{heading}</h2>
      {children}
      <form
        onSubmit={handleSubmit}
        onChange={(event) => {
          if (chooseCareTeam) setCareTeam(checkedValues(new FormData(event.currentTarget), 'careTeam'));
        }}
        noValidate
        aria-labelledby={headingId}
      >
        <TextField
          key={fileKey}
          name={`${kind}File`}
          type="file"
          label={`CSV file of ${words.many}`}
          hint="Save it from the spreadsheet or the other product as CSV (comma-separated values)."
          accept=".csv,text/csv"
          error={fileError}
          onChange={(event) => void handleFile(event)}
        />
        {chooseCareTeam ? <CareTeamField error={fieldErrors.careTeam} /> : null}
        <div className="form-actions">
          <button type="submit" className={ready ? 'button-secondary' : undefined} disabled={run.isPending}>
            {run.isPending && run.variables?.dryRun ? 'Checking…' : 'Check the file'}
          </button>
          {ready > 0 ? (
            <button type="button" disabled={run.isPending} onClick={() => send(false)}>
              {run.isPending && !run.variables?.dryRun ? 'Importing…' : `Import ${count(ready, words.one, words.many)}`}
            </button>
          ) : null}
        </div>
      </form>
      <Alert>
        {general ??
          (rowErrors.length ? (
            <>
              <p className="import-outcome">Nothing was imported: some rows changed since the check. Check the file again to see them.</p>
              <ul className="import-problems">
                {rowErrors.map((e) => (
                  <li key={`${e.field}-${e.message}`}>{e.message}</li>
                ))}
              </ul>
            </>
          ) : summary && !summary.clean ? (
            <p className="import-outcome">{summary.text}</p>
          ) : undefined)}
      </Alert>
      <StatusMessage>{summary?.clean ? summary.text : fileName && csv && !report ? `Chosen: ${fileName}. Check it before importing.` : undefined}</StatusMessage>
      {report ? (
        <>
          <RowsTable report={report} kind={kind} />
          <ColumnsRead report={report} />
        </>
      ) : null}
    </section>
  );
}
