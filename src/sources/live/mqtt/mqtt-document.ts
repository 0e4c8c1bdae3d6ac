import type { LiveDocumentBase } from '../types.js';

export interface MqttLiveDocument extends LiveDocumentBase {
  readonly kind: 'mqtt-live';
  /** CONNACK return code for a CONNECT without username or password (0 = accepted). */
  readonly anonymousConnack?: number;
  /** CONNACK return code with the supplied credentials. */
  readonly suppliedConnack?: number;
  /** SUBACK for a subscription to `#` by the anonymous session. */
  readonly anonymousWildcard?: 'granted' | 'refused';
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'mqtt-live': MqttLiveDocument;
  }
}

/** MQTT 3.1.1 CONNACK return codes. */
export const CONNACK_TEXT: Readonly<Record<number, string>> = {
  0: 'connection accepted',
  1: 'unacceptable protocol version',
  2: 'client identifier rejected',
  3: 'server unavailable',
  4: 'bad user name or password',
  5: 'not authorized',
};
