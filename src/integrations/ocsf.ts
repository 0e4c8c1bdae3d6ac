import type { Finding } from '../core/finding.js';
import type { AnyRule } from '../core/rule.js';
import type { Severity } from '../core/severity.js';
import { type ReportInput, ruleFor } from '../report/report-input.js';
import type { NotificationEvent } from './events.js';

/** The OCSF schema version these events follow. */
export const OCSF_VERSION = '1.3.0';
/** Used when a rule cites no industry benchmark: `compliance.standards` is always set. */
export const PLUMBLINE_STANDARD = 'Plumbline Security Baseline';

const SEVERITY_ID: Record<Severity, { id: number; name: string }> = {
  info: { id: 1, name: 'Informational' },
  low: { id: 2, name: 'Low' },
  medium: { id: 3, name: 'Medium' },
  high: { id: 4, name: 'High' },
  critical: { id: 5, name: 'Critical' },
};

export interface OcsfCompliance {
  readonly standards: string[];
  readonly control: string;
  readonly requirements?: string[];
}

/**
 * Standards and control from a rule's references: `CIS Kubernetes Benchmark 5.2.1` gives the
 * standard `CIS Kubernetes Benchmark` and control `5.2.1`. Without a CIS reference the finding is
 * filed under the Plumbline baseline with the rule id as its control.
 */
export function complianceOf(ruleId: string, references: readonly string[]): OcsfCompliance {
  const standards: string[] = [];
  const controls: string[] = [];
  const requirements: string[] = [];
  for (const ref of references) {
    const cis = /^(CIS\b.*?)\s+((?:\d+\.)*\d+)$/.exec(ref.trim());
    if (cis) {
      if (!standards.includes(cis[1]!)) standards.push(cis[1]!);
      controls.push(cis[2]!);
      requirements.push(ref.trim());
    } else if (/^CIS\b/.test(ref)) {
      if (!standards.includes(ref.trim())) standards.push(ref.trim());
    } else if (/^CWE-\d+$/.test(ref.trim())) {
      requirements.push(ref.trim());
    }
  }
  if (standards.length === 0) standards.push(PLUMBLINE_STANDARD);
  return {
    standards,
    control: controls[0] ?? ruleId,
    ...(requirements.length ? { requirements } : {}),
  };
}

function metadata(productVersion: string, uid?: string) {
  return {
    version: OCSF_VERSION,
    product: { name: 'Plumbline', vendor_name: 'Plumbline', version: productVersion },
    ...(uid ? { uid } : {}),
  };
}

interface ComplianceInput {
  readonly ruleId: string;
  readonly title: string;
  readonly message: string;
  readonly severity: Severity;
  readonly fingerprint: string;
  readonly path: string;
  readonly line?: number;
  readonly logicalPath: string;
  readonly documentKind?: string;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly time: Date;
  /** 1 Create, 2 Update, 3 Close */
  readonly activityId: 1 | 2 | 3;
  /** 1 New, 3 Suppressed, 4 Resolved */
  readonly statusId: 1 | 3 | 4;
  readonly rule: Pick<AnyRule, 'why' | 'fix' | 'verify' | 'references'> | undefined;
  readonly owner?: { teamId: string | null; teamName: string | null };
  readonly automatic?: boolean | null;
  readonly eventUid?: string;
  readonly productVersion: string;
}

const ACTIVITY = { 1: 'Create', 2: 'Update', 3: 'Close' } as const;
const STATUS = { 1: 'New', 3: 'Suppressed', 4: 'Resolved' } as const;

function complianceFinding(i: ComplianceInput) {
  const refs = i.rule?.references ?? [];
  const compliance = complianceOf(i.ruleId, refs);
  const resolved = i.statusId === 4;
  const sev = SEVERITY_ID[i.severity];
  return {
    activity_id: i.activityId,
    activity_name: ACTIVITY[i.activityId],
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2003,
    class_name: 'Compliance Finding',
    type_uid: 200300 + i.activityId,
    type_name: `Compliance Finding: ${ACTIVITY[i.activityId]}`,
    severity_id: sev.id,
    severity: sev.name,
    status_id: i.statusId,
    status: STATUS[i.statusId],
    time: i.time.getTime(),
    message: i.message,
    metadata: metadata(i.productVersion, i.eventUid),
    finding_info: {
      uid: i.fingerprint,
      title: i.title,
      desc: i.message,
      types: ['Security Misconfiguration'],
      analytic: { uid: i.ruleId, name: i.title, type_id: 1, type: 'Rule' },
      ...(i.firstSeen
        ? { first_seen_time: Date.parse(i.firstSeen), created_time: Date.parse(i.firstSeen) }
        : {}),
      ...(i.lastSeen ? { last_seen_time: Date.parse(i.lastSeen) } : {}),
    },
    compliance: {
      ...compliance,
      status_id: resolved ? 1 : 3,
      status: resolved ? 'Pass' : 'Fail',
    },
    remediation: {
      desc: i.rule?.fix ?? '',
      ...(refs.some((r) => /^https?:\/\//.test(r))
        ? { references: refs.filter((r) => /^https?:\/\//.test(r)) }
        : {}),
    },
    resources: [
      {
        uid: i.path,
        name: i.path,
        type: i.documentKind ?? (/^[a-z][a-z0-9+.-]*:\/\//i.test(i.path) ? 'service' : 'file'),
        ...(i.owner?.teamName ? { owner: { name: i.owner.teamName, uid: i.owner.teamId ?? undefined } } : {}),
      },
    ],
    unmapped: {
      plumbline: {
        rule_id: i.ruleId,
        fingerprint: i.fingerprint,
        logical_path: i.logicalPath,
        ...(i.line !== undefined ? { line: i.line } : {}),
        why: i.rule?.why ?? '',
        verify: i.rule?.verify ?? '',
        ...(i.automatic !== undefined && i.automatic !== null ? { fix_automatic: i.automatic } : {}),
      },
    },
  };
}

export type OcsfComplianceFinding = ReturnType<typeof complianceFinding>;

/** A Compliance Finding (class 2003) for one scan finding. */
export function ocsfFinding(
  f: Finding,
  rule: AnyRule | undefined,
  options: { time: Date; productVersion: string; suppressed?: boolean },
): OcsfComplianceFinding {
  return complianceFinding({
    ruleId: f.ruleId,
    title: f.title,
    message: f.message,
    severity: f.severity,
    fingerprint: f.fingerprint,
    path: f.location.path,
    ...(f.location.range ? { line: f.location.range.start.line } : {}),
    logicalPath: f.logicalPath,
    documentKind: f.documentKind,
    time: options.time,
    activityId: 1,
    statusId: options.suppressed ? 3 : 1,
    rule,
    automatic: f.fix ? f.fix.automatic : null,
    productVersion: options.productVersion,
  });
}

/** A Remediation Activity (class 7001, activity Harden) for an applied or failed fix. */
export function ocsfRemediation(options: {
  runId: string;
  status: 'applied' | 'failed';
  time: Date;
  productVersion: string;
  severity: Severity;
  ruleId: string;
  title: string;
  fingerprint: string;
  path: string;
  description: string;
  verified?: boolean;
  reason?: string;
}) {
  const ok = options.status === 'applied';
  const sev = SEVERITY_ID[options.severity];
  return {
    activity_id: 4,
    activity_name: 'Harden',
    category_uid: 7,
    category_name: 'Remediation',
    class_uid: 7001,
    class_name: 'Remediation Activity',
    type_uid: 700104,
    type_name: 'Remediation Activity: Harden',
    severity_id: sev.id,
    severity: sev.name,
    status_id: ok ? 1 : 6,
    status: ok ? 'Success' : 'Error',
    ...(options.reason ? { status_detail: options.reason } : {}),
    time: options.time.getTime(),
    message: `${ok ? 'Applied' : 'Could not apply'} the fix for ${options.ruleId} in ${options.path}`,
    metadata: metadata(options.productVersion),
    command_uid: options.runId,
    countermeasures: [{ name: 'Application Configuration Hardening', uid: 'D3-ACH' }],
    remediation: { desc: options.description },
    unmapped: {
      plumbline: {
        rule_id: options.ruleId,
        title: options.title,
        fingerprint: options.fingerprint,
        path: options.path,
        ...(options.verified !== undefined ? { verified: options.verified } : {}),
      },
    },
  };
}

export type OcsfRemediationActivity = ReturnType<typeof ocsfRemediation>;

/** The OCSF event for a notification (webhook `payload: ocsf`). */
export function ocsfFromEvent(
  event: NotificationEvent,
  productVersion: string,
): OcsfComplianceFinding | OcsfRemediationActivity {
  const f = event.finding;
  if (event.run) {
    return ocsfRemediation({
      runId: event.run.id,
      status: event.run.status,
      time: new Date(event.at),
      productVersion,
      severity: f.severity,
      ruleId: f.ruleId,
      title: f.title,
      fingerprint: f.fingerprint,
      path: f.path,
      description: event.fix.description ?? event.fix.remediation,
      ...(event.run.verified !== undefined ? { verified: event.run.verified } : {}),
      ...(event.run.reason ? { reason: event.run.reason } : {}),
    });
  }
  const closing = event.type === 'finding.fixed';
  const activityId = event.type === 'finding.new' || event.type === 'drift.detected' ? 1 : closing ? 3 : 2;
  return complianceFinding({
    ruleId: f.ruleId,
    title: f.title,
    message: f.message,
    severity: f.severity,
    fingerprint: f.fingerprint,
    path: f.path,
    ...(f.line !== undefined ? { line: f.line } : {}),
    logicalPath: f.logicalPath,
    ...(f.firstSeen ? { firstSeen: f.firstSeen } : {}),
    lastSeen: event.at,
    time: new Date(event.at),
    activityId,
    statusId: closing ? 4 : 1,
    rule: {
      why: event.fix.why,
      fix: event.fix.remediation,
      verify: event.fix.verify,
      references: event.fix.references,
    },
    owner: { teamId: event.owner.teamId, teamName: event.owner.teamName },
    automatic: event.fix.automatic,
    eventUid: event.changeId,
    productVersion,
  });
}

/**
 * `--format ocsf`: a JSON array of Compliance Findings (class 2003), one per finding (and per
 * suppressed finding with status Suppressed when the report shows them), plus Remediation
 * Activities (class 7001) for fixes the caller applied.
 */
export function formatOcsf(
  input: ReportInput,
  extra: { remediations?: readonly Parameters<typeof ocsfRemediation>[0][] } = {},
): string {
  const events: unknown[] = [];
  for (const f of input.findings) {
    events.push(
      ocsfFinding(f, ruleFor(input, f.ruleId), { time: input.startedAt, productVersion: input.toolVersion }),
    );
  }
  if (input.showSuppressed) {
    for (const f of input.suppressed) {
      events.push(
        ocsfFinding(f, ruleFor(input, f.ruleId), {
          time: input.startedAt,
          productVersion: input.toolVersion,
          suppressed: true,
        }),
      );
    }
  }
  for (const r of extra.remediations ?? []) events.push(ocsfRemediation(r));
  return `${JSON.stringify(events, null, 2)}\n`;
}
