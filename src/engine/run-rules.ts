import type { Diagnostic } from '../core/diagnostic.js';
import type { BaseDocument } from '../core/document.js';
import { EditBuilder, type TextEdit } from '../core/edit.js';
import type { FindingFix } from '../core/finding.js';
import type { Range } from '../core/range.js';
import type { AnyRule, FixOutput, Report } from '../core/rule.js';
import type { Severity } from '../core/severity.js';
import { skippable } from './rule-guard.js';

/** A rule's report, before suppressions, fingerprints and configuration are applied. */
export interface RawFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly documentKind: string;
  readonly file: string;
  readonly range: Range;
  readonly logicalPath: string;
  readonly evidence?: string;
  readonly related?: readonly { path: string; range?: Range }[];
  readonly fix?: FindingFix;
}

export interface RuleRunResult {
  readonly findings: RawFinding[];
  readonly diagnostics: Diagnostic[];
}

function asEdits(out: FixOutput): TextEdit[] | null {
  if (out === null) return null;
  return Array.isArray(out) ? [...(out as readonly TextEdit[])] : [out as TextEdit];
}

function materialiseFix(
  rule: AnyRule,
  report: Report,
  builder: EditBuilder,
  options: Record<string, unknown>,
): FindingFix | undefined {
  if (report.fix) {
    const edits = asEdits(report.fix(builder));
    if (edits && edits.length > 0) return { description: rule.fix, automatic: true, edits };
    return undefined;
  }
  if (report.suggest) {
    const s = report.suggest;
    const supplied = options[s.option];
    const value = supplied === undefined || supplied === null ? undefined : String(supplied);
    const edits = asEdits(s.edits(builder, value ?? s.placeholder));
    if (!edits || edits.length === 0) return undefined;
    return {
      description: rule.fix,
      automatic: value !== undefined,
      edits,
      question: s.question,
      option: s.option,
    };
  }
  return undefined;
}

/** Runs rules over one document. A rule that throws becomes a diagnostic; the others still run. */
export function runRules(
  doc: BaseDocument,
  rules: readonly AnyRule[],
  optionsFor: (rule: AnyRule) => Record<string, unknown> = defaultOptions,
  textOf: (file: string) => string | undefined = () => undefined,
): RuleRunResult {
  const findings: RawFinding[] = [];
  const diagnostics: Diagnostic[] = [];
  // One builder per file, shared by every fix: builders are stateless, and making one scans the text.
  const builders = new Map<string, EditBuilder>();
  const builderFor = (file: string) => {
    let b = builders.get(file);
    if (!b) {
      // Edits in an included file are offsets into that file's text, not the main document's.
      b = new EditBuilder(file, file === doc.path ? doc.text : (textOf(file) ?? doc.text));
      builders.set(file, b);
    }
    return b;
  };
  // Rule guards apply to documents that answer ofType (Terraform, CloudFormation).
  const seen = typeof (doc as { ofType?: unknown }).ofType === 'function' ? new Map<string, boolean>() : null;
  for (const rule of rules) {
    if (rule.kind !== doc.kind) continue;
    const options = optionsFor(rule);
    if (seen && skippable(rule, options, doc, seen)) continue;
    const ctx = {
      options,
      report(report: Report) {
        let fix: FindingFix | undefined;
        try {
          if (report.fix || report.suggest)
            fix = materialiseFix(rule, report, builderFor(report.file ?? doc.path), options);
        } catch (e) {
          diagnostics.push({
            code: 'rule-error',
            level: 'warning',
            target: report.file ?? doc.path,
            message: `fix of ${rule.id} failed: ${(e as Error).message}`,
          });
        }
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? rule.severity,
          title: rule.title,
          message: report.message,
          documentKind: doc.kind,
          file: report.file ?? doc.path,
          range: report.at,
          logicalPath: report.path ?? rule.id,
          ...(report.evidence !== undefined ? { evidence: report.evidence } : {}),
          ...(report.related ? { related: report.related } : {}),
          ...(fix ? { fix } : {}),
        });
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (e) {
      diagnostics.push({
        code: 'rule-error',
        level: 'error',
        target: doc.path,
        message: `rule ${rule.id} failed: ${(e as Error).message}`,
      });
    }
  }
  return { findings, diagnostics };
}

const defaults = new WeakMap<AnyRule, Readonly<Record<string, unknown>>>();

/** A rule's option defaults; one object per rule, which rules must not change. */
export function defaultOptions(rule: AnyRule): Record<string, unknown> {
  let out = defaults.get(rule);
  if (!out) {
    const built: Record<string, unknown> = {};
    for (const [name, opt] of Object.entries(rule.options ?? {})) {
      if (opt.default !== undefined) built[name] = opt.default;
    }
    out = Object.freeze(built);
    defaults.set(rule, out);
  }
  return out as Record<string, unknown>;
}
