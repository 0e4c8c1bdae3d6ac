// `npm start`: build if needed, copy examples/ to a scratch workspace (so fixes applied from the
// dashboard never touch the checkout), then serve the platform on it: a demo organisation, a
// first scan, and a freshly generated admin token printed with the URL.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const built = join(ROOT, 'dist', 'cli', 'run.js');
if (
  !existsSync(built) ||
  statSync(built).mtimeMs < statSync(join(ROOT, 'src', 'cli', 'main.ts')).mtimeMs ||
  !existsSync(join(ROOT, 'web', 'dist', 'index.html'))
) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
const workspace = join(ROOT, '.plumb', 'demo');
rmSync(workspace, { recursive: true, force: true });
cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
const token = `plb_${randomBytes(24).toString('base64url')}`;
const port = process.env.PORT ?? '7474';
console.log(`Admin token for this demo (fresh every start): ${token}`);
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
    port,
    '--scan',
    ...process.argv.slice(2),
  ],
  { cwd: workspace, stdio: 'inherit', env: { ...process.env, PLUMB_ADMIN_TOKEN: token } },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => {
  process.exitCode = code ?? 0;
});
