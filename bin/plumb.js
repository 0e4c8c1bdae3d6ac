#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` via `prepare`),
// and bundled to dist/bundle/ (scripts/bundle.js) so a command starts without loading ~1,000 modules.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/run.js', import.meta.url);
import('../dist/engine/v8-tuning.js')
  .then(({ tuneForBatch }) => {
    tuneForBatch();
    return existsSync(bundled) ? import(bundled.href) : import('../dist/cli/run.js');
  })
  .catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/dist/')) {
      console.error('plumb: not built yet — run `npm run build` (or `npm ci`, which builds) first.');
    } else {
      console.error(error);
    }
    process.exit(2);
  });
