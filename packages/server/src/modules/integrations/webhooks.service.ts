import { createHmac } from 'node:crypto';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireInPerson, requireRole } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { randomToken } from '../../platform/crypto.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './webhooks.repository.js';

/*
 * Webhooks: the practice owner points Candor at an address of their own systems, and Candor
 * POSTs each appointment and referral event there, signed so the receiver knows it came from
 * Candor. An event is queued in the same transaction as the change it reports (nothing
 * acknowledged is lost), then delivered by a background loop that retries with back-off and
 * keeps a delivery log. The body names the event, its time and the records' ids and states —
 * never a name or clinical content: a receiver that needs more reads it with an access token.
 *
 * Signature (like Stripe's): header `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" with the webhook's secret>`. Receivers recompute it and reject a stale `t`.
 */

export const WEBHOOK_EVENTS = [
  'appointment.created', 'appointment.cancelled', 'appointment.no-show',
  'referral.created', 'referral.sent', 'referral.status-changed',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number] | 'ping';

/** Minutes to wait before each retry; after the last, the delivery is marked failed. */
export const RETRY_MINUTES = [1, 5, 30, 120, 720] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
const TIMEOUT_MS = 10_000;

export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Delivery {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: Record<string, unknown>;
}

const toWebhook = (row: repo.WebhookRow): Webhook => ({
  id: row.id, url: row.url, description: row.description, events: JSON.parse(row.events) as WebhookEvent[], active: row.active === 1, createdAt: row.created_at, updatedAt: row.updated_at,
});

const toDelivery = (row: repo.DeliveryRow): Delivery => ({
  id: row.id, event: row.event, status: row.status as Delivery['status'], attempts: row.attempts, nextAttemptAt: row.next_attempt_at, lastStatusCode: row.last_status_code,
  lastError: row.last_error, createdAt: row.created_at, deliveredAt: row.delivered_at, payload: JSON.parse(row.payload) as Record<string, unknown>,
});

/** Only the practice owner, signed in in person (a token cannot add a webhook that would receive events). */
function requireOwnerInPerson(rc: RequestContext) {
  return requireInPerson(requireRole(rc, 'owner'), 'manage webhooks');
}

/** An https address, or http to this machine (for a receiver on the same host, and tests). */
function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw ValidationError.field('url', 'is not a web address');
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) throw ValidationError.field('url', 'must start with https:// (http:// only for this machine)');
  if (parsed.username || parsed.password) throw ValidationError.field('url', 'must not hold a user name or password');
  return parsed.toString();
}

function checkEvents(events: string[]): WebhookEvent[] {
  const unknown = events.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
  if (unknown.length) throw ValidationError.field('events', `unknown event ${unknown.join(', ')}; choose from ${WEBHOOK_EVENTS.join(', ')}`);
  return [...new Set(events)] as WebhookEvent[];
}

export async function listWebhooks(app: AppContext, rc: RequestContext): Promise<Webhook[]> {
  const actor = requireOwnerInPerson(rc);
  return (await repo.listWebhooks(app.db, actor.practiceId)).map(toWebhook);
}

/** A new webhook; its signing secret is returned this once (it is kept encrypted, to sign with). */
export async function createWebhook(app: AppContext, rc: RequestContext, input: { url: string; description?: string | null; events: string[] }): Promise<Webhook & { secret: string }> {
  const actor = requireOwnerInPerson(rc);
  const now = app.clock.now().toISOString();
  const secret = `whsec_${randomToken(32)}`;
  const row = {
    id: newId(), practice_id: actor.practiceId, url: checkUrl(input.url), description: input.description?.trim() || null, secret: app.keyring.encrypt(secret),
    events: JSON.stringify(checkEvents(input.events)), active: 1, created_by: actor.userId, created_at: now, updated_at: now,
  };
  await app.db.transaction().execute(async (tx) => {
    await repo.insertWebhook(tx, row);
    await appendAudit(tx, auditEntry(rc, 'webhook.create', 'webhook', row.id), app.clock.now());
  });
  return { ...toWebhook(row), secret };
}

async function loadWebhook(app: AppContext, rc: RequestContext, id: string, action: string): Promise<repo.WebhookRow> {
  const actor = requireOwnerInPerson(rc);
  const row = await repo.findWebhook(app.db, actor.practiceId, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, action, 'webhook', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return row;
}

export async function updateWebhook(app: AppContext, rc: RequestContext, id: string, patch: { url?: string; description?: string | null; events?: string[]; active?: boolean }): Promise<Webhook> {
  const row = await loadWebhook(app, rc, id, 'webhook.update');
  const set = {
    ...(patch.url !== undefined ? { url: checkUrl(patch.url) } : {}),
    ...(patch.description !== undefined ? { description: patch.description?.trim() || null } : {}),
    ...(patch.events !== undefined ? { events: JSON.stringify(checkEvents(patch.events)) } : {}),
    ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
    updated_at: app.clock.now().toISOString(),
  };
  await app.db.transaction().execute(async (tx) => {
    await repo.updateWebhook(tx, id, set);
    await appendAudit(tx, auditEntry(rc, 'webhook.update', 'webhook', id), app.clock.now());
  });
  return toWebhook({ ...row, ...set });
}

/** Removes the webhook and its delivery log. */
export async function deleteWebhook(app: AppContext, rc: RequestContext, id: string): Promise<void> {
  await loadWebhook(app, rc, id, 'webhook.delete');
  await app.db.transaction().execute(async (tx) => {
    await repo.deleteWebhook(tx, id);
    await appendAudit(tx, auditEntry(rc, 'webhook.delete', 'webhook', id), app.clock.now());
  });
}

export async function listDeliveries(app: AppContext, rc: RequestContext, id: string): Promise<Delivery[]> {
  await loadWebhook(app, rc, id, 'webhook.deliveries');
  return (await repo.listDeliveries(app.db, id, 100)).map(toDelivery);
}

/** Queues a `ping` to one webhook, to try the receiver. */
export async function pingWebhook(app: AppContext, rc: RequestContext, id: string): Promise<Delivery> {
  const row = await loadWebhook(app, rc, id, 'webhook.ping');
  const [delivery] = deliveriesFor([row], 'ping', {}, app.clock.now());
  await repo.insertDeliveries(app.db, [delivery!]);
  return toDelivery(delivery!);
}

function deliveriesFor(hooks: repo.WebhookRow[], event: WebhookEvent, data: Record<string, unknown>, now: Date): repo.DeliveryRow[] {
  return hooks.map((hook) => {
    const id = newId();
    return {
      id, practice_id: hook.practice_id, webhook_id: hook.id, event, payload: JSON.stringify({ id, type: event, createdAt: now.toISOString(), data }),
      status: 'pending', attempts: 0, next_attempt_at: now.toISOString(), last_status_code: null, last_error: null, created_at: now.toISOString(), delivered_at: null,
    };
  });
}

/**
 * For the modules whose changes are events (scheduling, referrals), inside their transaction:
 * queues the event for every active webhook of the practice that asked for it. `data` holds ids,
 * states and times only.
 */
export async function emitEvent(app: AppContext, tx: DbOrTx, practiceId: string, event: Exclude<WebhookEvent, 'ping'>, data: Record<string, string | number | boolean | null>): Promise<void> {
  const hooks = (await repo.activeWebhooks(tx, practiceId)).filter((h) => (JSON.parse(h.events) as string[]).includes(event));
  await repo.insertDeliveries(tx, deliveriesFor(hooks, event, data, app.clock.now()));
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Sends what is due (the background loop calls this every few seconds; it is safe to run again).
 * A 2xx answer is delivered; anything else, or no answer within 10 s, is retried after 1, 5, 30,
 * 120 and 720 minutes, and then marked failed. Only the status code and a short error are kept,
 * never the receiver's answer.
 */
export async function deliverDueWebhooks(app: AppContext, limit = 20): Promise<{ delivered: number; failed: number }> {
  const now = app.clock.now();
  const due = await repo.dueDeliveries(app.db, now.toISOString(), limit);
  let delivered = 0;
  let failed = 0;
  for (const delivery of due) {
    const hook = await repo.findWebhook(app.db, delivery.practice_id, delivery.webhook_id);
    if (!hook) continue;
    const attempts = delivery.attempts + 1;
    const timestamp = Math.floor(app.clock.now().getTime() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(hook.url, {
        method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS), body: delivery.payload,
        headers: {
          'content-type': 'application/json', 'user-agent': 'Candor-Webhooks/1', 'candor-event': delivery.event, 'candor-delivery': delivery.id,
          'candor-signature': signature(app.keyring.decrypt(hook.secret), timestamp, delivery.payload),
        },
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status >= 300) error = `answered ${status}`;
    } catch (e) {
      error = e instanceof Error && e.name === 'TimeoutError' ? 'no answer within 10 seconds' : 'could not connect';
    }
    if (!error) {
      delivered++;
      await repo.updateDelivery(app.db, delivery.id, { status: 'delivered', attempts, last_status_code: status, last_error: null, delivered_at: app.clock.now().toISOString(), next_attempt_at: null });
    } else if (attempts >= MAX_ATTEMPTS) {
      failed++;
      await repo.updateDelivery(app.db, delivery.id, { status: 'failed', attempts, last_status_code: status, last_error: error, next_attempt_at: null });
      app.log.warn({ webhookId: hook.id, deliveryId: delivery.id, attempts }, 'webhook delivery failed');
    } else {
      const next = new Date(app.clock.now().getTime() + RETRY_MINUTES[attempts - 1]! * 60_000).toISOString();
      await repo.updateDelivery(app.db, delivery.id, { attempts, last_status_code: status, last_error: error, next_attempt_at: next });
    }
  }
  return { delivered, failed };
}

/** The background loop (started by `candor start`). */
export function startWebhookDispatcher(app: AppContext, intervalMs = 5_000): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => deliverDueWebhooks(app)).catch((error: unknown) => app.log.error({ err: error }, 'webhook dispatcher failed'));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
