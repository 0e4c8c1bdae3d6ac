import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_HANDLERS } from '../../src/remediation/live/handlers.js';
import { planLiveFixes } from '../../src/remediation/live/planners.js';
import { readSecret } from '../../src/remediation/live/secrets.js';
import type { MySqlHardenAction } from '../../src/remediation/live/types.js';
import { probeEndpoint } from '../../src/sources/live/index.js';
import { probeMySql } from '../../src/sources/live/mysql/probe.js';
import type { TestServer } from '../support/servers/common.js';
import { removeDir, tempDir } from '../support/servers/common.js';
import { startMariaDb } from '../support/servers/mariadb.js';
import { expectPrivate, findings, ruleIds } from './helpers.js';

const opts = { timeoutMs: 3000 };
let db: TestServer | undefined;
const dataDir = tempDir('mysql-data');

const MISCONFIGURED = [
  "CREATE USER ''@'localhost'",
  "CREATE USER 'root'@'%'",
  "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION",
  "CREATE USER 'app'@'%' IDENTIFIED BY 'app-password-1'",
  "GRANT SELECT ON mysql.* TO 'app'@'%'",
  'SET GLOBAL local_infile = 1',
];

beforeAll(async () => {
  db = await startMariaDb(MISCONFIGURED);
});
afterAll(async () => {
  await db?.stop();
  removeDir(dataDir);
});

const accounts = (doc: Awaited<ReturnType<typeof probeMySql>>) =>
  (doc.accounts ?? []).map((a) => `${a.user}@${a.host}`).sort();

describe('mysql probe', () => {
  it('reads the greeting, default logins, variables and accounts', async (t) => {
    if (!db) return t.skip();
    const doc = await probeMySql(db, opts);
    expect(doc).toMatchObject({ reachable: true, flavor: 'mariadb', tlsSupported: false, localInfile: true });
    expect(doc.logins.map((l) => [l.user, l.outcome])).toEqual([
      ['root', 'ok'],
      ['', 'ok'],
    ]);
    expect(doc.serverHostname).toBe(hostname());
    expect(accounts(doc)).toEqual(
      [
        '@localhost',
        'app@%',
        'root@%',
        'root@127.0.0.1',
        'root@::1',
        'root@localhost',
        `root@${hostname()}`,
      ].sort(),
    );
    expect(ruleIds(doc)).toEqual([
      'live-mysql/anonymous-account',
      'live-mysql/local-infile',
      'live-mysql/no-tls',
      'live-mysql/remote-root',
      'live-mysql/root-empty-password',
    ]);
  });

  it('with defaultCredentials: false only the greeting (and supplied logins) count', async (t) => {
    if (!db) return t.skip();
    const doc = await probeMySql(db, { ...opts, defaultCredentials: false });
    expect(doc.logins).toEqual([]);
    expect(ruleIds(doc)).toEqual(['live-mysql/no-tls']);
    // The anonymous ''@localhost shadows app@'%' for local clients: the documented reason to drop it.
    const app = await probeMySql(db, {
      ...opts,
      defaultCredentials: false,
      credentials: { username: 'app', password: 'app-password-1' },
    });
    expect(app.logins).toMatchObject([{ user: 'app', password: 'supplied', outcome: 'denied' }]);
  });

  it('is identified by handshake', async (t) => {
    if (!db) return t.skip();
    const r = await probeEndpoint(db, opts);
    expect(r.documents.map((d) => d.kind)).toEqual(['mysql-live']);
  });
});

describe('mysql live fix', () => {
  it('plan -> apply -> verify -> rollback', async (t) => {
    if (!db) return t.skip();
    const ctx = { dataDir, timeoutMs: 3000 };
    const before = await probeMySql(db, opts);
    const [action, ...rest] = planLiveFixes(findings(before), [before]);
    expect(rest).toEqual([]);
    const a = action as MySqlHardenAction;
    const byHost = (x: { host: string }, y: { host: string }) => x.host.localeCompare(y.host);
    expect({ ...a.params, setPasswordFor: [...a.params.setPasswordFor].sort(byHost) }).toEqual({
      setPasswordFor: ['localhost', '127.0.0.1', '::1', hostname()]
        .map((host) => ({ user: 'root', host }))
        .sort(byHost),
      dropAccounts: [
        { user: '', host: 'localhost' },
        { user: 'root', host: '%' },
      ],
      localInfileOff: true,
    });
    const handler = LIVE_HANDLERS['mysql.harden'];
    const plan = await handler.plan(a, ctx);
    expect(plan).toHaveLength(7);

    const applied = await handler.apply(a, ctx);
    const secret = readSecret(applied.secretFile as string);
    expectPrivate(applied.secretFile, secret, [...plan, ...applied.steps, ...applied.warnings]);
    expect(await handler.verify(applied, ctx)).toMatchObject({ ok: true, remaining: [] });
    const after = await probeMySql(db, { ...opts, credentials: { username: 'root', password: secret } });
    expect(accounts(after)).toEqual(
      ['app@%', 'root@127.0.0.1', 'root@::1', 'root@localhost', `root@${hostname()}`].sort(),
    );
    expect(ruleIds(after)).toEqual(['live-mysql/no-tls']);
    // With the anonymous account gone, app@'%' can log in again.
    const app = await probeMySql(db, {
      ...opts,
      defaultCredentials: false,
      credentials: { username: 'app', password: 'app-password-1' },
    });
    expect(app.logins).toEqual([
      { user: 'app', password: 'supplied', outcome: 'ok', matchedAccount: 'app@%' },
    ]);

    await handler.rollback(applied, ctx);
    const back = await probeMySql(db, opts);
    expect(accounts(back)).toEqual(accounts(before));
    expect(ruleIds(back)).toEqual(ruleIds(before));
    // root@'%' came back with its grants.
    const grants = await probeMySql(db, {
      ...opts,
      defaultCredentials: false,
      credentials: { username: 'root', password: '' },
    });
    expect(grants.logins[0]?.outcome).toBe('ok');
  });
});
