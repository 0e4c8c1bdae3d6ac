import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../platform/platform.js';
import { ACTIVE, findingsQuery, summarise, teamNames } from '../queries.js';
import { visibleTeam } from './findings.js';

const DAY = 86_400_000;

export function registerOverviewRoutes(app: FastifyInstance, platform: Platform): void {
  app.get(
    '/api/overview',
    { schema: { summary: 'Open findings by severity, subsidiary and team; trend; SLA breaches' } },
    async (req) => {
      const p = req.principal!;
      const teamId = visibleTeam(p, undefined);
      const now = new Date();
      const all = await findingsQuery(platform.store, { teamId }).selectAll().execute();
      const active = all.filter((r) => ACTIVE.includes(r.state));
      const open: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
      for (const r of active) open[r.severity] = (open[r.severity] ?? 0) + 1;
      const teams = await platform.store.db
        .selectFrom('teams')
        .leftJoin('subsidiaries', 'subsidiaries.id', 'teams.subsidiary_id')
        .select(['teams.id', 'teams.name', 'teams.subsidiary_id', 'subsidiaries.name as subsidiaryName'])
        .execute();
      const byTeam = teams
        .filter((t) => !teamId || t.id === teamId)
        .map((t) => {
          const mine = active.filter((r) => r.team_id === t.id);
          return {
            teamId: t.id,
            name: t.name,
            subsidiaryName: t.subsidiaryName ?? null,
            open: mine.length,
            critical: mine.filter((r) => r.severity === 'critical').length,
            high: mine.filter((r) => r.severity === 'high').length,
            slaBreached: mine.filter((r) => Date.parse(r.sla_due) < now.getTime()).length,
          };
        });
      const subs = new Map<
        string,
        { subsidiaryId: string; name: string; open: number; critical: number; high: number }
      >();
      for (const t of teams) {
        if (!t.subsidiary_id || (teamId && t.id !== teamId)) continue;
        const entry = subs.get(t.subsidiary_id) ?? {
          subsidiaryId: t.subsidiary_id,
          name: t.subsidiaryName ?? t.subsidiary_id,
          open: 0,
          critical: 0,
          high: 0,
        };
        const row = byTeam.find((b) => b.teamId === t.id);
        entry.open += row?.open ?? 0;
        entry.critical += row?.critical ?? 0;
        entry.high += row?.high ?? 0;
        subs.set(t.subsidiary_id, entry);
      }
      // Trend: for each of the last 30 days, how many were open at the end of it, new and fixed on it.
      const trend: { date: string; open: number; new: number; fixed: number }[] = [];
      for (let d = 29; d >= 0; d--) {
        const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - d + 1));
        const start = new Date(end.getTime() - DAY);
        const endIso = end.toISOString();
        const startIso = start.toISOString();
        trend.push({
          date: startIso.slice(0, 10),
          open: all.filter(
            (r) =>
              r.first_seen < endIso &&
              (!r.fixed_at || r.fixed_at >= endIso) &&
              r.state !== 'suppressed' &&
              r.state !== 'accepted',
          ).length,
          new: all.filter((r) => r.first_seen >= startIso && r.first_seen < endIso).length,
          fixed: all.filter((r) => r.fixed_at && r.fixed_at >= startIso && r.fixed_at < endIso).length,
        });
      }
      const names = await teamNames(platform.store);
      const slaBreaches = active
        .filter((r) => Date.parse(r.sla_due) < now.getTime())
        .sort((a, b) => a.sla_due.localeCompare(b.sla_due))
        .slice(0, 50)
        .map((r) => {
          const s = summarise(r, names, now);
          return {
            id: s.id,
            ruleId: s.ruleId,
            title: s.title,
            severity: s.severity,
            slaDue: s.slaDue,
            teamName: s.teamName,
            path: s.path,
          };
        });
      const last = await platform.store.db
        .selectFrom('scans')
        .selectAll()
        .orderBy('started_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return {
        open,
        bySubsidiary: [...subs.values()],
        byTeam,
        trend,
        slaBreaches,
        lastScan: last
          ? {
              id: last.id,
              targetGroup: last.target_group,
              status: last.status,
              startedAt: last.started_at,
              finishedAt: last.finished_at,
            }
          : null,
      };
    },
  );
}
