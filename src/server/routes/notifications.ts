import type { FastifyInstance } from 'fastify';
import {
  DELIVERY_STATUSES,
  listDeliveries,
  type NotificationsConfig,
  redactedDestinations,
} from '../../integrations/index.js';
import type { Platform } from '../../platform/platform.js';
import { requireAdmin } from '../principal.js';

/** The delivery log (sent, retried, failed, with reasons) and the destinations, secrets masked. */
export function registerNotificationRoutes(
  app: FastifyInstance,
  platform: Platform,
  config: NotificationsConfig | undefined,
): void {
  app.get(
    '/api/notifications/deliveries',
    {
      schema: {
        summary: 'Notification delivery log',
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
      return { items: config ? redactedDestinations(config) : [] };
    },
  );
}
