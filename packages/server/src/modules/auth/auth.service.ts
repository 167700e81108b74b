import { randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { appendAudit } from '../../platform/audit.js';
import { auditEntry } from '../../platform/authz.js';
import type { AppContext, RequestContext, Role } from '../../platform/context.js';
import { STAFF_ROLES } from '../../platform/context.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import type { DbOrTx } from '../../platform/db.js';
import { TooManyRequestsError, UnauthenticatedError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { queueMail } from '../../platform/mail.js';
import { getPracticeRecord } from '../practice/practice.service.js';
import { invalidateDirectory } from '../directory/directory.index.js';
import * as repo from './auth.repository.js';
import type { UserRow } from './auth.repository.js';
import { checkTotp, newTotpSecret, totpEnrollment } from './totp.js';

export type SessionStage = 'second-factor' | 'enroll-second-factor' | 'signed-in';

export interface PublicUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  practice: { id: string; name: string };
  secondFactorEnabled: boolean;
  clientId: string | null;
  siteAdmin: boolean;
}

export interface SignInResult {
  /** The new session's secret, for the cookie. Never logged or stored (only its hash is). */
  sessionToken: string;
  stage: SessionStage;
  user: PublicUser;
}

/** The current session, as the auth hook resolved it. */
export interface ResolvedSession {
  idHash: string;
  stage: SessionStage;
  user: UserRow;
}

const ARGON2ID = 2; // @node-rs/argon2 Algorithm.Argon2id (OWASP's first choice for password storage)
const LOCKOUT_FAILURES = 5;
const LOCKOUT_WINDOW_MS = 15 * 60_000;
const LOCKOUT_MS = 15 * 60_000;
const RESET_TTL_MS = 60 * 60_000;
const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
export const PASSWORD_MIN = 12;

// Verified when the email matches no account, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | null = null;

export function hashPassword(password: string): Promise<string> {
  return argonHash(password, { algorithm: ARGON2ID });
}

export function parseRoles(json: string): Role[] {
  return JSON.parse(json) as Role[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function toPublicUser(db: DbOrTx, user: UserRow): Promise<PublicUser> {
  const practice = await getPracticeRecord(db, user.practice_id);
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    roles: parseRoles(user.roles),
    practice: { id: practice.id, name: practice.name },
    secondFactorEnabled: user.totp_enabled === 1,
    clientId: user.client_id,
    siteAdmin: user.site_admin === 1,
  };
}

export function describeUser(app: AppContext, user: UserRow): Promise<PublicUser> {
  return toPublicUser(app.db, user);
}

function isStaff(user: UserRow): boolean {
  return parseRoles(user.roles).some((r) => STAFF_ROLES.includes(r));
}

async function stageAfterPassword(db: DbOrTx, user: UserRow): Promise<SessionStage> {
  if (user.totp_enabled === 1) return 'second-factor';
  if (!isStaff(user)) return 'signed-in';
  const practice = await getPracticeRecord(db, user.practice_id);
  return practice.require_staff_second_factor === 1 ? 'enroll-second-factor' : 'signed-in';
}

/** Creates a fresh session (a new random 256-bit id: rotation on every stage change). */
async function openSession(app: AppContext, db: DbOrTx, user: UserRow, stage: SessionStage): Promise<string> {
  const token = randomToken(32);
  const now = app.clock.now();
  await repo.insertSession(db, {
    id_hash: sha256(token),
    practice_id: user.practice_id,
    user_id: user.id,
    stage,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + app.config.sessionAbsoluteHours * 3_600_000).toISOString(),
  });
  return token;
}

async function checkLockout(app: AppContext, keyHash: string): Promise<void> {
  const attempt = await repo.findSignInAttempt(app.db, keyHash);
  const now = app.clock.now();
  if (attempt?.locked_until && attempt.locked_until > now.toISOString()) {
    const seconds = Math.ceil((Date.parse(attempt.locked_until) - now.getTime()) / 1000);
    throw new TooManyRequestsError('Too many attempts. For your security, please wait a few minutes before trying again.', seconds);
  }
}

async function recordFailure(app: AppContext, db: DbOrTx, keyHash: string): Promise<void> {
  const now = app.clock.now();
  const attempt = await repo.findSignInAttempt(db, keyHash);
  const inWindow = attempt && now.getTime() - Date.parse(attempt.window_started_at) < LOCKOUT_WINDOW_MS;
  const failures = inWindow ? attempt.failures + 1 : 1;
  await repo.saveSignInAttempt(db, {
    key_hash: keyHash,
    failures,
    window_started_at: inWindow ? attempt.window_started_at : now.toISOString(),
    locked_until: failures >= LOCKOUT_FAILURES ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null,
  });
}

/**
 * Password sign-in. Unknown email and wrong password answer the same way, cost the same, and
 * count toward the same temporary lockout, so nothing reveals whether an account exists.
 */
export async function signIn(app: AppContext, rc: RequestContext, input: { email: string; password: string }, previousSessionHash: string | null): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const keyHash = sha256(`sign-in:${email}`);
  await checkLockout(app, keyHash);
  const user = await repo.findUserByEmail(app.db, email);
  const usable = user && user.status === 'active' && user.password_hash !== null;
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const passwordOk = usable ? await argonVerify(user.password_hash!, input.password) : (await argonVerify(await dummyHash, input.password), false);
  if (!usable || !passwordOk) {
    await app.db.transaction().execute(async (tx) => {
      await recordFailure(app, tx, keyHash);
      await appendAudit(tx, { ...auditEntry(rc, 'auth.sign-in', 'user', user?.id ?? null, 'failure', user?.practice_id ?? null) }, app.clock.now());
    });
    throw new UnauthenticatedError('That email and password do not match an account. Please check them and try again.');
  }
  return app.db.transaction().execute(async (tx) => {
    await repo.clearSignInAttempts(tx, keyHash);
    if (previousSessionHash) await repo.deleteSession(tx, previousSessionHash);
    const stage = await stageAfterPassword(tx, user);
    const sessionToken = await openSession(app, tx, user, stage);
    await appendAudit(tx, { ...auditEntry(rc, 'auth.sign-in', 'user', user.id, 'success', user.practice_id), actorId: user.id }, app.clock.now());
    return { sessionToken, stage, user: await toPublicUser(tx, user) };
  });
}

/** Resolves a session cookie: null when unknown, expired (idle or absolute) or the user is inactive. */
export async function resolveSession(app: AppContext, token: string): Promise<ResolvedSession | null> {
  const idHash = sha256(token);
  const found = await repo.findSessionWithUser(app.db, idHash);
  if (!found) return null;
  const { session, user } = found;
  const now = app.clock.now();
  const idleLimit = Date.parse(session.last_seen_at) + app.config.sessionIdleMinutes * 60_000;
  if (session.expires_at <= now.toISOString() || idleLimit <= now.getTime()) {
    await repo.deleteSession(app.db, idHash);
    return null;
  }
  if (user.status !== 'active') return null;
  // Refresh the idle timer at most once a minute, so reads do not each cost a write.
  if (now.getTime() - Date.parse(session.last_seen_at) > 60_000) await repo.touchSession(app.db, idHash, now.toISOString());
  return { idHash, stage: session.stage as SessionStage, user };
}

function requireStage(session: ResolvedSession | null, ...stages: SessionStage[]): ResolvedSession {
  if (!session || !stages.includes(session.stage)) throw new UnauthenticatedError('Please sign in again.');
  return session;
}

async function completeSecondFactor(app: AppContext, rc: RequestContext, session: ResolvedSession, action: string): Promise<SignInResult> {
  return app.db.transaction().execute(async (tx) => {
    await repo.deleteSession(tx, session.idHash);
    const sessionToken = await openSession(app, tx, session.user, 'signed-in');
    await appendAudit(tx, { ...auditEntry(rc, action, 'user', session.user.id, 'success', session.user.practice_id), actorId: session.user.id }, app.clock.now());
    const user = (await repo.findUserById(tx, session.user.id))!;
    return { sessionToken, stage: 'signed-in' as const, user: await toPublicUser(tx, user) };
  });
}

const RECOVERY_CODE = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/;

/** The second step of sign-in: a TOTP code (each time step once only) or an unused recovery code. */
export async function verifySecondFactor(app: AppContext, rc: RequestContext, session: ResolvedSession | null, code: string): Promise<SignInResult> {
  const current = requireStage(session, 'second-factor');
  const user = current.user;
  const keyHash = sha256(`second-factor:${user.id}`);
  await checkLockout(app, keyHash);
  const now = app.clock.now();
  const trimmed = code.trim().toLowerCase().replace(/\s+/g, '');
  let accepted = false;
  if (user.totp_secret && /^\d{6}$/.test(trimmed)) {
    const step = await checkTotp(app.keyring.decrypt(user.totp_secret), trimmed, now, user.totp_last_step);
    accepted = step !== null && (await repo.claimTotpStep(app.db, user.id, step));
  } else if (RECOVERY_CODE.test(trimmed)) {
    accepted = await repo.useRecoveryCode(app.db, user.id, sha256(trimmed), now.toISOString());
  }
  if (!accepted) {
    await app.db.transaction().execute(async (tx) => {
      await recordFailure(app, tx, keyHash);
      await appendAudit(tx, { ...auditEntry(rc, 'auth.second-factor', 'user', user.id, 'failure', user.practice_id), actorId: user.id }, now);
    });
    throw new UnauthenticatedError("That code didn't work. Check your authenticator app and try again.", [{ field: 'code', message: 'is not a current code' }]);
  }
  await repo.clearSignInAttempts(app.db, keyHash);
  return completeSecondFactor(app, rc, current, 'auth.second-factor');
}

/** Starts (or restarts) enrolment: a new secret, stored encrypted and not yet enabled. */
export async function startTotpEnrollment(app: AppContext, rc: RequestContext, session: ResolvedSession | null): Promise<{ secret: string; otpauthUri: string; qrCodeDataUrl: string }> {
  const current = requireStage(session, 'enroll-second-factor', 'signed-in');
  if (current.user.totp_enabled === 1) throw ValidationError.field('code', 'a second factor is already set up for this account');
  const secret = newTotpSecret();
  await app.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, current.user.id, { totp_secret: app.keyring.encrypt(secret), updated_at: app.clock.now().toISOString() });
    await appendAudit(tx, { ...auditEntry(rc, 'auth.totp-enroll-start', 'user', current.user.id, 'success', current.user.practice_id), actorId: current.user.id }, app.clock.now());
  });
  return { secret, ...(await totpEnrollment(secret, current.user.email)) };
}

function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Confirms enrolment with a first code; returns ten single-use recovery codes (shown once). */
export async function confirmTotpEnrollment(app: AppContext, rc: RequestContext, session: ResolvedSession | null, code: string): Promise<SignInResult & { recoveryCodes: string[] }> {
  const current = requireStage(session, 'enroll-second-factor', 'signed-in');
  const user = current.user;
  if (user.totp_enabled === 1 || !user.totp_secret) throw ValidationError.field('code', 'start setting up a second factor first');
  const step = await checkTotp(app.keyring.decrypt(user.totp_secret), code.trim(), app.clock.now(), 0);
  if (step === null) {
    throw new UnauthenticatedError("That code didn't work. Check your authenticator app and try again.", [{ field: 'code', message: 'is not a current code' }]);
  }
  const recoveryCodes = Array.from({ length: 10 }, newRecoveryCode);
  const result = await app.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, user.id, { totp_enabled: 1, totp_last_step: step, updated_at: app.clock.now().toISOString() });
    await repo.replaceRecoveryCodes(tx, user.practice_id, user.id, recoveryCodes.map((c) => ({ id: newId(), codeHash: sha256(c) })));
    await repo.deleteSession(tx, current.idHash);
    const sessionToken = await openSession(app, tx, user, 'signed-in');
    await appendAudit(tx, { ...auditEntry(rc, 'auth.totp-enroll', 'user', user.id, 'success', user.practice_id), actorId: user.id }, app.clock.now());
    return { sessionToken, stage: 'signed-in' as const, user: await toPublicUser(tx, (await repo.findUserById(tx, user.id))!) };
  });
  return { ...result, recoveryCodes };
}

export async function signOut(app: AppContext, rc: RequestContext, session: ResolvedSession | null): Promise<void> {
  if (!session) return;
  await app.db.transaction().execute(async (tx) => {
    await repo.deleteSession(tx, session.idHash);
    await appendAudit(tx, { ...auditEntry(rc, 'auth.sign-out', 'user', session.user.id, 'success', session.user.practice_id), actorId: session.user.id }, app.clock.now());
  });
}

function link(app: AppContext, path: string, token: string): string {
  // The token rides in the fragment, which browsers never send to servers or put in logs.
  return `${app.config.publicUrl}${path}#token=${token}`;
}

/** Always succeeds from the caller's view; mails a one-hour link only when the account exists. */
export async function requestPasswordReset(app: AppContext, rc: RequestContext, emailInput: string): Promise<void> {
  const user = await repo.findUserByEmail(app.db, normalizeEmail(emailInput));
  if (!user || user.status !== 'active') return;
  const token = randomToken(32);
  const now = app.clock.now();
  await app.db.transaction().execute(async (tx) => {
    await repo.insertOneTimeToken(tx, { tokenHash: sha256(token), practiceId: user.practice_id, userId: user.id, purpose: 'password-reset', createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + RESET_TTL_MS).toISOString() });
    await queueMail(tx, app.keyring, app.clock, app.mail, {
      practiceId: user.practice_id,
      to: user.email,
      subject: 'Reset your Candor password',
      text: `Hello ${user.display_name},\n\nSomeone (we hope you) asked to reset the password for your Candor account. To choose a new password, open this link within the next hour:\n\n${link(app, '/reset-password', token)}\n\nIf you did not ask for this, you can ignore this email; your password stays the same.`,
    });
    await appendAudit(tx, { ...auditEntry(rc, 'auth.password-reset-request', 'user', user.id, 'success', user.practice_id) }, now);
  });
}

function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN) throw ValidationError.field('password', `must be at least ${PASSWORD_MIN} characters`);
}

/** Sets a new password from a reset link; ends every session of that account. */
export async function completePasswordReset(app: AppContext, rc: RequestContext, input: { token: string; password: string }): Promise<void> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = app.clock.now().toISOString();
  await app.db.transaction().execute(async (tx) => {
    const token = await repo.consumeOneTimeToken(tx, sha256(input.token), 'password-reset', now);
    if (!token) throw ValidationError.field('token', 'this link has expired or was already used; please ask for a new one');
    await repo.updateUser(tx, token.userId, { password_hash: passwordHash, password_changed_at: now, updated_at: now });
    await repo.deleteSessionsOfUser(tx, token.userId);
    const user = (await repo.findUserById(tx, token.userId))!;
    await repo.clearSignInAttempts(tx, sha256(`sign-in:${user.email}`));
    await appendAudit(tx, { ...auditEntry(rc, 'auth.password-reset', 'user', token.userId, 'success', token.practiceId), actorId: token.userId }, app.clock.now());
  });
}

/**
 * A signed-in person changes their password, giving the current one. Every other session of
 * the account ends (a stolen session dies with the old password); this one continues under a
 * new id. A wrong current password counts toward the same lockout as sign-in.
 */
export async function changePassword(app: AppContext, rc: RequestContext, session: ResolvedSession | null, input: { currentPassword: string; newPassword: string }): Promise<SignInResult> {
  const current = requireStage(session, 'signed-in');
  const keyHash = sha256(`sign-in:${current.user.email}`);
  await checkLockout(app, keyHash);
  if (!current.user.password_hash || !(await argonVerify(current.user.password_hash, input.currentPassword))) {
    await app.db.transaction().execute(async (tx) => {
      await recordFailure(app, tx, keyHash);
      await appendAudit(tx, { ...auditEntry(rc, 'auth.password-change', 'user', current.user.id, 'failure', current.user.practice_id), actorId: current.user.id }, app.clock.now());
    });
    throw ValidationError.field('currentPassword', 'is not your current password');
  }
  if (input.newPassword.length < PASSWORD_MIN) throw ValidationError.field('newPassword', `must be at least ${PASSWORD_MIN} characters`);
  if (input.newPassword === input.currentPassword) throw ValidationError.field('newPassword', 'is the same as your current password');
  const passwordHash = await hashPassword(input.newPassword);
  const now = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, current.user.id, { password_hash: passwordHash, password_changed_at: now, updated_at: now });
    await repo.deleteSessionsOfUser(tx, current.user.id);
    const sessionToken = await openSession(app, tx, current.user, 'signed-in');
    await appendAudit(tx, { ...auditEntry(rc, 'auth.password-change', 'user', current.user.id, 'success', current.user.practice_id), actorId: current.user.id }, app.clock.now());
    return { sessionToken, stage: 'signed-in' as const, user: await toPublicUser(tx, (await repo.findUserById(tx, current.user.id))!) };
  });
}

export interface NewInvitedUser {
  practiceId: string;
  email: string;
  displayName: string;
  roles: Role[];
  clientId: string | null;
}

/**
 * Creates an invited account (no password yet) and queues the invitation email with a
 * seven-day link. Runs inside the caller's transaction.
 */
export async function createInvitation(app: AppContext, tx: DbOrTx, rc: RequestContext, invite: NewInvitedUser, practiceName: string): Promise<string> {
  const email = normalizeEmail(invite.email);
  const existing = await repo.findUserByEmail(tx, email);
  const now = app.clock.now();
  // An invitation not yet accepted (perhaps expired) to the same person is simply sent again.
  const resend = existing && existing.status === 'invited' && existing.practice_id === invite.practiceId && existing.client_id === invite.clientId;
  if (existing && !resend) throw ValidationError.field('email', 'an account with this email already exists');
  const userId = resend ? existing.id : newId(now.getTime());
  if (!resend) {
    await repo.insertUser(tx, {
      id: userId, practice_id: invite.practiceId, email, display_name: invite.displayName, roles: JSON.stringify(invite.roles),
      password_hash: null, status: 'invited', client_id: invite.clientId, totp_secret: null, totp_enabled: 0, totp_last_step: 0,
      password_changed_at: null, created_at: now.toISOString(), updated_at: now.toISOString(),
    });
  }
  const token = randomToken(32);
  await repo.insertOneTimeToken(tx, { tokenHash: sha256(token), practiceId: invite.practiceId, userId, purpose: 'invitation', createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString() });
  const forClient = invite.clientId !== null;
  await queueMail(tx, app.keyring, app.clock, app.mail, {
    practiceId: invite.practiceId,
    to: email,
    subject: forClient ? `Your private space at ${practiceName}` : `You're invited to ${practiceName} on Candor`,
    text: forClient
      ? `Hello ${invite.displayName},\n\n${practiceName} has set up a private, secure space for you on Candor. Open this link within seven days to choose a password:\n\n${link(app, '/accept-invitation', token)}\n\nOnly you and your therapist can see what you write there.`
      : `Hello ${invite.displayName},\n\nYou've been invited to join ${practiceName} on Candor. Open this link within seven days to choose a password and set up your second factor:\n\n${link(app, '/accept-invitation', token)}`,
  });
  await appendAudit(tx, auditEntry(rc, resend ? 'user.invite-again' : 'user.invite', 'user', userId), now);
  return userId;
}

/** Accepts an invitation: sets the password, activates the account and signs in. */
export async function acceptInvitation(app: AppContext, rc: RequestContext, input: { token: string; password: string }): Promise<SignInResult> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = app.clock.now().toISOString();
  const accepted = await app.db.transaction().execute(async (tx) => {
    const token = await repo.consumeOneTimeToken(tx, sha256(input.token), 'invitation', now);
    if (!token) throw ValidationError.field('token', 'this invitation has expired or was already used; please ask for a new one');
    await repo.updateUser(tx, token.userId, { password_hash: passwordHash, status: 'active', password_changed_at: now, updated_at: now });
    const user = (await repo.findUserById(tx, token.userId))!;
    const stage = await stageAfterPassword(tx, user);
    const sessionToken = await openSession(app, tx, user, stage);
    await appendAudit(tx, { ...auditEntry(rc, 'auth.accept-invitation', 'user', user.id, 'success', user.practice_id), actorId: user.id }, app.clock.now());
    return { sessionToken, stage, user: await toPublicUser(tx, user) };
  });
  // An active clinician's listed profile may now be public.
  invalidateDirectory(app);
  return accepted;
}

/** Creates an active account directly (CLI `create-user`, demo seed). */
export async function createActiveUser(
  app: AppContext,
  tx: DbOrTx,
  input: NewInvitedUser & { password: string; totpSecret?: string },
): Promise<string> {
  checkPassword(input.password);
  const now = app.clock.now().toISOString();
  const userId = newId();
  const email = normalizeEmail(input.email);
  if (await repo.findUserByEmail(tx, email)) throw ValidationError.field('email', 'an account with this email already exists');
  await repo.insertUser(tx, {
    id: userId, practice_id: input.practiceId, email, display_name: input.displayName, roles: JSON.stringify(input.roles),
    password_hash: await hashPassword(input.password), status: 'active', client_id: input.clientId,
    totp_secret: input.totpSecret ? app.keyring.encrypt(input.totpSecret) : null, totp_enabled: input.totpSecret ? 1 : 0, totp_last_step: 0,
    password_changed_at: now, created_at: now, updated_at: now,
  });
  return userId;
}


/** For other services, unguarded: whether a client has an active portal account (an unaccepted invitation is not one). */
export async function hasPortalAccount(db: DbOrTx, clientId: string): Promise<boolean> {
  return (await repo.findUserByClientId(db, clientId))?.status === 'active';
}
