import type { FastifyInstance } from 'fastify';
import {
  DELIVERY_STATUSES,
  listDeliveries,
  NotificationConfigError,
  type NotificationsConfig,
  redactedDestinations,
} from '../../integrations/index.js';
import { type PolicySource, saveRoutes } from '../../platform/notification-policy.js';
import type { Platform } from '../../platform/platform.js';
import { ApiError } from '../errors.js';
import { requireAdmin } from '../principal.js';

/** What the server needs to show and change the notification policy while it runs. */
export interface NotificationControl {
  current(): { config: NotificationsConfig | undefined; source: 'plumb.yaml' | 'api' };
  readonly source: PolicySource;
  /** Restart delivery with the policy now in the store. */
  reload(): Promise<void>;
}

/** The delivery log, the destinations (secrets masked) and the routing policy. */
export function registerNotificationRoutes(
  app: FastifyInstance,
  platform: Platform,
  control: NotificationControl | undefined,
): void {
  app.get(
    '/api/notifications/deliveries',
    {
      schema: {
        summary: 'Notification delivery log (sent, retried, failed, with reasons)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            destination: { type: 'string', maxLength: 200 },
            status: { type: 'string', enum: [...DELIVERY_STATUSES] },
            page: { type: 'integer', minimum: 1, default: 1 },
            pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          },
        },
      },
    },
    async (req) => {
      const q = req.query as {
        destination?: string;
        status?: (typeof DELIVERY_STATUSES)[number];
        page: number;
        pageSize: number;
      };
      const p = req.principal!;
      return listDeliveries(platform.store, {
        page: q.page,
        pageSize: q.pageSize,
        ...(q.destination ? { destination: q.destination } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(p.teamId ? { teamId: p.teamId } : {}),
      });
    },
  );

  app.get(
    '/api/notifications/destinations',
    { schema: { summary: 'Configured notification destinations (secrets masked; admin)' } },
    async (req) => {
      requireAdmin(req.principal!);
      const config = control?.current().config;
      return { items: config ? redactedDestinations(config) : [] };
    },
  );

  app.get(
    '/api/notifications/policy',
    { schema: { summary: 'Notification routes in force and where they come from (admin)' } },
    async (req) => {
      requireAdmin(req.principal!);
      const now = control?.current();
      return { source: now?.source ?? 'plumb.yaml', routes: now?.config?.routes ?? [] };
    },
  );

  app.put(
    '/api/notifications/policy',
    {
      schema: {
        summary: 'Replace the notification routes (admin); validated against the destinations',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['routes'],
          properties: { routes: { type: 'array', maxItems: 200, items: { type: 'object' } } },
        },
      },
    },
    async (req) => {
      requireAdmin(req.principal!);
      if (!control)
        throw new ApiError(
          'conflict',
          'no notifications section in plumb.yaml: add destinations there first',
        );
      try {
        await saveRoutes(
          platform.store,
          control.source,
          (req.body as { routes: unknown[] }).routes,
          req.principal!.token.label,
        );
      } catch (e) {
        if (e instanceof NotificationConfigError) throw new ApiError('invalid_request', e.message);
        throw e;
      }
      await control.reload();
      const now = control.current();
      return { source: now.source, routes: now.config?.routes ?? [] };
    },
  );

  app.delete(
    '/api/notifications/policy',
    { schema: { summary: "Go back to plumb.yaml's notification routes (admin)" } },
    async (req) => {
      requireAdmin(req.principal!);
      if (!control) throw new ApiError('conflict', 'no notifications section in plumb.yaml');
      await saveRoutes(platform.store, control.source, undefined, req.principal!.token.label);
      await control.reload();
      const now = control.current();
      return { source: now.source, routes: now.config?.routes ?? [] };
    },
  );
}
