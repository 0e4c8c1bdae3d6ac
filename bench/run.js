// `npm run bench`: throughput and peak memory. Not a test: it reports, it does not fail.
//  1. plumb scan over a generated 10,000-file mixed corpus, next to a parse-only floor.
//     Targets (2 cores): >= 3,000 files/s, <= 2x the floor, peak RSS < 500 MB.
//  2. The Terraform + CloudFormation share: >= 2,000 .tf files in modules with variables and
//     a few hundred templates; files/s and peak RSS.
//  3. Fix planning over the mixed corpus: files/s and the share of findings fixed.
//  4. A live scan of eight misconfigured services the bench starts itself (target < 10 s).
//  5. Discovery vs nmap inside a network namespace (bench/discovery.js), when run as root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './corpus.js';
import { generateIacCorpus } from './iac-corpus.js';

const ROOT = join(import.meta.dirname, '..');
if (!existsSync(join(ROOT, 'dist', 'engine', 'scan.js')))
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const only = process.env.BENCH_ONLY?.split(',');
const want = (name) => !only || only.includes(name);

function run(corpus, mode) {
  const out = execFileSync(process.execPath, [join(ROOT, 'bench', 'scan-child.js'), corpus, mode], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

const mb = (b) => (b / 1024 / 1024).toFixed(1);
const line = (label, r) =>
  `${label.padEnd(12)} ${String(r.files).padStart(6)} files ${mb(r.bytes).padStart(6)} MB ${(r.ms / 1000).toFixed(2).padStart(7)} s ${Math.round(
    r.files / (r.ms / 1000),
  )
    .toString()
    .padStart(
      7,
    )} files/s ${(r.bytes / 1024 / 1024 / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak RSS ${r.maxRssMB.toFixed(0).padStart(4)} MB  findings ${r.findings}`;

if (want('static') || want('fix')) {
  const corpus = join(ROOT, 'bench', '.corpus', 'static');
  const count = Number(process.env.BENCH_FILES ?? 10_000);
  const gen = generateCorpus(corpus, { count });
  console.log(`\n# mixed corpus: ${gen.files} files, ${mb(gen.bytes)} MB from ${gen.templates} templates`);
  if (want('static')) {
    run(corpus, 'parse-only'); // warm the page cache
    const rows = ['parse-only', 'scan', 'parse-only', 'scan'].map((m) => run(corpus, m));
    const best = (m) => rows.filter((r) => r.mode === m).sort((a, b) => a.ms - b.ms)[0];
    const floor = best('parse-only');
    const full = best('scan');
    console.log(line('parse-only', floor));
    console.log(line('scan', full));
    const ratio = full.ms / floor.ms;
    const fps = full.files / (full.ms / 1000);
    console.log(
      `scan / parse-only ${ratio.toFixed(2)}x; targets: >= 3000 files/s ${fps >= 3000 ? 'met' : 'MISSED'}, <= 2x floor ${ratio <= 2 ? 'met' : 'MISSED'}, RSS < 500 MB ${full.maxRssMB < 500 ? 'met' : 'MISSED'}`,
    );
  }
  if (want('fix')) {
    const r = run(corpus, 'fix');
    console.log(line('scan+fix', r));
    console.log(
      `fix planning: ${r.fix.fixed} of ${r.fix.fixable} auto-fixable findings fixed (${((r.fix.fixed / Math.max(1, r.fix.fixable)) * 100).toFixed(1)}%; ${r.fix.failed} could not be fixed), ${r.fix.files} files changed; all findings: ${r.findings}, so ${((r.fix.fixed / Math.max(1, r.findings)) * 100).toFixed(1)}% fixed automatically; planning ${(r.fix.planMs / 1000).toFixed(2)} s`,
    );
  }
}

if (want('iac')) {
  const corpus = join(ROOT, 'bench', '.corpus', 'iac');
  const gen = generateIacCorpus(corpus, {
    tfFiles: Number(process.env.BENCH_TF_FILES ?? 2000),
    templates: 300,
  });
  console.log(
    `\n# IaC corpus: ${gen.tfFiles} .tf files in ${gen.stacks} stacks (root + local modules + tfvars), ${gen.templates} CloudFormation templates; ${gen.files} files, ${mb(gen.bytes)} MB`,
  );
  run(corpus, 'scan');
  const r = [run(corpus, 'scan'), run(corpus, 'scan')].sort((a, b) => a.ms - b.ms)[0];
  console.log(line('iac scan', r));
}

if (want('live')) {
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'live-services.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

if (want('discovery')) {
  if (process.getuid?.() !== 0) console.log('\n# discovery: skipped (needs root for a network namespace)');
  else spawnSync(process.execPath, [join(ROOT, 'bench', 'discovery.js')], { cwd: ROOT, stdio: 'inherit' });
}
