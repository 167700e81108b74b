import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Keyring } from './crypto.js';
import type { Db, DbOrTx } from './db.js';
import { newId } from './ids.js';

/**
 * Mail goes through a durable outbox: the message row is written in the same transaction as
 * the change that causes it, so nothing acknowledged is lost. With SMTP configured a
 * dispatcher sends pending rows; without it, messages stay in the outbox (status `local`),
 * which the practice owner reads in the app. Bodies are encrypted at rest (they hold one-time
 * links); messages never contain clinical content.
 */
export interface OutgoingMail {
  practiceId: string | null;
  to: string;
  subject: string;
  text: string;
}

export interface MailSettings {
  smtpConfigured: boolean;
}

export async function queueMail(db: DbOrTx, keyring: Keyring, clock: Clock, settings: MailSettings, mail: OutgoingMail): Promise<string> {
  const id = newId();
  await db
    .insertInto('mail_outbox')
    .values({
      id,
      practice_id: mail.practiceId,
      to_address: mail.to,
      subject: mail.subject,
      body: keyring.encrypt(mail.text),
      status: settings.smtpConfigured ? 'pending' : 'local',
      attempts: 0,
      last_error: null,
      created_at: clock.now().toISOString(),
      sent_at: null,
    })
    .execute();
  return id;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  createdAt: string;
}

export async function listOutbox(db: DbOrTx, keyring: Keyring, practiceId: string, limit = 100): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const text = keyring.decrypt(r.body);
    // With SMTP the message went (or goes) to its addressee; the owner's copy must not carry the
    // one-time link that would let them set another person's password. Without SMTP this outbox
    // is the only way the message reaches anyone, so it is shown whole.
    return { id: r.id, to: r.to_address, subject: r.subject, text: r.status === 'local' ? text : hideOneTimeTokens(text), status: r.status, createdAt: r.created_at };
  });
}

/** Replaces the token of every one-time link (`…#token=…`) with a note that it was sent by email. */
export function hideOneTimeTokens(text: string): string {
  return text.replace(/#token=[A-Za-z0-9_-]+/g, '#token=(hidden: sent by email to its addressee)');
}

const MAX_ATTEMPTS = 8;

/** Sends pending outbox rows over SMTP, retrying with back-off; stops cleanly. */
export function startMailDispatcher(options: {
  db: Db; keyring: Keyring; clock: Clock; smtpUrl: string; from: string; log: Logger; intervalMs?: number;
}): { stop(): Promise<void> } {
  const transport = nodemailer.createTransport(options.smtpUrl);
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async (): Promise<void> => {
    const due = await options.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('attempts', '<', MAX_ATTEMPTS)
      .orderBy('created_at')
      .limit(20)
      .execute();
    for (const row of due) {
      if (stopped) return;
      try {
        await transport.sendMail({ from: options.from, to: row.to_address, subject: row.subject, text: options.keyring.decrypt(row.body) });
        await options.db.updateTable('mail_outbox').set({ status: 'sent', sent_at: options.clock.now().toISOString(), attempts: row.attempts + 1 }).where('id', '=', row.id).execute();
      } catch (error) {
        const attempts = row.attempts + 1;
        await options.db
          .updateTable('mail_outbox')
          .set({ attempts, status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', last_error: error instanceof Error ? error.message.slice(0, 200) : 'send failed' })
          .where('id', '=', row.id)
          .execute();
        options.log.warn({ mailId: row.id, attempts }, 'mail send failed');
      }
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch((error: unknown) => options.log.error({ err: error }, 'mail dispatcher failed'));
  }, options.intervalMs ?? 5000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
