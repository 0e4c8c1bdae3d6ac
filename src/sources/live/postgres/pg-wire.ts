import { ProbeError } from '../probe-error.js';
import { type Framer, ProbeSocket } from '../probe-socket.js';
import type { LiveTarget } from '../types.js';
import { md5Response, scramClient } from './scram.js';

/** PostgreSQL frontend/backend protocol 3.0, just enough for probes and live fixes. */

const MAX_MESSAGE = 512 * 1024;

export const pgMessageFramer: Framer = (b) => {
  if (b.length < 5) return null;
  const type = b[0] as number;
  if (type < 0x41 || type > 0x7a)
    throw new ProbeError('protocol-error', `not a PostgreSQL message (type byte 0x${type.toString(16)})`);
  const len = b.readInt32BE(1);
  if (len < 4 || len > MAX_MESSAGE)
    throw new ProbeError('protocol-error', `PostgreSQL message length ${len} out of range`);
  return 1 + len;
};

export interface PgMessage {
  readonly type: string;
  readonly body: Buffer;
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const cstr = (s: string): Buffer => Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])]);

/** Fields of an ErrorResponse/NoticeResponse: S severity, C SQLSTATE, M message. */
export function errorFields(body: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const code = String.fromCharCode(body[at] as number);
    const end = body.indexOf(0, at + 1);
    if (end === -1) break;
    out.set(code, body.toString('utf8', at + 1, end));
    at = end + 1;
  }
  return out;
}

export class PgServerError extends Error {
  constructor(
    readonly sqlState: string,
    message: string,
  ) {
    super(message);
    this.name = 'PgServerError';
  }
}

function serverError(body: Buffer): PgServerError {
  const f = errorFields(body);
  return new PgServerError(f.get('C') ?? '', f.get('M') ?? 'server error');
}

/** Sends SSLRequest on a fresh connection: 'S' means the server offers TLS, 'N' that it does not. */
export async function pgSslOffered(
  target: LiveTarget,
  endpoint: string,
  timeoutMs: number,
): Promise<boolean> {
  const socket = await ProbeSocket.open(target, endpoint, timeoutMs);
  try {
    const req = Buffer.alloc(8);
    req.writeInt32BE(8, 0);
    req.writeInt32BE(80877103, 4);
    socket.write(req);
    const answer = await socket.readBytes(1, 'answer to SSLRequest');
    const c = String.fromCharCode(answer[0] as number);
    if (c === 'S') return true;
    if (c === 'N') return false;
    throw new ProbeError('protocol-error', `${endpoint}: unexpected answer to SSLRequest`);
  } finally {
    socket.close();
  }
}

export type PgAuthMethod = 'trust' | 'cleartext' | 'md5' | 'scram-sha-256' | 'gss' | 'sspi' | 'other';

export type PgStartupResult =
  | { readonly status: 'ok'; readonly method: PgAuthMethod; readonly parameters: ReadonlyMap<string, string> }
  /** The server asked for a password and none was given. */
  | { readonly status: 'password-required'; readonly method: PgAuthMethod }
  /** The server refused (no pg_hba.conf entry, wrong password, unknown role...). */
  | {
      readonly status: 'rejected';
      readonly method?: PgAuthMethod;
      readonly sqlState: string;
      readonly message: string;
      /** Authentication had succeeded before the error (e.g. the database does not exist). */
      readonly authenticated: boolean;
    };

function methodOf(code: number, body: Buffer): PgAuthMethod {
  if (code === 3) return 'cleartext';
  if (code === 5) return 'md5';
  if (code === 7) return 'gss';
  if (code === 9) return 'sspi';
  if (code === 10) return body.includes('SCRAM-SHA-256') ? 'scram-sha-256' : 'other';
  return 'other';
}

export interface QueryResult {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | null)[])[];
}

/** One logged-in (or refused) PostgreSQL session. */
export class PgConnection {
  private constructor(
    private readonly socket: ProbeSocket,
    readonly endpoint: string,
  ) {}

  static async connect(
    target: LiveTarget,
    endpoint: string,
    timeoutMs: number,
    login: { user: string; database?: string; password?: string },
  ): Promise<{ conn?: PgConnection; result: PgStartupResult }> {
    const socket = await ProbeSocket.open(target, endpoint, timeoutMs);
    const conn = new PgConnection(socket, endpoint);
    try {
      const result = await conn.startup(login);
      if (result.status !== 'ok') socket.close();
      return result.status === 'ok' ? { conn, result } : { result };
    } catch (e) {
      socket.close();
      throw e;
    }
  }

  private async next(what: string): Promise<PgMessage> {
    const raw = await this.socket.read(pgMessageFramer, what);
    return { type: String.fromCharCode(raw[0] as number), body: raw.subarray(5) };
  }

  private async startup(login: {
    user: string;
    database?: string;
    password?: string;
  }): Promise<PgStartupResult> {
    const params = [
      'user',
      login.user,
      'database',
      login.database ?? login.user,
      'application_name',
      'plumb-probe',
    ];
    const body = Buffer.concat([Buffer.from([0, 3, 0, 0]), ...params.map(cstr), Buffer.from([0])]);
    const head = Buffer.alloc(4);
    head.writeInt32BE(body.length + 4);
    this.socket.write(Buffer.concat([head, body]));
    let method: PgAuthMethod = 'trust';
    let scram: ReturnType<typeof scramClient> | undefined;
    const parameters = new Map<string, string>();
    let authenticated = false;
    for (let step = 0; step < 200; step++) {
      const m = await this.next('startup reply');
      if (m.type === 'E') {
        const e = serverError(m.body);
        const known = step > 0 ? { method } : {};
        return { status: 'rejected', ...known, sqlState: e.sqlState, message: e.message, authenticated };
      }
      if (m.type === 'R') {
        const code = m.body.readInt32BE(0);
        if (code === 0) {
          authenticated = true;
          continue;
        }
        if (code === 11 && scram) {
          this.socket.write(message('p', Buffer.from(scram.finalMessage(m.body.toString('utf8', 4)))));
          continue;
        }
        if (code === 12 && scram) {
          if (!scram.verifyServer(m.body.toString('utf8', 4)))
            throw new ProbeError(
              'protocol-error',
              `${this.endpoint}: server failed SCRAM mutual authentication`,
            );
          continue;
        }
        method = methodOf(code, m.body.subarray(4));
        if (login.password === undefined) return { status: 'password-required', method };
        if (method === 'cleartext') this.socket.write(message('p', cstr(login.password)));
        else if (method === 'md5')
          this.socket.write(
            message('p', cstr(md5Response(login.user, login.password, m.body.subarray(4, 8)))),
          );
        else if (method === 'scram-sha-256') {
          scram = scramClient(login.password);
          const data = Buffer.from(scram.firstMessage);
          const len = Buffer.alloc(4);
          len.writeInt32BE(data.length);
          this.socket.write(message('p', Buffer.concat([cstr('SCRAM-SHA-256'), len, data])));
        } else return { status: 'password-required', method };
        continue;
      }
      if (m.type === 'S') {
        const [name, value] = m.body.toString('utf8').split('\0');
        if (name && value !== undefined && parameters.size < 100) parameters.set(name, value);
        continue;
      }
      if (m.type === 'Z') return { status: 'ok', method, parameters };
      // BackendKeyData ('K'), notices ('N'): nothing to learn.
    }
    throw new ProbeError('protocol-error', `${this.endpoint}: endless startup conversation`);
  }

  /** Runs one statement with the simple query protocol; a server error rejects with PgServerError. */
  private busy = false;

  /** One request at a time: the protocol is strictly request/response on this connection. */
  async query(sql: string): Promise<QueryResult> {
    if (this.busy) throw new Error(`${this.endpoint}: query() called while another is in flight`);
    this.busy = true;
    try {
      return await this._query(sql);
    } finally {
      this.busy = false;
    }
  }

  private async _query(sql: string): Promise<QueryResult> {
    this.socket.write(message('Q', cstr(sql)));
    let columns: string[] = [];
    const rows: (string | null)[][] = [];
    let error: PgServerError | undefined;
    for (let i = 0; i < 100_000; i++) {
      const m = await this.next('query result');
      if (m.type === 'T') columns = rowDescription(m.body);
      else if (m.type === 'D' && rows.length < 10_000) rows.push(dataRow(m.body));
      else if (m.type === 'E') error = serverError(m.body);
      else if (m.type === 'Z') {
        if (error) throw error;
        return { columns, rows };
      }
    }
    throw new ProbeError('protocol-error', `${this.endpoint}: query result never ended`);
  }

  close(): void {
    this.socket.write(message('X', Buffer.alloc(0)));
    this.socket.close();
  }
}

function rowDescription(body: Buffer): string[] {
  const n = body.readInt16BE(0);
  const out: string[] = [];
  let at = 2;
  for (let i = 0; i < n; i++) {
    const end = body.indexOf(0, at);
    if (end === -1) break;
    out.push(body.toString('utf8', at, end));
    at = end + 1 + 18;
  }
  return out;
}

function dataRow(body: Buffer): (string | null)[] {
  const n = body.readInt16BE(0);
  const out: (string | null)[] = [];
  let at = 2;
  for (let i = 0; i < n && at + 4 <= body.length; i++) {
    const len = body.readInt32BE(at);
    at += 4;
    if (len < 0) out.push(null);
    else {
      out.push(body.toString('utf8', at, at + len));
      at += len;
    }
  }
  return out;
}

/** Quotes a string literal for PostgreSQL (standard_conforming_strings on). */
export function pgLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Quotes an identifier. */
export function pgIdent(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
