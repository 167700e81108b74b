import path from 'node:path';

/** Every setting Candor reads, checked once at start-up. See `.env.example` for what each means. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent Candor uses embedded SQLite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Base64 AES-256 keys, `id:key` pairs separated by commas; the first is used for new data. */
  masterKey: string | null;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  trustProxy: boolean;
  seedDemo: boolean;
  webDir: string | null;
  /** CANDOR_SLOW_QUERY_MS: log the SQL text (never the values) of queries slower than this; 0 turns it off. */
  slowQueryMs?: number;
  /** CANDOR_BENCH_CEILING: serve /bench/ceiling, the load benchmarks' no-database, no-auth baseline. */
  benchCeiling?: boolean;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  return raw ? raw : null;
}

/** Reads and validates the configuration; throws ConfigError naming the first bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// connection string');
  }
  const publicUrl = optional(env, 'PUBLIC_URL') ?? `http://localhost:${port}`;
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL (got "${publicUrl}")`);
  }
  return {
    port,
    host: optional(env, 'HOST') ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(optional(env, 'CANDOR_DATA_DIR') ?? 'data'),
    masterKey: optional(env, 'CANDOR_MASTER_KEY'),
    publicUrl: publicUrl.replace(/\/$/, ''),
    smtpUrl: optional(env, 'SMTP_URL'),
    mailFrom: optional(env, 'MAIL_FROM') ?? 'Candor <no-reply@candor.invalid>',
    logLevel: optional(env, 'LOG_LEVEL') ?? 'info',
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 14),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    seedDemo: flag(env, 'CANDOR_DEMO', databaseUrl === null),
    webDir: optional(env, 'CANDOR_WEB_DIR'),
    benchCeiling: flag(env, 'CANDOR_BENCH_CEILING', false),
    slowQueryMs: integer(env, 'CANDOR_SLOW_QUERY_MS', 0, 0, 600_000),
  };
}
