import type { LiveDocumentBase } from '../types.js';

export interface MongoDbLiveDocument extends LiveDocumentBase {
  readonly kind: 'mongodb-live';
  readonly version?: string;
  readonly maxWireVersion?: number;
  readonly replicaSet?: string;
  /** listDatabases without authentication: 'allowed' means anyone reachable can see (and likely read) data. */
  readonly listDatabases?: 'allowed' | 'denied';
  /** Names returned by listDatabases (at most 50). */
  readonly databases?: readonly string[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'mongodb-live': MongoDbLiveDocument;
  }
}
