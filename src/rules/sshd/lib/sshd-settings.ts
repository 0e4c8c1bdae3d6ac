import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import type { RuleContext } from '../../../core/rule.js';
import type { Severity } from '../../../core/severity.js';
import type { SshdDirective, SshdDocument } from '../../../sources/parsers/sshd/sshd-document.js';

/** The global value sshd uses: the first occurrence outside Match blocks (includes expanded). */
export function globalSetting(doc: SshdDocument, key: string): SshdDirective | undefined {
  return doc.global.find((d) => d.key === key);
}

/**
 * Every line that decides a keyword for some connection: the global first occurrence, and the
 * first occurrence in each Match block (Match values override the global one for matching
 * connections). Later duplicates are ignored by sshd and therefore here.
 */
export function decidingSettings(doc: SshdDocument, key: string): SshdDirective[] {
  const out: SshdDirective[] = [];
  const global = globalSetting(doc, key);
  if (global) out.push(global);
  for (const m of doc.matches) {
    const first = m.directives.find((d) => d.key === key);
    if (first) out.push(first);
  }
  return out;
}

/** `{ file }` for a report about a line read from an included file. */
export function fileOf(doc: SshdDocument, d: SshdDirective): { file?: string } {
  return d.file === doc.path ? {} : { file: d.file };
}

/** Stable logical path: `global/PasswordAuthentication` or `Match[User backup]/PasswordAuthentication`. */
export function settingPath(d: SshdDirective | null, keyword: string): string {
  return `${d?.match ? `Match[${d.match.label}]` : 'global'}/${keyword}`;
}

/** An empty range at the very start of the file, for settings that are missing altogether. */
export function startOfFile(doc: SshdDocument) {
  return doc.lines.range(0, 0);
}

/**
 * Inserts global lines where sshd still reads them as global: before the scanned file's first
 * Match block (lines after a Match belong to it), above the comments that introduce that block
 * and the blank lines before them; at the end of the file when there is no Match.
 */
export function insertGlobal(doc: SshdDocument, e: EditBuilder, lines: readonly string[]): TextEdit {
  const match = doc.firstMatch;
  if (!match) return e.appendLines([...lines]);
  let line = match.range.start.line;
  while (line > 1 && /^[ \t]*#/.test(doc.lines.lineText(line - 1))) line--;
  while (line > 1 && doc.lines.lineText(line - 1).trim() === '') line--;
  return e.insertAt(doc.lines.lineStart(line), lines.map((l) => l + e.eol).join(''));
}

export interface KeywordCheck {
  readonly key: string;
  /** Canonical spelling, used in messages, fixes and logical paths. */
  readonly keyword: string;
  /** Null when the value is fine; otherwise the problem, optionally with its own severity. */
  readonly judge: (value: string, d: SshdDirective) => { message: string; severity?: Severity } | null;
  /** Replacement value for the automatic fix (null: no safe fix for this value). */
  readonly fixValue?: (value: string, d: SshdDirective) => string | null;
  /** When set, an unset keyword is reported too (sshd's default is insecure). */
  readonly missing?: { readonly message: string; readonly value: string; readonly severity?: Severity };
}

/** Judges every deciding line of a keyword, and its absence when the default is insecure. */
export function checkKeyword(doc: SshdDocument, ctx: RuleContext, check: KeywordCheck): void {
  for (const d of decidingSettings(doc, check.key)) {
    const problem = check.judge(d.value, d);
    if (!problem) continue;
    const replacement = check.fixValue?.(d.value, d) ?? null;
    ctx.report({
      at: d.range,
      ...fileOf(doc, d),
      message: `${problem.message}${d.match ? ` (in Match ${d.match.label})` : ''}`,
      path: settingPath(d, check.keyword),
      evidence:
        doc.sources.find((s) => s.path === d.file)?.text.slice(d.range.start.offset, d.range.end.offset) ??
        '',
      ...(problem.severity ? { severity: problem.severity } : {}),
      ...(replacement !== null ? { fix: (e: EditBuilder) => e.replace(d.valueRange, replacement) } : {}),
    });
  }
  const missing = check.missing;
  if (missing && !globalSetting(doc, check.key) && !doc.incomplete) {
    ctx.report({
      at: startOfFile(doc),
      message: missing.message,
      path: settingPath(null, check.keyword),
      ...(missing.severity ? { severity: missing.severity } : {}),
      fix: (e) => insertGlobal(doc, e, [`${check.keyword} ${missing.value}`]),
    });
  }
}

/** sshd time format: `90`, `1m30s`, `2h` (s, m, h, d, w); null when unreadable. */
export function sshdSeconds(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  const parts = [...value.matchAll(/(\d+)([sSmMhHdDwW])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) return null;
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
  return parts.reduce((sum, p) => sum + Number(p[1]) * (unit[(p[2] as string).toLowerCase()] ?? 1), 0);
}
