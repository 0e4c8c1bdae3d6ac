import type { LiveDocumentBase } from '../types.js';

/** Algorithms the server offers in its KEXINIT (client-to-server and server-to-client lists merged). */
export interface SshAlgorithms {
  readonly kex: readonly string[];
  readonly hostKey: readonly string[];
  readonly ciphers: readonly string[];
  readonly macs: readonly string[];
  readonly compression: readonly string[];
}

/** Observed SSH facts for one endpoint. Undefined means "not observed", never "no". */
export interface SshLiveDocument extends LiveDocumentBase {
  readonly kind: 'ssh-live';
  /** The identification line, e.g. `SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3`. */
  readonly banner?: string;
  /** `2.0`, `1.99` (SSH-1 and 2) or `1.5` (SSH-1 only). */
  readonly protocolVersion?: string;
  readonly software?: string;
  readonly algorithms?: SshAlgorithms;
  /** Methods the server lists after a `none` authentication request (empty list: `none` was accepted). */
  readonly authMethods?: readonly string[];
  /** The `none` method itself logged us in: no authentication at all. */
  readonly noneAuthAccepted?: boolean;
  /** User name sent with the `none` request. */
  readonly authUser?: string;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'ssh-live': SshLiveDocument;
  }
}
