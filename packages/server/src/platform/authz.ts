import { type AuditEntry, type AuditOutcome } from './audit.js';
import type { Actor, RequestContext, Role } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/**
 * Guards. Services call these first; they throw, never return false.
 * Role guards answer 403 (a role's existence is no secret); resource guards answer 404 so a
 * guessed id cannot be told apart from a missing one.
 */
export function requireActor(rc: RequestContext): Actor {
  if (!rc.actor) throw new UnauthenticatedError('Please sign in to continue.');
  return rc.actor;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

export function requireRole(rc: RequestContext, ...roles: Role[]): Actor {
  const actor = requireActor(rc);
  if (!hasRole(actor, ...roles)) throw new ForbiddenError('Your role does not include this.');
  return actor;
}

/** Clinicians and supervisors provide care; only they may see clinical content. */
export function isClinical(actor: Actor): boolean {
  return hasRole(actor, 'clinician', 'supervisor');
}

export function requireStaff(rc: RequestContext): Actor {
  return requireRole(rc, 'owner', 'clinician', 'supervisor', 'billing');
}

/** The role recorded in the audit log: the most privileged one the actor holds. */
export function auditRole(actor: Actor | null): string | null {
  if (!actor) return null;
  const order: Role[] = ['clinician', 'supervisor', 'owner', 'billing', 'client'];
  return order.find((r) => actor.roles.includes(r)) ?? actor.roles[0] ?? null;
}

/** An audit entry for an action the request's actor performed. */
export function auditEntry(
  rc: RequestContext,
  action: string,
  resourceType: string,
  resourceId: string | null,
  outcome: AuditOutcome = 'success',
  practiceId?: string | null,
): AuditEntry {
  return {
    practiceId: practiceId ?? rc.actor?.practiceId ?? null,
    actorId: rc.actor?.userId ?? null,
    actorRole: auditRole(rc.actor),
    action,
    resourceType,
    resourceId,
    outcome,
    requestId: rc.requestId,
  };
}

/**
 * For what only a person signed in may do (manage access tokens or webhooks, export the
 * practice): a request made with an access token is refused, whatever its scopes.
 */
export function requireInPerson(actor: Actor, what: string): Actor {
  if (actor.tokenId) throw new ForbiddenError(`An access token cannot ${what}; sign in to do this.`, [{ field: 'authorization', message: 'needs a signed-in session' }]);
  return actor;
}
