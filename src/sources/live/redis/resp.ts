import { ProbeError } from '../probe-error.js';
import type { Framer } from '../probe-socket.js';

/** An error reply (`-ERR ...`): data, not an exception, because probes learn from refusals. */
export class RespError {
  constructor(readonly message: string) {}
  /** First word of the reply, e.g. NOAUTH, NOPERM, DENIED, ERR, WRONGPASS. */
  get code(): string {
    return this.message.split(' ', 1)[0] ?? '';
  }
}

export type RespValue = string | number | null | RespError | RespValue[];

const MAX_DEPTH = 8;
const MAX_ELEMENTS = 100_000;

/** RESP2 request: an array of bulk strings. */
export function encodeCommand(args: readonly string[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const a of args) {
    const b = Buffer.from(a, 'utf8');
    parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

function bad(message: string): never {
  throw new ProbeError('protocol-error', `not a Redis reply: ${message}`);
}

/** Parses one RESP value at `offset`; null when more bytes are needed. Throws on malformed input. */
export function parseResp(buf: Buffer, offset = 0, depth = 0): { value: RespValue; end: number } | null {
  if (depth > MAX_DEPTH) bad('nesting too deep');
  if (offset >= buf.length) return null;
  const nl = buf.indexOf('\r\n', offset);
  if (nl === -1) {
    if (buf.length - offset > 64 * 1024) bad('header line too long');
    return null;
  }
  const type = String.fromCharCode(buf[offset] as number);
  const line = buf.toString('utf8', offset + 1, nl);
  const after = nl + 2;
  switch (type) {
    case '+':
      return { value: line, end: after };
    case '-':
      return { value: new RespError(line), end: after };
    case ':': {
      if (!/^-?\d+$/.test(line)) bad(`integer "${line.slice(0, 40)}"`);
      return { value: Number(line), end: after };
    }
    case '$': {
      if (!/^-?\d+$/.test(line)) bad(`bulk length "${line.slice(0, 40)}"`);
      const len = Number(line);
      if (len < 0) return { value: null, end: after };
      if (len > 512 * 1024) bad('bulk string too large');
      if (buf.length < after + len + 2) return null;
      return { value: buf.toString('utf8', after, after + len), end: after + len + 2 };
    }
    case '*': {
      if (!/^-?\d+$/.test(line)) bad(`array length "${line.slice(0, 40)}"`);
      const count = Number(line);
      if (count < 0) return { value: null, end: after };
      if (count > MAX_ELEMENTS) bad('array too long');
      const items: RespValue[] = [];
      let at = after;
      for (let i = 0; i < count; i++) {
        const item = parseResp(buf, at, depth + 1);
        if (!item) return null;
        items.push(item.value);
        at = item.end;
      }
      return { value: items, end: at };
    }
    default:
      return bad(`unexpected type byte 0x${(buf[offset] as number).toString(16)}`);
  }
}

export const respFramer: Framer = (buf) => parseResp(buf)?.end ?? null;
