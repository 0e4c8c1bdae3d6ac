import { connect, type Socket } from 'node:net';
import { ProbeError } from './probe-error.js';
import type { LiveTarget } from './types.js';

/** Most a probe buffers from one server; anything beyond is a protocol error, never an allocation spree. */
export const MAX_PROBE_BYTES = 1024 * 1024;

/**
 * Decides whether the buffered bytes hold one complete message: returns its length in bytes, or null
 * to wait for more. May throw a ProbeError for bytes that can never become a valid message.
 */
export type Framer = (buffered: Buffer) => number | null;

/**
 * A TCP connection for probes: connect and every read are bounded by `timeoutMs` (measured from the
 * call, so a server dripping one byte at a time cannot stretch a read), and by MAX_PROBE_BYTES.
 */
export class ProbeSocket {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  private constructor(
    private readonly socket: Socket,
    readonly endpoint: string,
    readonly timeoutMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => {
      if (this.buffer.length + chunk.length > MAX_PROBE_BYTES) {
        this.failure = new ProbeError(
          'protocol-error',
          `${endpoint}: reply larger than ${MAX_PROBE_BYTES} bytes`,
        );
        socket.destroy();
      } else {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      }
      this.wake?.();
    });
    socket.on('end', () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on('close', () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on('error', (e) => {
      this.failure ??= new ProbeError('connection-error', `${endpoint}: ${e.message}`);
      this.wake?.();
    });
  }

  static open(target: LiveTarget, endpoint: string, timeoutMs: number): Promise<ProbeSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: target.host, port: target.port });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new ProbeError('timeout', `${endpoint}: no connection within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new ProbeSocket(socket, endpoint, timeoutMs));
      });
      socket.once('error', (e) => {
        clearTimeout(timer);
        socket.destroy();
        reject(new ProbeError('connection-error', `${endpoint}: ${e.message}`));
      });
    });
  }

  write(data: Buffer | string): void {
    if (!this.socket.destroyed) this.socket.write(data);
  }

  /** True when the peer has closed and nothing is left to read. */
  get closed(): boolean {
    return this.ended && this.buffer.length === 0;
  }

  /**
   * Reads one message as delimited by `framer`. Rejects with a ProbeError on timeout, on a closed
   * connection before a full message, or when the framer rejects the bytes.
   */
  read(framer: Framer, what = 'reply'): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (err: Error | null, value?: Buffer) => {
        if (timer) clearTimeout(timer);
        this.wake = undefined;
        if (err) reject(err);
        else resolve(value as Buffer);
      };
      const attempt = (): boolean => {
        if (this.buffer.length > 0) {
          let size: number | null;
          try {
            size = framer(this.buffer);
          } catch (e) {
            finish(e as Error);
            return true;
          }
          if (size !== null && size <= this.buffer.length) {
            const message = this.buffer.subarray(0, size);
            this.buffer = this.buffer.subarray(size);
            finish(null, message);
            return true;
          }
        }
        if (this.failure) {
          finish(this.failure);
          return true;
        }
        if (this.ended) {
          finish(
            new ProbeError(
              'protocol-error',
              this.buffer.length === 0
                ? `${this.endpoint}: connection closed while waiting for ${what}`
                : `${this.endpoint}: connection closed in the middle of ${what}`,
            ),
          );
          return true;
        }
        return false;
      };
      if (attempt()) return;
      timer = setTimeout(
        () =>
          finish(
            new ProbeError('timeout', `${this.endpoint}: no complete ${what} within ${this.timeoutMs} ms`),
          ),
        this.timeoutMs,
      );
      this.wake = () => {
        attempt();
      };
    });
  }

  /** Reads exactly `n` bytes. */
  readBytes(n: number, what?: string): Promise<Buffer> {
    return this.read((b) => (b.length >= n ? n : null), what);
  }

  /** Reads one line ending in `\n` (returned without the line break), at most `maxLength` bytes. */
  async readLine(maxLength = 64 * 1024, what = 'line'): Promise<string> {
    const raw = await this.read((b) => {
      const nl = b.indexOf(10);
      if (nl !== -1 && nl < maxLength) return nl + 1;
      if (nl === -1 && b.length < maxLength) return null;
      throw new ProbeError('protocol-error', `${this.endpoint}: ${what} longer than ${maxLength} bytes`);
    }, what);
    return raw.toString('utf8').replace(/\r?\n$/, '');
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Opens a socket, runs `body`, and always closes the socket. */
export async function withSocket<T>(
  target: LiveTarget,
  endpoint: string,
  timeoutMs: number,
  body: (socket: ProbeSocket) => Promise<T>,
): Promise<T> {
  const socket = await ProbeSocket.open(target, endpoint, timeoutMs);
  try {
    return await body(socket);
  } finally {
    socket.close();
  }
}
