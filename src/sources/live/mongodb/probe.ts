import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { type Framer, type ProbeSocket, withSocket } from '../probe-socket.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import { type BsonDocument, decodeBson, encodeBson, isDocument } from './bson.js';
import type { MongoDbLiveDocument } from './mongodb-document.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const OP_MSG = 2013;
const MAX_MESSAGE = 1024 * 1024;

export const mongoFramer: Framer = (b) => {
  if (b.length < 4) return null;
  const len = b.readInt32LE(0);
  if (len < 21 || len > MAX_MESSAGE)
    throw new ProbeError('protocol-error', `MongoDB message length ${len} out of range`);
  return len;
};

export function opMsg(requestId: number, doc: BsonDocument): Buffer {
  const body = encodeBson(doc);
  const head = Buffer.alloc(21);
  head.writeInt32LE(21 + body.length, 0);
  head.writeInt32LE(requestId, 4);
  head.writeInt32LE(0, 8);
  head.writeInt32LE(OP_MSG, 12);
  head.writeUInt32LE(0, 16);
  head[20] = 0; // section kind 0: body
  return Buffer.concat([head, body]);
}

/** The body document of an OP_MSG reply. */
export function parseOpMsg(raw: Buffer, endpoint: string): BsonDocument {
  if (raw.readInt32LE(12) !== OP_MSG || raw[20] !== 0)
    throw new ProbeError('protocol-error', `${endpoint}: not an OP_MSG reply`);
  return decodeBson(raw, 21);
}

let nextId = 1;

async function command(s: ProbeSocket, doc: BsonDocument): Promise<BsonDocument> {
  s.write(opMsg(nextId++, doc));
  return parseOpMsg(await s.read(mongoFramer, `reply to ${Object.keys(doc)[0]}`), s.endpoint);
}

/** MongoDB probe: hello, buildInfo and listDatabases (names only) without credentials, over OP_MSG. */
export async function probeMongoDb(target: LiveTarget, opts: ProbeOptions): Promise<MongoDbLiveDocument> {
  const base = baseDocument('mongodb-live', 'mongodb', target, opts);
  const facts: Partial<Mutable<MongoDbLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  try {
    await withSocket(target, base.path, opts.timeoutMs, async (s) => {
      const hello = await command(s, { hello: 1, $db: 'admin' });
      reachable = true;
      if (typeof hello['maxWireVersion'] === 'number') facts.maxWireVersion = hello['maxWireVersion'];
      if (typeof hello['setName'] === 'string') facts.replicaSet = hello['setName'];
      const build = await command(s, { buildInfo: 1, $db: 'admin' });
      if (typeof build['version'] === 'string') facts.version = build['version'];
      const list = await command(s, { listDatabases: 1, nameOnly: true, $db: 'admin' });
      if (list['ok'] === 1 && Array.isArray(list['databases'])) {
        facts.listDatabases = 'allowed';
        facts.databases = list['databases']
          .slice(0, 50)
          .map((d) => (isDocument(d) ? d['name'] : undefined))
          .filter((n): n is string => typeof n === 'string');
      } else facts.listDatabases = 'denied';
    });
  } catch (e) {
    diagnostics.push(toDiagnostic(base.path, e));
  }
  return { ...base, ...facts, kind: 'mongodb-live', reachable, diagnostics };
}
