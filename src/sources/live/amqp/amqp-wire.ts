import { ProbeError } from '../probe-error.js';
import type { Framer } from '../probe-socket.js';

/** AMQP 0-9-1 framing and the few Connection methods a login needs. */

export const PROTOCOL_HEADER = Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]);
const FRAME_END = 0xce;
const MAX_FRAME = 128 * 1024;

/** A frame (type, channel, size, payload, 0xCE) — or the 8-byte header a server sends on version mismatch. */
export const amqpFramer: Framer = (b) => {
  if (b[0] === 0x41) {
    if (b.length < 8) return null;
    if (b.toString('latin1', 0, 4) === 'AMQP') return 8;
    throw new ProbeError('protocol-error', 'not an AMQP frame or protocol header');
  }
  if (b.length < 7) return null;
  const size = b.readUInt32BE(3);
  if (size > MAX_FRAME)
    throw new ProbeError('protocol-error', `AMQP frame of ${size} bytes is over the probe limit`);
  if (b.length < 8 + size) return null;
  if (b[7 + size] !== FRAME_END) throw new ProbeError('protocol-error', 'AMQP frame without frame-end octet');
  return 8 + size;
};

export interface AmqpMethod {
  readonly classId: number;
  readonly methodId: number;
  readonly args: Buffer;
}

export function parseMethodFrame(frame: Buffer): AmqpMethod | undefined {
  if (frame[0] !== 1 || frame.length < 12) return undefined;
  return {
    classId: frame.readUInt16BE(7),
    methodId: frame.readUInt16BE(9),
    args: frame.subarray(11, frame.length - 1),
  };
}

export function methodFrame(classId: number, methodId: number, args: Buffer): Buffer {
  const head = Buffer.alloc(11);
  head[0] = 1;
  head.writeUInt16BE(0, 1);
  head.writeUInt32BE(args.length + 4, 3);
  head.writeUInt16BE(classId, 7);
  head.writeUInt16BE(methodId, 9);
  return Buffer.concat([head, args, Buffer.from([FRAME_END])]);
}

export const shortstr = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf8').subarray(0, 255);
  return Buffer.concat([Buffer.from([b.length]), b]);
};

export const longstr = (b: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
};

const FIXED: Readonly<Record<string, number>> = {
  t: 1,
  b: 1,
  B: 1,
  s: 2,
  u: 2,
  I: 4,
  i: 4,
  l: 8,
  f: 4,
  d: 8,
  D: 5,
  T: 8,
  V: 0,
};

/**
 * Reads a field table's string values (top level only; nested tables and arrays are skipped by length).
 * Returns the values and the offset after the table. Unknown types stop the walk without throwing.
 */
export function readTable(b: Buffer, at: number): { values: Map<string, string>; end: number } {
  const values = new Map<string, string>();
  const size = b.readUInt32BE(at);
  const end = at + 4 + size;
  if (end > b.length) throw new ProbeError('protocol-error', 'AMQP field table runs past its frame');
  let p = at + 4;
  while (p < end) {
    const nameLen = b[p] as number;
    const name = b.toString('utf8', p + 1, p + 1 + nameLen);
    p += 1 + nameLen;
    const type = String.fromCharCode(b[p] as number);
    p += 1;
    if (type === 'S' || type === 'x' || type === 'F' || type === 'A') {
      const len = b.readUInt32BE(p);
      if (type === 'S') values.set(name, b.toString('utf8', p + 4, Math.min(p + 4 + len, end)));
      p += 4 + len;
    } else if (FIXED[type] !== undefined) {
      if (type === 't') values.set(name, b[p] ? 'true' : 'false');
      p += FIXED[type] as number;
    } else break;
  }
  return { values, end };
}
