import { ProbeError } from '../probe-error.js';

/** SSH binary packet helpers (RFC 4251 data types, RFC 4253 packets). */

export const MSG = {
  DISCONNECT: 1,
  IGNORE: 2,
  UNIMPLEMENTED: 3,
  DEBUG: 4,
  SERVICE_REQUEST: 5,
  SERVICE_ACCEPT: 6,
  EXT_INFO: 7,
  KEXINIT: 20,
  NEWKEYS: 21,
  KEX_ECDH_INIT: 30,
  KEX_ECDH_REPLY: 31,
  USERAUTH_REQUEST: 50,
  USERAUTH_FAILURE: 51,
  USERAUTH_SUCCESS: 52,
  USERAUTH_BANNER: 53,
} as const;

/** Largest packet we accept (RFC 4253 requires 35000 bytes to be supported). */
export const MAX_PACKET = 256 * 1024;

export function sshString(data: Buffer | string): Buffer {
  const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

export function nameList(names: readonly string[]): Buffer {
  return sshString(names.join(','));
}

/** An unsigned big-endian integer as an SSH mpint. */
export function mpint(bytes: Buffer): Buffer {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  let b = bytes.subarray(i);
  if (b.length > 0 && ((b[0] as number) & 0x80) !== 0) b = Buffer.concat([Buffer.from([0]), b]);
  return sshString(b);
}

/** Sequential reader over a packet payload; every overrun is a protocol error, never a crash. */
export class SshReader {
  private at = 0;
  constructor(
    private readonly b: Buffer,
    private readonly endpoint: string,
  ) {}
  byte(): number {
    if (this.at >= this.b.length)
      throw new ProbeError('protocol-error', `${this.endpoint}: SSH packet truncated`);
    return this.b[this.at++] as number;
  }
  bytes(n: number): Buffer {
    if (this.at + n > this.b.length)
      throw new ProbeError('protocol-error', `${this.endpoint}: SSH packet truncated`);
    const out = this.b.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
  names(): string[] {
    const s = this.string().toString('latin1');
    return s === '' ? [] : s.split(',');
  }
}

export interface KexInit {
  readonly kex: string[];
  readonly hostKey: string[];
  readonly encC2S: string[];
  readonly encS2C: string[];
  readonly macC2S: string[];
  readonly macS2C: string[];
  readonly compC2S: string[];
  readonly compS2C: string[];
}

/** Parses an SSH_MSG_KEXINIT payload (starting with the message number). */
export function parseKexInit(payload: Buffer, endpoint: string): KexInit {
  const r = new SshReader(payload, endpoint);
  if (r.byte() !== MSG.KEXINIT) throw new ProbeError('protocol-error', `${endpoint}: expected KEXINIT`);
  r.bytes(16);
  return {
    kex: r.names(),
    hostKey: r.names(),
    encC2S: r.names(),
    encS2C: r.names(),
    macC2S: r.names(),
    macS2C: r.names(),
    compC2S: r.names(),
    compS2C: r.names(),
  };
}

/** Frames one unencrypted binary packet; returns its full length. */
export function plainPacketFramer(endpoint: string) {
  return (b: Buffer): number | null => {
    if (b.length < 4) return null;
    const len = b.readUInt32BE(0);
    if (len < 5 || len > MAX_PACKET)
      throw new ProbeError('protocol-error', `${endpoint}: invalid SSH packet length ${len}`);
    return b.length >= 4 + len ? 4 + len : null;
  };
}

/** The payload of an unencrypted packet (length, padding length, payload, padding). */
export function plainPayload(packet: Buffer, endpoint: string): Buffer {
  const pad = packet[4] as number;
  const end = packet.length - pad;
  if (end < 5) throw new ProbeError('protocol-error', `${endpoint}: invalid SSH padding`);
  return packet.subarray(5, end);
}

/** Builds a packet with random-free zero padding to `block` bytes (padding content is not secret here). */
export function buildPacket(payload: Buffer, block = 8): Buffer {
  let pad = block - ((5 + payload.length) % block);
  if (pad < 4) pad += block;
  const head = Buffer.alloc(5);
  head.writeUInt32BE(1 + payload.length + pad);
  head[4] = pad;
  return Buffer.concat([head, payload, Buffer.alloc(pad)]);
}
