import type { LiveDocumentBase } from '../types.js';

/** What the ACL says about the `default` user (the one unauthenticated clients are). */
export interface RedisDefaultUser {
  readonly enabled: boolean;
  readonly nopass: boolean;
  /** Number of passwords set (their hashes are never kept). */
  readonly passwordCount: number;
  /** ACL command rules, e.g. `+@all`. */
  readonly commands: string;
}

/** Observed facts about a Redis server. Undefined means "could not be observed", never "no". */
export interface RedisLiveDocument extends LiveDocumentBase {
  readonly kind: 'redis-live';
  readonly version?: string;
  readonly mode?: string;
  /** PING answered without AUTH: anyone who can reach the port can use the server. */
  readonly unauthenticatedAccess?: boolean;
  /** The server refused the unauthenticated client because protected mode is on (reached from outside). */
  readonly protectedModeRefusal?: boolean;
  /** Credentials were supplied and accepted; facts below were read as that user. */
  readonly authenticated?: boolean;
  readonly protectedMode?: 'yes' | 'no';
  /** CONFIG GET worked for the session the facts were read with. */
  readonly configCommand?: 'allowed' | 'denied';
  /** `config_file` from INFO (empty when started without one). */
  readonly configFile?: string;
  readonly defaultUser?: RedisDefaultUser;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'redis-live': RedisLiveDocument;
  }
}
