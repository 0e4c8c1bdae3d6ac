import { describe, expect, it } from 'vitest';
import { parseNotificationsConfig, redact, redactedDestinations } from './config.js';

const base = {
  destinations: [
    {
      name: 'soar',
      type: 'webhook',
      url: 'https://soar.example/hooks/plumb?token=abcd1234',
      secret: '${PLUMB_SOAR_SECRET}',
    },
    {
      name: 'jira',
      type: 'jira',
      url: 'https://x.atlassian.net',
      email: 'a@b.c',
      apiToken: 'tok-999999',
      project: 'SEC',
    },
    {
      name: 'mail',
      type: 'email',
      smtp: { host: 'smtp.example', pass: 'pw-123456' },
      from: 'a@b.c',
      to: ['c@d.e'],
    },
  ],
  routes: [{ events: ['finding.new', 'finding.reopened'], minSeverity: 'high', to: ['soar'] }],
};

describe('notifications config', () => {
  it('accepts the documented shape, expands the environment and fills defaults', () => {
    const c = parseNotificationsConfig(base, { env: { PLUMB_SOAR_SECRET: 'whsec_c2VjcmV0' } });
    const soar = c.destinations[0]!;
    expect(soar).toMatchObject({
      type: 'webhook',
      secret: 'whsec_c2VjcmV0',
      payload: 'plumb',
      timeout: 10_000,
    });
    expect(soar.retry).toEqual({ maxAttempts: 8, initialDelay: 2000, maxDelay: 600_000 });
    expect(c.routes[0]).toMatchObject({ minSeverity: 'high', to: ['soar'] });
    expect(c.destinations[2]).toMatchObject({ immediateSeverity: 'critical', smtp: { port: 587 } });
  });

  it('names the key in every error', () => {
    expect(() => parseNotificationsConfig(base, { env: {} })).toThrow(
      'plumb.yaml: invalid key "notifications.destinations.0.secret": environment variable PLUMB_SOAR_SECRET is not set',
    );
    const env = { env: { PLUMB_SOAR_SECRET: 's' } };
    expect(() =>
      parseNotificationsConfig({ ...base, routes: [{ events: ['finding.new'], to: ['nope'] }] }, env),
    ).toThrow('invalid key "notifications.routes.0.to.0": unknown destination "nope"');
    expect(() =>
      parseNotificationsConfig({ ...base, routes: [{ events: ['finding.old'], to: ['soar'] }] }, env),
    ).toThrow(/invalid key "notifications\.routes\.0\.events\.0"/);
    expect(() =>
      parseNotificationsConfig(
        { ...base, routes: [{ events: ['finding.new'], to: ['soar'], digest: 'hourly' }] },
        env,
      ),
    ).toThrow(/"notifications\.routes\.0\.digest": .*duration/);
    expect(() =>
      parseNotificationsConfig({ destinations: [{ name: 'x', type: 'webhook', url: 'ftp://x' }] }, env),
    ).toThrow(/"notifications\.destinations\.0\.url": an http\(s\) URL/);
    expect(() => parseNotificationsConfig({ destinations: [{ name: 'x', type: 'pager' }] }, env)).toThrow(
      /notifications\.destinations\.0\.type/,
    );
    expect(() => parseNotificationsConfig({ ...base, extra: 1 }, env)).toThrow(/unrecognized|extra/i);
  });

  it('supports ${VAR:-default} and $${literal}', () => {
    const c = parseNotificationsConfig(
      {
        destinations: [
          { name: 'h', type: 'webhook', url: '${HOOK:-https://d.example/x}', headers: { x: '$${KEEP}' } },
        ],
      },
      { env: {} },
    );
    const d = c.destinations[0]!;
    expect(d.type === 'webhook' && d.url).toBe('https://d.example/x');
    expect(d.type === 'webhook' && d.headers).toEqual({ x: '${KEEP}' });
  });

  it('keeps secrets out of what the API shows and out of log lines', () => {
    const c = parseNotificationsConfig(base, { env: { PLUMB_SOAR_SECRET: 'whsec_c2VjcmV0c2VjcmV0' } });
    const shown = JSON.stringify(redactedDestinations(c));
    for (const s of ['c2VjcmV0c2VjcmV0', 'abcd1234', 'tok-999999', 'pw-123456'])
      expect(shown).not.toContain(s);
    expect(redactedDestinations(c)[0]).toMatchObject({
      url: 'https://soar.example/hooks/plumb?********',
      timeout: '10s',
    });
    expect(redact('failed: token tok-999999 rejected', c.destinations)).toBe(
      'failed: token ******** rejected',
    );
  });
});
