import type { Severity } from '../core/severity.js';
import { EVENT_LABELS, type NotificationEvent } from './events.js';

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  info: 'INFO',
};

export function locationOf(event: NotificationEvent): string {
  const f = event.finding;
  return f.line !== undefined ? `${f.path}:${f.line}` : f.path;
}

export function teamOf(event: NotificationEvent): string {
  return event.owner.teamName ?? event.owner.teamId ?? 'unowned';
}

/** One line: `[HIGH] New finding: Container runs as root — Dockerfile:3 (team payments)`. */
export function summaryLine(event: NotificationEvent): string {
  return `[${SEVERITY_LABEL[event.finding.severity]}] ${EVENT_LABELS[event.type]}: ${event.finding.title} — ${locationOf(event)} (team ${teamOf(event)})`;
}

export function fixLine(event: NotificationEvent): string {
  if (event.run) {
    return event.run.status === 'applied'
      ? `Fix applied (run ${event.run.id})${event.run.verified === false ? ', not yet verified' : ''}.`
      : `Fix failed (run ${event.run.id})${event.run.reason ? `: ${event.run.reason}` : ''}.`;
  }
  if (event.type === 'finding.fixed') return 'No longer found by the latest scan.';
  const auto =
    event.fix.automatic === true
      ? ' Plumbline can apply this fix automatically (`plumb fix`).'
      : event.fix.automatic === false && event.fix.question
        ? ` Plumbline can apply it once you decide: ${event.fix.question}`
        : '';
  return `${event.fix.remediation}${auto}`;
}

/** A plain-text block for one event (e-mail body, digest entry). */
export function plainText(event: NotificationEvent): string {
  const f = event.finding;
  const lines = [
    summaryLine(event),
    `  What: ${f.message}`,
    `  Where: ${locationOf(event)} (${f.logicalPath}) in target group ${event.targetGroup}`,
  ];
  if (event.type !== 'finding.fixed' && !event.run && event.fix.why)
    lines.push(`  Why it matters: ${event.fix.why}`);
  lines.push(`  Fix: ${fixLine(event)}`);
  if (event.type !== 'finding.fixed' && !event.run && event.fix.verify)
    lines.push(`  Verify: ${event.fix.verify}`);
  if (event.type === 'sla.breached' && f.slaDue) lines.push(`  SLA was due: ${f.slaDue}`);
  lines.push(`  Rule: ${f.ruleId}  Fingerprint: ${f.fingerprint}`);
  return lines.join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The JSON body of a `payload: plumb` webhook and the `event` of a Splunk HEC event. */
export function plumbPayload(event: NotificationEvent) {
  return {
    type: event.type,
    timestamp: event.at,
    data: {
      changeId: event.changeId,
      state: event.state,
      targetGroup: event.targetGroup,
      ...(event.trigger ? { trigger: event.trigger } : {}),
      finding: event.finding,
      owner: { teamId: event.owner.teamId, teamName: event.owner.teamName },
      fix: event.fix,
      ...(event.run ? { run: event.run } : {}),
    },
  };
}
