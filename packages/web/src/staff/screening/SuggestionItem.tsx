import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import type { Evidence, Suggestion } from '../../api/referralTypes';
import { useAcceptSuggestion, useDismissSuggestion } from '../../api/useScreening';
import { Alert } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { specialtyLabel } from '../referrals/referralWords';
import { UrgencyBadge } from './UrgencyBadge';
import { evidencePlace } from './screeningWords';

/** What in the client's own answers made the rule fire, with where each answer is. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <div className="evidence">
      <p className="history-label">From the history:</p>
      <ul className="history-lines">
        {evidence.map((item) => (
          <li key={`${item.path}:${item.text}`}>
            <span className="evidence-place">{evidencePlace(item.path)}</span> — “{item.text}”
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Accepting drafts a referral to the suggested specialty; the referral page opens next. */
function ReferForm({ suggestion, clientId }: { suggestion: Suggestion; clientId: string }) {
  const accept = useAcceptSuggestion(clientId);
  const navigate = useNavigate();
  const errors = fieldErrorsOf(accept.error);
  // Anything not about a field here (already decided elsewhere: 409 `status`) is said above the form.
  const generalError = accept.isError && !errors.recipientName && !errors.recipientOrganization && !errors.reason;
  const id = (field: string) => `refer-${suggestion.id}-${field}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const recipientName = textValue(form, 'recipientName');
    const recipientOrganization = textValue(form, 'recipientOrganization');
    const reason = textValue(form, 'reason');
    accept.mutate(
      {
        id: suggestion.id,
        body: {
          ...(recipientName ? { recipientName } : {}),
          ...(recipientOrganization ? { recipientOrganization } : {}),
          ...(reason ? { reason } : {}),
        },
      },
      { onSuccess: ({ referralId }) => void navigate(`/referrals/${encodeURIComponent(referralId)}`) },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="decision-form" aria-label={`Refer to ${specialtyLabel(suggestion.specialty)}`}>
      <p className="field-hint">This drafts a referral. Nothing is sent until the client has signed their permission to share.</p>
      <Alert>{generalError ? describeError(accept.error) : undefined}</Alert>
      <TextField id={id('recipientName')} name="recipientName" label="Recipient's name (optional)" hint="You can add it later." autoComplete="off" error={errors.recipientName} />
      <TextField id={id('recipientOrganization')} name="recipientOrganization" label="Organization (optional)" autoComplete="off" error={errors.recipientOrganization} />
      <TextAreaField id={id('reason')} name="reason" label="Reason for the referral" hint="Written for the recipient. You can change it." defaultValue={suggestion.reason} rows={4} error={errors.reason} />
      <div className="form-actions">
        <button type="submit" disabled={accept.isPending}>
          {accept.isPending ? 'Drafting…' : 'Draft the referral'}
        </button>
      </div>
    </form>
  );
}

/** Dismissing needs a reason, which stays with the suggestion. */
function DismissForm({ suggestion, clientId, onDismissed }: { suggestion: Suggestion; clientId: string; onDismissed: (message: string) => void }) {
  const dismiss = useDismissSuggestion(clientId);
  const [localError, setLocalError] = useState('');
  const errors = fieldErrorsOf(dismiss.error);
  const error = localError || errors.reason;
  const generalError = dismiss.isError && !errors.reason;
  const label = specialtyLabel(suggestion.specialty);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = textValue(new FormData(event.currentTarget), 'reason');
    setLocalError(reason ? '' : 'Say why this suggestion does not apply.');
    if (reason) dismiss.mutate({ id: suggestion.id, reason }, { onSuccess: () => onDismissed(`The ${label.toLowerCase()} suggestion was dismissed.`) });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="decision-form" aria-label={`Dismiss the ${label.toLowerCase()} suggestion`}>
      <Alert>{generalError ? describeError(dismiss.error) : undefined}</Alert>
      <TextAreaField
        id={`dismiss-${suggestion.id}-reason`}
        name="reason"
        label="Why does it not apply?"
        hint="Kept with the suggestion, for you and the care team."
        rows={3}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={dismiss.isPending}>
          {dismiss.isPending ? 'Dismissing…' : 'Dismiss the suggestion'}
        </button>
      </div>
    </form>
  );
}

/** One open suggestion: who, how soon, why, from what in the history, and what to do about it. */
export function SuggestionItem({ suggestion, clientId, onDismissed }: { suggestion: Suggestion; clientId: string; onDismissed: (message: string) => void }) {
  const [mode, setMode] = useState<'refer' | 'dismiss' | null>(null);
  const label = specialtyLabel(suggestion.specialty);
  const toggle = (next: 'refer' | 'dismiss') => setMode((current) => (current === next ? null : next));
  return (
    <li className={`suggestion suggestion-${suggestion.urgency}`}>
      <h4 className="suggestion-title">{label}</h4>
      <p className="suggestion-urgency">
        <UrgencyBadge urgency={suggestion.urgency} />
      </p>
      <p>{suggestion.reason}</p>
      <EvidenceList evidence={suggestion.evidence} />
      <details className="source">
        <summary>Source</summary>
        <p className="source-text">{suggestion.source}</p>
      </details>
      <div className="suggestion-actions">
        <button type="button" aria-expanded={mode === 'refer'} onClick={() => toggle('refer')}>
          Refer<span className="visually-hidden"> to {label.toLowerCase()}</span>
        </button>
        <button type="button" className="button-secondary" aria-expanded={mode === 'dismiss'} onClick={() => toggle('dismiss')}>
          Dismiss<span className="visually-hidden"> the {label.toLowerCase()} suggestion</span>
        </button>
      </div>
      {mode === 'refer' ? <ReferForm suggestion={suggestion} clientId={clientId} /> : null}
      {mode === 'dismiss' ? <DismissForm suggestion={suggestion} clientId={clientId} onDismissed={onDismissed} /> : null}
    </li>
  );
}
