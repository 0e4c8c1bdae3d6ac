import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { withSocket } from '../probe-socket.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import type { NatsLiveDocument } from './nats-document.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Parses the server's greeting `INFO {json}`; throws a ProbeError for anything else. */
export function parseNatsInfo(line: string, endpoint: string): Record<string, unknown> {
  const m = /^INFO\s+(\{.*\})\s*$/.exec(line);
  if (!m?.[1]) throw new ProbeError('protocol-error', `${endpoint}: not a NATS INFO greeting`);
  try {
    const value: unknown = JSON.parse(m[1]);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new ProbeError('protocol-error', `${endpoint}: NATS INFO is not a JSON object`);
}

/** NATS probe: reads the INFO line the server sends on connect. Sends nothing at all. */
export async function probeNats(target: LiveTarget, opts: ProbeOptions): Promise<NatsLiveDocument> {
  const base = baseDocument('nats-live', 'nats', target, opts);
  const facts: Partial<Mutable<NatsLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  try {
    const info = await withSocket(target, base.path, opts.timeoutMs, async (s) =>
      parseNatsInfo(await s.readLine(64 * 1024, 'INFO line'), base.path),
    );
    reachable = true;
    const bool = (k: string) => (typeof info[k] === 'boolean' ? (info[k] as boolean) : undefined);
    const text = (k: string) => (typeof info[k] === 'string' ? (info[k] as string) : undefined);
    facts.authRequired = bool('auth_required') ?? false;
    const tlsRequired = bool('tls_required');
    const tlsAvailable = bool('tls_available');
    const jetstream = bool('jetstream');
    const version = text('version');
    const serverName = text('server_name');
    if (tlsRequired !== undefined) facts.tlsRequired = tlsRequired;
    if (tlsAvailable !== undefined) facts.tlsAvailable = tlsAvailable;
    if (jetstream !== undefined) facts.jetstream = jetstream;
    if (version !== undefined) facts.version = version;
    if (serverName !== undefined) facts.serverName = serverName;
  } catch (e) {
    diagnostics.push(toDiagnostic(base.path, e));
  }
  return { ...base, ...facts, kind: 'nats-live', reachable, diagnostics };
}
