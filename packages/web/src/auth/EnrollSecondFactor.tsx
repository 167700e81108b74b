import type { FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useConfirmTotp, useTotpEnrollment } from '../api/useSession';
import { Alert } from '../components/Alert';
import { TextField } from '../components/TextField';
import { describeError } from '../components/errorMessages';
import { WRONG_CODE_MESSAGE, normaliseCode, textValue } from '../components/forms';

interface EnrollSecondFactorProps {
  /** Called with the one-time recovery codes once the app is confirmed. */
  onConfirmed: (recoveryCodes: string[]) => void;
}

/** Groups a base32 secret in fours so it is easier to type into an app. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** Set up an authenticator app: scan (or type) the secret, then confirm with a code. */
export function EnrollSecondFactor({ onConfirmed }: EnrollSecondFactorProps) {
  const enrollment = useTotpEnrollment();
  const confirm = useConfirmTotp();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    confirm.mutate(normaliseCode(textValue(form, 'code')), {
      onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
    });
  }

  if (enrollment.isPending) {
    return (
      <p role="status" className="muted">
        Preparing your setup…
      </p>
    );
  }

  if (enrollment.isError) {
    return (
      <>
        <Alert>We couldn&apos;t start the setup. {describeError(enrollment.error)}</Alert>
        <button type="button" onClick={() => void enrollment.refetch()}>
          Try again
        </button>
      </>
    );
  }

  const { qrCodeDataUrl, secret } = enrollment.data;
  const refused = confirm.error instanceof ApiError && (confirm.error.status === 401 || confirm.error.status === 400);

  return (
    <>
      <ol className="steps">
        <li>
          Open an authenticator app on your phone or computer. Any app that makes
          time-based codes works, including most password managers.
        </li>
        <li>
          Scan this QR code with the app:
          <img
            className="qr-code"
            src={qrCodeDataUrl}
            alt="QR code for adding Candor to your authenticator app"
            width={192}
            height={192}
          />
          If you can&apos;t scan it, choose to enter a setup key and type this one:{' '}
          <code className="secret">
            {groupSecret(secret)}
          </code>
        </li>
        <li>Enter the 6-digit code the app now shows for Candor.</li>
      </ol>
      <Alert>{confirm.error ? (refused ? WRONG_CODE_MESSAGE : describeError(confirm.error)) : undefined}</Alert>
      <form onSubmit={handleSubmit}>
        <TextField
          name="code"
          id="enroll-code"
          label="Code from your app"
          className="code-input"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          required
          error={refused ? 'Enter the code your app shows right now.' : undefined}
        />
        <div className="form-actions">
          <button type="submit" disabled={confirm.isPending}>
            {confirm.isPending ? 'Checking…' : 'Turn on second factor'}
          </button>
        </div>
      </form>
    </>
  );
}
