import { useEffect, useRef, useState } from 'react';
import type { Release } from '../../api/referralTypes';
import { useRevokeRelease } from '../../api/useReleases';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/errorMessages';

/** Withdrawing (or saying no to) a permission, after a plain confirmation. */
export function WithdrawRelease({ release, onWithdrawn }: { release: Release; onWithdrawn: () => void }) {
  const revoke = useRevokeRelease(release.id);
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const signed = release.status === 'signed';

  // The question replaces the button that asked for it: move focus there so it is read out.
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby="withdraw-heading" className="panel">
      <h2 id="withdraw-heading">{signed ? 'Withdraw your permission' : 'If you would rather not'}</h2>
      <p>
        {signed
          ? 'You can withdraw your permission at any time. Nothing more will be shared under it; what was already sent cannot be called back.'
          : 'You do not have to sign. You can say no, and talk it over with your therapist whenever you like.'}
      </p>
      <Alert>{revoke.isError ? describeError(revoke.error) : undefined}</Alert>
      {confirming ? (
        <div className="confirm">
          <p ref={question} tabIndex={-1} className="confirm-question">
            {signed ? 'Withdraw your permission to share with' : 'Say no to sharing with'} {release.recipientName}?
          </p>
          <div className="form-actions">
            <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate(undefined, { onSuccess: onWithdrawn })}>
              {revoke.isPending ? 'Saving…' : signed ? 'Yes, withdraw my permission' : 'Yes, say no'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {signed ? 'Keep my permission' : 'Go back'}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          {signed ? 'Withdraw permission' : 'Say no to this request'}
        </button>
      )}
    </section>
  );
}
