/**
 * The database schema as Kysely sees it. Each module's tables are declared here so that one
 * `Kysely<Database>` types every query; migrations (frozen history) live in `../migrations`.
 * Conventions, so one schema works on SQLite and PostgreSQL alike: ids are text (UUIDv7),
 * times are ISO-8601 UTC text, booleans are integers 0/1, JSON is text.
 */
export interface PracticeTable {
  id: string;
  name: string;
  time_zone: string;
  require_staff_second_factor: number;
  created_at: string;
}

export interface UserTable {
  id: string;
  practice_id: string;
  email: string;
  display_name: string;
  /** JSON array of roles, e.g. ["owner","clinician"]. */
  roles: string;
  password_hash: string | null;
  status: string;
  client_id: string | null;
  totp_secret: string | null;
  totp_enabled: number;
  totp_last_step: number;
  password_changed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RecoveryCodeTable {
  id: string;
  practice_id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionTable {
  id_hash: string;
  practice_id: string;
  user_id: string;
  stage: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface SignInAttemptTable {
  key_hash: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface OneTimeTokenTable {
  token_hash: string;
  practice_id: string;
  user_id: string;
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface MailOutboxTable {
  id: string;
  practice_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface AuditEventTable {
  id: string;
  chain_id: string;
  seq: number;
  practice_id: string | null;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  request_id: string | null;
  occurred_at: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  chain_id: string;
  seq: number;
  hash: string;
}

export interface ClientTable {
  id: string;
  practice_id: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  email: string | null;
  date_of_birth: string;
  status: string;
  presenting_concern: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CareTeamTable {
  practice_id: string;
  client_id: string;
  user_id: string;
  created_at: string;
}

export interface Database {
  practices: PracticeTable;
  users: UserTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  sign_in_attempts: SignInAttemptTable;
  one_time_tokens: OneTimeTokenTable;
  mail_outbox: MailOutboxTable;
  audit_events: AuditEventTable;
  audit_heads: AuditHeadTable;
  clients: ClientTable;
  care_team: CareTeamTable;
}
