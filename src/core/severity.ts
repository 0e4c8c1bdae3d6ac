/** Severity levels, most severe first. The order is the single source of truth for comparisons. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** True when `a` is at least as severe as `b`. */
export function atLeast(a: Severity, b: Severity): boolean {
  return RANK[a] >= RANK[b];
}

/** Sort comparator: most severe first. */
export function bySeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/** GitHub code scanning reads `security-severity` as a CVSS-like score. */
export function securitySeverityScore(severity: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' }[severity];
}
