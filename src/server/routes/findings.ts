import type { FastifyInstance } from 'fastify';
import type { Finding } from '../../core/finding.js';
import type { Platform } from '../../platform/platform.js';
import { formatSarif } from '../../report/sarif.js';
import { RULES, ruleById } from '../../rules/index.js';
import { setFindingState } from '../../store/record-scan.js';
import { VERSION } from '../../version.js';
import { ApiError } from '../errors.js';
import type { Principal } from '../principal.js';
import {
  ACTIVE,
  bySeverityThenSeen,
  type FindingRow,
  findingsQuery,
  summarise,
  teamNames,
} from '../queries.js';

const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    state: {
      type: 'string',
      pattern:
        '^(new|open|reopened|fixed|suppressed|accepted)(,(new|open|reopened|fixed|suppressed|accepted))*$',
    },
    severity: {
      type: 'string',
      pattern: '^(critical|high|medium|low|info)(,(critical|high|medium|low|info))*$',
    },
    team: { type: 'string', maxLength: 200 },
    rule: { type: 'string', maxLength: 200 },
    q: { type: 'string', maxLength: 200 },
    targetGroup: { type: 'string', maxLength: 200 },
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    format: { type: 'string', enum: ['csv', 'json', 'sarif'] },
  },
} as const;

interface ListQuery {
  state?: string;
  severity?: string;
  team?: string;
  rule?: string;
  q?: string;
  targetGroup?: string;
  page: number;
  pageSize: number;
  format?: 'csv' | 'json' | 'sarif';
}

/** A team token sees its own team only; asking for another team is "not found", not a leak. */
export function visibleTeam(p: Principal, requested: string | undefined): string | undefined {
  if (p.isAdmin) return requested;
  if (requested && requested !== p.teamId) throw new ApiError('not_found', `no team ${requested}`);
  return p.teamId;
}

export async function loadVisibleFinding(platform: Platform, p: Principal, id: string): Promise<FindingRow> {
  const row = await platform.store.db
    .selectFrom('findings')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || (!p.isAdmin && row.team_id !== p.teamId)) throw new ApiError('not_found', `no finding ${id}`);
  return row;
}

function filtersOf(q: ListQuery, p: Principal) {
  return {
    states: q.state ? q.state.split(',') : ACTIVE,
    ...(q.severity ? { severities: q.severity.split(',') } : {}),
    teamId: visibleTeam(p, q.team),
    ruleId: q.rule,
    q: q.q,
    targetGroup: q.targetGroup,
  };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote always; neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

function asFinding(row: FindingRow): Finding {
  return {
    ruleId: row.rule_id,
    severity: row.severity as Finding['severity'],
    title: row.title,
    message: row.message,
    documentKind: ruleById(row.rule_id)?.kind ?? 'unknown',
    location: JSON.parse(row.location) as Finding['location'],
    logicalPath: row.logical_path,
    fingerprint: row.fingerprint,
    ...(row.evidence ? { evidence: row.evidence } : {}),
  };
}

export function registerFindingRoutes(app: FastifyInstance, platform: Platform): void {
  app.get(
    '/api/findings',
    { schema: { summary: 'List findings (filters, search, pagination)', querystring: listQuery } },
    async (req) => {
      const q = req.query as ListQuery;
      const p = req.principal!;
      const rows = await findingsQuery(platform.store, filtersOf(q, p)).selectAll().execute();
      rows.sort(bySeverityThenSeen);
      const names = await teamNames(platform.store);
      const start = (q.page - 1) * q.pageSize;
      return {
        items: rows.slice(start, start + q.pageSize).map((r) => summarise(r, names)),
        page: q.page,
        pageSize: q.pageSize,
        total: rows.length,
      };
    },
  );

  app.get(
    '/api/findings/export',
    { schema: { summary: 'Export findings as CSV, JSON or SARIF', querystring: listQuery } },
    async (req, reply) => {
      const q = req.query as ListQuery;
      const p = req.principal!;
      const rows = (await findingsQuery(platform.store, filtersOf(q, p)).selectAll().execute()).sort(
        bySeverityThenSeen,
      );
      const names = await teamNames(platform.store);
      const format = q.format ?? 'json';
      if (format === 'csv') {
        const cols = [
          'id',
          'severity',
          'state',
          'ruleId',
          'title',
          'message',
          'path',
          'line',
          'teamName',
          'firstSeen',
          'lastSeen',
          'slaDue',
        ] as const;
        const lines = [
          cols.join(','),
          ...rows.map((r) => {
            const s = summarise(r, names);
            return cols.map((c) => csvCell(s[c])).join(',');
          }),
        ];
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="plumb-findings.csv"')
          .send(`${lines.join('\r\n')}\r\n`);
      }
      if (format === 'sarif') {
        const text = formatSarif({
          findings: rows.map(asFinding),
          suppressed: [],
          showSuppressed: false,
          diagnostics: [],
          rules: RULES,
          stats: { files: 0, bytes: 0, durationMs: 0 },
          cwd: platform.cwd,
          toolVersion: VERSION,
          startedAt: new Date(),
        });
        return reply
          .header('content-type', 'application/sarif+json')
          .header('content-disposition', 'attachment; filename="plumb-findings.sarif"')
          .send(text);
      }
      return reply
        .header('content-disposition', 'attachment; filename="plumb-findings.json"')
        .send({ items: rows.map((r) => summarise(r, names)) });
    },
  );

  app.get(
    '/api/findings/:id',
    {
      schema: {
        summary: 'One finding with its explanation, owner and history',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const p = req.principal!;
      const row = await loadVisibleFinding(platform, p, id);
      const names = await teamNames(platform.store);
      const rule = ruleById(row.rule_id);
      const asset = await platform.store.db
        .selectFrom('assets')
        .select(['id', 'asset_key', 'asset_type'])
        .where('id', '=', row.asset_id)
        .executeTakeFirst();
      const team = row.team_id
        ? await platform.store.db
            .selectFrom('teams')
            .leftJoin('subsidiaries', 'subsidiaries.id', 'teams.subsidiary_id')
            .select(['teams.id', 'teams.name', 'subsidiaries.name as subsidiaryName'])
            .where('teams.id', '=', row.team_id)
            .executeTakeFirst()
        : undefined;
      const history = await platform.store.db
        .selectFrom('finding_events')
        .selectAll()
        .where('finding_id', '=', row.id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      const fix = row.fix
        ? (JSON.parse(row.fix) as {
            automatic: boolean;
            description: string;
            question?: string;
            option?: string;
          })
        : null;
      return {
        ...summarise(row, names),
        why: rule?.why ?? '',
        remediation: rule?.fix ?? '',
        verify: rule?.verify ?? '',
        references: rule?.references ?? [],
        evidence: row.evidence,
        logicalPath: row.logical_path,
        location: JSON.parse(row.location),
        asset: asset ? { id: asset.id, key: asset.asset_key, type: asset.asset_type } : null,
        owner: team
          ? { teamId: team.id, teamName: team.name, subsidiaryName: team.subsidiaryName ?? null }
          : null,
        fix: fix
          ? {
              automatic: fix.automatic,
              description: fix.description,
              ...(fix.question ? { question: fix.question } : {}),
              ...(fix.option ? { option: fix.option } : {}),
            }
          : null,
        stateReason: row.state_reason,
        stateBy: row.state_by,
        stateExpires: row.state_expires,
        history: history.map((h) => ({
          at: h.at,
          from: h.from_state,
          to: h.to_state,
          actor: h.actor,
          note: h.note,
          scanId: h.scan_id,
        })),
      };
    },
  );

  app.post(
    '/api/findings/:id/state',
    {
      schema: {
        summary: 'Suppress, accept the risk of, or reopen a finding',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['state'],
          properties: {
            state: { type: 'string', enum: ['suppressed', 'accepted', 'open'] },
            reason: { type: 'string', minLength: 1, maxLength: 2000 },
            expires: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const body = req.body as {
        state: 'suppressed' | 'accepted' | 'open';
        reason?: string;
        expires?: string;
      };
      const p = req.principal!;
      if (!p.canWrite) throw new ApiError('forbidden', 'this token is read-only');
      const row = await loadVisibleFinding(platform, p, id);
      if (body.state !== 'open' && !body.reason)
        throw new ApiError('invalid_request', 'a reason is required to suppress or accept a finding');
      if (
        body.state === 'open' &&
        !ACTIVE.includes(row.state) &&
        row.state !== 'suppressed' &&
        row.state !== 'accepted'
      )
        throw new ApiError('conflict', `a ${row.state} finding cannot be reopened by hand`);
      await setFindingState(platform.store, row.id, {
        state: body.state,
        ...(body.reason ? { reason: body.reason } : {}),
        by: p.token.label,
        expires: body.expires ?? null,
      });
      const names = await teamNames(platform.store);
      const updated = await platform.store.db
        .selectFrom('findings')
        .selectAll()
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      return summarise(updated, names);
    },
  );
}
