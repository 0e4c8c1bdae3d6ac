import { createSocket } from 'node:dgram';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { type ProbeSocket, withSocket } from '../probe-socket.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import type { MemcachedLiveDocument } from './memcached-document.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface MemcachedProbeOptions extends ProbeOptions {
  /**
   * Also send one UDP `stats` request to the UDP port the server reports. Off by default: UDP replies
   * are the amplification vector, so only ask a server you own.
   */
  readonly udp?: boolean;
}

type StatsReply = { ok: true; stats: Map<string, string> } | { ok: false; line: string };

async function stats(socket: ProbeSocket, command: string): Promise<StatsReply> {
  socket.write(`${command}\r\n`);
  const stats = new Map<string, string>();
  for (let i = 0; i < 500; i++) {
    const line = await socket.readLine(4096, `reply to ${command}`);
    if (line === 'END') return { ok: true, stats };
    const m = /^STAT (\S+) ?(.*)$/.exec(line);
    if (!m) return { ok: false, line: line.slice(0, 200) };
    stats.set(m[1] as string, m[2] ?? '');
  }
  return { ok: false, line: `more than 500 lines in reply to ${command}` };
}

function udpStats(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createSocket(host.includes(':') ? 'udp6' : 'udp4');
    const timer = setTimeout(() => done(false), timeoutMs);
    const done = (v: boolean) => {
      clearTimeout(timer);
      sock.close();
      resolve(v);
    };
    sock.on('error', () => done(false));
    sock.on('message', (msg) =>
      done(msg.length > 8 && msg.subarray(8).toString('latin1').startsWith('STAT ')),
    );
    // Frame header: request id 0x504c, sequence 0, 1 datagram, reserved 0.
    const frame = Buffer.concat([Buffer.from([0x50, 0x4c, 0, 0, 0, 1, 0, 0]), Buffer.from('stats\r\n')]);
    sock.send(frame, port, host);
  });
}

/** Memcached probe: `stats` and `stats settings` over TCP (read-only); optionally one UDP stats request. */
export async function probeMemcached(
  target: LiveTarget,
  opts: MemcachedProbeOptions,
): Promise<MemcachedLiveDocument> {
  const base = baseDocument('memcached-live', 'memcached', target, opts);
  const facts: Partial<Mutable<MemcachedLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  try {
    await withSocket(target, base.path, opts.timeoutMs, async (s) => {
      const general = await stats(s, 'stats');
      if (!general.ok && !/^(CLIENT_|SERVER_)?ERROR\b/.test(general.line)) {
        throw new ProbeError('protocol-error', `${base.path}: not a memcached reply to stats`);
      }
      reachable = true;
      facts.statsReadable = general.ok;
      if (!general.ok) {
        facts.refusal = general.line;
        return;
      }
      const version = general.stats.get('version');
      if (version !== undefined) facts.version = version;
      const items = Number(general.stats.get('curr_items'));
      if (Number.isFinite(items)) facts.currentItems = items;
      const settings = await stats(s, 'stats settings');
      if (settings.ok) {
        const udp = Number(settings.stats.get('udpport'));
        if (Number.isInteger(udp)) facts.udpPort = udp;
        const sasl = settings.stats.get('sasl');
        if (sasl !== undefined) facts.saslEnabled = sasl === 'yes';
      }
    });
    if (opts.udp && facts.udpPort !== undefined && facts.udpPort > 0) {
      facts.udpResponds = await udpStats(target.host, facts.udpPort, opts.timeoutMs);
    }
  } catch (e) {
    // A server that speaks but not memcached's text protocol is reachable yet unidentified.
    diagnostics.push(toDiagnostic(base.path, e));
  }
  return { ...base, ...facts, kind: 'memcached-live', reachable, diagnostics };
}
