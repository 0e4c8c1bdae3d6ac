import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { converse } from './converse.js';
import { fingerprint } from './fingerprint.js';

// Fake services on ephemeral loopback ports, each answering only what its protocol answers.
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(onSocket: (s: Socket) => void): Promise<{ port: number; heard: Buffer[] }> {
  const heard: Buffer[] = [];
  const server = createServer((s) => {
    s.on('error', () => undefined);
    s.on('data', (d) => heard.push(d));
    onSocket(s);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as { port: number }).port, heard };
}

/** Like Redis: waits for a full line, answers PING, ignores the rest. */
const lineServer = (s: Socket) => {
  let line = '';
  s.on('data', (d) => {
    line += d.toString('latin1');
    if (line.startsWith('PING\r\n')) s.write('+PONG\r\n');
  });
};

const opts = { bannerWaitMs: 100, waitMs: 1000 };

describe('fingerprint', () => {
  it('tells Redis by PING without waiting out the ClientHello it never answers', async () => {
    const { port } = await serve(lineServer);
    const t0 = performance.now();
    expect(await fingerprint({ host: '127.0.0.1', port }, opts)).toEqual({ service: 'redis' });
    expect(performance.now() - t0).toBeLessThan(opts.waitMs);
  });

  it('tells TLS by its answer to a ClientHello', async () => {
    const { port } = await serve((s) =>
      s.once('data', (d) => {
        // A handshake_failure alert to a ClientHello; anything else is not TLS: hang up.
        if (d[0] === 0x16) s.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]));
        else s.destroy();
      }),
    );
    expect(await fingerprint({ host: '127.0.0.1', port }, opts)).toEqual({ service: 'tls', tls: true });
  });

  it("takes PostgreSQL's one-byte SSLRequest answer as a whole answer", async () => {
    const ssl = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
    const { port } = await serve((s) =>
      s.once('data', (d) => {
        if (d.equals(ssl)) s.write('N');
        else s.destroy();
      }),
    );
    const t0 = performance.now();
    expect(await fingerprint({ host: '127.0.0.1', port }, opts)).toEqual({ service: 'postgres' });
    expect(performance.now() - t0).toBeLessThan(opts.waitMs);
  });

  it('tells an AMQP broker by the protocol header it sends back to any other opening', async () => {
    const { port } = await serve((s) =>
      s.once('data', () => s.end(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'))),
    );
    const t0 = performance.now();
    expect(await fingerprint({ host: '127.0.0.1', port }, opts)).toEqual({ service: 'amqp' });
    expect(performance.now() - t0).toBeLessThan(opts.waitMs);
  });

  it('sends nothing to a service that speaks first', async () => {
    const { port, heard } = await serve((s) => s.write('SSH-2.0-OpenSSH_9.6 test\r\n'));
    expect(await fingerprint({ host: '127.0.0.1', port }, opts)).toMatchObject({
      service: 'ssh',
      version: 'OpenSSH_9.6',
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([]);
  });

  it('says unknown for a port that never answers', async () => {
    const { port } = await serve(() => undefined);
    expect(await fingerprint({ host: '127.0.0.1', port }, { bannerWaitMs: 20, waitMs: 40 })).toEqual({
      service: 'unknown',
    });
  });
});

describe('converse', () => {
  it('ends when `enough` says so, or with what arrived when aborted', async () => {
    const { port } = await serve((s) => s.once('data', () => s.write('N')));
    const t0 = performance.now();
    const reply = await converse({ host: '127.0.0.1', port }, Buffer.from('x'), 5000, {
      enough: (d) => d.length >= 1,
    });
    expect(reply?.data.toString()).toBe('N');
    expect(performance.now() - t0).toBeLessThan(1000);

    const stop = new AbortController();
    const pending = converse({ host: '127.0.0.1', port }, Buffer.from('x'), 5000, { signal: stop.signal });
    setTimeout(() => stop.abort(), 50);
    expect((await pending)?.data.toString()).toBe('N');
  });

  it('is undefined when nothing listens', async () => {
    const { port } = await serve(() => undefined);
    await new Promise((r) => (servers.pop() as Server).close(r));
    expect(await converse({ host: '127.0.0.1', port }, undefined, 500)).toBeUndefined();
  });
});
