import { useState } from 'react';
import type { Delivery, Destination, Me, Page } from '../api';
import { EmptyRow, ErrorNotice, Loading, PageHeading, Pager, When } from '../components';
import { useApi } from '../use-api';

const STATUSES = ['', 'sent', 'retrying', 'queued', 'failed'] as const;

/** The notification delivery log: what was sent where, what is retrying, what failed and why. */
export function Notifications({ me }: { me: Me }) {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState('');
  const log = useApi<Page<Delivery>>(
    `api/notifications/deliveries?page=${page}${status ? `&status=${status}` : ''}`,
  );
  const destinations = useApi<{ items: Destination[] }>(
    me.scope === 'admin' ? 'api/notifications/destinations' : null,
  );
  return (
    <>
      <PageHeading title="Notifications">Notifications</PageHeading>
      <p className="muted lead">
        Every alert Plumbline sent to SOAR, SIEM, Jira, Slack or e-mail: one per change of a finding&apos;s
        state, retried with backoff until it gets through.
      </p>
      {destinations.data ? (
        <p className="small">
          Destinations:{' '}
          {destinations.data.items.length
            ? destinations.data.items.map((d) => `${d.name} (${d.type})`).join(', ')
            : 'none configured (see the notifications section of plumb.yaml)'}
        </p>
      ) : null}
      <label className="inline-field">
        Status{' '}
        <select
          value={status}
          onChange={(e) => {
            setPage(1);
            setStatus(e.target.value);
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s || 'all'}
            </option>
          ))}
        </select>
      </label>
      {log.error ? <ErrorNotice error={log.error} title="The delivery log could not be loaded." /> : null}
      {log.loading && !log.data ? <Loading what="delivery log" /> : null}
      {log.data ? (
        <>
          <div className="table-wrap card">
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Event</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Destination</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Attempts
                  </th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.length === 0 ? (
                  <EmptyRow cols={7}>Nothing has been sent yet.</EmptyRow>
                ) : null}
                {log.data.items.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <When iso={d.sentAt ?? d.createdAt} time />
                    </td>
                    <td>{d.event}</td>
                    <td>{d.severity}</td>
                    <td>
                      {d.destination} <span className="muted small">{d.destinationType}</span>
                    </td>
                    <td>
                      {d.status}
                      {d.status === 'retrying' && d.nextAttemptAt ? (
                        <span className="muted small">
                          {' '}
                          (next <When iso={d.nextAttemptAt} time />)
                        </span>
                      ) : null}
                    </td>
                    <td className="num">{d.attempts}</td>
                    <td className="small">{d.lastError ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Deliveries"
            page={log.data.page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            onPage={setPage}
          />
        </>
      ) : null}
    </>
  );
}
