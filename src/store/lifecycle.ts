import type { Severity } from '../core/severity.js';

export const FINDING_STATES = ['new', 'open', 'fixed', 'reopened', 'suppressed', 'accepted'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

/** States in which a finding still needs work. */
export const ACTIVE_STATES: readonly FindingState[] = ['new', 'open', 'reopened'];

export const DEFAULT_SLA_DAYS: Record<Severity, number> = {
  critical: 7,
  high: 30,
  medium: 90,
  low: 180,
  info: 365,
};

export interface StateInfo {
  readonly state: FindingState;
  readonly expires: string | null;
}

/** The state after a scan that saw the finding. */
export function stateWhenSeen(prev: StateInfo | undefined, now: Date): FindingState {
  if (!prev) return 'new';
  switch (prev.state) {
    case 'new':
    case 'open':
    case 'reopened':
      return 'open';
    case 'fixed':
      return 'reopened';
    case 'suppressed':
    case 'accepted':
      return lapsed(prev, now) ? 'open' : prev.state;
  }
}

export function lapsed(info: StateInfo, now: Date): boolean {
  return (
    (info.state === 'suppressed' || info.state === 'accepted') &&
    info.expires !== null &&
    Date.parse(info.expires) <= now.getTime()
  );
}

export function slaDue(
  firstSeen: Date,
  severity: Severity,
  days: Partial<Record<Severity, number>> = {},
): string {
  const d = days[severity] ?? DEFAULT_SLA_DAYS[severity];
  return new Date(firstSeen.getTime() + d * 86_400_000).toISOString();
}
