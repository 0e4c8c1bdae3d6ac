import type { Team } from '../api';
import { EmptyRow, ErrorNotice, Loading, PageHeading } from '../components';
import { href } from '../router';
import { useApi } from '../use-api';

export function Teams() {
  const { data, error, loading } = useApi<{ items: Team[] }>('api/teams');
  return (
    <>
      <PageHeading title="Teams">Teams</PageHeading>
      <p className="muted lead">
        Teams own assets through the ownership rules in <code>plumb.yaml</code>. Each finding goes to the team
        that owns its asset.
      </p>
      {error ? <ErrorNotice error={error} title="The teams could not be loaded." /> : null}
      {loading && !data ? <Loading what="teams" /> : null}
      {data ? (
        <div className="table-wrap card">
          <table>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Subsidiary</th>
                <th scope="col" className="num">
                  Open findings
                </th>
                <th scope="col">
                  <span className="visually-hidden">Links</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.length === 0 ? <EmptyRow cols={4}>No teams configured.</EmptyRow> : null}
              {data.items.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{t.subsidiaryName ?? <span className="muted">—</span>}</td>
                  <td className="num">{t.openFindings}</td>
                  <td>
                    <a href={href('/findings', { team: t.id })}>
                      Findings<span className="visually-hidden"> of {t.name}</span>
                    </a>
                    {' · '}
                    <a href={href('/assets', { team: t.id })}>
                      Assets<span className="visually-hidden"> of {t.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
