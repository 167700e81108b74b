import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrorsOf } from '../../api/client';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';

/** POSTs for a file (the archive is binary, so not through the JSON client): the CSRF token first, then the download. */
async function downloadArchive(passphrase: string): Promise<{ blob: Blob; filename: string }> {
  const csrf = await fetch('/api/v1/auth/csrf', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  const { token } = (await csrf.json()) as { token: string };
  const response = await fetch('/api/v1/practice/archive', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/octet-stream, application/problem+json', 'x-csrf-token': token },
    body: JSON.stringify({ passphrase }),
  });
  if (!response.ok) {
    const problem = (response.headers.get('content-type') ?? '').includes('json') ? await response.json() : null;
    throw new ApiError(response.status, problem, null);
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'candor-practice.candor';
  return { blob: await response.blob(), filename };
}

/** The owner takes the whole practice, sealed with a passphrase, to another Candor deployment. */
export function MovePracticeSection() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const errors = error ? fieldErrorsOf(error) : {};

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const passphrase = String(form.get('passphrase') ?? '');
    setDone(null);
    setError(null);
    if (passphrase !== String(form.get('passphraseAgain') ?? '')) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      const { blob, filename } = await downloadArchive(passphrase);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      URL.revokeObjectURL(url);
      setDone(filename);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="move-heading" className="panel">
      <h2 id="move-heading">Move the practice</h2>
      <p>
        Download the whole practice — every client&apos;s record, the team, the calendar, billing and the audit log — as one file, locked with a
        passphrase you choose, to bring into another Candor deployment (its operator runs <code>candor practice import</code>). Anyone with the
        file and the passphrase can read everything in it: keep them apart, and choose a passphrase no one could guess. Access tokens and
        webhooks are not included; set them up again there. The download is recorded in the audit log.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Alert>{error && Object.keys(errors).length === 0 ? describeError(error) : undefined}</Alert>
        <TextField name="passphrase" type="password" label="Passphrase" hint="At least 12 characters. Without it the file cannot be opened, by anyone." autoComplete="new-password" required minLength={12} error={errors.passphrase} />
        <TextField name="passphraseAgain" type="password" label="Passphrase again" autoComplete="new-password" required error={mismatch ? 'The two passphrases are not the same.' : undefined} />
        <button type="submit" disabled={busy}>
          {busy ? 'Preparing the file…' : 'Download the practice'}
        </button>
      </form>
      {done ? <p role="status">Downloaded {done}.</p> : null}
    </section>
  );
}
