// `node scripts/screenshots.js`: serve the platform on a scratch copy of examples/ (the demo
// organisation in examples/plumb.yaml), then save docs/screenshots/{overview,findings,finding-detail}.png
// at 1280x800 with headless Chromium. Needs Chromium (`apt-get install chromium`, or set PLUMB_CHROMIUM).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.PLUMB_CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };

function buildIfStale() {
  const built = join(ROOT, 'dist', 'cli', 'run.js');
  const source = join(ROOT, 'src', 'server', 'app.ts');
  if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Starts `plumb serve` and resolves with its URL once the first scan is done ("Ready."). */
function serve(workspace, token) {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'plumb.js'),
      'serve',
      '--config',
      'examples/plumb.yaml',
      '--data-dir',
      '.plumb-data',
      '--port',
      '0',
      '--scan',
    ],
    { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLUMB_ADMIN_TOKEN: token } },
  );
  let out = '';
  let err = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after 60 s\n${out}${err}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /serving on (\S+)/.exec(out)?.[1];
      if (url && /^Ready\.$/m.test(out)) {
        clearTimeout(timer);
        resolve(url.endsWith('/') ? url : `${url}/`);
      }
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`plumb serve exited with ${code}\n${out}${err}`));
    });
  });
  return { child, ready };
}

async function main() {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (install it or set PLUMB_CHROMIUM)`);
  buildIfStale();
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });

  const workspace = mkdtempSync(join(tmpdir(), 'plumb-shots-'));
  cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
  const token = `plb_${randomBytes(24).toString('base64url')}`;
  const { child, ready } = serve(workspace, token);
  let browser;
  try {
    const base = await ready;
    const api = async (path) => {
      const res = await fetch(new URL(path, base), { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return res.json();
    };
    const list = await api('api/findings?pageSize=500');
    const detail = list.items.find((f) => f.fixable === 'auto') ?? list.items[0];
    if (!detail) throw new Error('the examples produced no findings');

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
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(base);
    await page.getByLabel('Access token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.locator('.sev-cards').waitFor();
    mkdirSync(OUT, { recursive: true });
    // Screenshots without the keyboard focus ring on the page heading.
    const blur = () => page.evaluate('document.activeElement && document.activeElement.blur()');
    await blur();
    await page.screenshot({ path: join(OUT, 'overview.png') });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Findings', exact: true })
      .click();
    await page.locator('tbody tr[data-finding-id]').first().waitFor();
    await blur();
    await page.screenshot({ path: join(OUT, 'findings.png') });

    await page.goto(`${base}#/findings/${encodeURIComponent(detail.id)}`);
    await page.getByRole('heading', { level: 2, name: 'Why it matters' }).waitFor();
    const preview = page.getByRole('button', { name: 'Preview the change' });
    if (await preview.count()) {
      await preview.click();
      await page.locator('.diff').waitFor();
    }
    await blur();
    await page.screenshot({ path: join(OUT, 'finding-detail.png') });

    if (problems.length) throw new Error(`console errors:\n${problems.join('\n')}`);
    console.log(`saved overview.png, findings.png, finding-detail.png in ${OUT}`);
  } finally {
    await browser?.close();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
