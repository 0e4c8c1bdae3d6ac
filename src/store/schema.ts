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
}
