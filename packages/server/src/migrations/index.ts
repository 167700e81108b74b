import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-25-0001-foundation.js';
import * as clientsRelationshipsConsentIntake from './2026-11-25-0002-clients-relationships-consent-intake.js';
import * as screeningReferralsDiagnoses from './2026-11-25-0003-screening-referrals-diagnoses.js';
import * as measures from './2026-11-25-0004-measures.js';
import * as scheduling from './2026-11-26-0005-scheduling.js';
import * as sentLetters from './2026-11-26-0006-sent-letters.js';
import * as notes from './2026-11-26-0007-notes.js';
import * as remindersFeeds from './2026-11-26-0008-reminders-feeds.js';
import * as courseOfTherapy from './2026-11-26-0009-course-of-therapy.js';
import * as credentialsDirectory from './2026-11-26-0010-credentials-directory.js';
import * as autovacuumHotTables from './2026-11-26-0011-autovacuum-hot-tables.js';
import * as recordAccessIntegrations from './2026-11-26-0012-record-access-integrations.js';

/** Every migration in order. Names are timestamped; landed migrations are never edited. */
const migrations: Record<string, Migration> = {
  '2026-11-25-0001-foundation': foundation,
  '2026-11-25-0002-clients-relationships-consent-intake': clientsRelationshipsConsentIntake,
  '2026-11-25-0003-screening-referrals-diagnoses': screeningReferralsDiagnoses,
  '2026-11-25-0004-measures': measures,
  '2026-11-26-0005-scheduling': scheduling,
  '2026-11-26-0006-sent-letters': sentLetters,
  '2026-11-26-0007-notes': notes,
  '2026-11-26-0008-reminders-feeds': remindersFeeds,
  '2026-11-26-0009-course-of-therapy': courseOfTherapy,
  '2026-11-26-0010-credentials-directory': credentialsDirectory,
  '2026-11-26-0011-autovacuum-hot-tables': autovacuumHotTables,
  '2026-11-26-0012-record-access-integrations': recordAccessIntegrations,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
