import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { InstrumentSummary, WordingImport } from '../../api/measureTypes';
import { useImportWording } from '../../api/useMeasures';
import { StatusMessage } from '../../components/Alert';
import { SelectField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';

/** A FHIR Questionnaire (JSON) or a `linkId,text` CSV, read in the browser. */
export async function readWordingFile(file: File): Promise<WordingImport> {
  const text = await file.text();
  const looksLikeJson = /\.json$/i.test(file.name) || file.type.includes('json') || text.trimStart().startsWith('{');
  if (!looksLikeJson) return { csv: text };
  try {
    // The server checks it is a FHIR Questionnaire (an object) and says which part is wrong.
    return { questionnaire: JSON.parse(text) as Record<string, unknown> };
  } catch {
    throw new Error('This file looks like JSON but could not be read. Check it is a FHIR Questionnaire saved as JSON.');
  }
}

/** `csv.q3` → "Question q3: …"; problems with the whole file (`csv`, `csv.item`) have no question. */
function problemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors.map(({ field, message }) => {
    const item = /^(?:questionnaire|csv)\.(.+)$/.exec(field)?.[1];
    const text = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
    return item && item !== 'item' ? `Question ${item}: ${text}` : text;
  });
}

/** Owners import the practice's licensed wording of an instrument; every mismatch is listed by item. */
export function ImportWordingForm({ instruments }: { instruments: InstrumentSummary[] }) {
  const importWording = useImportWording();
  const choices = instruments.filter((i) => i.licence !== 'public-domain-or-free');
  const [instrumentId, setInstrumentId] = useState(choices[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState('');
  const [done, setDone] = useState('');
  const problems = problemsOf(importWording.error);
  const chosen = instruments.find((i) => i.id === instrumentId);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    importWording.reset();
    if (!file) {
      setLocalError('Choose a file to import.');
      return;
    }
    let body: WordingImport;
    try {
      body = await readWordingFile(file);
    } catch (error) {
      setLocalError(error instanceof Error ? error.message : 'This file could not be read.');
      return;
    }
    setLocalError('');
    importWording.mutate(
      { instrumentId, body },
      { onSuccess: (result) => setDone(`Imported the wording of ${result.items} questions for the ${chosen?.shortName ?? 'questionnaire'}. Clients now see it.`) },
    );
  }

  const failed = importWording.isError;
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import licensed wording</h2>
      <p>
        If the practice holds a licence for a questionnaire, import its official wording: a FHIR R4 Questionnaire saved as JSON, or a
        CSV file with one <code>linkId,text</code> line per question. It is accepted only when every question and answer value matches.
      </p>
      <SelectField
        id="import-instrument"
        name="instrumentId"
        label="Questionnaire"
        value={instrumentId}
        onChange={(event) => setInstrumentId(event.target.value)}
        options={choices.map((i) => ({ value: i.id, label: `${i.shortName} — ${i.title}` }))}
      />
      <TextField
        id="import-file"
        name="file"
        type="file"
        label="Wording file"
        hint="A .json FHIR Questionnaire or a .csv file."
        accept=".json,.csv,application/json,application/fhir+json,text/csv"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setLocalError('');
        }}
        error={localError || undefined}
      />
      <div role="alert" className={failed ? 'alert' : 'alert alert-empty'}>
        {failed ? (
          problems.length ? (
            <>
              <p>The wording was not imported. Please correct the file and try again:</p>
              <ul aria-label="Problems with the file">
                {problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{describeError(importWording.error)}</p>
          )
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={importWording.isPending || choices.length === 0}>
          {importWording.isPending ? 'Importing…' : 'Import'}
        </button>
      </div>
      <StatusMessage>{done || undefined}</StatusMessage>
    </form>
  );
}
