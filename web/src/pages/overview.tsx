import { type Overview as OverviewData, SEVERITIES } from '../api';
import {
  EmptyRow,
  ErrorNotice,
  Loading,
  PageHeading,
  SeverityBadge,
  StateBadge,
  severityLabel,
  When,
} from '../components';
import { href } from '../router';
import { TrendChart } from '../trend-chart';
import { useApi } from '../use-api';

export function Overview() {
  const { data, error, loading } = useApi<OverviewData>('api/overview');
  const total = data ? SEVERITIES.reduce((s, k) => s + (data.open[k] ?? 0), 0) : 0;

  return (
    <>
      <PageHeading title="Overview">Overview</PageHeading>
      {error ? <ErrorNotice error={error} title="The overview could not be loaded." /> : null}
      {loading && !data ? <Loading what="the overview" /> : null}
      {data ? (
        <>
          <section aria-labelledby="open-heading" className="section">
            <div className="section-head">
              <h2 id="open-heading">Open findings</h2>
              <p className="muted">
                {total === 0 ? 'Nothing open. ' : `${total} open in total. `}
                {data.lastScan ? (
                  <>
                    Last scan of <strong>{data.lastScan.targetGroup}</strong>:{' '}
                    <StateBadge state={data.lastScan.status} />{' '}
                    <When iso={data.lastScan.finishedAt ?? data.lastScan.startedAt} time />
                  </>
                ) : (
                  'No scan has run yet.'
                )}
              </p>
            </div>
            <ul className="sev-cards" data-testid="open-counts">
              {SEVERITIES.map((s) => (
                <li key={s}>
                  <a
                    className={`sev-card sev-card-${s}`}
                    href={href('/findings', { severity: s })}
                    data-severity={s}
                  >
                    <span className="sev-card-count">{data.open[s] ?? 0}</span>
                    <span className="sev-card-label">{severityLabel(s)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="trend-heading" className="section card">
            <h2 id="trend-heading">Trend, last 30 days</h2>
            <TrendChart trend={data.trend} />
          </section>

          <div className="grid-2">
            <section aria-labelledby="sla-heading" className="section card">
              <h2 id="sla-heading">Past their deadline</h2>
              <p className="muted small">
                Open findings older than the fix deadline (SLA) for their severity. Start with these.
              </p>
              {data.slaBreaches.length === 0 ? (
                <p>No finding is past its deadline.</p>
              ) : (
                <ul className="plain-list">
                  {data.slaBreaches.map((b) => (
                    <li key={b.id} className="breach">
                      <SeverityBadge severity={b.severity} />{' '}
                      <a href={href(`/findings/${encodeURIComponent(b.id)}`)}>{b.title}</a>
                      <div className="muted small">
                        {b.teamName ?? 'No owner'} · <span className="mono">{b.path}</span> · due{' '}
                        <When iso={b.slaDue} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby="sub-heading" className="section card">
              <h2 id="sub-heading">By subsidiary</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Subsidiary</th>
                    <th scope="col" className="num">
                      Open
                    </th>
                    <th scope="col" className="num">
                      Critical
                    </th>
                    <th scope="col" className="num">
                      High
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.bySubsidiary.length === 0 ? (
                    <EmptyRow cols={4}>No subsidiaries configured.</EmptyRow>
                  ) : null}
                  {data.bySubsidiary.map((s) => (
                    <tr key={s.subsidiaryId}>
                      <th scope="row">{s.name}</th>
                      <td className="num">{s.open}</td>
                      <td className="num">{s.critical}</td>
                      <td className="num">{s.high}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>

          <section aria-labelledby="team-heading" className="section card">
            <h2 id="team-heading">By team</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Team</th>
                  <th scope="col">Subsidiary</th>
                  <th scope="col" className="num">
                    Open
                  </th>
                  <th scope="col" className="num">
                    Critical
                  </th>
                  <th scope="col" className="num">
                    High
                  </th>
                  <th scope="col" className="num">
                    Past deadline
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.byTeam.length === 0 ? <EmptyRow cols={6}>No teams yet.</EmptyRow> : null}
                {data.byTeam.map((t) => (
                  <tr key={t.teamId}>
                    <th scope="row">
                      <a href={href('/findings', { team: t.teamId })}>{t.name}</a>
                    </th>
                    <td>{t.subsidiaryName ?? <span className="muted">—</span>}</td>
                    <td className="num">{t.open}</td>
                    <td className="num">{t.critical}</td>
                    <td className="num">{t.high}</td>
                    <td className={`num${t.slaBreached > 0 ? ' warn' : ''}`}>{t.slaBreached}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </>
  );
}
