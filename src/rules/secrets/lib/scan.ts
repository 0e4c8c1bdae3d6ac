import type { RuleContext, SuggestionSpec } from '../../../core/rule.js';
import type { Severity } from '../../../core/severity.js';
import type { TextDocument } from '../../../sources/parsers/secrets/text-document.js';
import { secretAssignments } from './assignment.js';
import { envNameFor, envStyleOf, envSuggestion } from './env-reference.js';
import { fileClass } from './file-class.js';
import { isPlaceholderToken, mask, maskedEvidence, secretPath } from './secret-value.js';

/**
 * Literal prefixes the detectors pre-filter on. One combined pass over the text finds the first
 * offset of each (much cheaper than one `indexOf` per literal per rule); literals missing from
 * this list still work through a plain `indexOf`.
 */
const KNOWN_LITERALS = [
  'AKIA',
  'ASIA',
  'ecret_access_key',
  'ecret-access-key',
  'ecretAccessKey',
  'ECRET_ACCESS_KEY',
  'ecret_key',
  'ecret-key',
  'ECRET_KEY',
  'PRIVATE KEY',
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'github_pat_',
  'glpat-',
  'gldt-',
  'glrt-',
  'glptt-',
  'glft-',
  'glcbt-',
  'xoxb-',
  'xoxp-',
  'xoxa-',
  'xoxr-',
  'xoxe',
  'xoxs-',
  'xoxo-',
  'xapp-',
  'hooks.slack.com/',
  'k_live_',
  'AIza',
  'npm_',
  '_auth',
  '_password',
  '://',
  'eyJ',
  'SG.',
  'SK',
  'sk-proj-',
  'sk-svcacct-',
  'sk-admin-',
  'T3BlbkFJ',
  'AccountKey=',
  'service_account',
];
const KNOWN = new Set(KNOWN_LITERALS);
const ANY_LITERAL = new RegExp(
  KNOWN_LITERALS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

const firstIndexCache = new WeakMap<TextDocument, Map<string, number>>();

function literalIndex(doc: TextDocument): Map<string, number> {
  let found = firstIndexCache.get(doc);
  if (found) return found;
  found = new Map();
  const re = new RegExp(ANY_LITERAL.source, 'g');
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    if (!found.has(m[0])) {
      found.set(m[0], m.index);
      if (found.size === KNOWN_LITERALS.length) break;
    }
    // Literals may overlap (`SK` inside another match): resume one character later.
    re.lastIndex = m.index + 1;
  }
  firstIndexCache.set(doc, found);
  return found;
}

/**
 * Offset of the first occurrence of `literal` in the document (-1 when absent), from one
 * memoised combined scan shared by all detectors.
 */
export function firstIndexOf(doc: TextDocument, literal: string): number {
  const index = literalIndex(doc);
  if (KNOWN.has(literal)) return index.get(literal) ?? -1;
  let at = index.get(`\u0000${literal}`);
  if (at === undefined) {
    at = doc.text.indexOf(literal);
    index.set(`\u0000${literal}`, at);
  }
  return at;
}

/** Offset where a detector must start, or -1 when none of its literals occurs at all. */
export function prefilter(doc: TextDocument, literals: readonly string[]): number {
  let best = -1;
  for (const l of literals) {
    const at = firstIndexOf(doc, l);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

export interface TokenMatch {
  /** The secret (the `secret` group when the regex has one, else the whole match). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly match: RegExpExecArray;
}

/**
 * Matches of a global regex, run only when one of `literals` occurs and only from the first of
 * them. Every detector regex starts with a literal or is bounded, so none can backtrack badly.
 */
export function* findTokens(doc: TextDocument, literals: readonly string[], regex: RegExp) {
  const from = prefilter(doc, literals);
  if (from < 0) return;
  const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  re.lastIndex = Math.max(0, from - 64);
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const value = m.groups?.['secret'] ?? m[0];
    const start = m.index + m[0].indexOf(value);
    yield { value, start, end: start + value.length, match: m } satisfies TokenMatch;
  }
}

export interface SecretReport {
  /** Short detector name used in the logical path (`github-token`). */
  readonly detector: string;
  /** What was found, for the message: `GitHub token`. */
  readonly label: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly severity?: Severity;
  /** Extra words appended to the message. */
  readonly note?: string;
  readonly suggest?: SuggestionSpec;
  /** Evidence to show instead of the masked line (for secrets spanning several lines). */
  readonly evidence?: string;
  /** Never offer the environment-reference suggestion (multi-line secrets, embedded values). */
  readonly noSuggestion?: boolean;
}

/** The rule option carrying the environment variable name of an env-reference suggestion. */
export const VARIABLE_OPTION = {
  variable: {
    description:
      'Environment variable to reference instead of the literal (Spring, Compose, .npmrc: `${NAME}`; Python: `os.environ`); `{KEY}` derives one from each key.',
  },
} as const;

const BARE_VALUE_EXTENSIONS = new Set(['', 'env', 'properties', 'yml', 'yaml', 'ini', 'cfg', 'conf', 'cnf']);

/**
 * When the secret is the whole value of an assignment in a format with an environment reference
 * syntax, a suggestion to replace it with that reference (`${NAME}`, `os.environ["NAME"]`).
 */
export function envReferenceSuggestion(
  doc: TextDocument,
  start: number,
  end: number,
): SuggestionSpec | undefined {
  const style = envStyleOf(doc);
  if (!style) return undefined;
  const line = doc.lines.position(start).line;
  const lineStart = doc.lines.lineStart(line);
  const text = doc.lines.lineText(line);
  const hit = secretAssignments(text, BARE_VALUE_EXTENSIONS.has(doc.extension), true).find(
    (a) => lineStart + a.valueStart === start && a.value.length === end - start,
  );
  if (!hit) return undefined;
  return envSuggestion(
    style,
    derivedEnvName(doc, line, hit.key),
    [start, end],
    [lineStart + hit.literalStart, lineStart + hit.literalEnd],
  );
}

/**
 * Environment variable name for a key: the key itself when it already is one (`DB_PASSWORD` in a
 * Compose `environment:` map), else derived from the full YAML path or the dotted key.
 */
export function derivedEnvName(doc: TextDocument, line: number, key: string): string {
  if (/^[A-Z][A-Z0-9_]*$/.test(key)) return key;
  const yaml = doc.extension === 'yml' || doc.extension === 'yaml';
  return envNameFor(yaml ? yamlKeyPath(doc, line, key) : key);
}

/** For YAML, the dotted path of a key from the less-indented keys above it (`spring.datasource.password`). */
export function yamlKeyPath(doc: TextDocument, line: number, key: string): string {
  const indentOf = (text: string) => /^[ ]*/.exec(text)?.[0].length ?? 0;
  const parts = [key];
  let indent = indentOf(doc.lines.lineText(line));
  for (let l = line - 1; l >= 1 && l > line - 200 && indent > 0; l--) {
    const text = doc.lines.lineText(l);
    const m = /^([ ]*)([A-Za-z0-9_.-]+):[ \t]*(?:#.*)?$/.exec(text);
    if (m && (m[1] ?? '').length < indent) {
      parts.unshift(m[2] ?? '');
      indent = (m[1] ?? '').length;
    } else if (text.trim() !== '' && !text.trimStart().startsWith('#') && indentOf(text) < indent) {
      break;
    }
  }
  return parts.join('.');
}

/**
 * Reports one secret with a masked message and evidence and a value-hash logical path. Unless
 * the caller brings its own suggestion (or `noSuggestion`), a literal assigned in a format with an
 * environment reference syntax gets a suggestion to replace it with that reference.
 */
export function reportSecret(doc: TextDocument, ctx: RuleContext, r: SecretReport): void {
  const at = doc.lines.range(r.start, r.end);
  const line = doc.lines.lineText(at.start.line);
  const suggest = r.suggest ?? (r.noSuggestion ? undefined : envReferenceSuggestion(doc, r.start, r.end));
  ctx.report({
    at,
    message: `${r.label} ${mask(r.value)} is hard-coded in this file${r.note ? ` (${r.note})` : ''}`,
    path: secretPath(r.detector, r.value),
    evidence: r.evidence ?? maskedEvidence(line, r.value),
    ...(r.severity ? { severity: r.severity } : {}),
    ...(suggest ? { suggest } : {}),
  });
}

export interface PrefixedDetector {
  readonly detector: string;
  readonly label: string;
  readonly literals: readonly string[];
  /** Global regex; name the secret group `secret` when the match carries context around it. */
  readonly regex: RegExp;
  /** Length of the fixed prefix, so the placeholder check looks at the random part only. */
  readonly prefixLength: number;
  /** Extra validation (checksums, JSON headers...); false drops the match. */
  readonly accept?: (m: TokenMatch) => boolean;
  readonly severity?: (m: TokenMatch) => Severity | undefined;
  readonly note?: (m: TokenMatch) => string | undefined;
  /** Never offer the environment-reference suggestion (the secret is embedded in a longer value). */
  readonly noSuggestion?: boolean;
}

/**
 * The common shape of a prefixed-token detector: skip lock files, find matches, drop
 * placeholders, report each distinct secret once.
 */
export function detectPrefixed(doc: TextDocument, ctx: RuleContext, d: PrefixedDetector): void {
  if (fileClass(doc.path) === 'lock') return;
  const seen = new Set<string>();
  for (const m of findTokens(doc, d.literals, d.regex)) {
    if (seen.has(`${m.start}`)) continue;
    if (isPlaceholderToken(m.value, m.value.slice(d.prefixLength))) continue;
    if (d.accept && !d.accept(m)) continue;
    seen.add(`${m.start}`);
    const severity = d.severity?.(m);
    const note = d.note?.(m);
    reportSecret(doc, ctx, {
      detector: d.detector,
      label: d.label,
      value: m.value,
      start: m.start,
      end: m.end,
      ...(severity ? { severity } : {}),
      ...(note ? { note } : {}),
      ...(d.noSuggestion ? { noSuggestion: true } : {}),
    });
  }
}
