import { type ReactNode, useEffect } from 'react';
import type { ApiError, FindingState, Severity } from './api';

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

export function severityLabel(s: Severity): string {
  return SEVERITY_LABEL[s] ?? s;
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge sev sev-${severity}`}>{severityLabel(severity)}</span>;
}

const STATE_LABEL: Record<FindingState, string> = {
  new: 'New',
  open: 'Open',
  reopened: 'Reopened',
  fixed: 'Fixed',
  suppressed: 'Suppressed',
  accepted: 'Risk accepted',
};

export function stateLabel(s: string): string {
  return STATE_LABEL[s as FindingState] ?? s;
}

export function StateBadge({ state }: { state: string }) {
  return (
    <span className={`badge state state-${state}`} data-state={state}>
      {stateLabel(state)}
    </span>
  );
}

const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function When({ iso, time = false }: { iso: string | null | undefined; time?: boolean }) {
  if (!iso) return <span className="muted">—</span>;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return <span>{iso}</span>;
  return <time dateTime={iso}>{(time ? dateTimeFmt : dateFmt).format(d)}</time>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

export function plainError(error: ApiError): string {
  switch (error.code) {
    case 'forbidden':
      return 'Your token is not allowed to do this.';
    case 'not_found':
      return 'This could not be found, or your token cannot see it.';
    case 'unauthorized':
      return 'Your token was not accepted. Sign in again.';
    default:
      return error.message;
  }
}

export function ErrorNotice({ error, title }: { error: ApiError; title?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      {title ? <strong>{title} </strong> : null}
      {plainError(error)}
    </div>
  );
}

export function Pager({
  page,
  pageSize,
  total,
  onPage,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}) {
  if (!(total > 0) || !(pageSize > 0)) return null;
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page} of {pages}
      </span>
      <button type="button" className="btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}

/** Sets the document title and moves focus to the page heading when the page changes. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} · Plumbline`;
  }, [title]);
  return (
    <h1 tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

export function EmptyRow({ cols, children }: { cols: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={cols} className="empty">
        {children}
      </td>
    </tr>
  );
}
