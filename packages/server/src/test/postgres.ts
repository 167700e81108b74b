import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the tests use; override with CANDOR_TEST_PG_URL (a maintenance database URL). */
export const PG_ADMIN_URL = process.env.CANDOR_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

export const PG_HOW_TO_START =
  'PostgreSQL is not reachable at 127.0.0.1:5432. Start it with:\n' +
  '  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n' +
  'or point CANDOR_TEST_PG_URL at a server where the test user may create databases.';

function urlFor(database: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, uniquely named database; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `candor_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export async function assertPostgresReachable(): Promise<void> {
  try {
    await admin((c) => c.query('SELECT 1'));
  } catch (error) {
    throw new Error(`${PG_HOW_TO_START}\n(${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}
