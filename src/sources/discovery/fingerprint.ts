import { PROTOCOL_HEADER } from '../live/amqp/amqp-wire.js';
import { opMsg } from '../live/mongodb/probe.js';
import { connectPacket } from '../live/mqtt/probe.js';
import { LEGACY_SUITES, TLS13_SUITES } from '../live/tls/cipher-suites.js';
import { buildClientHello } from '../live/tls/tls-wire.js';
import type { LiveTarget } from '../live/types.js';
import { converse, type Reply } from './converse.js';

/** Service names discovery can tell apart by handshake. */
export type ServiceName =
  | 'ssh'
  | 'smtp'
  | 'ftp'
  | 'pop3'
  | 'imap'
  | 'mysql'
  | 'nats'
  | 'tls'
  | 'http'
  | 'elasticsearch'
  | 'redis'
  | 'postgres'
  | 'mongodb'
  | 'memcached'
  | 'mqtt'
  | 'amqp'
  | 'unknown';

export interface Fingerprint {
  readonly service: ServiceName;
  /** Product/version as announced (banner software, Server header, version field). */
  readonly version?: string;
  /** First line the service said on its own, trimmed to 200 printable characters. */
  readonly banner?: string;
  /** The port answered a TLS ClientHello. */
  readonly tls?: boolean;
}

function printable(b: Buffer): string {
  return b
    .subarray(0, 200)
    .toString('latin1')
    .replace(/[^\x20-\x7e]+/g, ' ')
    .trim();
}

/** Classifies what a server said before we sent anything. */
export function classifyBanner(b: Buffer): Fingerprint | undefined {
  const s = b.subarray(0, 512).toString('latin1');
  const first = s.split(/\r?\n/)[0] ?? '';
  if (s.startsWith('SSH-')) {
    const m = /^SSH-[\d.]+-(\S+)/.exec(first);
    return { service: 'ssh', banner: first.trim(), ...(m?.[1] ? { version: m[1] } : {}) };
  }
  if (/^220[ -]/.test(s)) {
    const service = /\bFTP\b|FileZilla|vsftpd|ProFTPD|Pure-FTPd/i.test(first) ? 'ftp' : 'smtp';
    return { service, banner: first.trim() };
  }
  if (s.startsWith('+OK')) return { service: 'pop3', banner: first.trim() };
  if (s.startsWith('* OK')) return { service: 'imap', banner: first.trim() };
  if (s.startsWith('INFO {')) {
    const v = /"version"\s*:\s*"([^"]+)"/.exec(s);
    return { service: 'nats', ...(v?.[1] ? { version: `nats-server ${v[1]}` } : {}) };
  }
  if (b.length >= 5 && b.readUIntLE(0, 3) >= b.length - 4 - 64 && b[3] === 0 && b[4] === 0x0a) {
    const end = b.indexOf(0, 5);
    const version = end > 5 ? b.subarray(5, end).toString('latin1') : undefined;
    return { service: 'mysql', ...(version ? { version } : {}) };
  }
  if (b.length >= 5 && b[3] === 0 && b[4] === 0xff) return { service: 'mysql' };
  return undefined;
}

function classifyHttp(b: Buffer): Fingerprint | undefined {
  const s = b.subarray(0, 8192).toString('latin1');
  if (!/^HTTP\/\d/.test(s)) return undefined;
  const server = /\r?\nserver:\s*([^\r\n]+)/i.exec(s)?.[1]?.trim();
  if (/"cluster_name"\s*:/.test(s)) {
    const v = /"number"\s*:\s*"([^"]+)"/.exec(s)?.[1];
    return { service: 'elasticsearch', ...(v ? { version: v } : server ? { version: server } : {}) };
  }
  return { service: 'http', ...(server ? { version: server } : {}) };
}

interface Move {
  readonly hello: () => Buffer;
  readonly classify: (b: Buffer) => Fingerprint | undefined;
}

const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

/** Redis and memcached wait for a full line, so they leave a TLS ClientHello unanswered. */
const PING_MOVE: Move = {
  hello: () => Buffer.from('PING\r\n'),
  classify: (b) => {
    const s = b.subarray(0, 32).toString('latin1');
    if (s.startsWith('+PONG') || /^-(NOAUTH|DENIED|ERR|NOPERM|WRONGPASS)/.test(s))
      return { service: 'redis' };
    if (/^(CLIENT_|SERVER_)?ERROR/.test(s)) return { service: 'memcached' };
    return undefined;
  },
};

/** Tried one after another once neither TLS nor PING told. */
const ACTIVE_MOVES: readonly Move[] = [
  {
    hello: () => Buffer.from('GET / HTTP/1.0\r\nUser-Agent: plumb-discover\r\nAccept: */*\r\n\r\n'),
    classify: classifyHttp,
  },
  {
    hello: () => SSL_REQUEST,
    classify: (b) =>
      b.length === 1 && (b[0] === 0x53 || b[0] === 0x4e) ? { service: 'postgres' } : undefined,
  },
  {
    hello: () => opMsg(1, { hello: 1, $db: 'admin' }),
    classify: (b) => (b.length >= 16 && b.readInt32LE(12) === 2013 ? { service: 'mongodb' } : undefined),
  },
  {
    hello: () => Buffer.from('version\r\n'),
    classify: (b) => {
      const m = /^VERSION (\S+)/.exec(b.subarray(0, 64).toString('latin1'));
      return m ? { service: 'memcached', ...(m[1] ? { version: m[1] } : {}) } : undefined;
    },
  },
  {
    hello: () => connectPacket('plumb-discover'),
    classify: (b) => (b[0] === 0x20 && b[1] === 0x02 ? { service: 'mqtt' } : undefined),
  },
  {
    hello: () => PROTOCOL_HEADER,
    classify: (b) => (b[0] === 1 && b.length >= 7 ? { service: 'amqp' } : undefined),
  },
];

export interface FingerprintOptions {
  /** How long to wait for a greeting before speaking (servers that speak first do so at once). */
  readonly bannerWaitMs: number;
  /** Wait per opening move. */
  readonly waitMs: number;
  /** SNI for the TLS probe. */
  readonly servername?: string;
}

/**
 * Answers that name their protocol whatever we sent: an AMQP broker refuses any other opening by
 * writing its own protocol header ("AMQP" and a version) before closing.
 */
function classifyAnswer(b: Buffer): Fingerprint | undefined {
  return b.length >= 8 && b.subarray(0, 4).toString('latin1') === 'AMQP' ? { service: 'amqp' } : undefined;
}

function classifyReply(move: Move, reply: Reply | undefined): Fingerprint | undefined {
  if (!reply || reply.data.length === 0) return undefined;
  // A slow greeting may still arrive after our opening move.
  return move.classify(reply.data) ?? classifyBanner(reply.data) ?? classifyAnswer(reply.data);
}

/** Sends a move and classifies the answer, which ends as soon as the move recognises it. */
async function play(
  target: LiveTarget,
  move: Move,
  waitMs: number,
  signal?: AbortSignal,
): Promise<Fingerprint | undefined> {
  const reply = await converse(target, move.hello(), waitMs, {
    ...(signal ? { signal } : {}),
    enough: (data) => move.classify(data) !== undefined,
  });
  return classifyReply(move, reply);
}

/** A ClientHello; a handshake record (ServerHello, 0x16) or an alert (0x15) both mean TLS. */
function tlsMove(servername: string | undefined): Move {
  return {
    hello: () =>
      buildClientHello({
        version: 'TLSv1.3',
        suites: [...TLS13_SUITES, ...LEGACY_SUITES],
        ...(servername ? { servername } : {}),
      }),
    classify: (t) =>
      t.length >= 5 && (t[0] === 0x16 || t[0] === 0x15) && t[1] === 3
        ? { service: 'tls', tls: true }
        : undefined,
  };
}

/** The first of `answers` to settle with a value, or undefined once all settled without one. */
function firstFound<T>(answers: readonly Promise<T | undefined>[]): Promise<T | undefined> {
  return new Promise((resolve) => {
    let left = answers.length;
    for (const answer of answers) {
      void answer.then((found) => {
        left--;
        if (found !== undefined || left === 0) resolve(found);
      });
    }
  });
}

/**
 * Identifies the service on an open port by its handshake, never by the port number: listen for a
 * greeting; then, on two fresh connections at once, a TLS ClientHello and a PING line; then the other
 * plain-text opening moves one after another, each on a fresh connection. Every step is bounded by
 * `waitMs`. Read-only: nothing is sent that changes server state.
 *
 * TLS and PING go together because Redis and memcached wait silently for the rest of a line that
 * a ClientHello never ends: asked one after the other, they cost a full `waitMs` each. Whichever
 * recognises the port first decides; no service speaks TLS and a plain-text protocol on one port,
 * so the other answer could not disagree.
 */
export async function fingerprint(target: LiveTarget, opts: FingerprintOptions): Promise<Fingerprint> {
  const greeting = await converse(target, undefined, opts.bannerWaitMs);
  if (!greeting) return { service: 'unknown' };
  if (greeting.data.length > 0) {
    return classifyBanner(greeting.data) ?? { service: 'unknown', banner: printable(greeting.data) };
  }
  const decided = new AbortController();
  const first = await firstFound<Fingerprint>([
    play(target, tlsMove(opts.servername), opts.waitMs, decided.signal),
    play(target, PING_MOVE, opts.waitMs, decided.signal),
  ]);
  decided.abort();
  if (first) return first;
  for (const move of ACTIVE_MOVES) {
    const found = await play(target, move, opts.waitMs);
    if (found) return found;
  }
  return { service: 'unknown' };
}
