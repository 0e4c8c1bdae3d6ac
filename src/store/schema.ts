/**
 * The store's tables. Portable between SQLite and PostgreSQL on purpose: ids are text,
 * timestamps are ISO-8601 text (sortable), JSON is text, booleans are integers.
 */
export interface Database {
  subsidiaries: { id: string; name: string; created_at: string };
  teams: {
    id: string;
    name: string;
    subsidiary_id: string | null;
    contact: string | null;
    created_at: string;
  };
  ownership_rules: {
    id: string;
    position: number;
    team_id: string;
    /** path | repository | hostname | domain | cidr | cloud-account | cloud-tag | k8s-namespace | k8s-label */
    match_type: string;
    pattern: string;
    created_at: string;
  };
  assets: {
    id: string;
    /** Stable key: `file:<path>`, `service:<host>:<port>`, `cloud:<address>`... */
    asset_key: string;
    asset_type: string;
    name: string;
    team_id: string | null;
    source: string;
    attributes: string;
    first_seen: string;
    last_seen: string;
  };
  scans: {
    id: string;
    target_group: string;
    trigger: string;
    status: string;
    started_at: string;
    finished_at: string | null;
    complete: number;
    files: number;
    findings_count: number;
    new_count: number;
    fixed_count: number;
    error: string | null;
  };
  findings: {
    id: string;
    fingerprint: string;
    target_group: string;
    rule_id: string;
    severity: string;
    title: string;
    message: string;
    asset_id: string;
    team_id: string | null;
    location: string;
    logical_path: string;
    evidence: string | null;
    fix: string | null;
    state: string;
    state_reason: string | null;
    state_by: string | null;
    state_expires: string | null;
    first_seen: string;
    last_seen: string;
    fixed_at: string | null;
    sla_due: string;
    last_scan_id: string;
  };
  finding_events: {
    id: string;
    finding_id: string;
    at: string;
    from_state: string | null;
    to_state: string;
    scan_id: string | null;
    actor: string | null;
    note: string | null;
  };
  tokens: {
    id: string;
    token_hash: string;
    label: string;
    scope: string;
    team_id: string | null;
    access: string;
    created_at: string;
    last_used: string | null;
  };
  remediation_runs: {
    id: string;
    target_group: string | null;
    kind: string;
    status: string;
    approved_by: string | null;
    plan: string;
    result: string | null;
    verified: number;
    created_at: string;
    rolled_back_at: string | null;
  };
  /** Outbox and delivery log of notifications (one row per event per destination; see src/integrations). */
  notification_deliveries: {
    id: string;
    /** sha256(destination, fingerprint, state, change id): a state change is announced once per destination. */
    dedup_key: string;
    /** Insertion order (time + counter): deliveries to one destination go out in this order. */
    seq: string;
    destination: string;
    destination_type: string;
    event_type: string;
    fingerprint: string;
    finding_id: string | null;
    target_group: string;
    team_id: string | null;
    severity: string;
    state: string;
    /** The event as JSON (NotificationEvent). */
    payload: string;
    /** Set for digest deliveries: `<team>@<window end>`; rows of one group go out as one message. */
    digest_group: string | null;
    /** queued | retrying | sending | sent | failed */
    status: string;
    attempts: number;
    due_at: string;
    lease_until: string | null;
    last_error: string | null;
    external_ref: string | null;
    created_at: string;
    updated_at: string;
    sent_at: string | null;
  };
  /** Every delivery attempt: sent, retry (with the reason) or failed. */
  notification_attempts: {
    id: string;
    delivery_id: string;
    at: string;
    outcome: string;
    http_status: number | null;
    reason: string | null;
    duration_ms: number;
  };
  /** What a destination knows a finding as (e.g. the Jira issue key). */
  integration_refs: {
    destination: string;
    fingerprint: string;
    ref: string;
    updated_at: string;
  };
  settings: {
    key: string;
    /** JSON. */
    value: string;
    updated_at: string;
    updated_by: string | null;
  };
}
