// Generates a deterministic benchmark corpus of mixed configuration files from the project's
// own fixtures and examples (templated with varying names and values), plus ordinary source files.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

function* filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* filesUnder(p);
    else if (e.isFile() && e.name !== 'expected.json' && statSync(p).size < 200_000) yield p;
  }
}

/** A tiny seeded PRNG so every run scans the same bytes. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const JS_FILLER = (i, rnd) => {
  const lines = [`// module ${i}`, `import { helper${i % 17} } from './lib/helper-${i % 17}.js';`, ''];
  const n = 40 + Math.floor(rnd() * 50);
  for (let k = 0; k < n; k++) {
    lines.push(
      `export function handler${k}(req, res) {`,
      `  const value = helper${i % 17}(req.query.q${k} ?? 'default-${k}');`,
      `  if (!value) return res.status(404).send('not found');`,
      `  return res.json({ id: ${k}, value, ok: true });`,
      '}',
      '',
    );
  }
  return lines.join('\n');
};

const MD_FILLER = (i) =>
  `# Service ${i}\n\n${'This service handles requests for the team. It is deployed with the manifests in this folder and configured through environment variables.\n\n'.repeat(20)}`;

/**
 * Writes `count` files (about 3 KB on average) into `out`. Templates are the project's own
 * fixtures and examples; `extraTemplates` lets other benchmarks add shares (e.g. Terraform).
 */
export function generateCorpus(out, { count = 10_000, seed = 42, include = () => true } = {}) {
  rmSync(out, { recursive: true, force: true });
  const templates = [];
  for (const base of ['examples', 'test/fixtures/misconfigured', 'test/fixtures/hardened']) {
    for (const p of filesUnder(join(ROOT, base))) {
      const rel = relative(join(ROOT, base), p);
      if (!include(rel)) continue;
      const text = readFileSync(p, 'utf8');
      if (text.includes('\u0000')) continue;
      templates.push({ rel, text });
    }
  }
  if (templates.length === 0)
    throw new Error('no templates found: run from a checkout with examples/ and test/fixtures/');
  const rnd = prng(seed);
  const used = new Set();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const pick = rnd();
    let rel;
    let text;
    if (pick < 0.25) {
      rel = `svc-${i % 400}/src/${Math.floor(i / 4000)}/module-${i}.js`;
      text = JS_FILLER(i, rnd);
    } else if (pick < 0.3) {
      rel = `svc-${i % 400}/docs/README-${i}.md`;
      text = MD_FILLER(i);
    } else {
      const t = templates[Math.floor(rnd() * templates.length)];
      const dir = dirname(t.rel);
      const base = t.rel.slice(dir.length + (dir === '.' ? 0 : 1));
      const ext = extname(base);
      // Keep names that carry the kind (Dockerfile, nginx.conf, .github/workflows/...), vary the folder.
      // About ten files a folder, as in real repositories; a name already taken goes one folder on.
      let bucket = Math.floor(i / 10);
      rel = `svc-${bucket % 400}/copy-${bucket}/${t.rel}`;
      while (used.has(rel)) {
        bucket++;
        rel = `svc-${bucket % 400}/copy-${bucket}/${t.rel}`;
      }
      text = t.text.replace(/\b(web|app|api|worker|demo|example)\b/g, (m) => `${m}${i % 97}`);
      if (ext === '.js' || ext === '.md') text += `\n// ${i}\n`;
    }
    used.add(rel);
    const file = join(out, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes, templates: templates.length };
}
