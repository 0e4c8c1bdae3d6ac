import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { ProbeError } from '../probe-error.js';
import { ProbeSocket } from '../probe-socket.js';
import type { LiveTarget } from '../types.js';

/**
 * Hand-built TLS ClientHello records (as testssl.sh does): they can offer protocol versions and
 * cipher suites Node's own OpenSSL refuses to (SSLv3, EXPORT, RC4, NULL...). We only read the
 * server's first answer (ServerHello or alert) and hang up; no key exchange is ever completed.
 */

export type TlsVersionName = 'SSLv3' | 'TLSv1.0' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

export const TLS_VERSIONS: Readonly<Record<TlsVersionName, number>> = {
  SSLv3: 0x0300,
  'TLSv1.0': 0x0301,
  'TLSv1.1': 0x0302,
  'TLSv1.2': 0x0303,
  'TLSv1.3': 0x0304,
};

export function versionName(code: number): TlsVersionName | undefined {
  return (Object.keys(TLS_VERSIONS) as TlsVersionName[]).find((k) => TLS_VERSIONS[k] === code);
}

export interface ClientHelloSpec {
  readonly version: TlsVersionName;
  readonly suites: readonly number[];
  /** SNI; omitted for IP addresses (RFC 6066 forbids literal IPs). */
  readonly servername?: string;
}

const u8 = (n: number) => Buffer.from([n & 0xff]);
const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u24 = (n: number) => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
const vec16 = (b: Buffer) => Buffer.concat([u16(b.length), b]);
const vec8 = (b: Buffer) => Buffer.concat([u8(b.length), b]);
const ext = (type: number, body: Buffer) => Buffer.concat([u16(type), vec16(body)]);
const list16 = (values: readonly number[]) => Buffer.concat(values.map(u16));

const GROUPS = [0x001d, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101];
const SIG_ALGS = [
  0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0807, 0x0401, 0x0501, 0x0601, 0x0303, 0x0203, 0x0201,
  0x0402, 0x0202,
];

/** One TLS record holding a ClientHello for exactly the given version and suites. */
export function buildClientHello(spec: ClientHelloSpec): Buffer {
  const tls13 = spec.version === 'TLSv1.3';
  const legacyVersion = tls13 ? 0x0303 : TLS_VERSIONS[spec.version];
  const suites = [...spec.suites];
  // Signalling suite: lets servers without secure renegotiation support still answer SSLv3/TLS 1.0.
  if (!tls13) suites.push(0x00ff);
  const extensions: Buffer[] = [];
  if (spec.version !== 'SSLv3') {
    if (spec.servername && !isIP(spec.servername)) {
      const name = Buffer.from(spec.servername, 'ascii');
      extensions.push(ext(0x0000, vec16(Buffer.concat([u8(0), vec16(name)]))));
    }
    extensions.push(ext(0x000a, vec16(list16(GROUPS))));
    extensions.push(ext(0x000b, vec8(Buffer.from([0]))));
    extensions.push(ext(0x000d, vec16(list16(SIG_ALGS))));
    extensions.push(ext(0x0017, Buffer.alloc(0)));
    extensions.push(ext(0x0023, Buffer.alloc(0)));
    if (tls13) {
      extensions.push(ext(0x002b, vec8(list16([0x0304]))));
      extensions.push(ext(0x002d, vec8(Buffer.from([1]))));
      // A random 32-byte X25519 share: enough for the server to choose; we never finish the handshake.
      extensions.push(ext(0x0033, vec16(Buffer.concat([u16(0x001d), vec16(randomBytes(32))]))));
    }
  }
  const extBlock = extensions.length > 0 ? vec16(Buffer.concat(extensions)) : Buffer.alloc(0);
  const body = Buffer.concat([
    u16(legacyVersion),
    randomBytes(32),
    tls13 ? vec8(randomBytes(32)) : u8(0),
    vec16(list16(suites)),
    vec8(Buffer.from([0])),
    extBlock,
  ]);
  const handshake = Buffer.concat([u8(1), u24(body.length), body]);
  // Record-layer version: 0x0301 is what real clients send for TLS 1.0+; SSLv3 needs 0x0300.
  const recordVersion = spec.version === 'SSLv3' ? 0x0300 : 0x0301;
  return Buffer.concat([u8(0x16), u16(recordVersion), u16(handshake.length), handshake]);
}

export type ServerAnswer =
  | { readonly type: 'hello'; readonly version: number; readonly suite: number; readonly retry: boolean }
  | { readonly type: 'alert'; readonly level: number; readonly description: number }
  | { readonly type: 'closed' }
  | { readonly type: 'not-tls'; readonly firstBytes: string };

const HRR_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex');

/** Parses a ServerHello handshake message body (after the 4-byte handshake header). */
export function parseServerHello(body: Buffer): ServerAnswer {
  if (body.length < 38) throw new Error('ServerHello too short');
  let version = body.readUInt16BE(0);
  const random = body.subarray(2, 34);
  const sidLen = body[34] as number;
  let at = 35 + sidLen;
  if (body.length < at + 3) throw new Error('ServerHello truncated');
  const suite = body.readUInt16BE(at);
  at += 3;
  if (body.length >= at + 2) {
    const end = Math.min(body.length, at + 2 + body.readUInt16BE(at));
    at += 2;
    while (at + 4 <= end) {
      const type = body.readUInt16BE(at);
      const len = body.readUInt16BE(at + 2);
      if (type === 0x002b && len === 2 && at + 6 <= end) version = body.readUInt16BE(at + 4);
      at += 4 + len;
    }
  }
  return { type: 'hello', version, suite, retry: random.equals(HRR_RANDOM) };
}

/** Frames the server's first meaningful answer: an alert record, or a complete first handshake message. */
export function tlsAnswerFramer(b: Buffer): number | null {
  if (b.length < 5) return null;
  const type = b[0] as number;
  if (type !== 0x15 && type !== 0x16) {
    // SSLv2-style or plain-text answers: hand over what we have so the caller can classify.
    return b.length;
  }
  // Walk records, collecting handshake bytes until the first handshake message is complete.
  let at = 0;
  let handshakeBytes = 0;
  let need = -1;
  while (at + 5 <= b.length) {
    const recType = b[at] as number;
    const len = b.readUInt16BE(at + 3);
    if (len > 18432) throw new ProbeError('protocol-error', `TLS record of ${len} bytes`);
    if (at + 5 + len > b.length) return null;
    if (recType === 0x15) return at + 5 + len;
    if (recType !== 0x16) return at + 5 + len;
    const rec = b.subarray(at + 5, at + 5 + len);
    if (need < 0 && handshakeBytes === 0 && rec.length >= 4) need = 4 + rec.readUIntBE(1, 3);
    handshakeBytes += len;
    at += 5 + len;
    if (need >= 0 && handshakeBytes >= need) return at;
    if (at > 64 * 1024) throw new ProbeError('protocol-error', 'no ServerHello in the first 64 KiB');
  }
  return null;
}

/** Interprets the framed bytes. */
export function interpretAnswer(b: Buffer): ServerAnswer {
  const type = b[0];
  if (type === 0x15 && b.length >= 7)
    return { type: 'alert', level: b[5] as number, description: b[6] as number };
  if (type === 0x16) {
    const handshake: Buffer[] = [];
    let at = 0;
    while (at + 5 <= b.length) {
      const len = b.readUInt16BE(at + 3);
      if (b[at] === 0x16) handshake.push(b.subarray(at + 5, at + 5 + len));
      at += 5 + len;
    }
    const hs = Buffer.concat(handshake);
    if (hs[0] !== 2) return { type: 'not-tls', firstBytes: b.subarray(0, 8).toString('hex') };
    return parseServerHello(hs.subarray(4, 4 + hs.readUIntBE(1, 3)));
  }
  return { type: 'not-tls', firstBytes: b.subarray(0, 8).toString('hex') };
}

/**
 * Sends one ClientHello on a fresh connection and returns the server's answer. Connection errors
 * and timeouts are thrown as ProbeError naming `endpoint`.
 */
export async function helloExchange(
  target: LiveTarget,
  endpoint: string,
  spec: ClientHelloSpec,
  timeoutMs: number,
): Promise<ServerAnswer> {
  const socket = await ProbeSocket.open(target, endpoint, timeoutMs);
  try {
    socket.write(buildClientHello(spec));
    let raw: Buffer;
    try {
      raw = await socket.read(tlsAnswerFramer, 'ServerHello');
    } catch (e) {
      // A server that hangs up on an unacceptable hello has said "no" (many do, instead of an alert).
      if (e instanceof ProbeError && e.code === 'protocol-error' && /connection closed/.test(e.message))
        return { type: 'closed' };
      if (e instanceof ProbeError && e.code === 'connection-error' && /ECONNRESET|EPIPE/.test(e.message))
        return { type: 'closed' };
      throw e;
    }
    try {
      return interpretAnswer(raw);
    } catch (e) {
      throw new ProbeError('protocol-error', `${endpoint}: malformed ServerHello (${(e as Error).message})`);
    }
  } finally {
    socket.close();
  }
}
