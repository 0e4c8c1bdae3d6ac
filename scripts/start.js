// `npm start`: build if needed, then scan the deliberately misconfigured examples/ tree and print
// the report. (A scan that finds problems is the point of the demo, so its exit code is not ours.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const built = join(ROOT, 'dist', 'cli', 'run.js');
if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(ROOT, 'src', 'cli', 'run.ts')).mtimeMs) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'plumb.js'), 'scan', 'examples', '--fail-on', 'none', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exitCode = r.status ?? 2;
