import { type FormEvent, useEffect, useState } from 'react';
import { type Asset, type Page, type Team, withQuery } from '../api';
import { EmptyRow, ErrorNotice, Loading, PageHeading, Pager, When } from '../components';
import { href, navigate } from '../router';
import { useApi } from '../use-api';

const PAGE_SIZE = 50;

export function Assets({ query }: { query: URLSearchParams }) {
  const team = query.get('team') ?? '';
  const q = query.get('q') ?? '';
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  const list = useApi<Page<Asset>>(withQuery('api/assets', { team, q, page, pageSize: PAGE_SIZE }));
  const teams = useApi<{ items: Team[] }>('api/teams');

  function submit(e: FormEvent) {
    e.preventDefault();
    navigate(href('/assets', { team, q: search.trim() }));
  }

  const data = list.data;
  return (
    <>
      <PageHeading title="Assets">Assets</PageHeading>
      <p className="muted lead">
        Everything Plumbline has scanned: files, services and cloud resources, and who owns them.
      </p>
      <form className="filters card" onSubmit={submit} aria-label="Filter assets">
        <div className="field field-wide">
          <label htmlFor="a-q">Search</label>
          <input id="a-q" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="a-team">Team</label>
          <select
            id="a-team"
            value={team}
            onChange={(e) => navigate(href('/assets', { team: e.target.value, q }))}
          >
            <option value="">Any team</option>
            {(teams.data?.items ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-actions">
          <button type="submit" className="btn btn-primary">
            Apply
          </button>
        </div>
      </form>
      {list.error ? <ErrorNotice error={list.error} title="The assets could not be loaded." /> : null}
      {list.loading && !data ? <Loading what="assets" /> : null}
      {data ? (
        <>
          <p role="status" className="muted">
            {data.total} {data.total === 1 ? 'asset' : 'assets'}
          </p>
          <div className="table-wrap card">
            <table>
              <thead>
                <tr>
                  <th scope="col">Asset</th>
                  <th scope="col">Type</th>
                  <th scope="col">Team</th>
                  <th scope="col" className="num">
                    Open findings
                  </th>
                  <th scope="col">Last seen</th>
                </tr>
              </thead>
              <tbody>
                {data.items.length === 0 ? <EmptyRow cols={5}>No assets found.</EmptyRow> : null}
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <div>{a.name}</div>
                      {a.key !== a.name ? <div className="muted small mono">{a.key}</div> : null}
                    </td>
                    <td>{a.type}</td>
                    <td>{a.teamName ?? <span className="muted">No owner</span>}</td>
                    <td className="num">
                      {a.openFindings > 0 ? (
                        <a href={href('/findings', { q: a.name })}>{a.openFindings}</a>
                      ) : (
                        a.openFindings
                      )}
                    </td>
                    <td>
                      <When iso={a.lastSeen} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Assets"
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={(p) => navigate(href('/assets', { team, q, page: p }))}
          />
        </>
      ) : null}
    </>
  );
}
