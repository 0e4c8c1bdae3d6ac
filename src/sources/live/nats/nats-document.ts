import type { LiveDocumentBase } from '../types.js';

export interface NatsLiveDocument extends LiveDocumentBase {
  readonly kind: 'nats-live';
  readonly version?: string;
  readonly serverName?: string;
  /** `auth_required` from the INFO line: the server will reject a CONNECT without credentials. */
  readonly authRequired?: boolean;
  readonly tlsRequired?: boolean;
  readonly tlsAvailable?: boolean;
  readonly jetstream?: boolean;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'nats-live': NatsLiveDocument;
  }
}
