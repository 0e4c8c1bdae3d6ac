// Bundles the compiled CLI and the scan worker after `tsc` (part of `npm run build`). Packages stay
// external (resolved from node_modules as usual); only the project's own ~1,000 modules are
// joined, so a command or a worker thread starts in a tenth of a second instead of half a second.
// The unbundled files stay in dist/ (tests, library use); bin/plumb.js prefers the bundle.
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

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};

// The scan worker: one file next to its unbundled original.
await build({
  ...common,
  entryPoints: ['dist/engine/scan-worker.js'],
  outfile: 'dist/engine/scan-worker.bundle.js',
  plugins: [keepModuleUrls(resolve('dist/engine'))],
});

// The CLI: split at its dynamic imports, so each command still loads only its own code.
await build({
  ...common,
  entryPoints: ['dist/cli/run.js'],
  outdir: CLI_OUT,
  splitting: true,
  chunkNames: '[name]-[hash]', // beside run.js: the rewritten module URLs are relative to this folder
  plugins: [keepModuleUrls(CLI_OUT)],
});
