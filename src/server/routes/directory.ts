import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../platform/platform.js';
import { createToken } from '../../store/tokens.js';
import { ApiError } from '../errors.js';
import { requireAdmin } from '../principal.js';
import { ACTIVE } from '../queries.js';
import { visibleTeam } from './findings.js';

const paging = {
  page: { type: 'integer', minimum: 1, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
} as const;

export function registerDirectoryRoutes(app: FastifyInstance, platform: Platform, version: string): void {
  app.get('/api/health', { schema: { summary: 'Liveness (no token needed)' } }, async () => ({
    ok: true,
    version,
  }));

  app.get('/api/me', { schema: { summary: 'Who the token belongs to' } }, async (req) => {
    const p = req.principal!;
    const team = p.teamId
      ? await platform.store.db
          .selectFrom('teams')
          .select(['name'])
          .where('id', '=', p.teamId)
          .executeTakeFirst()
      : undefined;
    return {
      label: p.token.label,
      scope: p.isAdmin ? 'admin' : 'team',
      ...(p.teamId ? { teamId: p.teamId, teamName: team?.name ?? null } : {}),
      access: p.canWrite ? 'write' : 'read',
    };
  });

  app.get(
    '/api/teams',
    { schema: { summary: 'Teams with their subsidiary and open findings' } },
    async (req) => {
      const teamId = visibleTeam(req.principal!, undefined);
      let q = platform.store.db
        .selectFrom('teams')
        .leftJoin('subsidiaries', 'subsidiaries.id', 'teams.subsidiary_id')
        .select([
          'teams.id',
          'teams.name',
          'teams.subsidiary_id',
          'subsidiaries.name as subsidiaryName',
          'teams.contact',
        ]);
      if (teamId) q = q.where('teams.id', '=', teamId);
      const teams = await q.orderBy('teams.name').execute();
      const counts = await platform.store.db
        .selectFrom('findings')
        .select(['team_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('state', 'in', ACTIVE)
        .groupBy('team_id')
        .execute();
      const byTeam = new Map(counts.map((c) => [c.team_id, Number(c.n)]));
      const rules = await platform.store.db
        .selectFrom('ownership_rules')
        .selectAll()
        .orderBy('position')
        .execute();
      return {
        items: teams.map((t) => ({
          id: t.id,
          name: t.name,
          subsidiaryId: t.subsidiary_id,
          subsidiaryName: t.subsidiaryName ?? null,
          contact: t.contact,
          openFindings: byTeam.get(t.id) ?? 0,
          ownership: rules
            .filter((r) => r.team_id === t.id)
            .map((r) => ({ match: r.match_type, pattern: r.pattern })),
          isDefaultOwner: t.id === platform.defaultTeamId,
        })),
      };
    },
  );

  app.get(
    '/api/assets',
    {
      schema: {
        summary: 'Assets with their owner',
        querystring: {
          type: 'object',
          properties: {
            team: { type: 'string', maxLength: 200 },
            q: { type: 'string', maxLength: 200 },
            unowned: { type: 'boolean' },
            ...paging,
          },
        },
      },
    },
    async (req) => {
      const query = req.query as {
        team?: string;
        q?: string;
        unowned?: boolean;
        page: number;
        pageSize: number;
      };
      const teamId = visibleTeam(req.principal!, query.team);
      let q = platform.store.db
        .selectFrom('assets')
        .leftJoin('teams', 'teams.id', 'assets.team_id')
        .select([
          'assets.id',
          'assets.asset_key',
          'assets.asset_type',
          'assets.name',
          'assets.team_id',
          'teams.name as teamName',
          'assets.last_seen',
          'assets.source',
        ]);
      if (teamId) q = q.where('assets.team_id', '=', teamId);
      if (query.unowned) q = q.where('assets.team_id', '=', platform.defaultTeamId);
      if (query.q) q = q.where('assets.name', 'like', `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
      const rows = await q.orderBy('assets.name').execute();
      const counts = await platform.store.db
        .selectFrom('findings')
        .select(['asset_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('state', 'in', ACTIVE)
        .groupBy('asset_id')
        .execute();
      const byAsset = new Map(counts.map((c) => [c.asset_id, Number(c.n)]));
      const start = (query.page - 1) * query.pageSize;
      return {
        items: rows.slice(start, start + query.pageSize).map((r) => ({
          id: r.id,
          key: r.asset_key,
          type: r.asset_type,
          name: r.name,
          teamId: r.team_id,
          teamName: r.teamName ?? null,
          unowned: r.team_id === platform.defaultTeamId,
          openFindings: byAsset.get(r.id) ?? 0,
          lastSeen: r.last_seen,
          source: r.source,
        })),
        page: query.page,
        pageSize: query.pageSize,
        total: rows.length,
      };
    },
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        summary: 'Create an API token (admin); the token is shown once',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['label', 'scope'],
          properties: {
            label: { type: 'string', minLength: 1, maxLength: 200 },
            scope: { type: 'string', enum: ['admin', 'team'] },
            teamId: { type: 'string', maxLength: 200 },
            access: { type: 'string', enum: ['read', 'write'] },
          },
        },
      },
    },
    async (req, reply) => {
      requireAdmin(req.principal!);
      const b = req.body as {
        label: string;
        scope: 'admin' | 'team';
        teamId?: string;
        access?: 'read' | 'write';
      };
      if (b.scope === 'team') {
        if (!b.teamId) throw new ApiError('invalid_request', 'a team token needs teamId');
        const team = await platform.store.db
          .selectFrom('teams')
          .select('id')
          .where('id', '=', b.teamId)
          .executeTakeFirst();
        if (!team) throw new ApiError('invalid_request', `no team ${b.teamId}`);
      }
      const created = await createToken(
        platform.store,
        b.label,
        b.scope === 'admin'
          ? { kind: 'admin' }
          : { kind: 'team', teamId: b.teamId!, access: b.access ?? 'read' },
      );
      return reply.code(201).send({ id: created.record.id, token: created.token });
    },
  );
}
