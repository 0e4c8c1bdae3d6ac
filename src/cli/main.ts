import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerBaseline } from './commands/baseline.js';
import { registerDiscover } from './commands/discover.js';
import { registerFix } from './commands/fix.js';
import { registerReport } from './commands/report.js';
import { registerRules } from './commands/rules.js';
import { registerScan } from './commands/scan.js';
import { registerServe } from './commands/serve.js';
import { registerWatch } from './commands/watch.js';
import { EXIT, UsageError } from './usage-error.js';

export function buildProgram(): Command {
  const program = new Command('plumb')
    .description('Plumbline: find security misconfigurations, explain them, fix them.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerScan(program);
  registerBaseline(program);
  registerDiscover(program);
  registerFix(program);
  registerRules(program);
  registerReport(program);
  registerServe(program);
  registerWatch(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`plumb: ${e.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`plumb: fatal: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.usage;
  }
}
