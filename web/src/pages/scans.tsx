import { useEffect, useState } from 'react';
import { ApiError, api, type Me, type Page, type Scan, type TargetGroup } from '../api';
import {
  EmptyRow,
  ErrorNotice,
  Loading,
  PageHeading,
  Pager,
  plainError,
  StateBadge,
  When,
} from '../components';
import { useApi } from '../use-api';

const POLL_MS = 2000;

function duration(s: Scan): string {
  if (!s.finishedAt) return '';
  const ms = Date.parse(s.finishedAt) - Date.parse(s.startedAt);
  if (!Number.isFinite(ms) || ms < 0) return '';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function Scans({ me }: { me: Me }) {
  const [page, setPage] = useState(1);
  const scans = useApi<Page<Scan>>(`api/scans?page=${page}`);
  const groups = useApi<{ items: TargetGroup[] }>('api/target-groups');
  const [starting, setStarting] = useState<string | null>(null);
  /** The scan started from this page: its id, or (when the server did not know it yet) its group and start time. */
  const [watching, setWatching] = useState<{ id: string | null; group: string; since: string } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const isAdmin = me.scope === 'admin';
  const { reload } = scans;

  const running = (scans.data?.items ?? []).some((s) => s.status === 'running' || s.status === 'queued');
  useEffect(() => {
    if (!running && !watching) return;
    const t = setInterval(reload, POLL_MS);
    return () => clearInterval(t);
  }, [running, watching, reload]);

  useEffect(() => {
    if (!watching) return;
    const items = scans.data?.items ?? [];
    const s = watching.id
      ? items.find((x) => x.id === watching.id)
      : items.find((x) => x.targetGroup === watching.group && x.startedAt >= watching.since);
    if (!s || s.status === 'running' || s.status === 'queued') return;
    setWatching(null);
    setMessage(
      s.status === 'failed' || s.error
        ? { kind: 'error', text: `The scan of ${s.targetGroup} failed: ${s.error ?? 'unknown error'}` }
        : {
            kind: 'ok',
            text: `The scan of ${s.targetGroup} finished: ${s.findings} findings, ${s.newCount} new, ${s.fixedCount} fixed.`,
          },
    );
  }, [scans.data, watching]);

  async function start(group: string) {
    setStarting(group);
    setMessage(null);
    try {
      // A little slack for clock differences between browser and server.
      const since = new Date(Date.now() - 5000).toISOString();
      const r = await api<{ scanId: string | null }>('api/scans', {
        method: 'POST',
        body: { targetGroup: group, confirm: true },
      });
      setWatching({ id: r.scanId ?? null, group, since });
      setMessage({ kind: 'ok', text: `Scan of ${group} started. This page updates when it finishes.` });
      setPage(1);
      reload();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? plainError(e) : String(e) });
    } finally {
      setStarting(null);
    }
  }

  return (
    <>
      <PageHeading title="Scans">Scans</PageHeading>
      <section className="card section" aria-labelledby="groups-heading">
        <h2 id="groups-heading">What gets scanned</h2>
        <p className="muted small">
          Target groups come from the <code>targets</code> section of plumb.yaml.
        </p>
        {groups.error ? (
          <ErrorNotice error={groups.error} title="The target groups could not be loaded." />
        ) : null}
        {groups.loading && !groups.data ? <Loading what="target groups" /> : null}
        {message ? (
          <div
            className={`notice ${message.kind === 'ok' ? 'notice-ok' : 'notice-error'}`}
            role={message.kind === 'ok' ? 'status' : 'alert'}
          >
            {message.text}
          </div>
        ) : null}
        {groups.data ? (
          <table>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Paths</th>
                <th scope="col">Schedule</th>
                <th scope="col">Watch for changes</th>
                {isAdmin ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {groups.data.items.length === 0 ? (
                <EmptyRow cols={isAdmin ? 5 : 4}>No target groups.</EmptyRow>
              ) : null}
              {groups.data.items.map((g) => (
                <tr key={g.name}>
                  <th scope="row">{g.name}</th>
                  <td className="mono small">{g.paths.join(', ')}</td>
                  <td>{g.schedule ? <code>{g.schedule}</code> : <span className="muted">On demand</span>}</td>
                  <td>{g.watch ? 'Yes' : 'No'}</td>
                  {isAdmin ? (
                    <td>
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={starting !== null}
                        onClick={() => void start(g.name)}
                      >
                        {starting === g.name ? 'Starting…' : 'Scan now'}
                        <span className="visually-hidden"> {g.name}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="section" aria-labelledby="scans-heading">
        <h2 id="scans-heading">Recent scans</h2>
        {scans.error ? <ErrorNotice error={scans.error} title="The scans could not be loaded." /> : null}
        {scans.loading && !scans.data ? <Loading what="scans" /> : null}
        {scans.data ? (
          <>
            <div className="table-wrap card">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Started</th>
                    <th scope="col">Group</th>
                    <th scope="col">Trigger</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Files
                    </th>
                    <th scope="col" className="num">
                      Findings
                    </th>
                    <th scope="col" className="num">
                      New
                    </th>
                    <th scope="col" className="num">
                      Fixed
                    </th>
                    <th scope="col">Took</th>
                  </tr>
                </thead>
                <tbody>
                  {scans.data.items.length === 0 ? <EmptyRow cols={9}>No scans yet.</EmptyRow> : null}
                  {scans.data.items.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <When iso={s.startedAt} time />
                      </td>
                      <td>{s.targetGroup}</td>
                      <td>{s.trigger}</td>
                      <td>
                        <StateBadge state={s.status} />
                        {s.error ? <div className="small warn">{s.error}</div> : null}
                      </td>
                      <td className="num">{s.files}</td>
                      <td className="num">{s.findings}</td>
                      <td className="num">{s.newCount}</td>
                      <td className="num">{s.fixedCount}</td>
                      <td>{duration(s)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              label="Scans"
              page={scans.data.page}
              pageSize={scans.data.pageSize}
              total={scans.data.total}
              onPage={setPage}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
