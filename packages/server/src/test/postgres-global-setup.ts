import { assertPostgresReachable } from './postgres.js';

/** The PostgreSQL run fails at once, saying how to start the server, rather than skipping. */
export default async function setup(): Promise<void> {
  await assertPostgresReachable();
}
