import { ProbeSocket } from '../probe-socket.js';
import type { LiveTarget } from '../types.js';
import { encodeCommand, parseResp, type RespValue, respFramer } from './resp.js';

/** A minimal RESP2 connection: one command at a time, each reply bounded in time and size. */
export class RedisConnection {
  private constructor(private readonly socket: ProbeSocket) {}

  static async open(target: LiveTarget, endpoint: string, timeoutMs: number): Promise<RedisConnection> {
    return new RedisConnection(await ProbeSocket.open(target, endpoint, timeoutMs));
  }

  private busy = false;

  /** One request at a time: the protocol is strictly request/response on this connection. */
  async command(...args: string[]): Promise<RespValue> {
    if (this.busy) throw new Error(`${this.socket.endpoint}: command() called while another is in flight`);
    this.busy = true;
    try {
      return await this._command(...args);
    } finally {
      this.busy = false;
    }
  }

  private async _command(...args: string[]): Promise<RespValue> {
    this.socket.write(encodeCommand(args));
    const raw = await this.socket.read(respFramer, `reply to ${args[0] ?? 'command'}`);
    return parseResp(raw)?.value ?? null;
  }

  close(): void {
    this.socket.close();
  }
}

/** `CONFIG GET name` reply ([name, value]) as a value, or undefined. */
export function configValue(reply: RespValue, name: string): string | undefined {
  if (!Array.isArray(reply)) return undefined;
  for (let i = 0; i + 1 < reply.length; i += 2) {
    const value = reply[i + 1];
    if (reply[i] === name && typeof value === 'string') return value;
  }
  return undefined;
}

/** `INFO` text as a map of its `key:value` lines. */
export function parseInfo(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0 && !line.startsWith('#')) out.set(line.slice(0, i), line.slice(i + 1));
  }
  return out;
}
