// `npm run bench`: throughput and peak memory of `plumb scan` over a generated corpus, next to a
// parse-only pass over the same files (the floor). Targets: >= 3,000 files/s, <= 2x the floor,
// peak RSS < 500 MB. Not a test: it reports, it does not fail the build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './corpus.js';

const ROOT = join(import.meta.dirname, '..');
if (!existsSync(join(ROOT, 'dist', 'engine', 'scan.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const corpus = join(ROOT, 'bench', '.corpus', 'static');
const count = Number(process.env.BENCH_FILES ?? 10_000);
const gen = generateCorpus(corpus, { count });
console.log(`corpus: ${gen.files} files, ${(gen.bytes / 1024 / 1024).toFixed(1)} MB from ${gen.templates} templates`);

function run(mode) {
  const out = execFileSync(process.execPath, [join(ROOT, 'bench', 'scan-child.js'), corpus, mode], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out);
}

// Warm the page cache once so both passes read from memory.
run('parse-only');
const rows = [];
for (const mode of ['parse-only', 'scan', 'parse-only', 'scan']) rows.push(run(mode));
const best = (mode) => rows.filter((r) => r.mode === mode).sort((a, b) => a.ms - b.ms)[0];
const floor = best('parse-only');
const full = best('scan');
const line = (r) =>
  `${r.mode.padEnd(10)} ${String(r.files).padStart(6)} files  ${(r.bytes / 1024 / 1024).toFixed(1).padStart(5)} MB  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(r.files / (r.ms / 1000)).toString().padStart(6)} files/s  ${(r.bytes / 1024 / 1024 / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak RSS ${r.maxRssMB.toFixed(0).padStart(4)} MB  findings ${r.findings}`;
console.log(line(floor));
console.log(line(full));
const ratio = full.ms / floor.ms;
const fps = full.files / (full.ms / 1000);
console.log(`scan / parse-only: ${ratio.toFixed(2)}x  (targets: >= 3000 files/s ${fps >= 3000 ? 'met' : 'MISSED'}, <= 2x floor ${ratio <= 2 ? 'met' : 'MISSED'}, RSS < 500 MB ${full.maxRssMB < 500 ? 'met' : 'MISSED'})`);
