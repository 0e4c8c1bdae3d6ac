import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/integrations/index.js';
import { plumbAsync } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';
import { type HttpReceiver, httpReceiver } from './receivers.js';

const SECRET = 'whsec_dGVzdC1zZWNyZXQtZm9yLXBsdW1i';

describe('plumb scan --notify', () => {
  let soar: HttpReceiver;
  beforeAll(async () => {
    soar = await httpReceiver();
  });
  afterAll(async () => {
    await soar.close();
  });

  it('announces each finding once per state change, however often the tree is scanned', {
    timeout: 180_000,
  }, async () => {
    const root = tempTree({ 'app/Dockerfile': 'FROM node:20.11-alpine\nCMD ["node", "app.js"]\n' });
    writeFileSync(
      join(root, 'plumb.yaml'),
      `exclude: [plumb.yaml]
notifications:
  destinations:
    - name: soar
      type: webhook
      url: ${soar.url}/hooks/plumb
      secret: \${PLUMB_SOAR_SECRET}
  routes:
    - events: [finding.new, finding.reopened, finding.fixed]
      minSeverity: high
      to: [soar]
`,
    );
    const env = { PLUMB_SOAR_SECRET: SECRET };
    const first = await plumbAsync(['scan', '.', '--notify', '--fail-on', 'none', '-f', 'json'], root, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/notifications: 1 sent/);
    expect(soar.requests).toHaveLength(1);
    const req = soar.requests[0]!;
    expect(verifyWebhook(SECRET, req.headers as Record<string, string>, req.body)).toMatchObject({
      ok: true,
    });
    const body = JSON.parse(req.body);
    expect(JSON.stringify(body)).toContain('docker/run-as-root');
    // The secret never appears in output.
    expect(first.stdout + first.stderr).not.toContain(SECRET);

    const second = await plumbAsync(['scan', '.', '--notify', '--fail-on', 'none'], root, env);
    expect(second.code).toBe(0);
    expect(soar.requests).toHaveLength(1);

    writeFileSync(
      join(root, 'app/Dockerfile'),
      'FROM node:20.11-alpine\nUSER node\nCMD ["node", "app.js"]\n',
    );
    const third = await plumbAsync(['scan', '.', '--notify', '--fail-on', 'none'], root, env);
    expect(third.code).toBe(0);
    expect(soar.requests).toHaveLength(2);
    expect(soar.requests[1]!.body).toContain('fixed');
  });
});
