import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Keyring } from './crypto.js';
import type { Db, Dialect } from './db.js';
import type { MailSettings } from './mail.js';

/** What services need from the platform; built once at start-up and passed in. */
export interface AppContext {
  config: Config;
  db: Db;
  dialect: Dialect;
  keyring: Keyring;
  clock: Clock;
  log: Logger;
  mail: MailSettings;
}

export const ROLES = {
  owner: 'owner',
  clinician: 'clinician',
  supervisor: 'supervisor',
  billing: 'billing',
  client: 'client',
} as const;
export type Role = (typeof ROLES)[keyof typeof ROLES];
export const ROLE_VALUES = Object.values(ROLES);
export const STAFF_ROLES: Role[] = ['owner', 'clinician', 'supervisor', 'billing'];

/** The signed-in person a request acts for. */
export interface Actor {
  userId: string;
  practiceId: string;
  roles: Role[];
  /** Set for client (portal) users: the client record they are. */
  clientId: string | null;
  /** The deployment's operator: curates the public training catalogue. */
  siteAdmin?: boolean;
  /** Set when the request came with a personal access token (modules/integrations) rather than a session. */
  tokenId?: string;
}

/** Per-request facts services use for guards and the audit log. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
}
