import type { Diagnostic } from '../../core/diagnostic.js';
import type { BaseDocument } from '../../core/document.js';

/** A network endpoint to probe. Only what the caller put in scope: probes never widen it. */
export interface LiveTarget {
  readonly host: string;
  readonly port: number;
}

/** Credentials the operator supplied for a probe (never logged, never stored in documents). */
export interface LiveCredentials {
  readonly username?: string;
  readonly password?: string;
}

export interface ProbeOptions {
  /** Upper bound for connecting and for each read; a silent or slow server costs at most this much per step. */
  readonly timeoutMs: number;
  readonly credentials?: LiveCredentials;
  /**
   * Try the product's own documented default logins (e.g. `postgres` with no password, MySQL `root` with an
   * empty password, RabbitMQ `guest`/`guest`). Default true; false skips every such attempt.
   */
  readonly defaultCredentials?: boolean;
}

/** Fields every live document has: the endpoint it describes and what went wrong while probing it. */
export interface LiveDocumentBase extends BaseDocument {
  readonly host: string;
  readonly port: number;
  /** True when the service answered its handshake, so the facts below describe a real server. */
  readonly reachable: boolean;
  /** Whether the probe tried the product's default credentials (false when disabled by option). */
  readonly defaultCredentialsChecked: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export function defaultCredentialsEnabled(opts: ProbeOptions): boolean {
  return opts.defaultCredentials !== false;
}

/** `scheme://host:port`, with IPv6 literals bracketed: the document path and finding asset. */
export function endpointUrl(scheme: string, target: LiveTarget): string {
  const host = target.host.includes(':') && !target.host.startsWith('[') ? `[${target.host}]` : target.host;
  return `${scheme}://${host}:${target.port}`;
}

export function baseDocument(
  kind: string,
  scheme: string,
  target: LiveTarget,
  opts: ProbeOptions,
): Omit<LiveDocumentBase, 'reachable' | 'diagnostics'> {
  return {
    kind,
    path: endpointUrl(scheme, target),
    text: '',
    host: target.host,
    port: target.port,
    defaultCredentialsChecked: defaultCredentialsEnabled(opts),
  };
}
