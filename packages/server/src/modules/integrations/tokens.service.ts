import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, requireInPerson, requireStaff } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext, Role } from '../../platform/context.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { scopeOfRoute, TOKEN_SCOPE_IDS, TOKEN_SCOPES, type TokenScope } from './token-scopes.js';
import * as repo from './tokens.repository.js';

/*
 * Personal access tokens, for a practice's own integrations (a billing system reading sessions,
 * a script exporting records). A staff member makes one for themselves with a name, the scopes
 * it needs and an expiry (at most a year); the token is shown once and only its SHA-256 is kept.
 * It acts as its maker — never beyond what they may do, and only on its scopes' routes — and
 * stops when it expires, is revoked, or its maker's account is deactivated. The maker or the
 * practice owner revokes it. Every use is audited as `access-token.use`, with the request id
 * the rest of the request's audit rows share.
 */

export const TOKEN_PREFIX = 'cndr_';
export const MAX_DAYS = 365;

export interface AccessToken {
  id: string;
  name: string;
  userId: string;
  userName: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
}

function toToken(row: repo.AccessTokenRow & { display_name: string }, now: Date): AccessToken {
  return {
    id: row.id, name: row.name, userId: row.user_id, userName: row.display_name, scopes: JSON.parse(row.scopes) as TokenScope[],
    createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at,
    status: row.revoked_at ? 'revoked' : row.expires_at <= now.toISOString() ? 'expired' : 'active',
  };
}

export function listScopes() {
  return TOKEN_SCOPE_IDS.map((id) => ({ id, label: TOKEN_SCOPES[id].label, routes: [...TOKEN_SCOPES[id].routes] }));
}

/** The caller's own tokens; the owner sees every token of the practice (to revoke one left behind). */
export async function listTokens(app: AppContext, rc: RequestContext): Promise<AccessToken[]> {
  const actor = requirePerson(rc);
  const rows = await repo.listTokens(app.db, actor.practiceId, hasRole(actor, 'owner') ? null : actor.userId);
  return rows.map((r) => toToken(r, app.clock.now()));
}

export async function createToken(app: AppContext, rc: RequestContext, input: { name: string; scopes: string[]; expiresInDays: number }): Promise<AccessToken & { token: string }> {
  const actor = requirePerson(rc);
  const unknown = input.scopes.filter((s) => !(TOKEN_SCOPE_IDS as string[]).includes(s));
  if (unknown.length) throw ValidationError.field('scopes', `unknown scope ${unknown.join(', ')}; choose from ${TOKEN_SCOPE_IDS.join(', ')}`);
  if (new Set(input.scopes).size !== input.scopes.length) throw ValidationError.field('scopes', 'lists a scope twice');
  const now = app.clock.now();
  const token = `${TOKEN_PREFIX}${randomToken(32)}`;
  const row = {
    id: newId(), practice_id: actor.practiceId, user_id: actor.userId, name: input.name.trim(), token_hash: sha256(token), scopes: JSON.stringify(input.scopes),
    created_at: now.toISOString(), expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(), last_used_at: null, revoked_at: null, revoked_by: null,
  };
  if (!row.name) throw ValidationError.field('name', 'give the token a name you will recognise');
  await app.db.transaction().execute(async (tx) => {
    await repo.insertToken(tx, row);
    await appendAudit(tx, auditEntry(rc, 'access-token.create', 'access-token', row.id), now);
  });
  const [made] = (await repo.listTokens(app.db, actor.practiceId, actor.userId)).filter((r) => r.id === row.id);
  return { ...toToken(made!, now), token };
}

export async function revokeToken(app: AppContext, rc: RequestContext, id: string): Promise<void> {
  const actor = requirePerson(rc);
  const row = await repo.findToken(app.db, actor.practiceId, id);
  if (!row || (row.user_id !== actor.userId && !hasRole(actor, 'owner'))) {
    await recordAudit(app.db, auditEntry(rc, 'access-token.revoke', 'access-token', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  await app.db.transaction().execute(async (tx) => {
    await repo.revoke(tx, id, app.clock.now().toISOString(), actor.userId);
    await appendAudit(tx, auditEntry(rc, 'access-token.revoke', 'access-token', id), app.clock.now());
  });
}

/** Token management needs a signed-in person: a token cannot make, list or revoke tokens. */
function requirePerson(rc: RequestContext): Actor {
  return requireInPerson(requireStaff(rc), 'manage access tokens');
}

/** The header's bearer token, if the request carries one. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * The actor a request with an access token acts as, for one route (`METHOD /path/:param`):
 * 401 for a token that is unknown, expired, revoked or whose maker is no longer active; 403 for
 * a route outside its scopes. Audited either way.
 */
export async function authenticateToken(app: AppContext, token: string, route: string, requestId: string): Promise<Actor> {
  const now = app.clock.now();
  const row = token.startsWith(TOKEN_PREFIX) ? await repo.findByHash(app.db, sha256(token)) : undefined;
  const audit = (outcome: 'success' | 'denied', practiceId: string | null, actorId: string | null, role: string | null) =>
    recordAudit(app.db, { practiceId, actorId, actorRole: role, action: 'access-token.use', resourceType: 'access-token', resourceId: row?.id ?? null, outcome, requestId }, now);
  if (!row || row.revoked_at || row.expires_at <= now.toISOString() || row.user_status !== 'active') {
    await audit('denied', row?.practice_id ?? null, row?.user_id ?? null, null);
    throw new UnauthenticatedError('This access token is not valid: it may have expired or been revoked.');
  }
  const roles = JSON.parse(row.roles) as Role[];
  const scopes = JSON.parse(row.scopes) as TokenScope[];
  const needed = scopeOfRoute(route);
  if (!needed || !scopes.includes(needed)) {
    await audit('denied', row.practice_id, row.user_id, 'token');
    throw new ForbiddenError(needed ? `This access token does not have the ${needed} scope.` : 'Access tokens cannot use this part of the API.', [
      { field: 'scope', message: needed ? `needs the ${needed} scope` : 'not available to access tokens' },
    ]);
  }
  await audit('success', row.practice_id, row.user_id, 'token');
  // Kept to the minute, so a busy integration does not write on every request.
  if (!row.last_used_at || Date.parse(row.last_used_at) < now.getTime() - 60_000) await repo.touch(app.db, row.id, now.toISOString());
  return { userId: row.user_id, practiceId: row.practice_id, roles: roles.filter((r) => r !== 'client'), clientId: null, siteAdmin: false, tokenId: row.id };
}
