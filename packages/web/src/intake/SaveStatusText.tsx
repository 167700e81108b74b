import type { SaveStatus } from './useIntakeDraft';

const TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: '',
  saving: 'Saving…',
  saved: 'Saved',
  invalid: 'Not saved yet: please look at the answers marked below.',
  failed: 'Not saved yet. We couldn’t reach the server; we’ll keep trying.',
};

/** "Saving…" / "Saved", announced politely as the draft saves itself. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  return (
    <p role="status" aria-live="polite" className={status === 'invalid' || status === 'failed' ? 'save-status save-status-problem' : 'save-status'}>
      {TEXT[status]}
    </p>
  );
}
