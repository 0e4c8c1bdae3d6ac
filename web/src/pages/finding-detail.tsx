import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  ApiError,
  api,
  type FindingDetail as Finding,
  type FixPreview,
  type FixResult,
  type Me,
} from '../api';
import {
  ErrorNotice,
  Loading,
  PageHeading,
  plainError,
  SeverityBadge,
  StateBadge,
  stateLabel,
  When,
} from '../components';
import { ConfirmDialog } from '../confirm-dialog';
import { DiffView } from '../diff-view';
import { href } from '../router';
import { useApi } from '../use-api';

const ACTIVE = new Set(['new', 'open', 'reopened']);

function isUrl(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/** Rule prose marks code with backticks; show those parts as code. */
function Prose({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
        i % 2 === 1 ? <code key={i}>{part}</code> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

function Location({ f }: { f: Finding }) {
  const start = f.location.range?.start;
  const end = f.location.range?.end;
  let lines = '';
  if (start) {
    // Ranges are half-open: an end at column 1 stops before that line.
    const last = end ? (end.column === 1 && end.line > start.line ? end.line - 1 : end.line) : start.line;
    lines = last !== start.line ? `lines ${start.line}–${last}` : `line ${start.line}`;
  } else if (f.line) {
    lines = `line ${f.line}`;
  }
  return (
    <>
      <span className="mono">{f.location.path}</span>
      {lines ? <span>, {lines}</span> : null}
    </>
  );
}

export function FindingDetail({ id, me }: { id: string; me: Me }) {
  const path = `api/findings/${encodeURIComponent(id)}`;
  const { data: f, error, loading, reload } = useApi<Finding>(path);
  const isAdmin = me.scope === 'admin';
  const [fixResult, setFixResult] = useState<FixResult | null>(null);
  const fixResultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (fixResult) fixResultRef.current?.focus();
  }, [fixResult]);

  // The heading is replaced when the finding arrives; keep focus on it rather than losing it to the page.
  const loadedId = f?.id;
  useEffect(() => {
    if (loadedId && document.activeElement === document.body)
      document.querySelector<HTMLElement>('main h1')?.focus();
  }, [loadedId]);

  if (error) {
    const missing = error.status === 404 || error.status === 403;
    return (
      <>
        <PageHeading title="Finding not found">{missing ? 'Finding not found' : 'Finding'}</PageHeading>
        {missing ? (
          <div className="notice notice-error" role="alert" data-testid="finding-missing">
            There is no finding with this id that your token can see. It may belong to another team.
          </div>
        ) : (
          <ErrorNotice error={error} title="The finding could not be loaded." />
        )}
        <p>
          <a href={href('/findings')}>Back to findings</a>
        </p>
      </>
    );
  }
  if (!f) {
    return (
      <>
        <PageHeading title="Finding">Finding</PageHeading>
        {loading ? <Loading what="the finding" /> : null}
      </>
    );
  }

  const canChangeState = isAdmin || (me.scope === 'team' && me.access === 'write' && me.teamId === f.teamId);

  return (
    <>
      <p className="crumbs">
        <a href={href('/findings')}>Findings</a> <span aria-hidden="true">›</span>{' '}
        <span className="mono">{f.ruleId}</span>
      </p>
      <PageHeading title={f.title}>{f.title}</PageHeading>
      <div className="meta-line">
        <SeverityBadge severity={f.severity} />
        <StateBadge state={f.state} />
        {f.state === 'fixed' && f.fixedAt ? (
          <span className="muted small">
            Fixed <When iso={f.fixedAt} time />
          </span>
        ) : !ACTIVE.has(f.state) ? null : f.slaBreached ? (
          <span className="badge badge-warn">
            Past deadline (<When iso={f.slaDue} />)
          </span>
        ) : (
          <span className="muted small">
            Fix by <When iso={f.slaDue} />
          </span>
        )}
      </div>

      <div className="detail-grid">
        <div className="detail-main">
          <section className="card section" aria-labelledby="what-heading">
            <h2 id="what-heading">What is wrong</h2>
            <p data-testid="finding-message">{f.message}</p>
            {f.evidence ? (
              <>
                <h3>Evidence</h3>
                <pre className="evidence">{f.evidence}</pre>
              </>
            ) : null}
          </section>
          <section className="card section" aria-labelledby="why-heading">
            <h2 id="why-heading">Why it matters</h2>
            <p>
              <Prose text={f.why} />
            </p>
          </section>
          <section className="card section" aria-labelledby="fix-heading">
            <h2 id="fix-heading">The exact fix</h2>
            <p>
              <Prose text={f.remediation} />
            </p>
            {f.fix && !f.fix.automatic && f.fix.question ? (
              <div className="notice">
                <p>
                  <strong>This fix needs your decision:</strong> {f.fix.question}
                </p>
                <p className="small">
                  Plumbline cannot choose for you, so the dashboard does not apply it. From the command line:{' '}
                  <code>
                    plumb fix --rule {f.ruleId}
                    {f.fix.option ? ` --set ${f.ruleId}.${f.fix.option}=<value>` : ''} --apply
                  </code>
                </p>
              </div>
            ) : null}
            {fixResult ? (
              <div
                className="notice notice-ok"
                role="status"
                tabIndex={-1}
                ref={fixResultRef}
                data-testid="fix-result"
              >
                <strong>Fix applied.</strong> Changed {fixResult.written.length === 1 ? 'file' : 'files'}:{' '}
                <span className="mono">{fixResult.written.join(', ') || 'none'}</span>.{' '}
                {fixResult.verified
                  ? 'The check passes on the changed file.'
                  : 'The change could not be verified; please review it.'}{' '}
                {fixResult.rescan
                  ? `The re-scan marked ${fixResult.rescan.fixed} ${fixResult.rescan.fixed === 1 ? 'finding' : 'findings'} as fixed.`
                  : ''}{' '}
                To undo it: <code>plumb rollback {fixResult.runId}</code>
              </div>
            ) : null}
            {isAdmin && f.fix ? (
              <FixActions
                finding={f}
                onApplied={(r) => {
                  setFixResult(r);
                  reload();
                }}
              />
            ) : null}
            {!isAdmin && f.fix?.automatic && ACTIVE.has(f.state) ? (
              <p className="muted small">
                Plumbline can apply this fix automatically. Ask an admin to apply it.
              </p>
            ) : null}
          </section>
          <section className="card section" aria-labelledby="verify-heading">
            <h2 id="verify-heading">How to check the fix worked</h2>
            <p>
              <Prose text={f.verify} />
            </p>
          </section>
          <section className="card section" aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            {f.history.length === 0 ? (
              <p className="muted">No changes recorded.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Change</th>
                    <th scope="col">By</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {f.history.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: history entries are append-only
                    <tr key={i}>
                      <td>
                        <When iso={h.at} time />
                      </td>
                      <td>
                        {h.from ? `${stateLabel(h.from)} → ` : ''}
                        {stateLabel(h.to)}
                      </td>
                      <td>{h.actor ?? (h.scanId ? 'scan' : <span className="muted">—</span>)}</td>
                      <td>{h.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>

        <aside className="detail-side" aria-label="Details">
          <section className="card section">
            <h2>Location</h2>
            <dl className="facts">
              <dt>File</dt>
              <dd>
                <Location f={f} />
              </dd>
              <dt>Setting</dt>
              <dd className="mono">{f.logicalPath}</dd>
              {f.asset ? (
                <>
                  <dt>Asset</dt>
                  <dd className="mono">{f.asset.key}</dd>
                </>
              ) : null}
              <dt>Target group</dt>
              <dd>{f.targetGroup}</dd>
            </dl>
          </section>
          <section className="card section">
            <h2>Owner</h2>
            <dl className="facts">
              <dt>Team</dt>
              <dd>{f.owner?.teamName ?? f.teamName ?? <span className="muted">No owner</span>}</dd>
              {f.owner?.subsidiaryName ? (
                <>
                  <dt>Subsidiary</dt>
                  <dd>{f.owner.subsidiaryName}</dd>
                </>
              ) : null}
              <dt>First seen</dt>
              <dd>
                <When iso={f.firstSeen} time />
              </dd>
              <dt>Last seen</dt>
              <dd>
                <When iso={f.lastSeen} time />
              </dd>
              <dt>Rule</dt>
              <dd className="mono">{f.ruleId}</dd>
            </dl>
          </section>
          {f.references.length > 0 ? (
            <section className="card section">
              <h2>References</h2>
              <ul className="plain-list refs">
                {f.references.map((r) =>
                  isUrl(r) ? (
                    <li key={r}>
                      <a href={r} target="_blank" rel="noreferrer noopener">
                        {r}
                      </a>
                    </li>
                  ) : (
                    <li key={r}>{r}</li>
                  ),
                )}
              </ul>
            </section>
          ) : null}
          {canChangeState ? <StateForm finding={f} onChanged={reload} /> : null}
        </aside>
      </div>
    </>
  );
}

function FixActions({ finding, onApplied }: { finding: Finding; onApplied: (result: FixResult) => void }) {
  const [preview, setPreview] = useState<FixPreview | null>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [loadingPreview, setLoadingPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<ApiError | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const active = ACTIVE.has(finding.state);

  useEffect(() => {
    if (applyError) resultRef.current?.focus();
  }, [applyError]);

  async function loadPreview(): Promise<FixPreview | null> {
    setLoadingPreview(true);
    setPreviewError(null);
    try {
      const p = await api<FixPreview>(`api/findings/${encodeURIComponent(finding.id)}/fix-preview`);
      setPreview(p);
      return p;
    } catch (e) {
      setPreviewError(e instanceof ApiError ? e : new ApiError(0, 'error', String(e)));
      return null;
    } finally {
      setLoadingPreview(false);
    }
  }

  async function apply() {
    setApplying(true);
    setApplyError(null);
    try {
      const r = await api<FixResult>(`api/findings/${encodeURIComponent(finding.id)}/fix`, {
        method: 'POST',
        body: { confirm: true },
      });
      setConfirming(false);
      setPreview(null);
      onApplied(r);
    } catch (e) {
      setApplyError(e instanceof ApiError ? e : new ApiError(0, 'error', String(e)));
      setConfirming(false);
    } finally {
      setApplying(false);
    }
  }

  const outcome = applyError ? (
    <div className="notice notice-error" role="alert" tabIndex={-1} ref={resultRef}>
      <strong>The fix was not applied.</strong> {plainError(applyError)}
    </div>
  ) : null;

  if (!finding.fix?.automatic) return null;
  if (!active) return null;

  return (
    <div className="fix-actions">
      {outcome}
      <div className="button-row">
        <button
          type="button"
          className="btn"
          onClick={() => void loadPreview()}
          disabled={loadingPreview}
          aria-expanded={preview ? true : undefined}
          aria-controls="fix-preview"
        >
          {loadingPreview ? 'Loading preview…' : preview ? 'Refresh preview' : 'Preview the change'}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setConfirming(true);
            if (!preview) void loadPreview();
          }}
        >
          Apply fix…
        </button>
      </div>
      {previewError ? <ErrorNotice error={previewError} title="The preview could not be made." /> : null}
      <div id="fix-preview" aria-live="polite">
        {preview ? (
          <div className="preview">
            <h3>Proposed change</h3>
            <p className="muted small">
              {preview.fixes.length} {preview.fixes.length === 1 ? 'fix' : 'fixes'} in{' '}
              <span className="mono">{preview.files.join(', ')}</span>
            </p>
            {preview.diff.trim() ? <DiffView diff={preview.diff} /> : <p>Nothing would change.</p>}
            {preview.failed && preview.failed.length > 0 ? (
              <div className="notice notice-error">
                Some fixes could not be prepared:
                <ul>
                  {preview.failed.map((x) => (
                    <li key={`${x.ruleId}:${x.line}`}>
                      <span className="mono">{x.ruleId}</span> (line {x.line}): {x.reason}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Apply this fix?"
        confirmLabel="Apply fix"
        busy={applying}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void apply()}
      >
        <p>
          Plumbline will edit{' '}
          {preview ? (
            <span className="mono">{preview.files.join(', ')}</span>
          ) : (
            <span className="mono">{finding.location.path}</span>
          )}{' '}
          on the server, then scan <strong>{finding.targetGroup}</strong> again to check the problem is gone.
        </p>
        <p className="muted small">
          Only the lines shown in the preview change. The change is recorded in the remediation history and
          can be rolled back with <code>plumb rollback</code>.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function StateForm({ finding, onChanged }: { finding: Finding; onChanged: () => void }) {
  const active = ACTIVE.has(finding.state);
  const [state, setState] = useState<'suppressed' | 'accepted'>('accepted');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function send(body: Record<string, string>) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await api(`api/findings/${encodeURIComponent(finding.id)}/state`, { method: 'POST', body });
      setDone(
        body.state === 'open' ? 'The finding is open again.' : `Marked as ${stateLabel(body.state ?? '')}.`,
      );
      setReason('');
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? plainError(e) : String(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setError('Say why, so others understand the decision later.');
      return;
    }
    void send({
      state,
      reason: reason.trim(),
      ...(expires ? { expires: new Date(`${expires}T00:00:00Z`).toISOString() } : {}),
    });
  }

  if (finding.state === 'suppressed' || finding.state === 'accepted') {
    return (
      <section className="card section">
        <h2>Decision</h2>
        <p>This finding is marked as {stateLabel(finding.state)}.</p>
        {done ? <p role="status">{done}</p> : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="button" className="btn" disabled={busy} onClick={() => void send({ state: 'open' })}>
          Reopen
        </button>
      </section>
    );
  }
  if (!active) return null;
  return (
    <section className="card section">
      <h2>Not fixing it?</h2>
      <form onSubmit={submit} className="stack">
        <fieldset>
          <legend>Decision</legend>
          <label className="radio">
            <input
              type="radio"
              name="decision"
              checked={state === 'accepted'}
              onChange={() => setState('accepted')}
            />
            Accept the risk
          </label>
          <label className="radio">
            <input
              type="radio"
              name="decision"
              checked={state === 'suppressed'}
              onChange={() => setState('suppressed')}
            />
            Suppress (not a real problem here)
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="state-reason">Reason</label>
          <textarea id="state-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="state-expires">Until (optional)</label>
          <input
            id="state-expires"
            type="date"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        {done ? <p role="status">{done}</p> : null}
        <button type="submit" className="btn" disabled={busy}>
          Save decision
        </button>
      </form>
    </section>
  );
}
