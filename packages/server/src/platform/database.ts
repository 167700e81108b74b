/**
 * The database schema as Kysely sees it. Each module's tables are declared here so that one
 * `Kysely<Database>` types every query; migrations (frozen history) live in `../migrations`.
 * Conventions, so one schema works on SQLite and PostgreSQL alike: ids are text (UUIDv7),
 * times are ISO-8601 UTC text, booleans are integers 0/1, JSON is text.
 */
import type { Generated } from 'kysely';

export interface PracticeTable {
  id: string;
  name: string;
  time_zone: string;
  require_staff_second_factor: number;
  created_at: string;
  /** 1 when the owner has opted the practice in to the public directory. */
  directory_listed: Generated<number>;
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
  /** 1 for the deployment's operator (curates the training catalogue); defaults to 0. */
  site_admin: Generated<number>;
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
  /** Encrypted JSON: pronouns, gender identity, sex assigned at birth, orientation, relationship status and structure. */
  identity: string | null;
  /** Encrypted JSON: phone, address, emergency contact, preferred contact method, message permissions. */
  contact: string | null;
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

export interface RelationshipTable {
  id: string;
  practice_id: string;
  name: string;
  confidentiality_policy: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface RelationshipMemberTable {
  practice_id: string;
  relationship_id: string;
  client_id: string;
  joined_at: string;
}

export interface RelationshipClinicianTable {
  practice_id: string;
  relationship_id: string;
  user_id: string;
}

export interface ConsentDocumentTable {
  id: string;
  practice_id: string;
  kind: string;
  applies_to: string;
  created_at: string;
}

export interface ConsentVersionTable {
  id: string;
  practice_id: string;
  document_id: string;
  version: number;
  title: string;
  body: string;
  body_hash: string;
  created_by: string | null;
  created_at: string;
}

export interface ConsentSignatureTable {
  id: string;
  practice_id: string;
  client_id: string;
  version_id: string;
  relationship_id: string | null;
  typed_name: string;
  version_hash: string;
  ip: string;
  signed_at: string;
}

export interface IntakeTable {
  id: string;
  practice_id: string;
  client_id: string;
  version: number | null;
  status: string;
  revision: number;
  completed_by: string;
  completed_by_user_id: string;
  /** Encrypted JSON: the whole history as given (HistoryAnswers). */
  answers: string;
  progress_completed: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

export interface ScreeningSuggestionTable {
  id: string;
  practice_id: string;
  client_id: string;
  intake_id: string;
  rule_id: string;
  specialty: string;
  urgency: string;
  /** Encrypted JSON: { reason, evidence, source }. */
  details: string;
  status: string;
  /** Encrypted: why the clinician dismissed it. */
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  referral_id: string | null;
  created_at: string;
}

export interface MedicineAliasTable {
  practice_id: string;
  name: string;
  class_id: string;
  created_by: string;
  created_at: string;
}

export interface ReleaseTable {
  id: string;
  practice_id: string;
  client_id: string;
  recipient_name: string;
  recipient_organization: string | null;
  purpose: string;
  allowed: string;
  expires_on: string;
  status: string;
  typed_name: string | null;
  signed_at: string | null;
  ip: string | null;
  revoked_at: string | null;
  created_by: string;
  created_at: string;
}

export interface ReferralTable {
  id: string;
  practice_id: string;
  client_id: string;
  suggestion_id: string | null;
  specialty: string;
  recipient_name: string | null;
  recipient_organization: string | null;
  urgency: string;
  /** Encrypted. */
  reason: string;
  status: string;
  release_id: string | null;
  /** Encrypted. */
  notes: string | null;
  /** Encrypted: what the recipient reported back. */
  outcome: string | null;
  due_on: string;
  /** Encrypted JSON: the letter as sent. */
  sent_letter: string | null;
  sent_at: string | null;
  acknowledged_at: string | null;
  seen_at: string | null;
  closed_at: string | null;
  declined_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DiagnosisTable {
  id: string;
  practice_id: string;
  client_id: string;
  diagnosis_id: string;
  icd10_code: string;
  specifiers: string;
  status: string;
  diagnosed_on: string;
  /** Encrypted JSON: { findings, evaluation }. */
  evaluation: string;
  criteria_met: number;
  /** Encrypted: the clinician's reason for recording a diagnosis whose criteria were not all met. */
  override_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface MeasureAssignmentTable {
  id: string;
  practice_id: string;
  client_id: string;
  relationship_id: string | null;
  instrument_id: string;
  schedule: string;
  interval_weeks: number | null;
  every_nth_session: number | null;
  starts_on: string;
  until: string | null;
  status: string;
  created_by: string;
  created_at: string;
  cancelled_at: string | null;
}

export interface MeasureRequestTable {
  id: string;
  practice_id: string;
  assignment_id: string;
  client_id: string;
  instrument_id: string;
  due_on: string;
  status: string;
  /** Encrypted JSON: answers saved so far. */
  draft: string | null;
  reminded_at: string | null;
  completed_at: string | null;
  created_at: string;
}

export interface MeasureResponseTable {
  id: string;
  practice_id: string;
  client_id: string;
  request_id: string;
  instrument_id: string;
  /** Encrypted JSON: answers in item order. */
  answers: string;
  /** Encrypted JSON: the score as computed. */
  score: string;
  completed_by: string;
  completed_at: string;
}

export interface SafetyAlertTable {
  id: string;
  practice_id: string;
  client_id: string;
  response_id: string;
  code: string;
  status: string;
  /** Encrypted: what the clinician did. */
  action_taken: string | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  created_at: string;
}

export interface InstrumentWordingTable {
  practice_id: string;
  instrument_id: string;
  wording: string;
  imported_by: string;
  imported_at: string;
}

export interface AppointmentTable {
  id: string;
  practice_id: string;
  clinician_id: string;
  series_id: string | null;
  kind: string;
  modality: string;
  room: string | null;
  video_link: string | null;
  relationship_id: string | null;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  status: string;
  late_cancellation: number;
  cancelled_at: string | null;
  reminded_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface AppointmentAttendeeTable {
  practice_id: string;
  appointment_id: string;
  client_id: string;
}

export interface SupervisionLinkTable {
  practice_id: string;
  supervisee_id: string;
  supervisor_id: string;
  created_at: string;
}

export interface NoteTable {
  id: string;
  practice_id: string;
  appointment_id: string;
  client_id: string | null;
  author_id: string;
  template: string;
  /** Encrypted JSON. */
  content: string;
  version: number;
  status: string;
  content_hash: string | null;
  signed_at: string | null;
  cosigned_by: string | null;
  cosigned_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface NoteAddendumTable {
  id: string;
  practice_id: string;
  note_id: string;
  author_id: string;
  /** Encrypted. */
  content: string;
  content_hash: string;
  signed_at: string;
}

export interface PsychotherapyNoteTable {
  id: string;
  practice_id: string;
  author_id: string;
  client_id: string;
  appointment_id: string | null;
  /** Encrypted. */
  content: string;
  created_at: string;
  updated_at: string;
}

export interface CalendarFeedTable {
  user_id: string;
  practice_id: string;
  token_hash: string;
  created_at: string;
}

export interface NoteTemplateTable {
  id: string;
  practice_id: string;
  label: string;
  /** JSON: [[fieldId, label], ...]. */
  fields: string;
  archived: number;
  created_by: string;
  created_at: string;
}

/** A practice's edit of a library intervention (id = library key) or its own intervention. */
export interface InterventionTable {
  practice_id: string;
  id: string;
  name: string;
  category: string;
  summary: string;
  client_title: string;
  client_instructions: string;
  suggested_frequency: string | null;
  homework: number;
  for_partners: number;
  archived: number;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

export interface TreatmentPlanTable {
  id: string;
  practice_id: string;
  client_id: string | null;
  relationship_id: string | null;
  current_version: number;
  sessions_planned: number;
  review_on: string;
  plissit: string;
  status: string;
  started_on: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface TreatmentPlanVersionTable {
  id: string;
  practice_id: string;
  plan_id: string;
  version: number;
  author_id: string;
  /** Encrypted JSON: problems, goals, objectives, interventions, review summary. */
  content: string;
  sessions_planned: number;
  review_on: string;
  plissit: string;
  created_at: string;
}

export interface ObjectiveProgressTable {
  id: string;
  practice_id: string;
  plan_id: string;
  objective_id: string;
  status: string;
  rating: number | null;
  /** Encrypted. */
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface HomeworkTable {
  id: string;
  practice_id: string;
  relationship_id: string | null;
  plan_id: string | null;
  intervention_id: string;
  /** Encrypted. */
  title: string;
  /** Encrypted. */
  instructions: string;
  frequency: string | null;
  starts_on: string;
  ends_on: string | null;
  status: string;
  assigned_by: string;
  created_at: string;
  updated_at: string;
}

export interface HomeworkAssigneeTable {
  practice_id: string;
  homework_id: string;
  client_id: string;
}

export interface HomeworkLogTable {
  id: string;
  practice_id: string;
  homework_id: string;
  client_id: string;
  practiced_on: string;
  done: number;
  /** Encrypted; the clinician sees it. */
  how_it_went: string | null;
  /** Encrypted; private to the client unless reflection_shared = 1. */
  reflection: string | null;
  reflection_shared: number;
  created_at: string;
  updated_at: string;
}

export interface WorkingHoursTable {
  practice_id: string;
  clinician_id: string;
  weekday: number;
  starts: string;
  ends: string;
  time_zone: string;
}

export interface TimeOffTable {
  id: string;
  practice_id: string;
  clinician_id: string;
  starts_at: string;
  ends_at: string;
  label: string | null;
  created_at: string;
}

export interface BillingSettingsTable {
  practice_id: string;
  billing_name: string | null;
  address: string | null;
  phone: string | null;
  tax_id: string | null;
  npi: string | null;
  /** JSON: fee in cents per CPT code. */
  fees: string;
  updated_at: string;
}

export interface ProviderNumberTable {
  user_id: string;
  practice_id: string;
  npi: string | null;
  license: string | null;
  updated_at: string;
}

export interface ClientBillingTable {
  client_id: string;
  practice_id: string;
  sliding_scale_percent: number | null;
  updated_at: string;
}

export interface ChargeTable {
  id: string;
  practice_id: string;
  appointment_id: string;
  billed_client_id: string;
  clinician_id: string;
  service_date: string;
  cpt_code: string;
  place_of_service: string;
  modifier: string | null;
  /** JSON array of ICD-10-CM codes. */
  diagnosis_codes: string;
  fee_cents: number;
  amount_cents: number;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PaymentTable {
  id: string;
  practice_id: string;
  client_id: string;
  amount_cents: number;
  method: string;
  received_on: string;
  reference: string | null;
  created_by: string;
  created_at: string;
}

export interface CredentialTable {
  id: string;
  practice_id: string;
  user_id: string;
  kind: string;
  type: string;
  title: string | null;
  issuer: string | null;
  jurisdiction: string | null;
  number: string | null;
  year: number | null;
  issued_on: string | null;
  expires_on: string | null;
  verified_at: string | null;
  verified_by: string | null;
  verification_method: string | null;
  verification_note: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CredentialDocumentTable {
  id: string;
  practice_id: string;
  credential_id: string;
  filename: string;
  content_type: string;
  size: number;
  /** Encrypted base64 of the file. */
  content: string;
  uploaded_by: string;
  created_at: string;
}

export interface CredentialAlertTable {
  credential_id: string;
  practice_id: string;
  expires_on: string;
  days_before: number;
  sent_at: string;
}

export interface ActivityLogTable {
  id: string;
  practice_id: string;
  user_id: string;
  kind: string;
  occurred_on: string;
  minutes: number;
  title: string | null;
  provider: string | null;
  category: string | null;
  delivery: string | null;
  aasect_approved: number;
  provided_by_supervisor: number;
  modality: string | null;
  jurisdiction: string | null;
  format: string | null;
  role: string | null;
  supervisor_user_id: string | null;
  supervisor_name: string | null;
  supervisor_certified: number;
  confirmed_at: string | null;
  confirmed_by: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface CertificationTrackTable {
  user_id: string;
  practice_id: string;
  requirement_set: string;
  version: string;
  supervision_contract_on: string | null;
  renewal_cycle_starts_on: string | null;
  updated_at: string;
}

export interface DirectoryProfileTable {
  user_id: string;
  practice_id: string;
  slug: string;
  listed: number;
  display_name: string;
  pronouns: string | null;
  bio: string;
  photo: string | null;
  photo_type: string | null;
  specialties: string;
  populations: string;
  approaches: string;
  languages: string;
  insurance: string;
  fee_min: number | null;
  fee_max: number | null;
  sliding_scale: number;
  in_person: number;
  street: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  address_precision: string;
  latitude: number | null;
  longitude: number | null;
  telehealth: number;
  telehealth_states: string;
  accepting: number;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface DirectoryInquiryTable {
  id: string;
  practice_id: string;
  clinician_id: string;
  client_id: string;
  /** Encrypted. */
  message: string;
  preferred_contact: string;
  created_at: string;
  read_at: string | null;
}

/** Deployment-wide (no practice): the operator's catalogue. */
export interface TrainingProgrammeTable {
  id: string;
  kind: string;
  name: string;
  provider: string;
  format: string;
  city: string | null;
  state: string | null;
  country: string | null;
  length: string | null;
  cost_min: number | null;
  cost_max: number | null;
  counts_toward: string;
  url: string;
  description: string | null;
  search_text: string;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

export interface RecordRequestTable {
  id: string;
  practice_id: string;
  client_id: string;
  requested_by: string;
  requested_at: string;
  due_on: string;
  status: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** Encrypted. */
  decision_note: string | null;
  /** Encrypted FHIR Bundle JSON. */
  record_fhir: string | null;
  /** Encrypted base64 PDF. */
  record_pdf: string | null;
  first_downloaded_at: string | null;
  download_count: number;
}

export interface AccessTokenTable {
  id: string;
  practice_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface WebhookTable {
  id: string;
  practice_id: string;
  url: string;
  description: string | null;
  /** Encrypted. */
  secret: string;
  events: string;
  active: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveryTable {
  id: string;
  practice_id: string;
  webhook_id: string;
  event: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
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
  relationships: RelationshipTable;
  relationship_members: RelationshipMemberTable;
  relationship_clinicians: RelationshipClinicianTable;
  consent_documents: ConsentDocumentTable;
  consent_versions: ConsentVersionTable;
  consent_signatures: ConsentSignatureTable;
  intakes: IntakeTable;
  screening_suggestions: ScreeningSuggestionTable;
  medicine_aliases: MedicineAliasTable;
  releases: ReleaseTable;
  referrals: ReferralTable;
  diagnoses: DiagnosisTable;
  measure_assignments: MeasureAssignmentTable;
  measure_requests: MeasureRequestTable;
  measure_responses: MeasureResponseTable;
  safety_alerts: SafetyAlertTable;
  instrument_wordings: InstrumentWordingTable;
  appointments: AppointmentTable;
  appointment_attendees: AppointmentAttendeeTable;
  supervision_links: SupervisionLinkTable;
  notes: NoteTable;
  note_addenda: NoteAddendumTable;
  psychotherapy_notes: PsychotherapyNoteTable;
  calendar_feeds: CalendarFeedTable;
  note_templates: NoteTemplateTable;
  interventions: InterventionTable;
  treatment_plans: TreatmentPlanTable;
  treatment_plan_versions: TreatmentPlanVersionTable;
  objective_progress: ObjectiveProgressTable;
  homework: HomeworkTable;
  homework_assignees: HomeworkAssigneeTable;
  homework_logs: HomeworkLogTable;
  working_hours: WorkingHoursTable;
  time_off: TimeOffTable;
  billing_settings: BillingSettingsTable;
  provider_numbers: ProviderNumberTable;
  client_billing: ClientBillingTable;
  charges: ChargeTable;
  payments: PaymentTable;
  credentials: CredentialTable;
  credential_documents: CredentialDocumentTable;
  credential_alerts: CredentialAlertTable;
  activity_logs: ActivityLogTable;
  certification_tracks: CertificationTrackTable;
  directory_profiles: DirectoryProfileTable;
  directory_inquiries: DirectoryInquiryTable;
  training_programmes: TrainingProgrammeTable;
  record_requests: RecordRequestTable;
  access_tokens: AccessTokenTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
}
