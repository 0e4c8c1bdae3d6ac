import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, download, type FindingSummary, type Page, SEVERITIES, type Team, withQuery } from '../api';
import {
  EmptyRow,
  ErrorNotice,
  Loading,
  PageHeading,
  Pager,
  SeverityBadge,
  StateBadge,
  severityLabel,
  When,
} from '../components';
import { href, navigate } from '../router';
import { useApi } from '../use-api';

const PAGE_SIZE = 50;

const STATE_OPTIONS: { value: string; label: string }[] = [
  { value: '', label: 'Needs work' },
  { value: 'new', label: 'New' },
  { value: 'open', label: 'Open' },
  { value: 'reopened', label: 'Reopened' },
  { value: 'fixed', label: 'Fixed' },
  { value: 'suppressed', label: 'Suppressed' },
  { value: 'accepted', label: 'Risk accepted' },
  { value: 'new,open,reopened,fixed,suppressed,accepted', label: 'All states' },
];

interface Filters {
  state: string;
  severity: string;
  team: string;
  rule: string;
  q: string;
  page: number;
}

function filtersFrom(query: URLSearchParams): Filters {
  const page = Number.parseInt(query.get('page') ?? '1', 10);
  return {
    state: query.get('state') ?? '',
    severity: query.get('severity') ?? '',
    team: query.get('team') ?? '',
    rule: query.get('rule') ?? '',
    q: query.get('q') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function go(f: Filters): void {
  navigate(
    href('/findings', {
      state: f.state,
      severity: f.severity,
      team: f.team,
      rule: f.rule.trim(),
      q: f.q.trim(),
      page: f.page > 1 ? f.page : undefined,
    }),
  );
}

export function Findings({ query }: { query: URLSearchParams }) {
  const filters = filtersFrom(query);
  const queryKey = query.toString();
  const [q, setQ] = useState(filters.q);
  const [rule, setRule] = useState(filters.rule);
  const [exportError, setExportError] = useState<string | null>(null);

  // Back/forward or a link changed the filters: show them in the text fields.
  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey stands for the filters
  useEffect(() => {
    setQ(filters.q);
    setRule(filters.rule);
  }, [queryKey]);

  const apiFilters = {
    state: filters.state,
    severity: filters.severity,
    team: filters.team,
    rule: filters.rule,
    q: filters.q,
  };
  const list = useApi<Page<FindingSummary>>(
    withQuery('api/findings', { ...apiFilters, page: filters.page, pageSize: PAGE_SIZE }),
  );
  const teams = useApi<{ items: Team[] }>('api/teams');

  function submit(e: FormEvent) {
    e.preventDefault();
    go({ ...filters, q, rule, page: 1 });
  }

  function clear() {
    setQ('');
    setRule('');
    navigate(href('/findings'));
  }

  async function exportAs(format: 'csv' | 'json' | 'sarif') {
    setExportError(null);
    try {
      await download(
        withQuery('api/findings/export', { ...apiFilters, format }),
        `plumbline-findings.${format}`,
      );
    } catch (e) {
      setExportError(e instanceof ApiError ? e.message : String(e));
    }
  }

  const data = list.data;
  const ruleIds = [...new Set((data?.items ?? []).map((f) => f.ruleId))].sort();
  const filtered = Boolean(filters.state || filters.severity || filters.team || filters.rule || filters.q);

  return (
    <>
      <PageHeading title="Findings">Findings</PageHeading>
      <form className="filters card" onSubmit={submit} aria-label="Filter findings">
        <div className="field field-wide">
          <label htmlFor="f-q">Search</label>
          <input
            id="f-q"
            type="search"
            value={q}
            placeholder="Title, message, file or rule"
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="f-state">State</label>
          <select
            id="f-state"
            value={filters.state}
            onChange={(e) => go({ ...filters, state: e.target.value, page: 1 })}
          >
            {STATE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-severity">Severity</label>
          <select
            id="f-severity"
            value={filters.severity}
            onChange={(e) => go({ ...filters, severity: e.target.value, page: 1 })}
          >
            <option value="">Any severity</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-team">Team</label>
          <select
            id="f-team"
            value={filters.team}
            onChange={(e) => go({ ...filters, team: e.target.value, page: 1 })}
          >
            <option value="">Any team</option>
            {(teams.data?.items ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
            {filters.team && !teams.data?.items.some((t) => t.id === filters.team) ? (
              <option value={filters.team}>{filters.team}</option>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-rule">Rule</label>
          <input
            id="f-rule"
            type="text"
            value={rule}
            placeholder="e.g. k8s/seccomp"
            spellCheck={false}
            list="f-rule-ids"
            onChange={(e) => setRule(e.target.value)}
          />
          <datalist id="f-rule-ids">
            {ruleIds.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </div>
        <div className="field field-actions">
          <button type="submit" className="btn btn-primary">
            Apply
          </button>
          <button type="button" className="btn" onClick={clear} disabled={!filtered}>
            Clear
          </button>
        </div>
      </form>

      <div className="list-head">
        <p role="status" className="muted" data-testid="findings-count">
          {data
            ? `${data.total} ${data.total === 1 ? 'finding' : 'findings'}${filtered ? ' match these filters' : ''}`
            : ''}
        </p>
        <div className="export">
          <span className="muted small">Download:</span>
          <button type="button" className="btn btn-small" onClick={() => void exportAs('csv')}>
            CSV
          </button>
          <button type="button" className="btn btn-small" onClick={() => void exportAs('json')}>
            JSON
          </button>
          <button type="button" className="btn btn-small" onClick={() => void exportAs('sarif')}>
            SARIF
          </button>
        </div>
      </div>
      {exportError ? (
        <div className="notice notice-error" role="alert">
          The download failed: {exportError}
        </div>
      ) : null}
      {list.error ? <ErrorNotice error={list.error} title="The findings could not be loaded." /> : null}
      {list.loading && !data ? <Loading what="findings" /> : null}
      {data ? (
        <div className="table-wrap card" aria-busy={list.loading}>
          <table className="findings-table">
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Finding</th>
                <th scope="col">Where</th>
                <th scope="col">Team</th>
                <th scope="col">State</th>
                <th scope="col">Fix deadline</th>
              </tr>
            </thead>
            <tbody>
              {data.items.length === 0 ? (
                <EmptyRow cols={6}>
                  {filtered ? 'No findings match these filters.' : 'No open findings. Nice.'}
                </EmptyRow>
              ) : null}
              {data.items.map((f) => (
                <tr key={f.id} data-finding-id={f.id}>
                  <td>
                    <SeverityBadge severity={f.severity} />
                  </td>
                  <td>
                    <a href={href(`/findings/${encodeURIComponent(f.id)}`)} className="finding-link">
                      {f.title}
                    </a>
                    <div className="muted small">
                      <span className="mono">{f.ruleId}</span>
                      {f.fixable === 'auto' ? <span className="tag">auto-fix</span> : null}
                      {f.fixable === 'suggestion' ? <span className="tag">suggested fix</span> : null}
                    </div>
                  </td>
                  <td className="mono small where">
                    {f.path}
                    {f.line ? `:${f.line}` : ''}
                  </td>
                  <td>{f.teamName ?? <span className="muted">No owner</span>}</td>
                  <td>
                    <StateBadge state={f.state} />
                  </td>
                  <td className={f.slaBreached ? 'warn' : ''}>
                    <When iso={f.slaDue} />
                    {f.slaBreached ? <span className="small"> (overdue)</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data ? (
        <Pager
          label="Findings"
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPage={(page) => go({ ...filters, page })}
        />
      ) : null}
    </>
  );
}
