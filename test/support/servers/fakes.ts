import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { type BsonDocument, decodeBson, encodeBson } from '../../../src/sources/live/mongodb/bson.js';
import { HOST, type TestServer } from './common.js';

/**
 * In-process stand-ins for servers Debian does not package (MongoDB, Elasticsearch) or that are too
 * heavy to boot per test file (RabbitMQ), plus hostile servers. Each speaks only what the probe sends.
 */

function listen(
  server: Server | ReturnType<typeof createHttpServer>,
  sockets: Set<Socket>,
): Promise<TestServer> {
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, HOST, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        host: HOST,
        port,
        dir: '',
        stop: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A MongoDB-ish server: answers hello/buildInfo, and listDatabases unless `auth` is on. */
export function startFakeMongo(opts: { auth: boolean }): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    let buf = Buffer.alloc(0);
    s.on('data', (c: Buffer) => {
      buf = Buffer.concat([buf, c]);
      while (buf.length >= 4 && buf.length >= buf.readInt32LE(0)) {
        const len = buf.readInt32LE(0);
        const msg = buf.subarray(0, len);
        buf = buf.subarray(len);
        const requestId = msg.readInt32LE(4);
        const cmd = decodeBson(msg, 21);
        let reply: BsonDocument = { ok: 0, errmsg: 'no such command', code: 59 };
        if ('hello' in cmd) reply = { isWritablePrimary: true, maxWireVersion: 21, ok: 1 };
        if ('buildInfo' in cmd) reply = { version: '7.0.4', ok: 1 };
        if ('listDatabases' in cmd) {
          reply = opts.auth
            ? {
                ok: 0,
                errmsg: 'command listDatabases requires authentication',
                code: 13,
                codeName: 'Unauthorized',
              }
            : { databases: [{ name: 'admin' }, { name: 'shop' }], ok: 1 };
        }
        const body = encodeBson(reply);
        const head = Buffer.alloc(21);
        head.writeInt32LE(21 + body.length, 0);
        head.writeInt32LE(requestId + 1000, 4);
        head.writeInt32LE(requestId, 8);
        head.writeInt32LE(2013, 12);
        s.write(Buffer.concat([head, body]));
      }
    });
  });
  return listen(server, sockets);
}

/** An Elasticsearch-ish HTTP server, open or answering 401 with a Basic challenge. */
export function startFakeElasticsearch(opts: { auth: boolean }): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    if (opts.auth) {
      res.writeHead(401, {
        'www-authenticate': 'Basic realm="security" charset="UTF-8"',
        'content-type': 'application/json',
      });
      res.end('{"error":{"type":"security_exception"},"status":401}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/_cluster/health') res.end('{"cluster_name":"test","status":"green"}');
    else
      res.end(
        '{"name":"n1","cluster_name":"test","version":{"number":"7.17.9"},"tagline":"You Know, for Search"}',
      );
  });
  return listen(server, sockets);
}

function frame(classId: number, methodId: number, args: Buffer): Buffer {
  const head = Buffer.alloc(11);
  head[0] = 1;
  head.writeUInt32BE(args.length + 4, 3);
  head.writeUInt16BE(classId, 7);
  head.writeUInt16BE(methodId, 9);
  return Buffer.concat([head, args, Buffer.from([0xce])]);
}

/** An AMQP 0-9-1 broker front door: Connection.Start, then Tune for the accepted PLAIN login, else Close 403. */
export function startFakeAmqp(accepted: { username: string; password: string }): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    let buf = Buffer.alloc(0);
    let started = false;
    s.on('data', (c: Buffer) => {
      buf = Buffer.concat([buf, c]);
      if (!started && buf.length >= 8) {
        started = true;
        buf = buf.subarray(8);
        const product = Buffer.concat([
          Buffer.from([7]),
          Buffer.from('product'),
          Buffer.from('S'),
          Buffer.from([0, 0, 0, 8]),
          Buffer.from('RabbitMQ'),
        ]);
        const version = Buffer.concat([
          Buffer.from([7]),
          Buffer.from('version'),
          Buffer.from('S'),
          Buffer.from([0, 0, 0, 6]),
          Buffer.from('3.12.0'),
        ]);
        const table = Buffer.concat([product, version]);
        const tlen = Buffer.alloc(4);
        tlen.writeUInt32BE(table.length);
        const mech = Buffer.from('PLAIN AMQPLAIN');
        const mlen = Buffer.alloc(4);
        mlen.writeUInt32BE(mech.length);
        s.write(
          frame(
            10,
            10,
            Buffer.concat([
              Buffer.from([0, 9]),
              tlen,
              table,
              mlen,
              mech,
              Buffer.from([0, 0, 0, 5]),
              Buffer.from('en_US'),
            ]),
          ),
        );
      }
      if (started && buf.length >= 7 && buf.length >= 8 + buf.readUInt32BE(3)) {
        const payload = buf.subarray(7, 7 + buf.readUInt32BE(3));
        buf = buf.subarray(8 + buf.readUInt32BE(3));
        if (payload.readUInt16BE(0) !== 10 || payload.readUInt16BE(2) !== 11) return;
        let at = 4;
        at += 4 + payload.readUInt32BE(at); // client properties
        at += 1 + (payload[at] as number); // mechanism
        const resp = payload.subarray(at + 4, at + 4 + payload.readUInt32BE(at)).toString('utf8');
        const [, user, pass] = resp.split('\0');
        if (user === accepted.username && pass === accepted.password) {
          s.write(frame(10, 30, Buffer.from([0, 0x7f, 0xff, 0, 2, 0, 0, 0, 0x3c])));
        } else {
          const text = Buffer.from('ACCESS_REFUSED');
          s.end(
            frame(10, 50, Buffer.concat([Buffer.from([0x01, 0x93, text.length]), text, Buffer.alloc(4)])),
          );
        }
      }
    });
  });
  return listen(server, sockets);
}

/** Misbehaving servers: answer junk, never answer, or drip bytes slowly forever. */
export function startHostile(mode: 'garbage' | 'silent' | 'drip' | 'flood'): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((s) => {
    s.on('error', () => undefined);
    if (mode === 'garbage') s.write(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42, 0x99, 0xfe, 0x01, 0x7a]));
    if (mode === 'drip') {
      const t = setInterval(() => s.write('+'), 100);
      timers.add(t);
      s.on('close', () => clearInterval(t));
    }
    if (mode === 'flood') {
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = () => {
        while (!s.destroyed && s.write(chunk)) {
          /* fill the buffer */
        }
      };
      s.on('drain', pump);
      pump();
    }
  });
  return listen(server, sockets).then((srv) => ({
    ...srv,
    stop: async () => {
      for (const t of timers) clearInterval(t);
      await srv.stop();
    },
  }));
}
