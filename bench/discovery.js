// `node bench/discovery.js`: full-range TCP discovery of 127.0.0.1 inside a private network
// namespace (never the machine's real loopback), next to `nmap -sT -p-` on the same namespace.
// Target: plumb no slower than nmap. Needs root and iproute2; installs nmap with apt-get if missing.
// Reports, does not fail the build. Env: BENCH_ROUNDS (default 3), BENCH_CONCURRENCY (default 4000).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const NS = `plumb-bench-${process.pid}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = process.env.BENCH_CONCURRENCY ?? '4000';
const children = [];
const dir = mkdtempSync(join(tmpdir(), 'plumb-bench-disc-'));

function have(bin) {
  return spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
}

function nsExec(args, opts = {}) {
  return execFileSync('ip', ['netns', 'exec', NS, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
  });
}

function startInNs(args) {
  const child = spawn('ip', ['netns', 'exec', NS, ...args], { stdio: 'ignore', detached: false });
  children.push(child);
  return child;
}

function cleanup() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  spawnSync('ip', ['netns', 'del', NS]);
  rmSync(dir, { recursive: true, force: true });
}

async function waitPort(port) {
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('ip', [
      'netns',
      'exec',
      NS,
      'node',
      '-e',
      `require('net').connect(${port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))`,
    ]);
    if (r.status === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} did not open`);
}

if (process.getuid?.() !== 0 || !have('ip')) {
  console.log('bench/discovery: needs root and iproute2 (ip netns); skipped');
  process.exit(0);
}
if (!have('nmap')) {
  console.log('installing nmap...');
  spawnSync('apt-get', ['install', '-y', '-qq', 'nmap'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

try {
  execFileSync('ip', ['netns', 'add', NS]);
  nsExec(['ip', 'link', 'set', 'lo', 'up']);
  const services = [];
  const http = join(dir, 'http.js');
  writeFileSync(
    http,
    "require('http').createServer((q,s)=>{s.setHeader('server','bench/1.0');s.end('ok')}).listen(Number(process.argv[2]),'127.0.0.1')",
  );
  startInNs(['node', http, '18080']);
  services.push(18080);
  if (have('redis-server')) {
    startInNs(['redis-server', '--port', '16379', '--bind', '127.0.0.1', '--save', '', '--daemonize', 'no']);
    services.push(16379);
  }
  if (have('nats-server')) {
    startInNs(['nats-server', '-a', '127.0.0.1', '-p', '14222']);
    services.push(14222);
  }
  for (const p of services) await waitPort(p);

  const plumbCli = existsSync(join(ROOT, 'dist', 'cli', 'commands', 'discover.js'));
  // Without the CLI, bundle the library runner once so TypeScript compilation is not timed.
  const bundled = join(dir, 'runner.mjs');
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  let runnerArgs = ['--import', 'tsx', join(ROOT, 'bench', 'discovery-runner.ts')];
  if (existsSync(esbuild)) {
    execFileSync(esbuild, [
      runnerArgs[2],
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${bundled}`,
      '--log-level=warning',
    ]);
    runnerArgs = [bundled];
  }
  const runPlumb = () => {
    const t0 = performance.now();
    const out = plumbCli
      ? nsExec(
          [
            'node',
            join(ROOT, 'bin', 'plumb.js'),
            'discover',
            '127.0.0.1',
            '--ports',
            '1-65535',
            '--format',
            'json',
          ],
          { cwd: ROOT },
        )
      : nsExec(['node', ...runnerArgs, '127.0.0.1', '1-65535', CONCURRENCY], { cwd: ROOT });
    const ms = performance.now() - t0;
    let found = '?';
    let inner = '';
    try {
      const parsed = JSON.parse(out);
      found = (parsed.assets ?? []).map((a) => `${a.port}/${a.service}`).join(' ');
      if (parsed.stats)
        inner = `scan ${(parsed.stats.scanMs / 1000).toFixed(2)} s, scan+identify ${(parsed.stats.totalMs / 1000).toFixed(2)} s`;
    } catch {
      /* CLI output format may differ */
    }
    return { ms, found, inner };
  };
  const runNmap = () => {
    const t0 = performance.now();
    const out = nsExec(['nmap', '-sT', '-p-', '-n', '-Pn', '127.0.0.1']);
    const ms = performance.now() - t0;
    const found = [...out.matchAll(/^(\d+)\/tcp\s+open/gm)].map((m) => m[1]).join(' ');
    return { ms, found };
  };

  const plumb = [];
  const nmap = [];
  for (let i = 0; i < ROUNDS; i++) {
    plumb.push(runPlumb());
    nmap.push(runNmap());
  }
  const best = (rows) => rows.reduce((a, b) => (b.ms < a.ms ? b : a));
  const p = best(plumb);
  const n = best(nmap);
  console.log(`services in namespace: ${services.join(', ')}`);
  console.log(
    `plumb discover 1-65535: ${(p.ms / 1000).toFixed(2)} s (best of ${ROUNDS}; ${plumbCli ? 'CLI' : 'library runner'}, process start included; ${p.inner})  found: ${p.found}`,
  );
  console.log(`nmap -sT -p-:          ${(n.ms / 1000).toFixed(2)} s (best of ${ROUNDS})  open: ${n.found}`);
  console.log(`ratio plumb/nmap: ${(p.ms / n.ms).toFixed(2)} (target <= 1.00)`);
  // Speed only counts with every service found in every round, not just in the fastest one.
  const missed = plumb
    .map((r, i) => ({
      round: i + 1,
      missing: services.filter((port) => !` ${r.found}`.includes(` ${port}/`)),
    }))
    .filter((r) => r.missing.length > 0);
  console.log(
    missed.length === 0
      ? `plumb found all ${services.length} services in all ${ROUNDS} rounds`
      : `plumb MISSED services: ${missed.map((m) => `round ${m.round}: ${m.missing.join(', ')}`).join('; ')}`,
  );
} finally {
  cleanup();
}
