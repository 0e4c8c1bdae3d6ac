import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Opens the store: PostgreSQL for a `postgres://` URL, otherwise SQLite at
 * `<dataDir>/plumb.db` (WAL mode, so readers never block the scan that writes). Migrates.
 */
export async function openStore(options: { dataDir: string; databaseUrl?: string }): Promise<Store> {
  let store: Store;
  if (options.databaseUrl && /^postgres(?:ql)?:\/\//.test(options.databaseUrl)) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    store = { db, dialect: 'postgres', close: () => db.destroy() };
  } else {
    if (options.databaseUrl && !/^sqlite:/.test(options.databaseUrl)) {
      throw new Error(
        `unsupported --database URL (expected postgres://... or sqlite:PATH): ${options.databaseUrl}`,
      );
    }
    const file = options.databaseUrl
      ? options.databaseUrl.replace(/^sqlite:(\/\/)?/, '')
      : join(options.dataDir, 'plumb.db');
    if (file !== ':memory:') mkdirSync(join(file, '..'), { recursive: true });
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    store = { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const { error } = await new Migrator({ db: store.db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await store.close();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return store;
}
