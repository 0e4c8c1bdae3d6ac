import type { FastifyInstance } from 'fastify';
import { applyFindingFix, FixUnavailable, planFindingFix, previewOf } from '../../platform/fix-service.js';
import { syncJournal } from '../../platform/journal-sync.js';
import type { Platform } from '../../platform/platform.js';
import { ApiError } from '../errors.js';
import { requireAdmin } from '../principal.js';
import { loadVisibleFinding } from './findings.js';

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 100 } },
  required: ['id'],
} as const;

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof FixUnavailable) throw new ApiError('conflict', e.message);
    throw e;
  }
}

export function registerFixRoutes(app: FastifyInstance, platform: Platform): void {
  app.get(
    '/api/findings/:id/fix-preview',
    { schema: { summary: 'Preview the fix of a finding as a unified diff (admin)', params: idParams } },
    async (req) => {
      requireAdmin(req.principal!);
      const row = await loadVisibleFinding(platform, req.principal!, (req.params as { id: string }).id);
      return guarded(async () =>
        previewOf((await planFindingFix(platform, row.target_group, row.fingerprint)).plan),
      );
    },
  );

  app.post(
    '/api/findings/:id/fix',
    {
      schema: {
        summary: 'Apply the fix of a finding, then re-scan to verify (admin; needs confirm: true)',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['confirm'],
          properties: { confirm: { type: 'boolean' } },
        },
      },
    },
    async (req) => {
      requireAdmin(req.principal!);
      if ((req.body as { confirm: boolean }).confirm !== true)
        throw new ApiError('invalid_request', 'set "confirm": true to apply a fix');
      const row = await loadVisibleFinding(platform, req.principal!, (req.params as { id: string }).id);
      return guarded(() =>
        applyFindingFix(platform, row.target_group, row.fingerprint, req.principal!.token.label),
      );
    },
  );

  app.get(
    '/api/remediations',
    {
      schema: {
        summary: 'Remediation history',
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
      // Runs made with `plumb fix --apply` (and rollbacks) since the last look.
      await syncJournal(platform.store, platform.dataDir);
      const { page, pageSize } = req.query as { page: number; pageSize: number };
      const p = req.principal!;
      let q = platform.store.db.selectFrom('remediation_runs').selectAll();
      // Team tokens see runs of groups where their team has findings; simplest honest rule: admins only see all.
      if (!p.isAdmin) q = q.where('approved_by', '=', '__none__');
      const rows = await q.orderBy('created_at', 'desc').execute();
      const items = rows.slice((page - 1) * pageSize, page * pageSize).map((r) => {
        const plan = JSON.parse(r.plan) as { files?: string[]; fixes?: unknown[]; runId?: string };
        return {
          id: r.id,
          runId: plan.runId ?? null,
          kind: r.kind,
          status: r.status,
          targetGroup: r.target_group,
          approvedBy: r.approved_by,
          createdAt: r.created_at,
          verified: r.verified === 1,
          files: plan.files ?? [],
          fixes: plan.fixes?.length ?? 0,
          rolledBackAt: r.rolled_back_at,
        };
      });
      return { items, page, pageSize, total: rows.length };
    },
  );
}
