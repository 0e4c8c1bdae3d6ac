import type { LiveDocumentBase } from '../types.js';

export interface MemcachedLiveDocument extends LiveDocumentBase {
  readonly kind: 'memcached-live';
  readonly version?: string;
  /** `stats` over TCP answered without any authentication. */
  readonly statsReadable?: boolean;
  /** First line of a refusal, when `stats` was refused. */
  readonly refusal?: string;
  /** `udpport` from `stats settings` (0 = UDP disabled). */
  readonly udpPort?: number;
  readonly saslEnabled?: boolean;
  /** Result of the optional UDP stats request (only sent when asked for). */
  readonly udpResponds?: boolean;
  readonly currentItems?: number;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'memcached-live': MemcachedLiveDocument;
  }
}
