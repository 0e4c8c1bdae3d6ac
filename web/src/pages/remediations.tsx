import { useState } from 'react';
import type { Me, Page, Remediation } from '../api';
import { EmptyRow, ErrorNotice, Loading, PageHeading, Pager, StateBadge, When } from '../components';
import { useApi } from '../use-api';

export function Remediations({ me }: { me: Me }) {
  const [page, setPage] = useState(1);
  const { data, error, loading } = useApi<Page<Remediation>>(`api/remediations?page=${page}`);
  return (
    <>
      <PageHeading title="Remediation history">Remediation history</PageHeading>
      <p className="muted lead">
        Every fix Plumbline applied: who approved it, which files changed, and whether it was verified.
      </p>
      {error ? <ErrorNotice error={error} title="The remediation history could not be loaded." /> : null}
      {loading && !data ? <Loading what="remediation history" /> : null}
      {data ? (
        <>
          <div className="table-wrap card">
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Approved by</th>
                  <th scope="col">Files</th>
                  <th scope="col" className="num">
                    Fixes
                  </th>
                  <th scope="col">Verified</th>
                  <th scope="col">Undo</th>
                </tr>
              </thead>
              <tbody>
                {data.items.length === 0 ? (
                  <EmptyRow cols={8}>
                    {me.scope === 'admin'
                      ? 'No fixes have been applied yet.'
                      : 'No fixes to show here: fixes are applied by admins, and only they see the history.'}
                  </EmptyRow>
                ) : null}
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <When iso={r.createdAt} time />
                    </td>
                    <td>{r.kind}</td>
                    <td>
                      {r.rolledBackAt ? (
                        <span className="badge state">Rolled back</span>
                      ) : (
                        <StateBadge state={r.status} />
                      )}
                    </td>
                    <td>{r.approvedBy ?? <span className="muted">—</span>}</td>
                    <td className="mono small">{r.files.join(', ')}</td>
                    <td className="num">{r.fixes}</td>
                    <td>{r.verified ? 'Yes' : <span className="warn">No</span>}</td>
                    <td className="small">
                      {r.rolledBackAt ? (
                        <When iso={r.rolledBackAt} />
                      ) : r.runId ? (
                        <code>plumb rollback {r.runId}</code>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Remediations"
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={setPage}
          />
        </>
      ) : null}
    </>
  );
}
