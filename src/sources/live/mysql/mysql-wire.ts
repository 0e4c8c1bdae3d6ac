import { createHash } from 'node:crypto';
import { ProbeError } from '../probe-error.js';
import { type Framer, ProbeSocket } from '../probe-socket.js';
import type { LiveTarget } from '../types.js';

/** MySQL/MariaDB client/server protocol: handshake v10, HandshakeResponse41, COM_QUERY text results. */

export const CLIENT = {
  LONG_PASSWORD: 0x1,
  CONNECT_WITH_DB: 0x8,
  LOCAL_FILES: 0x80,
  PROTOCOL_41: 0x200,
  SSL: 0x800,
  TRANSACTIONS: 0x2000,
  SECURE_CONNECTION: 0x8000,
  PLUGIN_AUTH: 0x80000,
} as const;

const MAX_PACKET = 1024 * 1024;

export const mysqlPacketFramer: Framer = (b) => {
  if (b.length < 4) return null;
  const len = b.readUIntLE(0, 3);
  if (len > MAX_PACKET)
    throw new ProbeError('protocol-error', `MySQL packet of ${len} bytes is over the probe limit`);
  return 4 + len;
};

export interface MySqlGreeting {
  readonly protocolVersion: number;
  readonly serverVersion: string;
  readonly connectionId: number;
  readonly capabilities: number;
  readonly authPlugin: string;
  readonly nonce: Buffer;
}

/** Server refused the connection before any login (e.g. host not allowed, too many connections). */
export class MySqlServerError extends Error {
  constructor(
    readonly errno: number,
    message: string,
  ) {
    super(message);
    this.name = 'MySqlServerError';
  }
}

function cstringAt(b: Buffer, at: number): [string, number] {
  const end = b.indexOf(0, at);
  if (end === -1) return [b.toString('utf8', at), b.length];
  return [b.toString('utf8', at, end), end + 1];
}

function parseError(p: Buffer): MySqlServerError {
  const errno = p.length >= 3 ? p.readUInt16LE(1) : 0;
  let at = 3;
  if (p[at] === 0x23) at += 6; // '#' + SQLSTATE
  return new MySqlServerError(errno, p.toString('utf8', at, Math.min(p.length, at + 512)));
}

export function parseGreeting(p: Buffer, endpoint: string): MySqlGreeting {
  if (p[0] === 0xff) throw parseError(p);
  if (p[0] !== 10 || p.length < 33)
    throw new ProbeError('protocol-error', `${endpoint}: not a MySQL handshake v10 greeting`);
  const [serverVersion, a] = cstringAt(p, 1);
  if (serverVersion.length > 120 || a + 31 > p.length)
    throw new ProbeError('protocol-error', `${endpoint}: malformed MySQL greeting`);
  const connectionId = p.readUInt32LE(a);
  const nonce1 = p.subarray(a + 4, a + 12);
  const capLow = p.readUInt16LE(a + 13);
  const capHigh = p.readUInt16LE(a + 18);
  const capabilities = (capLow | (capHigh << 16)) >>> 0;
  const authDataLen = p[a + 20] ?? 0;
  let at = a + 31;
  let nonce2: Buffer = Buffer.alloc(0);
  if (capabilities & CLIENT.SECURE_CONNECTION) {
    const n = Math.max(13, authDataLen - 8);
    nonce2 = p.subarray(at, Math.min(p.length, at + n));
    at += n;
  }
  let authPlugin = 'mysql_native_password';
  if (capabilities & CLIENT.PLUGIN_AUTH && at < p.length) authPlugin = cstringAt(p, at)[0];
  const nonce = Buffer.concat([nonce1, nonce2]);
  const trimmed = nonce[nonce.length - 1] === 0 ? nonce.subarray(0, nonce.length - 1) : nonce;
  return { protocolVersion: 10, serverVersion, connectionId, capabilities, authPlugin, nonce: trimmed };
}

const sha1 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p);
  return h.digest();
};
const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) ^ (b[i % b.length] as number);
  return out;
}

/** The scramble a client sends for `plugin`; empty password => empty response (as real clients do). */
export function authResponse(plugin: string, password: string, nonce: Buffer): Buffer {
  if (password === '') return Buffer.alloc(0);
  const pw = Buffer.from(password, 'utf8');
  if (plugin === 'caching_sha2_password')
    return xor(sha256(pw), sha256(sha256(sha256(pw)), nonce.subarray(0, 20)));
  if (plugin === 'mysql_clear_password') return Buffer.concat([pw, Buffer.from([0])]);
  const stage1 = sha1(pw);
  return xor(stage1, sha1(nonce.subarray(0, 20), sha1(stage1)));
}

/** The stored hash of a mysql_native_password password: `*` + HEX(SHA1(SHA1(password))). */
export function nativePasswordHash(password: string): string {
  return `*${sha1(sha1(Buffer.from(password, 'utf8')))
    .toString('hex')
    .toUpperCase()}`;
}

export type MySqlLoginResult =
  | { readonly status: 'ok' }
  | { readonly status: 'denied'; readonly errno: number; readonly message: string };

export interface MySqlResultSet {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | null)[])[];
}

function lenencInt(b: Buffer, at: number): [number, number] {
  const first = b[at] ?? 0;
  if (first < 0xfb) return [first, at + 1];
  if (first === 0xfc) return [b.readUInt16LE(at + 1), at + 3];
  if (first === 0xfd) return [b.readUIntLE(at + 1, 3), at + 4];
  if (first === 0xfe) return [Number(b.readBigUInt64LE(at + 1)), at + 9];
  return [0, at + 1];
}

function lenencStr(b: Buffer, at: number): [string | null, number] {
  if (b[at] === 0xfb) return [null, at + 1];
  const [len, next] = lenencInt(b, at);
  if (next + len > b.length)
    throw new ProbeError('protocol-error', 'MySQL length-encoded string runs past its packet');
  return [b.toString('utf8', next, next + len), next + len];
}

/** One MySQL session: greeting read on open, then login, then queries. */
export class MySqlConnection {
  private seq = 0;

  private constructor(
    private readonly socket: ProbeSocket,
    readonly endpoint: string,
    readonly greeting: MySqlGreeting,
  ) {}

  /** Connects and reads the greeting. Rejects with MySqlServerError when the server refuses us outright. */
  static async open(target: LiveTarget, endpoint: string, timeoutMs: number): Promise<MySqlConnection> {
    const socket = await ProbeSocket.open(target, endpoint, timeoutMs);
    try {
      const raw = await socket.read(mysqlPacketFramer, 'MySQL greeting');
      return new MySqlConnection(socket, endpoint, parseGreeting(raw.subarray(4), endpoint));
    } catch (e) {
      socket.close();
      throw e;
    }
  }

  private async packet(what: string): Promise<Buffer> {
    const raw = await this.socket.read(mysqlPacketFramer, what);
    this.seq = ((raw[3] as number) + 1) & 0xff;
    return raw.subarray(4);
  }

  private send(payload: Buffer): void {
    const head = Buffer.alloc(4);
    head.writeUIntLE(payload.length, 0, 3);
    head[3] = this.seq;
    this.seq = (this.seq + 1) & 0xff;
    this.socket.write(Buffer.concat([head, payload]));
  }

  async login(user: string, password: string): Promise<MySqlLoginResult> {
    const g = this.greeting;
    const wanted =
      CLIENT.LONG_PASSWORD |
      CLIENT.PROTOCOL_41 |
      CLIENT.TRANSACTIONS |
      CLIENT.SECURE_CONNECTION |
      CLIENT.PLUGIN_AUTH;
    const caps = (wanted & g.capabilities) | CLIENT.PROTOCOL_41;
    const head = Buffer.alloc(32);
    head.writeUInt32LE(caps >>> 0, 0);
    head.writeUInt32LE(MAX_PACKET, 4);
    head[8] = 45; // utf8mb4_general_ci
    const auth = authResponse(g.authPlugin, password, g.nonce);
    const parts = [head, Buffer.from(`${user}\0`, 'utf8'), Buffer.from([auth.length]), auth];
    if (caps & CLIENT.PLUGIN_AUTH) parts.push(Buffer.from(`${g.authPlugin}\0`));
    this.seq = 1;
    this.send(Buffer.concat(parts));
    let plugin = g.authPlugin;
    for (let step = 0; step < 5; step++) {
      const p = await this.packet('login reply');
      const tag = p[0];
      if (tag === 0x00) return { status: 'ok' };
      if (tag === 0xff) {
        const e = parseError(p);
        return { status: 'denied', errno: e.errno, message: e.message };
      }
      if (tag === 0xfe) {
        // AuthSwitchRequest: plugin name, then fresh nonce.
        const [name, at] = cstringAt(p, 1);
        plugin = name;
        this.send(authResponse(plugin, password, p.subarray(at)));
        continue;
      }
      if (tag === 0x01) {
        // caching_sha2_password: 3 = fast auth ok (OK follows), 4 = full auth needs TLS or RSA.
        if (p[1] === 0x03) continue;
        return {
          status: 'denied',
          errno: 0,
          message: `${plugin} needs TLS or an RSA key exchange for this password`,
        };
      }
      throw new ProbeError(
        'protocol-error',
        `${this.endpoint}: unexpected login reply 0x${(tag ?? 0).toString(16)}`,
      );
    }
    throw new ProbeError('protocol-error', `${this.endpoint}: endless authentication exchange`);
  }

  /** COM_QUERY with a text result set. A server error rejects with MySqlServerError. */
  private busy = false;

  /** One request at a time: the protocol is strictly request/response on this connection. */
  async query(sql: string): Promise<MySqlResultSet> {
    if (this.busy) throw new Error(`${this.endpoint}: query() called while another is in flight`);
    this.busy = true;
    try {
      return await this._query(sql);
    } finally {
      this.busy = false;
    }
  }

  private async _query(sql: string): Promise<MySqlResultSet> {
    this.seq = 0;
    this.send(Buffer.concat([Buffer.from([0x03]), Buffer.from(sql, 'utf8')]));
    const first = await this.packet('query result');
    if (first[0] === 0xff) throw parseError(first);
    if (first[0] === 0x00) return { columns: [], rows: [] };
    const [count] = lenencInt(first, 0);
    const columns: string[] = [];
    for (let i = 0; i < count; i++) {
      const def = await this.packet('column definition');
      let at = 0;
      let name: string | null = '';
      for (let f = 0; f < 5; f++) [name, at] = lenencStr(def, at);
      columns.push(name ?? '');
    }
    const eof = await this.packet('end of columns');
    if (eof[0] !== 0xfe)
      throw new ProbeError('protocol-error', `${this.endpoint}: missing EOF after column definitions`);
    const rows: (string | null)[][] = [];
    for (let i = 0; i < 100_000; i++) {
      const p = await this.packet('row');
      if (p[0] === 0xfe && p.length < 9) return { columns, rows };
      if (p[0] === 0xff) throw parseError(p);
      const row: (string | null)[] = [];
      let at = 0;
      for (let c = 0; c < count; c++) {
        const [v, next] = lenencStr(p, at);
        row.push(v);
        at = next;
      }
      if (rows.length < 10_000) rows.push(row);
    }
    throw new ProbeError('protocol-error', `${this.endpoint}: result set never ended`);
  }

  close(): void {
    this.seq = 0;
    this.send(Buffer.from([0x01]));
    this.socket.close();
  }
}

/** Quotes a string literal for MySQL/MariaDB (backslashes and quotes). */
export function mysqlLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\0/g, '\\0')}'`;
}

/** `'user'@'host'` account name. */
export function mysqlAccount(user: string, host: string): string {
  return `${mysqlLiteral(user)}@${mysqlLiteral(host)}`;
}
