import { ADULT_AGE, ageOn } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, isClinical, requireActor, requireRole } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext, Role } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { createInvitation } from '../auth/auth.service.js';
import { getPracticeRecord } from '../practice/practice.service.js';
import * as repo from './clients.repository.js';
import type { ClientRow } from './clients.repository.js';

export const CLIENT_STATUSES = ['prospective', 'active', 'discharged'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const NARRATIVE_MAX = 5000;

export interface ClientSummary {
  id: string;
  displayName: string;
  status: ClientStatus;
}

/** What a care-team clinician sees; administrative viewers get the same minus clinical fields. */
export interface ClientRecord extends ClientSummary {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  email: string | null;
  dateOfBirth: string;
  careTeam: { id: string; displayName: string }[];
  /** Clinical free text: present only for the care team. */
  presentingConcern?: string | null;
}

export interface NewClient {
  firstName: string;
  lastName: string;
  preferredName?: string;
  email?: string;
  dateOfBirth: string;
  presentingConcern?: string;
  careTeam?: string[];
}

function displayName(row: Pick<ClientRow, 'first_name' | 'last_name' | 'preferred_name'>): string {
  return `${row.preferred_name ?? row.first_name} ${row.last_name}`;
}

/** Clinicians and supervisors see their care team's clients; owners and billing see all, administratively. */
function listScope(actor: Actor): string | null {
  if (hasRole(actor, 'owner', 'billing')) return null;
  return actor.userId;
}

export async function listClients(app: AppContext, rc: RequestContext, query: string | null): Promise<ClientSummary[]> {
  const actor = requireRole(rc, 'owner', 'billing', 'clinician', 'supervisor');
  const rows = await repo.listClients(app.db, { practiceId: actor.practiceId, careTeamUserId: listScope(actor), query: query?.trim() || null, limit: 200 });
  await recordAudit(app.db, auditEntry(rc, 'client.list', 'client', null), app.clock.now());
  return rows.map((r) => ({ id: r.id, displayName: displayName(r), status: r.status as ClientStatus }));
}

/** A clinician on the care team, or (for administrative fields) an owner or billing user; else 404. */
async function loadVisibleClient(app: AppContext, rc: RequestContext, clientId: string): Promise<{ actor: Actor; row: ClientRow; clinical: boolean }> {
  const actor = requireActor(rc);
  const row = await repo.findClient(app.db, actor.practiceId, clientId);
  const onCareTeam = row !== undefined && isClinical(actor) && (await repo.isOnCareTeam(app.db, actor.practiceId, clientId, actor.userId));
  const administrative = row !== undefined && hasRole(actor, 'owner', 'billing');
  const self = row !== undefined && actor.clientId === clientId;
  if (!row || !(onCareTeam || administrative || self)) {
    await recordAudit(app.db, auditEntry(rc, 'client.read', 'client', clientId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, row, clinical: onCareTeam };
}

export async function getClient(app: AppContext, rc: RequestContext, clientId: string): Promise<ClientRecord> {
  const { actor, row, clinical } = await loadVisibleClient(app, rc, clientId);
  const careTeam = await repo.listCareTeam(app.db, actor.practiceId, clientId);
  await recordAudit(app.db, auditEntry(rc, clinical ? 'client.read' : 'client.read-administrative', 'client', clientId), app.clock.now());
  const record: ClientRecord = {
    id: row.id, displayName: displayName(row), status: row.status as ClientStatus, firstName: row.first_name, lastName: row.last_name,
    preferredName: row.preferred_name, email: row.email, dateOfBirth: row.date_of_birth,
    careTeam: careTeam.map((m) => ({ id: m.id, displayName: m.display_name })),
  };
  if (clinical) record.presentingConcern = row.presenting_concern === null ? null : app.keyring.decrypt(row.presenting_concern);
  return record;
}

export async function createClient(app: AppContext, rc: RequestContext, input: NewClient): Promise<ClientRecord> {
  const actor = requireRole(rc, 'owner', 'clinician', 'supervisor');
  const age = ageOn(input.dateOfBirth, app.clock.now());
  if (age === null) throw ValidationError.field('dateOfBirth', 'must be a real date written YYYY-MM-DD');
  if (age < 0) throw ValidationError.field('dateOfBirth', 'cannot be in the future');
  if (age < ADULT_AGE) throw ValidationError.field('dateOfBirth', `Candor is for adults: the client must be at least ${ADULT_AGE} years old`);
  if (input.presentingConcern && !isClinical(actor)) throw ValidationError.field('presentingConcern', 'only a clinician can record clinical notes');
  if (input.presentingConcern && input.presentingConcern.length > NARRATIVE_MAX) throw ValidationError.field('presentingConcern', `must be at most ${NARRATIVE_MAX} characters`);

  const careTeam = new Set(input.careTeam ?? []);
  if (isClinical(actor)) careTeam.add(actor.userId);
  if (careTeam.size === 0) throw ValidationError.field('careTeam', 'choose at least one clinician');
  const members = await repo.findUserIdsInPractice(app.db, actor.practiceId, [...careTeam]);
  const clinicians = members.filter((m) => (JSON.parse(m.roles) as Role[]).some((r) => r === 'clinician' || r === 'supervisor'));
  if (clinicians.length !== careTeam.size) throw ValidationError.field('careTeam', 'every member must be a clinician of this practice');

  const now = app.clock.now().toISOString();
  const id = newId();
  await app.db.transaction().execute(async (tx) => {
    await repo.insertClient(tx, {
      id, practice_id: actor.practiceId, first_name: input.firstName.trim(), last_name: input.lastName.trim(),
      preferred_name: input.preferredName?.trim() || null, email: input.email?.trim().toLowerCase() || null, date_of_birth: input.dateOfBirth,
      status: 'prospective', presenting_concern: input.presentingConcern ? app.keyring.encrypt(input.presentingConcern) : null,
      created_by: actor.userId, created_at: now, updated_at: now,
    });
    await repo.addCareTeamMembers(tx, actor.practiceId, id, [...careTeam], now);
    await appendAudit(tx, auditEntry(rc, 'client.create', 'client', id), app.clock.now());
  });
  return getClient(app, rc, id);
}

/** A care-team clinician invites the client to the portal (an email through the outbox). */
export async function inviteClientToPortal(app: AppContext, rc: RequestContext, clientId: string): Promise<{ userId: string }> {
  const { actor, row, clinical } = await loadVisibleClient(app, rc, clientId);
  if (!clinical) throw new NotFoundError();
  if (!row.email) throw ValidationError.field('email', 'add the client’s email address before inviting them');
  return app.db.transaction().execute(async (tx) => {
    const practice = await getPracticeRecord(tx, actor.practiceId);
    const userId = await createInvitation(
      app, tx, rc,
      { practiceId: actor.practiceId, email: row.email!, displayName: row.preferred_name ?? row.first_name, roles: ['client'], clientId },
      practice.name,
    );
    return { userId };
  });
}

/** For the portal: the signed-in client's own record summary. */
export async function getOwnClientSummary(app: AppContext, rc: RequestContext): Promise<ClientSummary> {
  const actor = requireRole(rc, 'client');
  const row = actor.clientId ? await repo.findClient(app.db, actor.practiceId, actor.clientId) : undefined;
  if (!row) throw new NotFoundError();
  await recordAudit(app.db, auditEntry(rc, 'client.read-own', 'client', row.id), app.clock.now());
  return { id: row.id, displayName: displayName(row), status: row.status as ClientStatus };
}
