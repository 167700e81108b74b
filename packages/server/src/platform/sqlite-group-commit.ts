import type SQLite from 'better-sqlite3';
import { SqliteDialect, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';

/**
 * Group commit for embedded SQLite. With synchronous = FULL every COMMIT waits for the disk
 * (an fsync of the write-ahead log, about 0.2–0.7 ms here), and better-sqlite3 waits on the
 * event loop: one durable write at a time capped note saves and questionnaire submissions near
 * 700 a second. Here statements and transactions that follow each other on the one connection
 * share a COMMIT:
 *
 * - the first write opens a real transaction (BEGIN), the group; each Kysely transaction runs
 *   inside it as a SAVEPOINT, so one that fails is rolled back alone (ROLLBACK TO) and the
 *   others keep their work; a single write statement on its own joins the group as it is;
 * - when a transaction (or a lone statement) is done it hands the connection to the next in
 *   line and waits: its promise resolves only after the group's COMMIT has returned, so nothing
 *   is acknowledged before it is on disk, and if that COMMIT fails everything in it fails;
 * - a read that comes while a group is open runs in it and likewise waits for the COMMIT, so no
 *   answer ever shows data that is not yet durable; with no group open, reads run at once;
 * - the group is committed on the next turn of the event loop after its last member finished.
 */
class Lease implements DatabaseConnection {
  savepoint: string | null = null;
  /** The connection was handed on at commit (see commitTransaction); releaseConnection has nothing to do. */
  handedOn = false;

  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute<R>(this, compiledQuery);
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not used with SQLite');
  }
}

function run<R>(statement: SQLite.Statement, parameters: unknown[]): QueryResult<R> {
  if (statement.reader) return { rows: statement.all(parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

class Mutex {
  #queue: (() => void)[] = [];
  #locked = false;

  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  unlock(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#locked = false;
  }
}

export class GroupCommitDriver implements Driver {
  readonly #mutex = new Mutex();
  #open = false;
  #waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  #flushScheduled = false;
  #savepoints = 0;

  constructor(private readonly sqlite: SQLite.Database) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return new Lease(this);
  }

  /** Runs one statement: in its transaction, or on its own (see the class comment). */
  async execute<R>(lease: Lease, compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.sqlite.prepare(compiledQuery.sql);
    const parameters = compiledQuery.parameters as unknown[];
    if (lease.savepoint === null) {
      if (!this.#open) {
        if (statement.reader) return { rows: statement.all(parameters) as R[] };
        this.sqlite.exec('begin');
        this.#open = true;
      }
      const result = run<R>(statement, parameters);
      await this.#handOnUntilCommitted(lease);
      return result;
    }
    return run<R>(statement, parameters);
  }

  /** Gives the connection to the next in line and resolves once the open group is committed. */
  #handOnUntilCommitted(lease: Lease): Promise<void> {
    const committed = new Promise<void>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    this.#scheduleFlush();
    lease.handedOn = true;
    this.#mutex.unlock();
    return committed;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    if (!this.#open) {
      this.sqlite.exec('begin');
      this.#open = true;
    }
    lease.savepoint = `group_${++this.#savepoints}`;
    this.sqlite.exec(`savepoint ${lease.savepoint}`);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    this.sqlite.exec(`release ${lease.savepoint}`);
    lease.savepoint = null;
    // The next in line joins this group while this transaction waits for its COMMIT.
    await this.#handOnUntilCommitted(lease);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    if (lease.savepoint) {
      this.sqlite.exec(`rollback to ${lease.savepoint}`);
      this.sqlite.exec(`release ${lease.savepoint}`);
      lease.savepoint = null;
    }
    this.#scheduleFlush();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (!(connection as Lease).handedOn) this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    await this.#mutex.lock();
    this.#commitGroup();
    this.sqlite.close();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      void this.#mutex.lock().then(() => {
        try {
          this.#commitGroup();
        } finally {
          this.#mutex.unlock();
        }
      });
    });
  }

  /** COMMIT the open group (the caller holds the connection) and settle everyone waiting on it. */
  #commitGroup(): void {
    if (!this.#open) return;
    const waiting = this.#waiting;
    this.#waiting = [];
    this.#open = false;
    try {
      this.sqlite.exec('commit');
    } catch (error) {
      if (this.sqlite.inTransaction) this.sqlite.exec('rollback');
      for (const w of waiting) w.reject(error);
      return;
    }
    for (const w of waiting) w.resolve();
  }
}

/** SQLite through Kysely with group commit (see GroupCommitDriver). */
export class GroupCommitSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new GroupCommitDriver(this.sqlite);
  }
}
