import { createHash } from 'node:crypto';
import { atLeast } from '../core/severity.js';
import type { DestinationConfig, NotificationsConfig } from './config.js';
import type { NotificationEvent } from './events.js';

export interface RoutedDelivery {
  readonly destination: DestinationConfig;
  readonly event: NotificationEvent;
  /** Digest window in ms, or null to send at once. */
  readonly digestMs: number | null;
  readonly dedupKey: string;
}

/** Announced once per (destination, finding fingerprint, state, state change). */
export function dedupKey(destination: string, event: NotificationEvent): string {
  return createHash('sha256')
    .update([destination, event.finding.fingerprint, event.state, event.changeId].join('\u0000'))
    .digest('hex');
}

function teamMatches(teams: readonly string[] | undefined, event: NotificationEvent): boolean {
  if (!teams) return true;
  const { teamId, teamName } = event.owner;
  return teams.some((t) => t === teamId || (teamName !== null && t.toLowerCase() === teamName.toLowerCase()));
}

/**
 * Where an event goes. Routes are read in order; the first route that matches an event decides
 * how a given destination gets it (so a destination named by two matching routes gets the event
 * once). Jira never digests (one issue per finding); e-mail sends at or above its
 * `immediateSeverity` at once and digests the rest (default window 1h).
 */
export function routeEvent(config: NotificationsConfig, event: NotificationEvent): RoutedDelivery[] {
  if (!config.enabled) return [];
  const byName = new Map(config.destinations.map((d) => [d.name, d]));
  const out = new Map<string, RoutedDelivery>();
  for (const route of config.routes) {
    if (!route.events.includes(event.type)) continue;
    if (!atLeast(event.finding.severity, route.minSeverity)) continue;
    if (!teamMatches(route.teams, event)) continue;
    if (route.targetGroups && !route.targetGroups.includes(event.targetGroup)) continue;
    for (const name of route.to) {
      const destination = byName.get(name);
      if (!destination || out.has(name)) continue;
      let digestMs: number | null = route.digest ?? destination.digest ?? null;
      if (destination.type === 'jira') digestMs = null;
      if (destination.type === 'email') {
        digestMs = atLeast(event.finding.severity, destination.immediateSeverity)
          ? null
          : (route.digest ?? destination.digest ?? 3_600_000);
      }
      if (digestMs === 0) digestMs = null;
      out.set(name, { destination, event, digestMs, dedupKey: dedupKey(name, event) });
    }
  }
  return [...out.values()];
}

/** The end of the digest window containing `now` (windows are aligned to the epoch). */
export function digestWindowEnd(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs + windowMs;
}
