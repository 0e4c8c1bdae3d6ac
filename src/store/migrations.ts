import type { Kysely, Migration, MigrationProvider } from 'kysely';

/**
 * Migrations in code (not files on disk), so the compiled CLI carries them. The same list runs
 * on SQLite and PostgreSQL; column types are the portable subset.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subsidiaries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('subsidiary_id', 'text', (c) => c.references('subsidiaries.id'))
        .addColumn('contact', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('ownership_rules')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
        .addColumn('match_type', 'text', (c) => c.notNull())
        .addColumn('pattern', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('assets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('asset_key', 'text', (c) => c.notNull().unique())
        .addColumn('asset_type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('team_id', 'text', (c) => c.references('teams.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('attributes', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('scans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('target_group', 'text', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('complete', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('files', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('findings_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('new_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('fixed_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .execute();
      await db.schema
        .createIndex('scans_group_started')
        .on('scans')
        .columns(['target_group', 'started_at'])
        .execute();
      await db.schema
        .createTable('findings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('target_group', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('asset_id', 'text', (c) => c.notNull().references('assets.id'))
        .addColumn('team_id', 'text', (c) => c.references('teams.id'))
        .addColumn('location', 'text', (c) => c.notNull())
        .addColumn('logical_path', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text')
        .addColumn('fix', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('state_reason', 'text')
        .addColumn('state_by', 'text')
        .addColumn('state_expires', 'text')
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addColumn('fixed_at', 'text')
        .addColumn('sla_due', 'text', (c) => c.notNull())
        .addColumn('last_scan_id', 'text', (c) => c.notNull())
        .addUniqueConstraint('findings_group_fingerprint', ['target_group', 'fingerprint'])
        .execute();
      await db.schema.createIndex('findings_state').on('findings').columns(['state', 'severity']).execute();
      await db.schema.createIndex('findings_team').on('findings').column('team_id').execute();
      await db.schema
        .createTable('finding_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('finding_id', 'text', (c) => c.notNull().references('findings.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('from_state', 'text')
        .addColumn('to_state', 'text', (c) => c.notNull())
        .addColumn('scan_id', 'text')
        .addColumn('actor', 'text')
        .addColumn('note', 'text')
        .execute();
      await db.schema
        .createIndex('finding_events_finding')
        .on('finding_events')
        .column('finding_id')
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('team_id', 'text', (c) => c.references('teams.id'))
        .addColumn('access', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used', 'text')
        .execute();
      await db.schema
        .createTable('remediation_runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('target_group', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('approved_by', 'text')
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('rolled_back_at', 'text')
        .execute();
    },
  },
  '0002_notifications': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('notification_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
        .addColumn('seq', 'text', (c) => c.notNull())
        .addColumn('destination', 'text', (c) => c.notNull())
        .addColumn('destination_type', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('finding_id', 'text')
        .addColumn('target_group', 'text', (c) => c.notNull())
        .addColumn('team_id', 'text')
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('digest_group', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('external_ref', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema
        .createIndex('notification_deliveries_due')
        .on('notification_deliveries')
        .columns(['status', 'due_at'])
        .execute();
      await db.schema
        .createIndex('notification_deliveries_destination')
        .on('notification_deliveries')
        .columns(['destination', 'seq'])
        .execute();
      await db.schema
        .createTable('notification_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delivery_id', 'text', (c) => c.notNull().references('notification_deliveries.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('http_status', 'integer')
        .addColumn('reason', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('notification_attempts_delivery')
        .on('notification_attempts')
        .column('delivery_id')
        .execute();
      await db.schema
        .createTable('integration_refs')
        .addColumn('destination', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('integration_refs_pk', ['destination', 'fingerprint'])
        .execute();
    },
  },
  '0003_settings': {
    async up(db: Kysely<unknown>) {
      // Settings changed through the API (e.g. the notification routes), over plumb.yaml's.
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
