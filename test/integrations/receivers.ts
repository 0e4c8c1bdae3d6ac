import { execFileSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { SMTPServer } from 'smtp-server';

/** Test receivers: real servers on 127.0.0.1 ports the test opens, recording what arrives. */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Arrival time on the test's clock (see `now`). */
  readonly at: number;
}

export type Reply = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

export interface HttpReceiver {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Decide each reply (default 200 "ok"); 'hang' never answers (a timeout). */
  handler: (req: RecordedRequest, n: number) => Reply | Promise<Reply>;
  close(): Promise<void>;
}

export async function httpReceiver(now: () => number = Date.now): Promise<HttpReceiver> {
  const requests: RecordedRequest[] = [];
  const hanging: ServerResponse[] = [];
  const r: HttpReceiver = {
    url: '',
    requests,
    handler: () => ({ status: 200, body: 'ok' }),
    close: async () => {
      for (const h of hanging) h.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const rec: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: now(),
      };
      requests.push(rec);
      const reply = await r.handler(rec, requests.length);
      if (reply === 'hang') {
        hanging.push(res);
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  (r as { url: string }).url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return r;
}

/** A minimal Jira Cloud: JQL search by label, create, transitions, comments (Basic auth checked). */
export interface FakeJira extends HttpReceiver {
  readonly issues: Map<
    string,
    { key: string; labels: string[]; status: string; fields: Record<string, unknown> }
  >;
  readonly comments: { key: string; body: unknown }[];
  /** Make the next N create calls fail with this status after creating the issue (lost reply). */
  failCreateAfterCommit: number;
}

const STATUS_CATEGORY: Record<string, string> = {
  'To Do': 'new',
  'In Progress': 'indeterminate',
  Done: 'done',
};

export async function fakeJira(
  auth: { email: string; token: string },
  now: () => number = Date.now,
): Promise<FakeJira> {
  const base = await httpReceiver(now);
  const jira = base as FakeJira;
  (jira as { issues: FakeJira['issues'] }).issues = new Map();
  (jira as { comments: FakeJira['comments'] }).comments = [];
  jira.failCreateAfterCommit = 0;
  let next = 1;
  const expected = `Basic ${Buffer.from(`${auth.email}:${auth.token}`).toString('base64')}`;
  const json = (status: number, body: unknown): Reply => ({ status, body: JSON.stringify(body) });
  jira.handler = (req) => {
    if (req.headers.authorization !== expected) return json(401, { errorMessages: ['unauthorized'] });
    const p = req.path.split('?')[0]!;
    if (req.method === 'POST' && p === '/rest/api/3/search/jql') {
      const { jql } = JSON.parse(req.body) as { jql: string };
      const m = /^labels = "([^"]+)"$/.exec(jql);
      if (!m) return json(400, { errorMessages: [`unsupported jql ${jql}`] });
      const found = [...jira.issues.values()].filter((i) => i.labels.includes(m[1]!));
      return json(200, {
        issues: found.map((i) => ({
          key: i.key,
          fields: { status: { name: i.status, statusCategory: { key: STATUS_CATEGORY[i.status] } } },
        })),
      });
    }
    if (req.method === 'POST' && p === '/rest/api/3/issue') {
      const { fields } = JSON.parse(req.body) as { fields: { labels: string[] } & Record<string, unknown> };
      const key = `SEC-${next++}`;
      jira.issues.set(key, { key, labels: fields.labels, status: 'To Do', fields });
      if (jira.failCreateAfterCommit > 0) {
        jira.failCreateAfterCommit--;
        return json(502, { error: 'bad gateway' });
      }
      return json(201, { id: String(next), key, self: `${base.url}/rest/api/3/issue/${key}` });
    }
    const t = /^\/rest\/api\/3\/issue\/([^/]+)\/(transitions|comment)$/.exec(p);
    if (t) {
      const issue = jira.issues.get(decodeURIComponent(t[1]!));
      if (!issue) return json(404, { errorMessages: ['no such issue'] });
      if (t[2] === 'comment') {
        jira.comments.push({ key: issue.key, body: JSON.parse(req.body) });
        return json(201, { id: '1' });
      }
      const all = [
        { id: '11', name: 'Start', to: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } },
        { id: '21', name: 'Close', to: { name: 'Done', statusCategory: { key: 'done' } } },
        { id: '31', name: 'Reopen', to: { name: 'To Do', statusCategory: { key: 'new' } } },
      ].filter((x) => x.to.name !== issue.status);
      if (req.method === 'GET') return json(200, { transitions: all });
      const { transition } = JSON.parse(req.body) as { transition: { id: string } };
      const chosen = all.find((x) => x.id === transition.id);
      if (!chosen) return json(400, { errorMessages: ['bad transition'] });
      issue.status = chosen.to.name;
      return { status: 204 };
    }
    return json(404, { errorMessages: [`no route ${req.method} ${p}`] });
  };
  return jira;
}

export interface SyslogReceiver {
  readonly port: number;
  readonly messages: string[];
  close(): Promise<void>;
}

export async function udpSyslog(): Promise<SyslogReceiver> {
  const socket = createSocket('udp4');
  const messages: string[] = [];
  socket.on('message', (m) => messages.push(m.toString('utf8')));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    messages,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

/** Parses RFC 6587 octet-counted frames from a stream. */
function octetParser(onMessage: (m: string) => void) {
  let buf = Buffer.alloc(0);
  return (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const sp = buf.indexOf(0x20);
      if (sp < 0) return;
      const len = Number(buf.subarray(0, sp).toString('ascii'));
      if (!Number.isInteger(len) || len <= 0)
        throw new Error(`bad frame length: ${buf.subarray(0, sp).toString()}`);
      if (buf.length < sp + 1 + len) return;
      onMessage(buf.subarray(sp + 1, sp + 1 + len).toString('utf8'));
      buf = buf.subarray(sp + 1 + len);
    }
  };
}

function streamReceiver(server: NetServer, messages: string[]): Promise<SyslogReceiver> {
  const sockets = new Set<Socket>();
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({
        port: typeof addr === 'object' && addr ? addr.port : 0,
        messages,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
    server.on('connection', (s: Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
  });
}

export function tcpSyslog(): Promise<SyslogReceiver> {
  const messages: string[] = [];
  const server = createNetServer((s) => {
    const parse = octetParser((m) => messages.push(m));
    s.on('data', parse);
  });
  return streamReceiver(server, messages);
}

/** A self-signed certificate for 127.0.0.1 / localhost made with `openssl req`. */
export function selfSignedCert(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plumb-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function tlsSyslog(creds: { key: string; cert: string }): Promise<SyslogReceiver> {
  const messages: string[] = [];
  const server = createTlsServer({ key: creds.key, cert: creds.cert }, (s) => {
    const parse = octetParser((m) => messages.push(m));
    s.on('data', parse);
  });
  return streamReceiver(server as unknown as NetServer, messages);
}

export interface CapturedMail {
  readonly from: string;
  readonly to: string[];
  readonly raw: string;
}

export interface SmtpReceiver {
  readonly port: number;
  readonly mails: CapturedMail[];
  /** Reply with this SMTP error to the next N messages. */
  rejectNext: { count: number; code: number };
  close(): Promise<void>;
}

export async function smtpReceiver(): Promise<SmtpReceiver> {
  const mails: CapturedMail[] = [];
  const rx: SmtpReceiver = {
    port: 0,
    mails,
    rejectNext: { count: 0, code: 451 },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (rx.rejectNext.count > 0) {
          rx.rejectNext.count--;
          const err = new Error('try again later') as Error & { responseCode: number };
          err.responseCode = rx.rejectNext.code;
          callback(err);
          return;
        }
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = (server as unknown as { server: NetServer }).server.address();
  (rx as { port: number }).port = typeof addr === 'object' && addr ? addr.port : 0;
  return rx;
}
