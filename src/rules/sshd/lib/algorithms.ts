import type { EditBuilder } from '../../../core/edit.js';
import type { RuleContext } from '../../../core/rule.js';
import type { Severity } from '../../../core/severity.js';
import type { SshdDocument } from '../../../sources/parsers/sshd/sshd-document.js';
import { decidingSettings, fileOf, settingPath } from './sshd-settings.js';

export interface AlgorithmCheck {
  readonly key: string;
  readonly keyword: string;
  /** What the list holds, for messages: "ciphers", "MACs", "key exchange algorithms". */
  readonly what: string;
  readonly isWeak: (name: string) => boolean;
  /** Severity for a given set of weak entries, when it differs from the rule's. */
  readonly severityOf?: (weak: readonly string[]) => Severity | undefined;
  /** Used when every listed algorithm is weak. */
  readonly recommended: string;
}

/**
 * Judges an algorithm list (`Ciphers`, `MACs`, `KexAlgorithms`). `-list` only removes from the
 * defaults and is never weak; `+list` and `^list` add to them, so only the added entries count.
 * The fix drops the weak entries; when nothing is left it uses the recommended list (or deletes
 * a `+`/`^` line that would add nothing).
 */
export function checkAlgorithms(doc: SshdDocument, ctx: RuleContext, check: AlgorithmCheck): void {
  for (const d of decidingSettings(doc, check.key)) {
    const arg = d.args[0];
    if (!arg || d.args.length !== 1) continue;
    const prefix = /^[+\-^]/.exec(arg.value)?.[0] ?? '';
    if (prefix === '-') continue;
    const list = arg.value
      .slice(prefix.length)
      .split(',')
      .filter((x) => x.length > 0);
    const weak = list.filter((x) => check.isWeak(x));
    if (weak.length === 0) continue;
    const keep = list.filter((x) => !check.isWeak(x));
    const severity = check.severityOf?.(weak);
    const fix = (e: EditBuilder) => {
      if (keep.length > 0) return e.replace(arg.range, prefix + keep.join(','));
      if (prefix === '') return e.replace(arg.range, check.recommended);
      return d.file === doc.path ? e.removeLines(d.range) : null;
    };
    ctx.report({
      at: d.range,
      ...fileOf(doc, d),
      message: `${check.keyword} enables weak ${check.what}: ${weak.join(', ')}${d.match ? ` (in Match ${d.match.label})` : ''}`,
      path: settingPath(d, check.keyword),
      evidence: `${d.keyword} ${arg.raw}`,
      ...(severity ? { severity } : {}),
      fix,
    });
  }
}
