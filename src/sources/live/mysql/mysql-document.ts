import type { LiveDocumentBase } from '../types.js';

export interface MySqlLoginAttempt {
  /** Login name tried ('' is the anonymous user). */
  readonly user: string;
  /** 'empty' for the default-credential attempts; 'supplied' for operator credentials. */
  readonly password: 'empty' | 'supplied';
  readonly outcome: 'ok' | 'denied';
  readonly message?: string;
  /** CURRENT_USER() after a successful login: the account that matched, e.g. `root@%`. */
  readonly matchedAccount?: string;
}

export interface MySqlAccount {
  readonly user: string;
  readonly host: string;
  readonly plugin?: string;
  /** True when the account has no password (native/sha2 plugin with an empty authentication string). */
  readonly emptyPassword?: boolean;
}

export interface MySqlLiveDocument extends LiveDocumentBase {
  readonly kind: 'mysql-live';
  readonly serverVersion?: string;
  readonly flavor?: 'mariadb' | 'mysql';
  readonly capabilities?: number;
  /** CLIENT_SSL in the greeting: the server can upgrade connections to TLS. */
  readonly tlsSupported?: boolean;
  readonly authPlugin?: string;
  /** The server refused our address before any login (errno, message). */
  readonly refused?: { readonly errno: number; readonly message: string };
  readonly logins: readonly MySqlLoginAttempt[];
  readonly localInfile?: boolean;
  readonly requireSecureTransport?: boolean;
  /** @@hostname: accounts for this name are local, like localhost. */
  readonly serverHostname?: string;
  /** Accounts from mysql.user, when a login could read it. */
  readonly accounts?: readonly MySqlAccount[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'mysql-live': MySqlLiveDocument;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * True for account hosts that admit connections from other machines ('%', '10.%', another host's
 * name...). The server's own host name counts as local (installers create root@<hostname>).
 */
export function isRemoteHost(host: string, serverHostname?: string): boolean {
  const h = host.toLowerCase();
  return !LOCAL_HOSTS.has(h) && h !== serverHostname?.toLowerCase();
}
