import { ProbeError } from '../probe-error.js';

/** Just enough BSON for handshake commands: encode plain objects, decode common types. */

export type BsonValue =
  | number
  | bigint
  | string
  | boolean
  | null
  | BsonValue[]
  | BsonDocument
  | Buffer
  | Date;
export interface BsonDocument {
  [key: string]: BsonValue;
}

const MAX_DEPTH = 20;

export function isDocument(value: BsonValue | undefined): value is BsonDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !Buffer.isBuffer(value) &&
    !(value instanceof Date)
  );
}

function cstring(s: string): Buffer {
  return Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])]);
}

function element(name: string, value: BsonValue): Buffer {
  const key = cstring(name);
  if (typeof value === 'string') {
    const s = Buffer.from(value, 'utf8');
    const len = Buffer.alloc(4);
    len.writeInt32LE(s.length + 1);
    return Buffer.concat([Buffer.from([0x02]), key, len, s, Buffer.from([0])]);
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31) {
      const b = Buffer.alloc(4);
      b.writeInt32LE(value);
      return Buffer.concat([Buffer.from([0x10]), key, b]);
    }
    const b = Buffer.alloc(8);
    b.writeDoubleLE(value);
    return Buffer.concat([Buffer.from([0x01]), key, b]);
  }
  if (typeof value === 'boolean')
    return Buffer.concat([Buffer.from([0x08]), key, Buffer.from([value ? 1 : 0])]);
  if (value === null) return Buffer.concat([Buffer.from([0x0a]), key]);
  if (Array.isArray(value)) {
    const doc: BsonDocument = {};
    value.forEach((v, i) => {
      doc[String(i)] = v;
    });
    return Buffer.concat([Buffer.from([0x04]), key, encodeBson(doc)]);
  }
  if (isDocument(value)) return Buffer.concat([Buffer.from([0x03]), key, encodeBson(value)]);
  throw new Error(`cannot encode BSON value for ${name}`);
}

export function encodeBson(doc: BsonDocument): Buffer {
  const body = Buffer.concat(Object.entries(doc).map(([k, v]) => element(k, v)));
  const len = Buffer.alloc(4);
  len.writeInt32LE(body.length + 5);
  return Buffer.concat([len, body, Buffer.from([0])]);
}

function bad(message: string): never {
  throw new ProbeError('protocol-error', `malformed BSON: ${message}`);
}

/** Decodes one document at `offset`. Throws a ProbeError on truncated or malformed input. */
export function decodeBson(buf: Buffer, offset = 0, depth = 0): BsonDocument {
  if (depth > MAX_DEPTH) bad('nesting too deep');
  if (offset + 5 > buf.length) bad('truncated document');
  const size = buf.readInt32LE(offset);
  const end = offset + size;
  if (size < 5 || end > buf.length || buf[end - 1] !== 0) bad('bad document length');
  const out: BsonDocument = {};
  let at = offset + 4;
  while (at < end - 1) {
    const type = buf[at] as number;
    const nameEnd = buf.indexOf(0, at + 1);
    if (nameEnd === -1 || nameEnd >= end) bad('unterminated key');
    const name = buf.toString('utf8', at + 1, nameEnd);
    at = nameEnd + 1;
    const need = (n: number) => {
      if (at + n > end) bad(`value of ${name} runs past the document`);
    };
    switch (type) {
      case 0x01:
        need(8);
        out[name] = buf.readDoubleLE(at);
        at += 8;
        break;
      case 0x02:
      case 0x0d:
      case 0x0e: {
        need(4);
        const len = buf.readInt32LE(at);
        need(4 + len);
        if (len < 1) bad('bad string length');
        out[name] = buf.toString('utf8', at + 4, at + 4 + len - 1);
        at += 4 + len;
        break;
      }
      case 0x03:
      case 0x04: {
        need(4);
        const doc = decodeBson(buf, at, depth + 1);
        out[name] = type === 0x04 ? Object.values(doc) : doc;
        at += buf.readInt32LE(at);
        break;
      }
      case 0x05: {
        need(5);
        const len = buf.readInt32LE(at);
        need(5 + len);
        out[name] = Buffer.from(buf.subarray(at + 5, at + 5 + len));
        at += 5 + len;
        break;
      }
      case 0x07:
        need(12);
        out[name] = buf.toString('hex', at, at + 12);
        at += 12;
        break;
      case 0x08:
        need(1);
        out[name] = buf[at] === 1;
        at += 1;
        break;
      case 0x09:
        need(8);
        out[name] = new Date(Number(buf.readBigInt64LE(at)));
        at += 8;
        break;
      case 0x0a:
      case 0x06:
      case 0xff:
      case 0x7f:
        out[name] = null;
        break;
      case 0x10:
        need(4);
        out[name] = buf.readInt32LE(at);
        at += 4;
        break;
      case 0x11:
      case 0x12:
        need(8);
        out[name] = buf.readBigInt64LE(at);
        at += 8;
        break;
      case 0x13:
        need(16);
        out[name] = null;
        at += 16;
        break;
      default:
        bad(`unsupported type 0x${type.toString(16)}`);
    }
  }
  return out;
}
