import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { UseMutationResult } from '@tanstack/react-query';
import { fieldErrorsOf } from '../../api/client';
import type { Referral, Release } from '../../api/referralTypes';
import { referralLetterPdfUrl, useReferralLetter } from '../../api/useReferrals';
import { useClientReleases } from '../../api/useReleases';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/RadioGroup';
import { formatDate, formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { LetterPreview } from './LetterPreview';
import { RELEASE_ITEM_LABELS, recipientText, sameName } from './referralWords';

/** Why a release cannot carry this referral's letter, or null when it can. */
export function whyNotUsable(release: Release, referral: Referral): string | null {
  if (release.status === 'awaiting-signature') return 'The client has not signed it yet.';
  if (release.status === 'revoked') return 'The client withdrew this permission.';
  if (release.status === 'expired') return `It expired on ${formatDate(release.expiresOn)}.`;
  if (!referral.recipientName) return "Add the recipient's name to the draft first.";
  if (!sameName(release.recipientName, referral.recipientName)) return `It names ${release.recipientName}, not ${referral.recipientName}.`;
  return null;
}

function releaseHint(release: Release, reason: string | null): string {
  if (reason) return `Cannot be used: ${reason}`;
  const items = release.allowed.map(({ item, label }) => RELEASE_ITEM_LABELS[item] ?? label).join('; ');
  const signed = release.signature ? `Signed by ${release.signature.typedName} on ${formatDateTime(release.signature.signedAt)}. ` : '';
  return `${signed}Allows: ${items}.`;
}

/** A link to ask the client's permission for this recipient, coming back here afterwards. */
export function AskPermissionLink({ referral }: { referral: Referral }) {
  const params = new URLSearchParams({ returnTo: `/referrals/${referral.id}` });
  if (referral.recipientName) params.set('recipient', referral.recipientName);
  if (referral.recipientOrganization) params.set('organization', referral.recipientOrganization);
  return (
    <Link to={`/clients/${encodeURIComponent(referral.clientId)}/releases/new?${params.toString()}`}>
      Ask the client&apos;s permission to share{referral.recipientName ? ` with ${referral.recipientName}` : ''}
    </Link>
  );
}

/** The letter under a release, as a preview and as a PDF to download. */
export function LetterSection({ referral, releaseId, headingLevel }: { referral: Referral; releaseId: string | null; headingLevel: 3 | 4 }) {
  const letter = useReferralLetter(referral.id, releaseId, true);
  // The letter is built under a usable release only: say why not (withdrawn, expired…) in words.
  const refusal = fieldErrorsOf(letter.error).releaseId;
  const problem = refusal ? `The letter cannot be shown: ${refusal.charAt(0).toLowerCase()}${refusal.slice(1)}` : describeError(letter.error);
  return (
    <div className="letter-section">
      <Alert focus={false}>{letter.isError ? problem : undefined}</Alert>
      {letter.isPending ? (
        <p role="status" className="muted">
          Preparing the letter…
        </p>
      ) : letter.data ? (
        <LetterPreview letter={letter.data} headingLevel={headingLevel} />
      ) : null}
      {letter.isError ? null : (
        <p>
          <a href={referralLetterPdfUrl(referral.id, releaseId)} download>
            Download PDF
          </a>
        </p>
      )}
    </div>
  );
}

type SendMutation = UseMutationResult<Referral, Error, string>;

/** Sending: choose the signed release it goes under, read the letter, then send. */
export function SendReferral({ referral, send }: { referral: Referral; send: SendMutation }) {
  const releases = useClientReleases(referral.clientId);
  const [chosen, setChosen] = useState<string>();
  const list = releases.data ?? [];
  const usable = list.filter((release) => whyNotUsable(release, referral) === null);
  // A choice that can no longer be used (the recipient changed, the list refreshed) is dropped.
  const selected = usable.some((release) => release.id === chosen) ? chosen : usable.length === 1 ? usable[0]?.id : undefined;
  const errors = fieldErrorsOf(send.error);
  const generalError = send.isError && !errors.releaseId && !errors.recipientName;
  const [localError, setLocalError] = useState('');

  function handleSend() {
    setLocalError(selected ? '' : 'Choose the signed release this letter goes under.');
    if (selected) send.mutate(selected);
  }

  return (
    <section aria-labelledby="send-heading" className="panel">
      <h2 id="send-heading">Send</h2>
      <p>
        A referral goes out only under a release of information the client has signed, that is still current and names its
        recipient. The letter shares only what that release allows.
      </p>
      <Alert focus={false}>{releases.isError ? describeError(releases.error) : undefined}</Alert>
      <Alert>
        {errors.recipientName ? "Name the recipient in the draft above, then send." : generalError ? describeError(send.error) : undefined}
      </Alert>
      {releases.isPending ? (
        <p role="status" className="muted">
          Loading releases…
        </p>
      ) : list.length === 0 ? (
        <p className="muted">There is no release of information for this client yet.</p>
      ) : (
        <RadioGroup
          name="releaseId"
          legend="Release of information"
          hint={usable.length === 0 ? 'None of these can be used yet; each one says why.' : undefined}
          error={localError || errors.releaseId}
          options={list.map((release) => {
            const reason = whyNotUsable(release, referral);
            return {
              value: release.id,
              label: `${recipientText(release.recipientName, release.recipientOrganization)} — until ${formatDate(release.expiresOn)}`,
              hint: releaseHint(release, reason),
              disabled: reason !== null,
            };
          })}
          value={selected}
          onChange={setChosen}
        />
      )}
      {usable.length === 0 && !releases.isPending ? (
        <p>
          <AskPermissionLink referral={referral} />
        </p>
      ) : null}
      {selected ? (
        <>
          <h3>The letter</h3>
          <LetterSection referral={referral} releaseId={selected} headingLevel={4} />
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={handleSend} disabled={send.isPending || usable.length === 0}>
          {send.isPending ? 'Sending…' : 'Send the referral'}
        </button>
      </div>
    </section>
  );
}
