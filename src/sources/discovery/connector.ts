import { isIP, connect as netConnect } from 'node:net';
import { constants } from 'node:os';

/** Outcome of one TCP connect attempt. */
export type PortState = 'open' | 'closed' | 'filtered';

/**
 * Starts a connect to host:port and calls `done` exactly once with the outcome. Returns a function
 * that aborts the attempt (done is then not called). Implementations must never throw.
 */
export interface Connector {
  (host: string, port: number, done: (state: PortState) => void): () => void;
  /** Frees what the connector keeps between attempts; it stays usable. Called when a scan ends. */
  release?(): void;
}

interface NativeTcpHandle {
  connect(req: NativeConnectReq, address: string, port: number): number;
  connect6(req: NativeConnectReq, address: string, port: number): number;
  getsockname(out: { address?: string; port?: number }): number;
  close(): void;
}
interface NativeConnectReq {
  oncomplete: (status: number, handle: NativeTcpHandle, req: NativeConnectReq) => void;
  address: string;
  port: number;
}
interface NativeTcpWrap {
  TCP: new (type: number) => NativeTcpHandle;
  TCPConnectWrap: new () => NativeConnectReq;
  constants: { SOCKET: number };
}

// libuv reports errors as negated errno values.
const ECONNREFUSED = -constants.errno.ECONNREFUSED;
const ECONNABORTED = -constants.errno.ECONNABORTED;

/** libuv's TCP handle, without the stream machinery of net.Socket: 3-4x cheaper per port. */
function loadNative(): NativeTcpWrap | undefined {
  try {
    const binding = (process as unknown as { binding?: (name: string) => unknown }).binding;
    if (typeof binding !== 'function') return undefined;
    const wrap = binding.call(process, 'tcp_wrap') as Partial<NativeTcpWrap> | undefined;
    if (
      typeof wrap?.TCP !== 'function' ||
      typeof wrap.TCPConnectWrap !== 'function' ||
      typeof wrap.constants?.SOCKET !== 'number'
    )
      return undefined;
    return wrap as NativeTcpWrap;
  } catch {
    return undefined;
  }
}

let native: NativeTcpWrap | undefined | null = null;

type Attempt = NativeConnectReq & { family: 4 | 6; done?: ((s: PortState) => void) | undefined };

/**
 * Connector over libuv TCP handles. A socket whose connect was refused is kept and connected again
 * for a later attempt: Linux lets a socket connect anew once a connect on it has failed (the first
 * try reports ECONNABORTED and resets it), which saves a socket() and a close() per closed port,
 * about a third of the kernel time of a sweep. Where the system will not connect it again, the socket
 * is closed and a fresh one used, as after every open or unanswered port.
 */
function nativeConnector(wrap: NativeTcpWrap): Connector {
  const spare = { 4: [] as NativeTcpHandle[], 6: [] as NativeTcpHandle[] };
  const oncomplete = function (this: void, status: number, handle: NativeTcpHandle, req: NativeConnectReq) {
    const attempt = req as Attempt;
    const done = attempt.done;
    attempt.done = undefined;
    if (!done) return;
    let state: PortState = status === 0 ? 'open' : status === ECONNREFUSED ? 'closed' : 'filtered';
    if (state === 'open') {
      // Connecting to an ephemeral port on loopback can connect the socket to itself (TCP
      // simultaneous open): that is not a listening service.
      const local: { address?: string; port?: number } = {};
      handle.getsockname(local);
      if (local.port === req.port && local.address === req.address) state = 'closed';
    }
    if (status === ECONNREFUSED) spare[attempt.family].push(handle);
    else handle.close();
    done(state);
  };
  const start = (
    handle: NativeTcpHandle,
    family: 4 | 6,
    host: string,
    port: number,
    done: Attempt['done'],
  ) => {
    const req = new wrap.TCPConnectWrap() as Attempt;
    req.oncomplete = oncomplete;
    req.address = host;
    req.port = port;
    req.family = family;
    req.done = done;
    const err = family === 6 ? handle.connect6(req, host, port) : handle.connect(req, host, port);
    if (err !== 0) req.done = undefined;
    return { req, err };
  };
  const connector: Connector = (host, port, done) => {
    const family = isIP(host) === 6 ? 6 : 4;
    let handle = spare[family].pop();
    let attempt: { req: Attempt; err: number } | undefined;
    if (handle) {
      attempt = start(handle, family, host, port, done);
      if (attempt.err === ECONNABORTED) attempt = start(handle, family, host, port, done);
      if (attempt.err !== 0) {
        handle.close();
        handle = undefined;
      }
    }
    if (!handle) {
      handle = new wrap.TCP(wrap.constants.SOCKET);
      attempt = start(handle, family, host, port, done);
    }
    const { req, err } = attempt as { req: Attempt; err: number };
    const used = handle;
    if (err !== 0) {
      used.close();
      queueMicrotask(() => done(err === ECONNREFUSED ? 'closed' : 'filtered'));
      return () => undefined;
    }
    return () => {
      if (!req.done) return;
      req.done = undefined;
      used.close();
    };
  };
  connector.release = () => {
    for (const list of [spare[4], spare[6]]) for (const h of list.splice(0)) h.close();
  };
  return connector;
}

/** Portable connector over net.Socket (used when the native handle is unavailable). */
export const socketConnector: Connector = (host, port, done) => {
  let finished = false;
  const socket = netConnect({ host, port });
  const finish = (state: PortState) => {
    if (finished) return;
    finished = true;
    socket.destroy();
    done(state);
  };
  socket.once('connect', () => {
    const self = socket.localPort === port && socket.localAddress === socket.remoteAddress;
    finish(self ? 'closed' : 'open');
  });
  socket.once('error', (e: NodeJS.ErrnoException) =>
    finish(e.code === 'ECONNREFUSED' ? 'closed' : 'filtered'),
  );
  return () => {
    if (finished) return;
    finished = true;
    socket.destroy();
  };
};

/** The fastest connector available in this runtime. */
export function defaultConnector(): Connector {
  if (native === null) native = loadNative();
  return native ? nativeConnector(native) : socketConnector;
}
