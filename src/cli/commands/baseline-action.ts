import { scan } from '../../engine/scan.js';
import { VERSION } from '../../version.js';
import { emit } from '../output.js';
import { loadScanConfig } from '../scan-options.js';

export interface BaselineFlags {
  output: string;
  config?: string;
  exclude?: string[];
}

/** `plumb baseline`: the fingerprints of today's findings, so later scans report only new ones. */
export async function runBaseline(paths: string[], flags: BaselineFlags): Promise<void> {
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
}
