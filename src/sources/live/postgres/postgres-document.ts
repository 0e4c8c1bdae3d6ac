import type { LiveDocumentBase } from '../types.js';
import type { PgAuthMethod } from './pg-wire.js';

/** How the server answered a login attempt. */
export interface PgLoginAttempt {
  readonly user: string;
  /** 'ok' without a password is a trust login; 'password-required' means it asked for one. */
  readonly outcome: 'ok' | 'password-required' | 'rejected';
  readonly method?: PgAuthMethod;
  /** Server's refusal text, for rejected attempts. */
  readonly message?: string;
  /** Whether a password was sent (only with supplied credentials). */
  readonly withPassword: boolean;
}

export interface PostgresLiveDocument extends LiveDocumentBase {
  readonly kind: 'postgres-live';
  /** The answer to SSLRequest: true when the server offers TLS. */
  readonly sslOffered?: boolean;
  /** The default-credential attempt: role `postgres`, no password. */
  readonly defaultLogin?: PgLoginAttempt;
  /** The attempt with operator-supplied credentials. */
  readonly suppliedLogin?: PgLoginAttempt;
  readonly serverVersion?: string;
  /** Server settings readable by the logged-in role (data_directory, hba_file, ssl, password_encryption). */
  readonly settings?: Readonly<Record<string, string>>;
  readonly superuser?: boolean;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'postgres-live': PostgresLiveDocument;
  }
}
