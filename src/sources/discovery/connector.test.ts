import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultConnector, type PortState, socketConnector } from './connector.js';

// Two listening and two closed ephemeral ports on loopback (a closed one was listened on, then freed).
const servers: Server[] = [];
const open: number[] = [];
const closed: number[] = [];

async function listen(): Promise<Server> {
  const s = createServer((c) => c.destroy());
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return s;
}

beforeAll(async () => {
  for (let i = 0; i < 4; i++) {
    const s = await listen();
    const port = (s.address() as { port: number }).port;
    if (i < 2) {
      servers.push(s);
      open.push(port);
    } else {
      await new Promise((r) => s.close(r));
      closed.push(port);
    }
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

const attempt = (connector: ReturnType<typeof defaultConnector>, port: number) =>
  new Promise<PortState>((resolve) => connector('127.0.0.1', port, resolve));

it.each([
  ['native (sockets reused after a refusal)', defaultConnector],
  ['net.Socket', () => socketConnector],
])('%s connector tells open from closed, attempt after attempt', async (_name, make) => {
  const connector = make();
  const expected: [number, PortState][] = [];
  for (let round = 0; round < 40; round++) {
    for (const p of closed) expected.push([p, 'closed']);
    expected.push([open[round % 2] as number, 'open']);
  }
  // A few at a time, so that refused sockets are handed on to later attempts.
  const got: [number, PortState][] = [];
  for (let i = 0; i < expected.length; i += 3) {
    const batch = expected.slice(i, i + 3);
    got.push(
      ...(await Promise.all(
        batch.map(async ([p]) => [p, await attempt(connector, p)] as [number, PortState]),
      )),
    );
  }
  connector.release?.();
  expect(got).toEqual(expected);
});
