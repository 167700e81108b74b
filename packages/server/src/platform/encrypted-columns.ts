/**
 * Every column that holds AES-GCM ciphertext. `candor keys rotate` re-encrypts these, and the
 * encryption tests write a canary through each. A module adding an encrypted column adds it here.
 */
export const ENCRYPTED_COLUMNS = [
  { table: 'users', key: 'id', column: 'totp_secret' },
  { table: 'clients', key: 'id', column: 'presenting_concern' },
  { table: 'clients', key: 'id', column: 'identity' },
  { table: 'clients', key: 'id', column: 'contact' },
  { table: 'intakes', key: 'id', column: 'answers' },
  { table: 'screening_suggestions', key: 'id', column: 'details' },
  { table: 'screening_suggestions', key: 'id', column: 'decision_reason' },
  { table: 'referrals', key: 'id', column: 'reason' },
  { table: 'referrals', key: 'id', column: 'notes' },
  { table: 'referrals', key: 'id', column: 'outcome' },
  { table: 'referrals', key: 'id', column: 'sent_letter' },
  { table: 'diagnoses', key: 'id', column: 'evaluation' },
  { table: 'diagnoses', key: 'id', column: 'override_reason' },
  { table: 'measure_requests', key: 'id', column: 'draft' },
  { table: 'measure_responses', key: 'id', column: 'answers' },
  { table: 'measure_responses', key: 'id', column: 'score' },
  { table: 'safety_alerts', key: 'id', column: 'action_taken' },
  { table: 'notes', key: 'id', column: 'content' },
  { table: 'note_addenda', key: 'id', column: 'content' },
  { table: 'psychotherapy_notes', key: 'id', column: 'content' },
  { table: 'mail_outbox', key: 'id', column: 'body' },
  { table: 'treatment_plan_versions', key: 'id', column: 'content' },
  { table: 'objective_progress', key: 'id', column: 'note' },
  { table: 'homework', key: 'id', column: 'title' },
  { table: 'homework', key: 'id', column: 'instructions' },
  { table: 'homework_logs', key: 'id', column: 'how_it_went' },
  { table: 'homework_logs', key: 'id', column: 'reflection' },
] as const;
