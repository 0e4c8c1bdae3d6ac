import { isIP, connect as netConnect } from 'node:net';

/** Outcome of one TCP connect attempt. */
export type PortState = 'open' | 'closed' | 'filtered';

/**
 * Starts a connect to host:port and calls `done` exactly once with the outcome. Returns a function
 * that aborts the attempt (done is then not called). Implementations must never throw.
 */
export type Connector = (host: string, port: number, done: (state: PortState) => void) => () => void;

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

const ECONNREFUSED = -111;

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

function nativeConnector(wrap: NativeTcpWrap): Connector {
  const oncomplete = function (this: void, status: number, handle: NativeTcpHandle, req: NativeConnectReq) {
    const entry = req as NativeConnectReq & { done?: ((s: PortState) => void) | undefined };
    const done = entry.done;
    entry.done = undefined;
    if (!done) return;
    let state: PortState = status === 0 ? 'open' : status === ECONNREFUSED ? 'closed' : 'filtered';
    if (state === 'open') {
      // Connecting to an ephemeral port on loopback can connect the socket to itself (TCP
      // simultaneous open): that is not a listening service.
      const local: { address?: string; port?: number } = {};
      handle.getsockname(local);
      if (local.port === req.port && local.address === req.address) state = 'closed';
    }
    handle.close();
    done(state);
  };
  return (host, port, done) => {
    const handle = new wrap.TCP(wrap.constants.SOCKET);
    const req = new wrap.TCPConnectWrap() as NativeConnectReq & {
      done?: ((s: PortState) => void) | undefined;
    };
    req.oncomplete = oncomplete;
    req.address = host;
    req.port = port;
    req.done = done;
    const err = isIP(host) === 6 ? handle.connect6(req, host, port) : handle.connect(req, host, port);
    if (err !== 0) {
      req.done = undefined;
      handle.close();
      queueMicrotask(() => done(err === ECONNREFUSED ? 'closed' : 'filtered'));
      return () => undefined;
    }
    return () => {
      if (!req.done) return;
      req.done = undefined;
      handle.close();
    };
  };
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
