import { type NotificationsConfig, parseNotificationsConfig } from '../integrations/index.js';
import type { Store } from '../store/connect.js';

const ROUTES_KEY = 'notifications.routes';

export interface PolicySource {
  /** The `notifications` section of plumb.yaml, as written (environment references unexpanded). */
  readonly raw: unknown;
  readonly file: string;
}

export interface EffectivePolicy {
  readonly config: NotificationsConfig | undefined;
  /** Where the routes come from: the config file, or an override saved through the API. */
  readonly source: 'plumb.yaml' | 'api';
}

async function storedRoutes(store: Store): Promise<unknown[] | undefined> {
  const row = await store.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', ROUTES_KEY)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown[]) : undefined;
}

function withRoutes(raw: unknown, routes: unknown[] | undefined): unknown {
  const base = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : { destinations: [] };
  return routes ? { ...base, routes } : base;
}

/** plumb.yaml's notifications with the routes saved through the API, if any, in their place. */
export async function effectivePolicy(store: Store, source: PolicySource): Promise<EffectivePolicy> {
  const routes = await storedRoutes(store);
  if (source.raw === undefined && routes === undefined) return { config: undefined, source: 'plumb.yaml' };
  return {
    config: parseNotificationsConfig(withRoutes(source.raw, routes), { file: source.file }),
    source: routes ? 'api' : 'plumb.yaml',
  };
}

/**
 * Replaces the routes (validated against the configured destinations first: an invalid policy
 * is refused, naming the key, and nothing is saved). `undefined` goes back to plumb.yaml's.
 */
export async function saveRoutes(
  store: Store,
  source: PolicySource,
  routes: unknown[] | undefined,
  by: string,
): Promise<EffectivePolicy> {
  if (routes !== undefined) parseNotificationsConfig(withRoutes(source.raw, routes), { file: 'API policy' });
  await store.db.deleteFrom('settings').where('key', '=', ROUTES_KEY).execute();
  if (routes !== undefined) {
    await store.db
      .insertInto('settings')
      .values({
        key: ROUTES_KEY,
        value: JSON.stringify(routes),
        updated_at: new Date().toISOString(),
        updated_by: by,
      })
      .execute();
  }
  return effectivePolicy(store, source);
}
