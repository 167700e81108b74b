import { appendAudit } from '../../platform/audit.js';
import { auditEntry, requireRole, requireStaff } from '../../platform/authz.js';
import { localDay } from '../../platform/clock.js';
import type { AppContext, RequestContext, Role } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { listOutbox, type OutboxMessage } from '../../platform/mail.js';
import { createInvitation } from '../auth/auth.service.js';
import { ensureDefaultConsents } from '../consents/consents.service.js';
import { invalidateDirectory } from '../directory/directory.index.js';
import * as repo from './practice.repository.js';
import type { PracticeRow } from './practice.repository.js';

export interface Practice {
  id: string;
  name: string;
  timeZone: string;
  requireStaffSecondFactor: boolean;
}

function toPractice(row: PracticeRow): Practice {
  return { id: row.id, name: row.name, timeZone: row.time_zone, requireStaffSecondFactor: row.require_staff_second_factor === 1 };
}

/** For other services: the practice row, unguarded (callers have already checked access). */
export async function getPracticeRecord(db: DbOrTx, practiceId: string): Promise<PracticeRow> {
  const row = await repo.findPractice(db, practiceId);
  if (!row) throw new NotFoundError();
  return row;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Creates a practice (CLI and demo). */
export async function createPractice(app: AppContext, tx: DbOrTx, input: { name: string; timeZone: string }): Promise<string> {
  if (!isValidTimeZone(input.timeZone)) throw ValidationError.field('timeZone', 'must be an IANA time zone such as America/Chicago');
  const id = newId();
  await repo.insertPractice(tx, { id, name: input.name, time_zone: input.timeZone, require_staff_second_factor: 1, created_at: app.clock.now().toISOString() });
  await ensureDefaultConsents(app, tx, id);
  return id;
}

export async function getPractice(app: AppContext, rc: RequestContext): Promise<Practice> {
  const actor = requireStaff(rc);
  return toPractice(await getPracticeRecord(app.db, actor.practiceId));
}

export async function updatePracticeSettings(
  app: AppContext,
  rc: RequestContext,
  changes: { name?: string; timeZone?: string; requireStaffSecondFactor?: boolean },
): Promise<Practice> {
  const actor = requireRole(rc, 'owner');
  if (changes.timeZone !== undefined && !isValidTimeZone(changes.timeZone)) {
    throw ValidationError.field('timeZone', 'must be an IANA time zone such as America/Chicago');
  }
  const updated = await app.db.transaction().execute(async (tx) => {
    await repo.updatePractice(tx, actor.practiceId, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.timeZone !== undefined ? { time_zone: changes.timeZone } : {}),
      ...(changes.requireStaffSecondFactor !== undefined ? { require_staff_second_factor: changes.requireStaffSecondFactor ? 1 : 0 } : {}),
    });
    await appendAudit(tx, auditEntry(rc, 'practice.update', 'practice', actor.practiceId), app.clock.now());
    return toPractice(await getPracticeRecord(tx, actor.practiceId));
  });
  // The directory shows the practice's name.
  invalidateDirectory(app);
  return updated;
}

export interface PracticeUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  status: string;
  secondFactorEnabled: boolean;
}

export async function listUsers(app: AppContext, rc: RequestContext): Promise<PracticeUser[]> {
  const actor = requireRole(rc, 'owner');
  const rows = await repo.listPracticeUsers(app.db, actor.practiceId);
  return rows.map((r) => ({
    id: r.id, email: r.email, displayName: r.display_name, roles: JSON.parse(r.roles) as Role[], status: r.status, secondFactorEnabled: r.totp_enabled === 1,
  }));
}

/** The owner invites a staff member; the invitation email goes through the outbox. */
export async function inviteStaff(app: AppContext, rc: RequestContext, input: { email: string; displayName: string; roles: Role[] }): Promise<{ id: string }> {
  const actor = requireRole(rc, 'owner');
  if (input.roles.includes('client')) throw ValidationError.field('roles', 'clients are invited from their chart, not as staff');
  const roles = [...new Set(input.roles)];
  return app.db.transaction().execute(async (tx) => {
    const practice = await getPracticeRecord(tx, actor.practiceId);
    const id = await createInvitation(app, tx, rc, { practiceId: actor.practiceId, email: input.email, displayName: input.displayName, roles, clientId: null }, practice.name);
    return { id };
  });
}

/** The practice's local outbox (mail kept in the app when no SMTP server is configured). */
export async function readOutbox(app: AppContext, rc: RequestContext): Promise<OutboxMessage[]> {
  const actor = requireRole(rc, 'owner');
  return listOutbox(app.db, app.keyring, actor.practiceId);
}

/** For other services, unguarded: which of these users are clinicians (or supervisors) of the practice. */
export async function clinicianIdsAmong(db: DbOrTx, practiceId: string, userIds: string[]): Promise<Set<string>> {
  const rows = await repo.findUsersInPractice(db, practiceId, userIds);
  return new Set(rows.filter((r) => (JSON.parse(r.roles) as Role[]).some((role) => role === 'clinician' || role === 'supervisor')).map((r) => r.id));
}

/** For other services, unguarded: today's calendar day in the practice's time zone. */
export async function practiceToday(app: AppContext, practiceId: string): Promise<string> {
  return localDay(app.clock.now(), (await getPracticeRecord(app.db, practiceId)).time_zone);
}

/** For other services, unguarded: an active staff member's email and name, for system mail (undefined when inactive). */
export async function activeStaffContact(db: DbOrTx, userId: string): Promise<{ email: string; displayName: string } | undefined> {
  const row = await repo.findUserContact(db, userId);
  return row && row.status === 'active' && row.client_id === null ? { email: row.email, displayName: row.display_name } : undefined;
}

/** For other services, unguarded: a staff member's display name (for authorship lines). */
export async function staffDisplayName(db: DbOrTx, practiceId: string, userId: string): Promise<string> {
  const [row] = await repo.findUsersInPractice(db, practiceId, [userId]);
  return row?.display_name ?? '';
}

/** For other services, unguarded: which of these users hold a role in the practice. */
export async function userIdsWithRole(db: DbOrTx, practiceId: string, userIds: string[], role: Role): Promise<Set<string>> {
  const rows = await repo.findUsersInPractice(db, practiceId, userIds);
  return new Set(rows.filter((r) => (JSON.parse(r.roles) as Role[]).includes(role)).map((r) => r.id));
}

/** For other services, unguarded: the practice's active clinicians and supervisors, by name (with the email they sign in with). */
export async function practiceClinicians(db: DbOrTx, practiceId: string): Promise<{ id: string; displayName: string; email: string }[]> {
  const rows = await repo.listPracticeUsers(db, practiceId);
  return rows.filter((r) => r.status === 'active' && (JSON.parse(r.roles) as Role[]).some((role) => role === 'clinician' || role === 'supervisor'))
    .map((r) => ({ id: r.id, displayName: r.display_name, email: r.email }));
}
