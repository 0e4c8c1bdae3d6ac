import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { ProbeSocket } from '../probe-socket.js';
import { baseDocument, defaultCredentialsEnabled, type LiveTarget, type ProbeOptions } from '../types.js';
import type { AmqpLiveDocument } from './amqp-document.js';
import {
  amqpFramer,
  longstr,
  methodFrame,
  PROTOCOL_HEADER,
  parseMethodFrame,
  readTable,
  shortstr,
} from './amqp-wire.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** RabbitMQ's documented default account. */
export const AMQP_DEFAULT_LOGIN = { username: 'guest', password: 'guest' } as const;

interface StartInfo {
  product?: string;
  version?: string;
  mechanisms: string[];
  mismatch?: string;
}

async function start(socket: ProbeSocket): Promise<StartInfo> {
  socket.write(PROTOCOL_HEADER);
  const frame = await socket.read(amqpFramer, 'Connection.Start');
  if (frame[0] === 0x41) return { mechanisms: [], mismatch: Array.from(frame.subarray(4)).join('-') };
  const m = parseMethodFrame(frame);
  if (m?.classId !== 10 || m.methodId !== 10)
    throw new ProbeError('protocol-error', `${socket.endpoint}: expected Connection.Start`);
  const { values, end } = readTable(m.args, 2);
  const mechLen = m.args.readUInt32BE(end);
  const mechanisms = m.args
    .toString('utf8', end + 4, end + 4 + Math.min(mechLen, 1024))
    .split(' ')
    .filter(Boolean);
  const out: StartInfo = { mechanisms };
  const product = values.get('product');
  const version = values.get('version');
  if (product !== undefined) out.product = product;
  if (version !== undefined) out.version = version;
  return out;
}

/** Connection.StartOk with PLAIN; 'accepted' on Connection.Tune, 'refused' on Close or a dropped connection. */
async function login(
  socket: ProbeSocket,
  username: string,
  password: string,
): Promise<'accepted' | 'refused'> {
  const response = Buffer.from(`\0${username}\0${password}`, 'utf8');
  const args = Buffer.concat([
    longstr(Buffer.alloc(0)),
    shortstr('PLAIN'),
    longstr(response),
    shortstr('en_US'),
  ]);
  socket.write(methodFrame(10, 11, args));
  let frame: Buffer;
  try {
    frame = await socket.read(amqpFramer, 'answer to Connection.StartOk');
  } catch (e) {
    if (e instanceof ProbeError && e.code === 'protocol-error' && socket.closed) return 'refused';
    throw e;
  }
  const m = parseMethodFrame(frame);
  if (m?.classId === 10 && m.methodId === 30) {
    // Tune: logged in. Say goodbye politely (Connection.Close, reply 200).
    socket.write(
      methodFrame(10, 50, Buffer.concat([Buffer.from([0, 200]), shortstr('probe done'), Buffer.alloc(4)])),
    );
    return 'accepted';
  }
  if (m?.classId === 10 && m.methodId === 50) return 'refused';
  throw new ProbeError('protocol-error', `${socket.endpoint}: unexpected answer to Connection.StartOk`);
}

/**
 * AMQP 0-9-1 probe: reads Connection.Start (product, version, mechanisms) and tries PLAIN guest/guest
 * (unless disabled) and supplied credentials. Opens no channel, declares nothing.
 */
export async function probeAmqp(target: LiveTarget, opts: ProbeOptions): Promise<AmqpLiveDocument> {
  const base = baseDocument('amqp-live', 'amqp', target, opts);
  const facts: Partial<Mutable<AmqpLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  const tries: { which: 'guestLogin' | 'suppliedLogin'; username: string; password: string }[] = [];
  if (defaultCredentialsEnabled(opts)) tries.push({ which: 'guestLogin', ...AMQP_DEFAULT_LOGIN });
  const cred = opts.credentials;
  if (cred?.username !== undefined)
    tries.push({ which: 'suppliedLogin', username: cred.username, password: cred.password ?? '' });
  try {
    for (let i = 0; i < Math.max(1, tries.length); i++) {
      const socket = await ProbeSocket.open(target, base.path, opts.timeoutMs);
      try {
        const info = await start(socket);
        reachable = true;
        if (info.mismatch !== undefined) {
          facts.protocolMismatch = info.mismatch;
          break;
        }
        if (info.product !== undefined) facts.product = info.product;
        if (info.version !== undefined) facts.version = info.version;
        facts.mechanisms = info.mechanisms;
        const t = tries[i];
        if (t && info.mechanisms.includes('PLAIN'))
          facts[t.which] = await login(socket, t.username, t.password);
      } finally {
        socket.close();
      }
    }
  } catch (e) {
    diagnostics.push(toDiagnostic(base.path, e));
  }
  return { ...base, ...facts, kind: 'amqp-live', reachable, diagnostics };
}
