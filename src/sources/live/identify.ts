import { connect } from 'node:net';
import { PROTOCOL_HEADER } from './amqp/amqp-wire.js';
import { opMsg } from './mongodb/probe.js';
import { connectPacket } from './mqtt/probe.js';
import type { LiveServiceName } from './services.js';
import type { LiveTarget } from './types.js';

/** What a service said (or did not say) to one opening move. */
interface Exchange {
  readonly data: Buffer;
  readonly closed: boolean;
}

/** Connects, optionally sends `hello`, and collects up to 4 KiB for at most `waitMs`. Never throws. */
export function exchange(
  target: LiveTarget,
  hello: Buffer | undefined,
  waitMs: number,
): Promise<Exchange | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const socket = connect({ host: target.host, port: target.port });
    const finish = (result: Exchange | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ data: Buffer.concat(chunks), closed: false }), waitMs);
    socket.on('connect', () => {
      if (hello) socket.write(hello);
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size >= 4096 || looksComplete(Buffer.concat(chunks)))
        finish({ data: Buffer.concat(chunks), closed: false });
    });
    socket.on('error', () =>
      finish(chunks.length ? { data: Buffer.concat(chunks), closed: true } : undefined),
    );
    socket.on('close', () => finish({ data: Buffer.concat(chunks), closed: true }));
  });
}

/** Enough bytes to decide: a full line, or the 1-byte SSLRequest answer, or a binary header. */
function looksComplete(b: Buffer): boolean {
  return b.includes(10) || b.length >= 4;
}

type Classifier = (reply: Buffer) => LiveServiceName | 'http' | undefined;

interface Move {
  readonly hello: Buffer | undefined;
  readonly classify: Classifier;
  /** Services this move can recognise, to try the port's usual service first. */
  readonly finds: readonly LiveServiceName[];
}

const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

const MOVES: readonly Move[] = [
  {
    // Server speaks first: NATS sends INFO, MySQL/MariaDB a handshake packet.
    hello: undefined,
    finds: ['nats', 'mysql'],
    classify: (b) => {
      if (b.subarray(0, 5).toString('latin1') === 'INFO ') return 'nats';
      if (b.length >= 5 && (b[4] === 0x0a || b[4] === 0xff) && b.readUIntLE(0, 3) === b.length - 4)
        return 'mysql';
      if (b.length >= 5 && (b[4] === 0x0a || b[4] === 0xff) && b.readUIntLE(0, 3) > b.length - 4)
        return 'mysql';
      return undefined;
    },
  },
  {
    hello: Buffer.from('PING\r\n'),
    finds: ['redis', 'memcached', 'elasticsearch', 'amqp'],
    classify: (b) => {
      const s = b.subarray(0, 16).toString('latin1');
      if (s.startsWith('+PONG') || /^-(NOAUTH|DENIED|ERR|NOPERM|WRONGPASS)/.test(s)) return 'redis';
      if (/^(CLIENT_|SERVER_)?ERROR/.test(s)) return 'memcached';
      if (s.startsWith('HTTP/')) return 'http';
      if (s.startsWith('AMQP')) return 'amqp';
      return undefined;
    },
  },
  {
    hello: SSL_REQUEST,
    finds: ['postgres'],
    classify: (b) => (b.length === 1 && (b[0] === 0x53 || b[0] === 0x4e) ? 'postgres' : undefined),
  },
  {
    hello: connectPacket('plumb-identify'),
    finds: ['mqtt'],
    classify: (b) => (b[0] === 0x20 && b[1] === 0x02 ? 'mqtt' : undefined),
  },
  {
    hello: PROTOCOL_HEADER,
    finds: ['amqp'],
    classify: (b) => (b[0] === 1 && b.length >= 7 ? 'amqp' : undefined),
  },
  {
    hello: opMsg(1, { hello: 1, $db: 'admin' }),
    finds: ['mongodb'],
    classify: (b) => (b.length >= 16 && b.readInt32LE(12) === 2013 ? 'mongodb' : undefined),
  },
];

export interface Identification {
  readonly service?: LiveServiceName;
  /** The endpoint speaks HTTP but is not a data service this module probes. */
  readonly http?: boolean;
  readonly note: string;
}

/**
 * Identifies a data service by its handshake: waits for a greeting, then tries a few harmless
 * opening moves (PING line, SSLRequest, MQTT CONNECT, AMQP header, OP_MSG hello) on fresh connections.
 * The port's usual service is tried first. Each move costs at most `waitMs`.
 */
export async function identifyService(
  target: LiveTarget,
  waitMs: number,
  usualService?: LiveServiceName,
): Promise<Identification> {
  const ordered = [...MOVES].sort((a, b) => {
    const score = (m: Move) => (usualService && m.finds.includes(usualService) ? 0 : 1);
    return score(a) - score(b) || MOVES.indexOf(a) - MOVES.indexOf(b);
  });
  // The passive move must stay first so a speaks-first server is never sent bytes it does not expect.
  const passive = MOVES[0] as Move;
  const sequence = [passive, ...ordered.filter((m) => m !== passive)];
  let reached = false;
  // Speaks-first servers greet at once; only wait the full time when the port suggests one.
  const speaksFirst = usualService !== undefined && passive.finds.includes(usualService);
  const passiveWait = speaksFirst ? waitMs : Math.min(waitMs, 400);
  for (const move of sequence) {
    const reply = await exchange(target, move.hello, move === passive ? passiveWait : waitMs);
    if (!reply) {
      if (!reached) return { note: 'connection refused or unreachable' };
      continue;
    }
    reached = true;
    if (reply.data.length === 0) continue;
    // A slow greeting may still arrive after our opening move.
    const found = move.classify(reply.data) ?? passive.classify(reply.data);
    if (found === 'http') {
      return {
        service: 'elasticsearch',
        http: true,
        note: 'speaks HTTP; checking for Elasticsearch/OpenSearch',
      };
    }
    if (found) return { service: found, note: `identified as ${found} by its handshake` };
    if (move === passive) return { note: 'sent an unrecognised greeting' };
  }
  return {
    note: reached ? 'did not answer any known data-service handshake' : 'connection refused or unreachable',
  };
}
