// One measured run in a fresh process, so peak RSS belongs to this run alone.
//   scan        full scan
//   parse-only  read, detect and parse every file, run no rule (the floor)
//   fix         scan, then plan every automatic fix (each proven by re-parse and re-check)

// The same V8 tuning bin/plumb.js applies before loading the engine.
const { tuneForBatch } = await import('../dist/engine/v8-tuning.js');
tuneForBatch();
const { diskIO } = await import('../dist/engine/file-io.js');
const { scan } = await import('../dist/engine/scan.js');
const { planFixes } = await import('../dist/remediation/plan.js');

const [corpus, mode] = process.argv.slice(2);
const started = performance.now();
const result = await scan({
  paths: [corpus],
  cwd: process.cwd(),
  ...(mode === 'parse-only' ? { only: ['none/none'] } : {}),
});
let fix;
if (mode === 'fix') {
  const fixable = result.findings.filter((f) => f.fix?.automatic).length;
  const t = performance.now();
  const plan = planFixes(
    result,
    {},
    {
      rules: result.rules,
      selection: result.selection,
      config: {},
      cwd: process.cwd(),
      maxFileSize: 5 * 1024 * 1024,
      io: diskIO(5 * 1024 * 1024),
    },
  );
  fix = {
    fixable,
    fixed: plan.fixed.length,
    failed: plan.failed.length,
    files: plan.files.length,
    planMs: performance.now() - t,
  };
}
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
    ...(fix ? { fix } : {}),
  }),
);
