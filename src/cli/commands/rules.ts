import type { Command } from 'commander';
import { lazyAction } from '../lazy-action.js';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('the rule catalogue');
  rules
    .command('list')
    .description('list every rule with severity, file kind and whether it can be fixed')
    .option('--kind <kind>', 'only rules for this file kind')
    .option('--severity <level>', 'only rules at this severity')
    .option('--fixable', 'only rules with an automatic fix or a suggestion')
    .option('--json', 'machine-readable output')
    .action(lazyAction(async () => (await import('./rules-action.js')).runRulesList));
  rules
    .command('show')
    .description('explain one rule: why it matters, the fix, how to verify, references')
    .argument('<id>', 'rule id, e.g. docker/run-as-root')
    .action(lazyAction(async () => (await import('./rules-action.js')).runRulesShow));
  rules
    .command('docs')
    .description('write the rule reference as Markdown (docs/rules.md)')
    .option('-o, --output <file>', 'output file', 'docs/rules.md')
    .action(lazyAction(async () => (await import('./rules-action.js')).runRulesDocs));
}
