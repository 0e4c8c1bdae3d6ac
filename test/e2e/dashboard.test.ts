// End-to-end: the built dashboard in a real (headless) Chromium against the real API server on a
// temporary tree and store. Skipped only when Chromium is missing outside CI.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from '../../src/platform/platform.js';
import { buildApp } from '../../src/server/app.js';
import { tempTree } from '../support/tmp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.PLUMB_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = !existsSync(CHROMIUM) && process.env.CI !== 'true';

const ADMIN = 'plb_e2e-admin-token-0123456789';
const CONFIG = `organisation:
  name: Acme
  subsidiaries:
    - name: Acme Retail
      teams: [{ name: Storefront }]
    - name: Acme Bank
      teams: [{ name: Platform }]
ownership:
  - { team: Storefront, match: path, pattern: "web/**" }
  - { team: Platform, match: path, pattern: "k8s/**" }
targets:
  - name: demo
    paths: [.]
    exclude: [plumb.yaml]
`;
// Final stage without USER: runs as root (owned by Storefront).
const DOCKERFILE = `FROM node:20.11-bookworm AS build
WORKDIR /src
COPY . .
RUN npm ci && npm run build

FROM node:20.11-bookworm-slim
WORKDIR /app
COPY --from=build /src/dist ./dist
CMD ["node", "dist/server.js"]
`;
// A privileged container (owned by Platform); the fix must keep the comment.
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
  namespace: prod
spec:
  selector:
    matchLabels: { app: payments }
  template:
    metadata:
      labels: { app: payments }
    spec:
      containers:
        - name: api
          image: registry.example.com/payments:1.4.2
          securityContext:
            privileged: true # needed? nobody remembers
`;

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function freshDashboard(): string | undefined {
  const dist = join(ROOT, 'web', 'dist');
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return undefined;
  const sources = ['src', 'index.html', 'vite.config.ts'].map((p) => newestMtime(join(ROOT, 'web', p)));
  return statSync(index).mtimeMs >= Math.max(...sources) ? dist : undefined;
}

let builtDir: string | undefined;
async function buildDashboard(): Promise<string> {
  builtDir = mkdtempSync(join(tmpdir(), 'plumb-web-'));
  await build({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: builtDir, emptyOutDir: true },
  });
  return builtDir;
}

interface Summary {
  id: string;
  ruleId: string;
  teamName: string | null;
  path: string;
  state: string;
}

describe.skipIf(SKIP)('dashboard in a browser', () => {
  let tree: string;
  let webDir: string;
  let platform: Platform;
  let app: FastifyInstance;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  /** Console errors and page errors; `allowed` marks expected failed requests (404s we provoke). */
  const problems: string[] = [];
  let allowed: RegExp | null = null;

  async function apiGet<T>(path: string, token = ADMIN): Promise<T> {
    const res = await fetch(new URL(path, base), { headers: { authorization: `Bearer ${token}` } });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  async function signIn(token: string) {
    await page.goto(base);
    const input = page.getByLabel('Access token');
    await input.waitFor();
    // The field has focus on arrival: type and press Enter, as a keyboard user would.
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('token');
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  }

  async function goTo(nav: string) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: nav, exact: true })
      .click();
  }

  beforeAll(async () => {
    // The built dashboard when it is newer than its sources; otherwise build it into a temp dir.
    webDir = freshDashboard() ?? (await buildDashboard());

    tree = tempTree({ 'plumb.yaml': CONFIG, 'web/Dockerfile': DOCKERFILE, 'k8s/deploy.yaml': DEPLOYMENT });
    platform = await startPlatform({ cwd: tree, dataDir: join(tree, '.plumb'), adminTokenFromEnv: ADMIN });
    app = await buildApp(platform, { version: 'e2e', webDir });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    base = `${address}/`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location().url;
      if (allowed && /Failed to load resource/.test(msg.text()) && allowed.test(where)) return;
      problems.push(`console error: ${msg.text()} (${where})`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }, 60_000);

  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen, 'no console errors').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await platform?.store.close();
    if (builtDir) rmSync(builtDir, { recursive: true, force: true });
  });

  it('signs in with the admin token and starts the first scan from the Scans page', async () => {
    await signIn(ADMIN);
    await page.getByText('No scan has run yet.').waitFor();
    await goTo('Scans');
    await page.getByRole('heading', { level: 1, name: 'Scans' }).waitFor();
    await page.getByRole('button', { name: 'Scan now demo' }).click();
    await page.getByText(/The scan of demo finished: \d+ findings/).waitFor({ timeout: 20_000 });
  }, 30_000);

  it('shows open findings by severity, team and subsidiary on the overview', async () => {
    await goTo('Overview');
    const critical = page.locator('a[data-severity="critical"] .sev-card-count');
    await critical.waitFor();
    expect(await critical.textContent()).toBe('1');
    expect(
      Number(await page.locator('a[data-severity="high"] .sev-card-count').textContent()),
    ).toBeGreaterThanOrEqual(1);
    const byTeam = page.getByRole('region', { name: 'By team' });
    expect(await byTeam.getByRole('rowheader', { name: 'Platform' }).count()).toBe(1);
    expect(await byTeam.getByRole('rowheader', { name: 'Storefront' }).count()).toBe(1);
    const bySub = page.getByRole('region', { name: 'By subsidiary' });
    expect(await bySub.getByRole('rowheader', { name: 'Acme Bank' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Findings over the last 30 days/ }).count()).toBe(1);
  });

  it('filters the findings list by severity and by search', async () => {
    await goTo('Findings');
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    const all = await apiGet<{ total: number }>('api/findings');
    await page.getByTestId('findings-count').getByText(`${all.total} findings`).waitFor();

    await page.getByLabel('Severity').selectOption('critical');
    await page.getByTestId('findings-count').getByText('1 finding match these filters').waitFor();
    const rows = page.locator('tbody tr[data-finding-id]');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Container runs privileged');

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByTestId('findings-count').getByText(`${all.total} findings`).waitFor();
    const search = page.getByLabel('Search');
    await search.fill('Dockerfile');
    await search.press('Enter');
    await page
      .getByTestId('findings-count')
      .getByText(/match these filters/)
      .waitFor();
    const wheres = await page.locator('tbody tr[data-finding-id] td.where').allTextContents();
    expect(wheres.length).toBeGreaterThan(0);
    expect(wheres.length).toBeLessThan(all.total);
    for (const w of wheres) expect(w).toMatch(/^web\/Dockerfile/);
  });

  it('opens a finding, previews its diff and applies the fix after confirming', async () => {
    await page.goto(`${base}#/findings?severity=critical`);
    await page.getByRole('link', { name: 'Container runs privileged' }).click();
    await page.getByRole('heading', { level: 1, name: 'Container runs privileged' }).waitFor();
    for (const h of [
      'What is wrong',
      'Why it matters',
      'The exact fix',
      'How to check the fix worked',
      'History',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name: h }).count(), h).toBe(1);
    }
    expect(await page.locator('.facts').first().textContent()).toContain('k8s/deploy.yaml');
    expect(await page.getByRole('complementary').textContent()).toContain('Platform');

    await page.getByRole('button', { name: 'Preview the change' }).click();
    const added = page.locator('.diff-add');
    await added.first().waitFor();
    // Only this finding's fix: the other problems in the same file stay for their own review.
    expect(await page.locator('.preview').textContent()).toContain('1 fix in k8s/deploy.yaml');
    expect(await added.count()).toBe(1);
    expect((await added.allTextContents()).join('')).toContain('privileged: false');
    expect((await page.locator('.diff-del').allTextContents()).join('')).toContain('privileged: true');

    // The dialog opens with focus on Cancel; Escape closes it and focus goes back to the opener.
    const applyButton = page.getByRole('button', { name: 'Apply fix…' });
    await applyButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Apply this fix?' });
    await dialog.waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe(
      'Cancel',
    );
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe(
      'Apply fix…',
    );
    expect(readFileSync(join(tree, 'k8s/deploy.yaml'), 'utf8')).toBe(DEPLOYMENT);

    await applyButton.click();
    await dialog.getByRole('button', { name: 'Apply fix' }).click();
    await page.getByTestId('fix-result').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('fix-result').textContent()).toContain('Fix applied');
    await page.locator('.meta-line [data-state="fixed"]').waitFor();
    expect(await page.getByRole('button', { name: 'Apply fix…' }).count()).toBe(0);

    const fixed = readFileSync(join(tree, 'k8s/deploy.yaml'), 'utf8');
    expect(fixed).toBe(DEPLOYMENT.replace('privileged: true #', 'privileged: false #'));
    const left = await apiGet<{ items: Summary[] }>('api/findings?team=team-platform');
    expect(left.items.map((f) => f.ruleId)).not.toContain('k8s/privileged');
    expect(left.items.length).toBeGreaterThan(0);

    await goTo('Remediation history');
    await page.getByRole('heading', { level: 1, name: 'Remediation history' }).waitFor();
    await page.locator('tbody tr', { hasText: 'k8s/deploy.yaml' }).waitFor();

    await goTo('Notifications');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByText('Nothing has been sent yet.').waitFor();
  }, 40_000);

  it('signs in with a team token that sees only its own team', async () => {
    const res = await fetch(new URL('api/tokens', base), {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        label: 'storefront-ci',
        scope: 'team',
        teamId: 'team-storefront',
        access: 'read',
      }),
    });
    expect(res.status).toBeLessThan(300);
    const { token } = (await res.json()) as { token: string };
    const others = await apiGet<{ items: Summary[] }>('api/findings?team=team-platform');
    const foreign = others.items[0];
    if (!foreign) throw new Error('expected an open Platform finding');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Access token').waitFor();
    await signIn(token);
    expect(await page.getByTestId('who').textContent()).toContain('Storefront');

    await goTo('Findings');
    const mine = await apiGet<{ items: Summary[]; total: number }>('api/findings', token);
    expect(mine.total).toBeGreaterThan(0);
    await page.getByTestId('findings-count').getByText(`${mine.total} findings`).waitFor();
    const teams = await page.locator('tbody tr[data-finding-id] td:nth-child(4)').allTextContents();
    expect(new Set(teams)).toEqual(new Set(['Storefront']));
    expect(await page.locator(`tr[data-finding-id="${foreign.id}"]`).count()).toBe(0);

    // Someone else's finding by direct URL: not found (the API answers 404, which the browser logs).
    allowed = new RegExp(`/api/findings/${foreign.id}$`);
    await page.goto(`${base}#/findings/${foreign.id}`);
    await page.getByTestId('finding-missing').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Finding not found');
    expect(await page.getByText(foreign.path).count()).toBe(0);

    // Another team's list by URL: refused, nothing shown.
    allowed = /\/api\/findings\?.*team=team-platform/;
    await page.goto(`${base}#/findings?team=team-platform`);
    await page.getByRole('alert').first().waitFor();
    expect(await page.locator('tbody tr[data-finding-id]').count()).toBe(0);
    allowed = null;

    // A read-only team token gets no fix or decision controls on its own findings.
    const own = mine.items[0];
    if (!own) throw new Error('expected a Storefront finding');
    await page.goto(`${base}#/findings/${own.id}`);
    await page.getByRole('heading', { level: 2, name: 'Why it matters' }).waitFor();
    expect(
      await page.getByRole('button', { name: /Apply fix|Preview the change|Save decision/ }).count(),
    ).toBe(0);
  }, 30_000);
});
