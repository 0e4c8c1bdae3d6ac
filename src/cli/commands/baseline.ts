import type { Command } from 'commander';
import { scan } from '../../engine/scan.js';
import { VERSION } from '../../version.js';
import { emit } from '../output.js';
import { collect, loadScanConfig } from '../scan-options.js';

export function registerBaseline(program: Command): void {
  program
    .command('baseline')
    .description('record the fingerprints of current findings, so later scans report only new ones')
    .argument('[paths...]', 'files or directories to scan', ['.'])
    .requiredOption('-o, --output <file>', 'where to write the baseline (JSON)')
    .option('-c, --config <file>', 'config file')
    .option('-e, --exclude <glob>', 'leave out matching paths (repeatable)', collect)
    .action(async (paths: string[], flags: { output: string; config?: string; exclude?: string[] }) => {
      const cwd = process.cwd();
      const { config } = loadScanConfig(paths, flags.config, cwd);
      const result = await scan({ paths, cwd, config, ...(flags.exclude ? { exclude: flags.exclude } : {}) });
      const baseline = {
        tool: 'plumbline',
        version: VERSION,
        createdAt: new Date().toISOString(),
        fingerprints: result.findings.map((f) => ({
          fingerprint: f.fingerprint,
          ruleId: f.ruleId,
          path: f.location.path,
          logicalPath: f.logicalPath,
        })),
      };
      emit(`${JSON.stringify(baseline, null, 2)}\n`, flags.output, cwd);
      process.stderr.write(`Recorded ${result.findings.length} findings in ${flags.output}.\n`);
    });
}
