// The Terraform and CloudFormation share of the benchmark: thousands of .tf files organised as
// root modules calling local modules with variables (from the project's own Terraform trees),
// plus a few hundred CloudFormation/SAM templates.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

function count(dir, re) {
  let n = 0;
  for (const p of walk(dir)) if (re.test(p)) n++;
  return n;
}

/** Terraform trees to copy: every directory holding a root module in examples/ and the fixtures. */
function terraformSeeds() {
  const seeds = [];
  for (const base of ['examples', 'test/fixtures/misconfigured', 'test/fixtures/hardened']) {
    for (const d of readdirSync(join(ROOT, base))) {
      if (!/^terraform/.test(d)) continue;
      seeds.push(join(ROOT, base, d));
    }
  }
  return seeds;
}

export function generateIacCorpus(out, { tfFiles = 2000, templates = 300 } = {}) {
  rmSync(out, { recursive: true, force: true });
  const seeds = terraformSeeds();
  let i = 0;
  let tf = 0;
  while (tf < tfFiles) {
    const seed = seeds[i % seeds.length];
    const dest = join(out, 'terraform', `stack-${i}`);
    cpSync(seed, dest, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
    // Vary names so resources differ between copies.
    for (const p of walk(dest)) {
      if (!/\.tf(vars)?$/.test(p)) continue;
      writeFileSync(
        p,
        readFileSync(p, 'utf8').replace(/"(app|demo|acme|example|logs|data)([-_])/g, `"$1${i}$2`),
      );
    }
    tf += count(dest, /\.tf$/);
    i++;
  }
  const cfnSeeds = [];
  for (const base of [
    'examples/cloudformation',
    'test/fixtures/misconfigured/cloudformation',
    'test/fixtures/hardened/cloudformation',
  ]) {
    for (const p of walk(join(ROOT, base)))
      if (/\.(ya?ml|json|template)$/.test(p) && !p.endsWith('expected.json')) cfnSeeds.push(p);
  }
  for (let k = 0; k < templates; k++) {
    const src = cfnSeeds[k % cfnSeeds.length];
    const dest = join(out, 'cloudformation', `stack-${k}`, relative(ROOT, src).split('/').pop());
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, readFileSync(src, 'utf8'));
  }
  let bytes = 0;
  let files = 0;
  for (const p of walk(out)) {
    files++;
    bytes += statSync(p).size;
  }
  return { tfFiles: tf, templates, files, bytes, stacks: i };
}
