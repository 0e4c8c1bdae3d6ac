import { SEVERITIES } from '../../core/severity.js';
import { RULES, ruleById } from '../../rules/index.js';
import { emit } from '../output.js';
import { UsageError } from '../usage-error.js';
import { fixLabel, ruleDetail, rulesMarkdown } from './rules-text.js';

export interface RulesListFlags {
  kind?: string;
  severity?: string;
  fixable?: boolean;
  json?: boolean;
}

/** `plumb rules list`. */
export function runRulesList(flags: RulesListFlags): void {
  if (flags.severity && !(SEVERITIES as readonly string[]).includes(flags.severity))
    throw new UsageError(`unknown --severity "${flags.severity}"`);
  const list = RULES.filter(
    (r) =>
      (!flags.kind || r.kind === flags.kind) &&
      (!flags.severity || r.severity === flags.severity) &&
      (!flags.fixable || r.fixable),
  );
  if (flags.json) {
    emit(
      `${JSON.stringify(
        list.map(({ check: _c, ...meta }) => meta),
        null,
        2,
      )}\n`,
      undefined,
      process.cwd(),
    );
    return;
  }
  const width = Math.max(10, ...list.map((r) => r.id.length));
  const lines = list.map(
    (r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${fixLabel(r).padEnd(7)}  ${r.title}`,
  );
  const fixable = list.filter((r) => r.fixable).length;
  emit(
    `${'RULE'.padEnd(width)}  SEVERITY  FIX      TITLE\n${lines.join('\n')}\n\n${list.length} rules, ${fixable} fixable (auto or suggestion).\n`,
    undefined,
    process.cwd(),
  );
}

/** `plumb rules show <id>`. */
export function runRulesShow(id: string): void {
  const r = ruleById(id);
  if (!r) throw new UsageError(`no rule "${id}" (see \`plumb rules list\`)`);
  emit(ruleDetail(r), undefined, process.cwd());
}

/** `plumb rules docs`. */
export function runRulesDocs(flags: { output: string }): void {
  emit(rulesMarkdown(RULES), flags.output, process.cwd());
}
