import { connect } from 'node:net';
import type { LiveTarget } from '../live/types.js';

/** What a service said (or did not say) to one opening move. */
export interface Reply {
  readonly data: Buffer;
  readonly closed: boolean;
}

/** Most bytes kept from one reply: enough for any greeting or handshake answer we classify. */
const MAX_REPLY = 4096;

/** Enough bytes to decide: a full line, or the 1-byte SSLRequest answer, or a binary header. */
function looksComplete(b: Buffer): boolean {
  return b.includes(10) || b.length >= 4;
}

/**
 * Connects, optionally sends `hello`, and collects the reply until it looks complete (or `enough`
 * says so: a 1-byte answer can be the whole answer), the peer closes, `waitMs` passes or `signal`
 * aborts (then with what arrived so far). Undefined when the connection failed with nothing said.
 * Never throws.
 */
export function converse(
  target: LiveTarget,
  hello: Buffer | undefined,
  waitMs: number,
  more: { readonly signal?: AbortSignal; readonly enough?: (data: Buffer) => boolean } = {},
): Promise<Reply | undefined> {
  const { signal, enough } = more;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const socket = connect({ host: target.host, port: target.port });
    const collected = () => Buffer.concat(chunks, size);
    const finish = (result: Reply | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(result);
    };
    const onAbort = () => finish({ data: collected(), closed: false });
    const timer = setTimeout(onAbort, waitMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    socket.on('connect', () => {
      if (hello) socket.write(hello);
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      const data = collected();
      if (size >= MAX_REPLY || looksComplete(data) || enough?.(data)) finish({ data, closed: false });
    });
    socket.on('error', () => finish(chunks.length ? { data: collected(), closed: true } : undefined));
    socket.on('close', () => finish({ data: collected(), closed: true }));
  });
}
