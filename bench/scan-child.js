// One measured scan in a fresh process, so peak RSS belongs to this scan alone.
import { scan } from '../dist/engine/scan.js';

const [corpus, mode] = process.argv.slice(2);
const started = performance.now();
const result = await scan({
  paths: [corpus],
  cwd: process.cwd(),
  // The parse-only floor: read, detect and parse every file, run no rule.
  ...(mode === 'parse-only' ? { only: ['none/none'] } : {}),
});
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    mode,
    files: result.stats.files,
    bytes: result.stats.bytes,
    findings: result.findings.length,
    diagnostics: result.diagnostics.length,
    ms,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
