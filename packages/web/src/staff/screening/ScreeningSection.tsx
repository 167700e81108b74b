import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Suggestion } from '../../api/referralTypes';
import { useScreening } from '../../api/useScreening';
import { Alert, StatusMessage } from '../../components/Alert';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { specialtyLabel, urgencyLabel } from '../referrals/referralWords';
import { SuggestionItem } from './SuggestionItem';
import { UnrecognisedMedicines } from './UnrecognisedMedicines';

function Decision({ suggestion }: { suggestion: Suggestion }) {
  const when = suggestion.decidedAt ? (
    <>
      {' '}
      on <time dateTime={suggestion.decidedAt}>{formatDateTime(suggestion.decidedAt)}</time>
    </>
  ) : null;
  if (suggestion.status === 'accepted') {
    return (
      <p>
        <span className="badge badge-success">Referred</span>
        {when}.{' '}
        {suggestion.referralId ? (
          <Link to={`/referrals/${encodeURIComponent(suggestion.referralId)}`}>
            Open the referral<span className="visually-hidden"> to {specialtyLabel(suggestion.specialty).toLowerCase()}</span>
          </Link>
        ) : null}
      </p>
    );
  }
  return (
    <p>
      <span className="badge badge-stopped">Dismissed</span>
      {when}. Reason: {suggestion.decisionReason}
    </p>
  );
}

function DecidedSuggestions({ suggestions }: { suggestions: Suggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <div className="history-part" role="group" aria-labelledby="decided-heading">
      <h3 id="decided-heading">Decided</h3>
      <ul className="plain-list decided-list" aria-label="Decided suggestions">
        {suggestions.map((suggestion) => (
          <li key={suggestion.id}>
            <p className="decided-title">
              <strong>{specialtyLabel(suggestion.specialty)}</strong> <span className="muted">({urgencyLabel(suggestion.urgency).toLowerCase()})</span>
            </p>
            <p className="muted">{suggestion.reason}</p>
            <Decision suggestion={suggestion} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Medical screening of the client's latest history: referral suggestions for the clinician to
 * weigh (never instructions, never shown to the client) and the medicine names not recognised.
 */
export function ScreeningSection({ clientId }: { clientId: string }) {
  const screening = useScreening(clientId);
  const [decided, setDecided] = useState<string>();
  const suggestions = screening.data?.suggestions ?? [];
  const open = suggestions.filter((suggestion) => suggestion.status === 'open');
  const closed = suggestions.filter((suggestion) => suggestion.status !== 'open');

  return (
    <section aria-labelledby="screening-heading" className="panel">
      <h2 id="screening-heading">Medical screening</h2>
      <p className="care-note">
        Suggestions from the client&apos;s history for you to weigh with your own judgement — not instructions, and not a diagnosis.
        They are never shown to the client.
      </p>
      <Alert focus={false}>{screening.isError ? describeError(screening.error) : undefined}</Alert>
      <StatusMessage>{decided}</StatusMessage>
      {screening.isPending ? (
        <p role="status" className="muted">
          Loading screening…
        </p>
      ) : screening.data ? (
        <>
          <div className="history-part" role="group" aria-labelledby="open-suggestions-heading">
            <h3 id="open-suggestions-heading">Open suggestions</h3>
            {open.length === 0 ? (
              <p className="muted">
                {suggestions.length === 0
                  ? 'Nothing to suggest. Suggestions appear here when the client sends a history.'
                  : 'Nothing open: every suggestion has been decided.'}
              </p>
            ) : (
              <ul className="plain-list suggestion-list" aria-label="Open suggestions">
                {open.map((suggestion) => (
                  <SuggestionItem key={suggestion.id} suggestion={suggestion} clientId={clientId} onDismissed={setDecided} />
                ))}
              </ul>
            )}
          </div>
          <DecidedSuggestions suggestions={closed} />
          <UnrecognisedMedicines clientId={clientId} medicines={screening.data.unrecognisedMedicines} />
        </>
      ) : null}
    </section>
  );
}
