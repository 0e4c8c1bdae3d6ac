// Typed client for the Plumbline REST API (see the API contract). The token lives in
// sessionStorage only: closing the tab signs you out.

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_STATES = ['new', 'open', 'reopened', 'fixed', 'suppressed', 'accepted'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Me {
  label: string;
  scope: 'admin' | 'team';
  teamId?: string;
  teamName?: string;
  access: 'read' | 'write';
}

export interface Overview {
  open: Record<Severity, number>;
  bySubsidiary: { subsidiaryId: string; name: string; open: number; critical: number; high: number }[];
  byTeam: {
    teamId: string;
    name: string;
    subsidiaryName: string | null;
    open: number;
    critical: number;
    high: number;
    slaBreached: number;
  }[];
  trend: { date: string; open: number; new: number; fixed: number }[];
  slaBreaches: {
    id: string;
    ruleId: string;
    title: string;
    severity: Severity;
    slaDue: string;
    teamName: string | null;
    path: string;
  }[];
  lastScan: {
    id: string;
    targetGroup: string;
    status: string;
    startedAt: string;
    finishedAt: string | null;
  } | null;
}

export interface FindingSummary {
  id: string;
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  state: FindingState;
  path: string;
  line: number | null;
  teamId: string | null;
  teamName: string | null;
  firstSeen: string;
  lastSeen: string;
  slaDue: string;
  slaBreached: boolean;
  fixedAt?: string | null;
  fixable: 'auto' | 'suggestion' | null;
  targetGroup: string;
}

export interface Position {
  line: number;
  column?: number;
}

export interface FindingDetail extends FindingSummary {
  why: string;
  remediation: string;
  verify: string;
  references: string[];
  evidence: string | null;
  logicalPath: string;
  location: { path: string; range?: { start: Position; end: Position } };
  asset: { id: string; key: string; type: string } | null;
  owner: { teamId: string | null; teamName: string | null; subsidiaryName: string | null } | null;
  fix: { automatic: boolean; description: string; question?: string; option?: string } | null;
  history: {
    at: string;
    from: string | null;
    to: string;
    actor: string | null;
    note: string | null;
    scanId: string | null;
  }[];
}

export interface FixPreview {
  diff: string;
  files: string[];
  fixes: { ruleId: string; line: number; message: string }[];
  failed?: { ruleId: string; line: number; reason: string }[];
}

export interface FixResult {
  runId: string;
  written: string[];
  verified: boolean;
  rescan: { scanId: string; fixed: number } | null;
}

export interface Asset {
  id: string;
  key: string;
  type: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  openFindings: number;
  lastSeen: string;
}

export interface Team {
  id: string;
  name: string;
  subsidiaryId: string | null;
  subsidiaryName: string | null;
  openFindings: number;
}

export interface Scan {
  id: string;
  targetGroup: string;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  files: number;
  findings: number;
  newCount: number;
  fixedCount: number;
  error: string | null;
}

export interface TargetGroup {
  name: string;
  paths: string[];
  schedule?: string | null;
  watch: boolean;
}

export interface Remediation {
  id: string;
  runId?: string | null;
  targetGroup?: string | null;
  rolledBackAt?: string | null;
  kind: string;
  status: string;
  approvedBy: string | null;
  createdAt: string;
  verified: boolean;
  files: string[];
  fixes: number;
}

/** An error response from the API (or a network failure, with status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'plumb.token';

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage may be unavailable (private mode); the session then lasts until reload.
  }
}

type UnauthorizedListener = () => void;
let onUnauthorized: UnauthorizedListener = () => {};

/** Called when a signed-in request comes back 401 (token revoked or wrong). */
export function setUnauthorizedListener(listener: UnauthorizedListener): void {
  onUnauthorized = listener;
}

function errorFromBody(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'error' in body) {
    const e = (body as { error: unknown }).error;
    if (e && typeof e === 'object') {
      const code = 'code' in e && typeof e.code === 'string' ? e.code : 'error';
      const message =
        'message' in e && typeof e.message === 'string' ? e.message : `Request failed (${status})`;
      return new ApiError(status, code, message);
    }
  }
  return new ApiError(status, status === 404 ? 'not_found' : 'error', `Request failed (${status})`);
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  /** Use this token instead of the stored one (sign-in check). */
  token?: string;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const token = options.token ?? getToken();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'Could not reach the Plumbline server. Check that it is running.');
  }
  const text = await res.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!res.ok) {
    const err = errorFromBody(res.status, body);
    if (res.status === 401 && options.token === undefined) onUnauthorized();
    throw err;
  }
  return body as T;
}

/** Downloads an API response as a file (export); fetch, because links cannot send the token. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const token = getToken();
  const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    throw errorFromBody(res.status, body);
  }
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Builds `path?query` from the non-empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export interface Delivery {
  id: string;
  destination: string;
  destinationType: string;
  event: string;
  severity: string;
  state: string;
  status: string;
  attempts: number;
  digest: boolean;
  lastError: string | null;
  externalRef: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface Destination {
  name: string;
  type: string;
}
