// Bundles the compiled CLI and the scan worker after `tsc` (part of `npm run build`). The project's
// own ~1,000 modules are joined, so a command or a worker thread starts in a tenth of a second
// instead of half a second. The CLI keeps packages external (resolved from node_modules as usual)
// except `yaml`; the worker takes its three packages in, since every thread pays for resolving and
// compiling them again. The unbundled files stay in dist/ (tests, library use); bin/plumb.js
// prefers the bundle.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const DIST = resolve('dist');
const CLI_OUT = resolve('dist/bundle');

/**
 * Modules find files next to themselves through `import.meta.url` (the dashboard, package.json,
 * worker scripts). Inside a bundle that URL is the bundle's own; this points each module's
 * `import.meta.url` back at its unbundled file in dist/, so those lookups resolve as before.
 */
const keepModuleUrls = (outdir) => ({
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(DIST) || !source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outdir, args.path).split('\\').join('/');
      return {
        contents: source.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
        ),
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
});

/**
 * `yaml` as its browser build, the one src/sources/parsers/yaml-parser.ts loads at run time for
 * parsing (the Node build reads process.env for every token). Bundled, the whole program shares
 * that one copy: the parser module becomes a plain re-export, and the Node build (CommonJS, ~60
 * more modules per thread) is never loaded.
 */
const yamlBrowserBuild = {
  name: 'yaml-browser-build',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: resolve('node_modules/yaml/browser/index.js') }));
    b.onLoad({ filter: /[\\/]dist[\\/]sources[\\/]parsers[\\/]yaml-parser\.js$/ }, () => ({
      contents: "export { Composer, Parser } from 'yaml';",
      loader: 'js',
      resolveDir: resolve('dist/sources/parsers'),
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};

// The scan worker: one CommonJS file next to its unbundled original, which
// dist/engine/cached-worker.js runs from V8's code cache (scripts/worker-code-cache.js writes it).
// CommonJS because Node 20 offers a code cache only for scripts, not for ES modules. Each module's
// `import.meta.url` becomes its unbundled file's URL, as above, relative to the bundle's own.
const WORKER_OUT = resolve('dist/engine');
await build({
  ...common,
  packages: undefined,
  format: 'cjs',
  entryPoints: ['dist/engine/scan-worker.js'],
  outfile: 'dist/engine/scan-worker.bundle.cjs',
  define: { 'import.meta.url': 'plumbBundleUrl' },
  banner: { js: "const plumbBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [yamlBrowserBuild, keepModuleUrls(WORKER_OUT)],
});

// The CLI: split at its dynamic imports, so each command still loads only its own code.
await build({
  ...common,
  entryPoints: ['dist/cli/run.js'],
  outdir: CLI_OUT,
  splitting: true,
  chunkNames: '[name]-[hash]', // beside run.js: the rewritten module URLs are relative to this folder
  plugins: [yamlBrowserBuild, keepModuleUrls(CLI_OUT)],
});
