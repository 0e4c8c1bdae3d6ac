import type { BaseDocument, DocumentKind, DocumentKinds } from './document.js';
import type { EditBuilder, TextEdit } from './edit.js';
import type { Range } from './range.js';
import type { Severity } from './severity.js';

export type FixOutput = TextEdit | readonly TextEdit[] | null;

/** A fix that needs a human decision: shown with a placeholder until the user supplies `option`. */
export interface SuggestionSpec {
  readonly question: string;
  /** Name of the rule option that carries the answer (`--set RULE_ID.option=value`). */
  readonly option: string;
  readonly placeholder: string;
  readonly edits: (edit: EditBuilder, value: string) => FixOutput;
}

export interface Report {
  /** Where the problem is. */
  readonly at: Range;
  /** File of `at` when it differs from the document's own path (multi-file documents). */
  readonly file?: string;
  readonly message: string;
  /** Stable address of the offending thing, used for the fingerprint. Defaults to the rule id. */
  readonly path?: string;
  readonly evidence?: string;
  readonly related?: readonly { path: string; range?: Range }[];
  /** Severity for this report when it differs from the rule's default (e.g. worse for `/`). */
  readonly severity?: Severity;
  /** An automatic fix: minimal edits, or null when no safe edit exists for this case. */
  readonly fix?: (edit: EditBuilder) => FixOutput;
  readonly suggest?: SuggestionSpec;
}

export interface RuleContext {
  report(report: Report): void;
  /** Rule options merged over their defaults (from plumb.yaml or `--set`). */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface RuleOption {
  readonly description: string;
  readonly default?: unknown;
}

export interface RuleMeta<K extends string = string> {
  /** `<area>/<name>`, stable forever: config, suppressions and baselines refer to it. */
  readonly id: string;
  readonly kind: K;
  readonly severity: Severity;
  readonly title: string;
  /** Why it matters, in plain language for a non-security engineer. */
  readonly why: string;
  /** The exact change to make. */
  readonly fix: string;
  /** How to verify the change worked. */
  readonly verify: string;
  /** CIS benchmark ids, CWE ids, vendor docs (URLs or names). */
  readonly references: readonly string[];
  readonly tags?: readonly string[];
  /** 'auto' when `check` attaches edits, 'suggestion' when it needs a human answer. */
  readonly fixable?: 'auto' | 'suggestion';
  readonly options?: Readonly<Record<string, RuleOption>>;
}

export interface Rule<K extends DocumentKind = DocumentKind> extends RuleMeta<K> {
  check(doc: DocumentKinds[K], ctx: RuleContext): void;
}

/** A rule of any kind, for registries (the check's parameter is erased to the base type). */
export interface AnyRule extends RuleMeta {
  check(doc: BaseDocument, ctx: RuleContext): void;
}

export function defineRule<K extends DocumentKind>(rule: Rule<K>): AnyRule {
  return rule as unknown as AnyRule;
}
