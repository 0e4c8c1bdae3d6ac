import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../platform/platform.js';
import { ApiError } from '../errors.js';
import { requireAdmin } from '../principal.js';

export function registerScanRoutes(
  app: FastifyInstance,
  platform: Platform,
  log: (msg: string) => void,
): void {
  app.get(
    '/api/target-groups',
    { schema: { summary: 'Configured target groups (paths for admins only)' } },
    async (req) => ({
      items: platform.groups.map((g) => ({
        name: g.name,
        paths: req.principal?.isAdmin ? g.paths : [],
        schedule: g.schedule ?? null,
        watch: g.watch,
      })),
    }),
  );

  app.get(
    '/api/scans',
    {
      schema: {
        summary: 'Scan history',
        querystring: {
          type: 'object',
          properties: {
            page: { type: 'integer', minimum: 1, default: 1 },
            pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          },
        },
      },
    },
    async (req) => {
      const { page, pageSize } = req.query as { page: number; pageSize: number };
      const rows = await platform.store.db
        .selectFrom('scans')
        .selectAll()
        .orderBy('started_at', 'desc')
        .execute();
      return {
        items: rows.slice((page - 1) * pageSize, page * pageSize).map((s) => ({
          id: s.id,
          targetGroup: s.target_group,
          trigger: s.trigger,
          status: s.status,
          startedAt: s.started_at,
          finishedAt: s.finished_at,
          files: s.files,
          findings: s.findings_count,
          newCount: s.new_count,
          fixedCount: s.fixed_count,
          error: s.error,
        })),
        page,
        pageSize,
        total: rows.length,
      };
    },
  );

  app.post(
    '/api/scans',
    {
      schema: {
        summary: 'Start a scan of a target group (admin; needs confirm: true)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['targetGroup', 'confirm'],
          properties: { targetGroup: { type: 'string', maxLength: 200 }, confirm: { type: 'boolean' } },
        },
      },
    },
    async (req, reply) => {
      requireAdmin(req.principal!);
      const b = req.body as { targetGroup: string; confirm: boolean };
      if (b.confirm !== true) throw new ApiError('invalid_request', 'set "confirm": true to start a scan');
      const group = platform.groups.find((g) => g.name === b.targetGroup);
      if (!group) throw new ApiError('not_found', `no target group ${b.targetGroup}`);
      // Answer as soon as the scan row exists (a scan of the same group may be queued first).
      const scanId = await new Promise<string | null>((resolveId) => {
        const started = platform.scans.scanGroup(group, 'api', { onStart: resolveId });
        started.catch((e: Error) => {
          log(`scan of ${group.name} failed: ${e.message}`);
          resolveId(null);
        });
      });
      return reply.code(202).send({ scanId, targetGroup: group.name });
    },
  );
}
