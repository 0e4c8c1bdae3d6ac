import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/integrations/clock.js';
import { parseNotificationsConfig } from '../../src/integrations/config.js';
import { notifyScan } from '../../src/integrations/notifier.js';
import { listDeliveries } from '../../src/integrations/outbox.js';
import type { Store } from '../../src/store/connect.js';
import { clockAwayFromHourEdge, finding, scanOnce, testStore } from './fixture.js';
import {
  type SyslogReceiver,
  selfSignedCert,
  smtpReceiver,
  tcpSyslog,
  tlsSyslog,
  udpSyslog,
} from './receivers.js';

let store: Store;
let cleanup: () => Promise<void>;
let clock: ManualClock;
const opts = () => ({ clock, random: () => 0.5, maxWaitMs: 600_000 });

beforeEach(async () => {
  ({ store, cleanup } = await testStore());
  clock = clockAwayFromHourEdge();
});
afterEach(async () => cleanup());

const RFC5424 = /^<(\d+)>1 (\S+) (\S+) plumbline (\d+) (finding\.new) - (CEF:0\|.*)$/s;

function tricky() {
  const f = finding('payments/a|b\\c/Dockerfile');
  return { ...f, message: 'key=value with | pipe\nand a second line' };
}

function checkCef(message: string) {
  const m = RFC5424.exec(message);
  expect(m).not.toBeNull();
  expect(Number(m![1])).toBe(16 * 8 + 3); // local0, error (high)
  const cef = m![6]!;
  // Header: 7 unescaped pipes separate the 8 parts.
  const parts = cef.split(/(?<!\\)\|/);
  expect(parts.slice(0, 7)).toEqual([
    'CEF:0',
    'Plumbline',
    'plumb',
    expect.any(String),
    'docker/run-as-root',
    'New finding: Container runs as root',
    '8',
  ]);
  const ext = parts.slice(7).join('|');
  expect(ext).toContain('msg=key\\=value with | pipe\\nand a second line');
  expect(ext).toContain('filePath=payments/a|b\\\\c/Dockerfile');
  expect(ext).toContain('cs2Label=team cs2=payments');
}

describe('syslog CEF', () => {
  let creds: { key: string; cert: string };
  beforeAll(() => {
    creds = selfSignedCert();
  });

  for (const protocol of ['udp', 'tcp', 'tls'] as const) {
    it(`delivers RFC 5424 + CEF over ${protocol}`, async () => {
      const rx: SyslogReceiver =
        protocol === 'udp'
          ? await udpSyslog()
          : protocol === 'tcp'
            ? await tcpSyslog()
            : await tlsSyslog(creds);
      try {
        const cfg = parseNotificationsConfig({
          destinations: [
            {
              name: 'siem',
              type: 'syslog',
              host: '127.0.0.1',
              port: rx.port,
              protocol,
              ...(protocol === 'tls' ? { tls: { ca: creds.cert } } : {}),
            },
          ],
          routes: [{ events: ['finding.new'], to: ['siem'] }],
        });
        const scan = await scanOnce(store, [tricky(), finding('payments/other/Dockerfile')]);
        const s = await notifyScan(
          store,
          cfg,
          { targetGroup: 'repo', transitions: scan.transitions },
          opts(),
        );
        expect(s).toMatchObject({ sent: 2, failed: 0 });
        for (let i = 0; i < 50 && rx.messages.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
        expect(rx.messages).toHaveLength(2);
        checkCef(rx.messages.find((m) => m.includes('pipe'))!);
      } finally {
        await rx.close();
      }
    });
  }

  it('refuses a TLS receiver whose certificate it cannot verify (retries, then gives up)', async () => {
    const rx = await tlsSyslog(creds);
    try {
      const cfg = parseNotificationsConfig({
        destinations: [
          {
            name: 'siem',
            type: 'syslog',
            host: '127.0.0.1',
            port: rx.port,
            protocol: 'tls',
            retry: { maxAttempts: 2, initialDelay: '1s' },
          },
        ],
        routes: [{ events: ['finding.new'], to: ['siem'] }],
      });
      const scan = await scanOnce(store, [finding('payments/q/Dockerfile')]);
      const s = await notifyScan(store, cfg, { targetGroup: 'repo', transitions: scan.transitions }, opts());
      expect(s).toMatchObject({ sent: 0, failed: 1 });
      expect(rx.messages).toHaveLength(0);
      const log = await listDeliveries(store, { status: 'failed' });
      expect(log.items[0]!.lastError).toMatch(/SELF_SIGNED|self-signed|gave up after 2 attempts/i);
    } finally {
      await rx.close();
    }
  });

  it('retries while the TCP receiver is down and delivers once it is back', async () => {
    const probe = await tcpSyslog();
    const port = probe.port;
    await probe.close();
    const cfg = parseNotificationsConfig({
      destinations: [{ name: 'siem', type: 'syslog', host: '127.0.0.1', port, protocol: 'tcp' }],
      routes: [{ events: ['finding.new'], to: ['siem'] }],
    });
    const scan = await scanOnce(store, [finding('payments/r/Dockerfile')]);
    const s1 = await notifyScan(
      store,
      cfg,
      { targetGroup: 'repo', transitions: scan.transitions },
      {
        ...opts(),
        maxWaitMs: 10_000,
      },
    );
    expect(s1).toMatchObject({ sent: 0, pending: 1 });
    expect(s1.errors[0]).toMatch(/ECONNREFUSED/);
    // The receiver comes back on the same port a minute later.
    const { createServer } = await import('node:net');
    const got: string[] = [];
    const server = createServer((sock) => sock.on('data', (d) => got.push(d.toString('utf8'))));
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    try {
      clock.advance(60_000);
      const s2 = await notifyScan(store, cfg, { targetGroup: 'repo', transitions: [] }, opts());
      expect(s2).toMatchObject({ sent: 1, pending: 0 });
      for (let i = 0; i < 50 && got.join('').length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(got.join('')).toMatch(/^\d+ <131>1 /);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

/** The decoded Subject header of a raw message (RFC 2047 encoded words, folded lines). */
function subjectOf(raw: string): string {
  const header = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = /^Subject: (.*)$/im.exec(header)?.[1] ?? '';
  return line
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

describe('e-mail', () => {
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  beforeAll(async () => {
    smtp = await smtpReceiver();
  });
  afterAll(async () => smtp.close());
  beforeEach(() => {
    smtp.mails.length = 0;
  });

  const cfg = () =>
    parseNotificationsConfig(
      {
        destinations: [
          {
            name: 'mail',
            type: 'email',
            smtp: {
              host: '127.0.0.1',
              port: smtp.port,
              ignoreTLS: true,
              user: 'plumb',
              pass: '${SMTP_PASS}',
            },
            from: 'plumbline@example.test',
            to: ['secops@example.test'],
            toTeamContact: true,
          },
        ],
        routes: [{ events: ['finding.new'], to: ['mail'] }],
      },
      { env: { SMTP_PASS: 'smtp-password-xyz' } },
    );

  it('mails critical findings at once and the rest as an hourly digest per team', async () => {
    const c = cfg();
    // The test server offers no AUTH; drop credentials for the send but keep them for redaction checks.
    const send = {
      ...c,
      destinations: c.destinations.map((d) =>
        d.type === 'email' ? { ...d, smtp: { ...d.smtp, user: undefined } } : d,
      ),
    };
    const sendCfg = JSON.parse(JSON.stringify(send)) as typeof c;
    const scan = await scanOnce(store, [
      finding('payments/crit/Dockerfile', { severity: 'critical' }),
      finding('payments/h1/Dockerfile'),
      finding('payments/h2/Dockerfile', { severity: 'medium' }),
    ]);
    const s1 = await notifyScan(
      store,
      sendCfg,
      { targetGroup: 'repo', transitions: scan.transitions },
      opts(),
    );
    expect(s1).toMatchObject({ sent: 1, digestPending: 2 });
    expect(smtp.mails).toHaveLength(1);
    expect(subjectOf(smtp.mails[0]!.raw)).toMatch(
      /^\[Plumbline\] \[CRITICAL\] New finding: Container runs as root — payments\/crit\/Dockerfile:3/,
    );
    expect(smtp.mails[0]!.to.sort()).toEqual(['payments@example.test', 'secops@example.test']);
    expect(smtp.mails[0]!.raw).toMatch(/Why it matters/);

    smtp.rejectNext = { count: 1, code: 451 };
    clock.advance(3_600_000);
    const s2 = await notifyScan(store, sendCfg, { targetGroup: 'repo', transitions: [] }, opts());
    expect(s2).toMatchObject({ sent: 2, retried: 2, digestPending: 0, pending: 0 });
    expect(smtp.mails).toHaveLength(2);
    expect(subjectOf(smtp.mails[1]!.raw)).toBe('[Plumbline] Digest for payments: 2 changes (highest HIGH)');
    expect(JSON.stringify(await listDeliveries(store, {}))).not.toContain('smtp-password-xyz');
  });
});
