import { randomBytes } from 'node:crypto';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { type Framer, ProbeSocket } from '../probe-socket.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import type { MqttLiveDocument } from './mqtt-document.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const MAX_REMAINING = 256 * 1024;

/** Fixed header + variable-length "remaining length" (1–4 bytes). */
export const mqttFramer: Framer = (b) => {
  let multiplier = 1;
  let length = 0;
  for (let i = 1; i <= 4; i++) {
    if (i >= b.length) return null;
    const byte = b[i] as number;
    length += (byte & 0x7f) * multiplier;
    if ((byte & 0x80) === 0) {
      if (length > MAX_REMAINING)
        throw new ProbeError('protocol-error', `MQTT packet of ${length} bytes is over the probe limit`);
      return i + 1 + length;
    }
    multiplier *= 128;
  }
  throw new ProbeError('protocol-error', 'malformed MQTT remaining length');
};

function remainingLength(n: number): Buffer {
  const out: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}

const str = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(b.length);
  return Buffer.concat([len, b]);
};

function packet(type: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([type]), remainingLength(body.length), body]);
}

export function connectPacket(clientId: string, username?: string, password?: string): Buffer {
  let flags = 0x02; // clean session: nothing is left behind on the broker
  if (username !== undefined) flags |= 0x80;
  if (password !== undefined) flags |= 0x40;
  const parts = [str('MQTT'), Buffer.from([4, flags, 0, 10]), str(clientId)];
  if (username !== undefined) parts.push(str(username));
  if (password !== undefined) parts.push(str(password));
  return packet(0x10, Buffer.concat(parts));
}

async function connack(socket: ProbeSocket): Promise<number> {
  const p = await socket.read(mqttFramer, 'CONNACK');
  if (p[0] !== 0x20 || p.length < 4)
    throw new ProbeError('protocol-error', `${socket.endpoint}: not an MQTT CONNACK`);
  return p[3] as number;
}

/** Subscribes to `#` at QoS 0 and reads the SUBACK (skipping retained messages that may arrive first). */
async function wildcard(socket: ProbeSocket): Promise<'granted' | 'refused'> {
  socket.write(packet(0x82, Buffer.concat([Buffer.from([0, 1]), str('#'), Buffer.from([0])])));
  for (let i = 0; i < 50; i++) {
    const p = await socket.read(mqttFramer, 'SUBACK');
    if ((p[0] as number) >> 4 !== 9) continue;
    const code = p[p.length - 1] as number;
    return code === 0x80 ? 'refused' : 'granted';
  }
  throw new ProbeError('protocol-error', `${socket.endpoint}: no SUBACK among the first 50 packets`);
}

/**
 * MQTT 3.1.1 probe: CONNECT without credentials (clean session), and if accepted SUBSCRIBE `#` to see
 * whether everything published is readable; then CONNECT with supplied credentials. Publishes nothing;
 * message payloads received are discarded unread.
 */
export async function probeMqtt(target: LiveTarget, opts: ProbeOptions): Promise<MqttLiveDocument> {
  const base = baseDocument('mqtt-live', 'mqtt', target, opts);
  const facts: Partial<Mutable<MqttLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  const clientId = `plumb-probe-${randomBytes(4).toString('hex')}`;
  try {
    const socket = await ProbeSocket.open(target, base.path, opts.timeoutMs);
    try {
      socket.write(connectPacket(clientId));
      facts.anonymousConnack = await connack(socket);
      reachable = true;
      if (facts.anonymousConnack === 0) {
        facts.anonymousWildcard = await wildcard(socket);
        socket.write(Buffer.from([0xe0, 0]));
      }
    } finally {
      socket.close();
    }
    const cred = opts.credentials;
    if (cred?.username !== undefined) {
      const s2 = await ProbeSocket.open(target, base.path, opts.timeoutMs);
      try {
        s2.write(connectPacket(clientId, cred.username, cred.password));
        facts.suppliedConnack = await connack(s2);
        if (facts.suppliedConnack === 0) s2.write(Buffer.from([0xe0, 0]));
      } finally {
        s2.close();
      }
    }
  } catch (e) {
    diagnostics.push(toDiagnostic(base.path, e));
  }
  return { ...base, ...facts, kind: 'mqtt-live', reachable, diagnostics };
}
