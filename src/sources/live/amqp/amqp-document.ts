import type { LiveDocumentBase } from '../types.js';

export interface AmqpLiveDocument extends LiveDocumentBase {
  readonly kind: 'amqp-live';
  readonly product?: string;
  readonly version?: string;
  /** SASL mechanisms offered in Connection.Start, e.g. PLAIN, AMQPLAIN. */
  readonly mechanisms?: readonly string[];
  /** Outcome of PLAIN guest/guest (the RabbitMQ default account). */
  readonly guestLogin?: 'accepted' | 'refused';
  readonly suppliedLogin?: 'accepted' | 'refused';
  /** The server answered the protocol header with another protocol version (it does not speak 0-9-1). */
  readonly protocolMismatch?: string;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'amqp-live': AmqpLiveDocument;
  }
}
