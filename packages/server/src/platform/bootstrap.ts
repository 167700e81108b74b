import path from 'node:path';
import pino, { type Logger } from 'pino';
import { systemClock, type Clock } from './clock.js';
import { ConfigError, type Config } from './config.js';
import type { AppContext } from './context.js';
import { createKeyring, loadOrCreateKeyFile, parseMasterKey, type Keyring } from './crypto.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db.js';

export const SQLITE_FILE = 'candor.sqlite';

/** The logger: JSON lines with request ids; cookies, tokens and bodies are never written. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino({
    level: config.logLevel,
    serializers: {
      // Method and path only: query strings can carry search terms, and bodies are never logged.
      req: (req: { method?: string; url?: string; id?: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
    // Standard output through a 4 KB buffer written in the background: a line per request written
    // synchronously was 8% of an audited read's time. Pino flushes it when the process exits;
    // what a power cut can take is the last few lines of log, never a record (those are in the
    // database, and the audit trail with them).
  }, destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096 }));
}

export function loadKeyring(config: Config): Keyring {
  if (config.masterKey) return createKeyring(parseMasterKey(config.masterKey));
  if (config.databaseUrl) {
    throw new ConfigError('CANDOR_MASTER_KEY is required when DATABASE_URL is set (see .env.example for how to make one)');
  }
  return createKeyring(loadOrCreateKeyFile(config.dataDir));
}

export function openConfiguredDatabase(config: Config, log?: Logger): DatabaseHandle {
  return openDatabase({
    databaseUrl: config.databaseUrl, sqlitePath: path.join(config.dataDir, SQLITE_FILE), slowQueryMs: config.slowQueryMs ?? 0,
    onSlowQuery: (sql, ms) => log?.warn({ sql, ms }, 'slow query'),
  });
}

/** Opens the database, brings the schema up to date and loads the keys: everything services need. */
export async function openAppContext(
  config: Config,
  overrides: { clock?: Clock; log?: Logger; handle?: DatabaseHandle; keyring?: Keyring } = {},
): Promise<{ app: AppContext; handle: DatabaseHandle }> {
  const log = overrides.log ?? createLogger(config);
  const handle = overrides.handle ?? openConfiguredDatabase(config, log);
  const keyring = overrides.keyring ?? loadKeyring(config);
  await migrateToLatest(handle.db);
  const app: AppContext = {
    config,
    db: handle.db,
    dialect: handle.dialect,
    keyring,
    clock: overrides.clock ?? systemClock,
    log,
    mail: { smtpConfigured: config.smtpUrl !== null },
  };
  return { app, handle };
}

/**
 * Fails closed at start-up when the configured keys cannot read what is already stored (a wrong
 * CANDOR_MASTER_KEY, or master.key from another deployment), rather than starting and refusing
 * every read of clinical data afterwards. One stored value each of two columns nearly every
 * practice has is enough: a key either opens them or it is not this database's key.
 */
export async function checkKeysReadStoredData(app: AppContext): Promise<void> {
  const secret = await app.db.selectFrom('users').select('totp_secret as value').where('totp_secret', 'is not', null).limit(1).executeTakeFirst();
  const identity = await app.db.selectFrom('clients').select('identity as value').where('identity', 'is not', null).limit(1).executeTakeFirst();
  for (const sample of [secret, identity]) {
    if (!sample?.value) continue;
    try {
      app.keyring.decrypt(sample.value);
    } catch (error) {
      throw new ConfigError(`the configured encryption key cannot read the data already stored here (${(error as Error).message}); start Candor with the key the data was written with (see docs/operations.md, "Keys")`);
    }
  }
}
