import type { Diagnostic } from '../../../core/diagnostic.js';
import type { LineIndex, Range } from '../../../core/range.js';
import { parseError, type SourceFile } from '../types.js';
import { parseYamlStream, type YamlPath, type YamlSource } from '../yaml-source.js';
import { canonicalKey, type SpringDocument, type SpringEntry } from './spring-document.js';

const PROFILE_KEYS = [canonicalKey('spring.config.activate.on-profile'), canonicalKey('spring.profiles')];
const MAX_ENTRIES = 20_000;
const MAX_DEPTH = 50;

/** `application-prod.yml` -> `prod`. */
export function profileFromName(path: string): string | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /^(?:application|bootstrap)-([\w.-]+?)\.(?:properties|ya?ml)$/i.exec(base)?.[1] ?? null;
}

/** Applies document-level profile activation to the entries of each document. */
function withProfiles(entries: SpringEntry[], fileProfile: string | null): SpringEntry[] {
  const byDoc = new Map<number, string>();
  for (const e of entries) if (PROFILE_KEYS.includes(e.canonical) && e.value) byDoc.set(e.docIndex, e.value);
  return entries.map((e) => ({ ...e, profile: byDoc.get(e.docIndex) ?? fileProfile }));
}

export function parseSpring(file: SourceFile): { document: SpringDocument; diagnostics: Diagnostic[] } {
  const yaml = /\.ya?ml$/i.test(file.path);
  const { entries, diagnostics } = yaml ? parseYamlEntries(file) : parsePropertiesEntries(file);
  return {
    document: {
      kind: 'spring',
      path: file.path,
      text: file.text,
      lines: file.lines,
      format: yaml ? 'yaml' : 'properties',
      entries: withProfiles(entries, profileFromName(file.path)),
    },
    diagnostics,
  };
}

// --- .properties -------------------------------------------------------------------------

/**
 * Java properties: `key=value`, `key: value` or `key value`; `#`/`!` comments; a trailing odd
 * number of backslashes continues the line; `#---` separates documents (Spring Boot 2.4+).
 */
export function parsePropertiesEntries(file: SourceFile): {
  entries: SpringEntry[];
  diagnostics: Diagnostic[];
} {
  const { text, lines } = file;
  const entries: SpringEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let docIndex = 0;
  let line = 1;
  while (line <= lines.lineCount && entries.length < MAX_ENTRIES) {
    const first = lines.lineText(line);
    const trimmed = first.trimStart();
    if (/^[#!]---\s*$/.test(first)) {
      docIndex++;
      line++;
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) {
      line++;
      continue;
    }
    // Gather the logical line.
    let lastLine = line;
    while (lastLine < lines.lineCount && endsWithContinuation(lines.lineText(lastLine))) lastLine++;
    if (lastLine === lines.lineCount && endsWithContinuation(lines.lineText(lastLine))) {
      diagnostics.push(parseError(file, 'line continuation at end of file', lines.lineEnd(lastLine)));
    }
    const start = lines.lineStart(line) + (first.length - trimmed.length);
    const end = lines.lineEnd(lastLine);
    const entry = propertyEntry(text, lines, start, end, docIndex);
    if (entry) entries.push(entry);
    line = lastLine + 1;
  }
  return { entries, diagnostics };
}

function endsWithContinuation(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function propertyEntry(
  text: string,
  lines: LineIndex,
  start: number,
  end: number,
  docIndex: number,
): SpringEntry | null {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') break;
    i++;
  }
  const keyEnd = Math.min(i, end);
  while (i < end && /[ \t\f]/.test(text[i] ?? '')) i++;
  if (text[i] === '=' || text[i] === ':') i++;
  while (i < end && /[ \t\f]/.test(text[i] ?? '')) i++;
  const valueStart = Math.min(i, end);
  const key = unescapeProperties(text.slice(start, keyEnd));
  if (key === '') return null;
  let raw = text.slice(valueStart, end).replace(/\\\r?\n[ \t\f]*/g, '');
  // A continuation on the last line of the file continues into nothing.
  if (endsWithContinuation(raw)) raw = raw.slice(0, -1);
  const value = unescapeProperties(raw);
  const valueRange = lines.range(valueStart, end);
  return {
    key,
    canonical: canonicalKey(key),
    value,
    items: splitItems(text, lines, valueStart, end),
    range: lines.range(start, end),
    keyRange: lines.range(start, keyEnd),
    valueRange,
    docIndex,
    profile: null,
  };
}

/** Comma-separated items of a single-line value, with ranges (for list-valued properties). */
function splitItems(
  text: string,
  lines: LineIndex,
  start: number,
  end: number,
): { value: string; range: Range }[] {
  const raw = text.slice(start, end);
  if (raw.includes('\\')) return [];
  const out: { value: string; range: Range }[] = [];
  let at = 0;
  for (const part of raw.split(',')) {
    const lead = part.length - part.trimStart().length;
    const value = part.trim();
    if (value) out.push({ value, range: lines.range(start + at + lead, start + at + lead + value.length) });
    at += part.length + 1;
  }
  return out;
}

function unescapeProperties(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[e] ?? e;
  });
}

// --- YAML --------------------------------------------------------------------------------

function parseYamlEntries(file: SourceFile): { entries: SpringEntry[]; diagnostics: Diagnostic[] } {
  const parsed = parseYamlStream(file.text);
  const diagnostics = parsed.errors.slice(0, 20).map((e) => ({
    ...parseError(file, e.message, e.range.start.offset),
    range: e.range,
  }));
  const entries: SpringEntry[] = [];
  parsed.sources.forEach((source, docIndex) => {
    flatten(source, source.value, [], '', docIndex, entries);
  });
  return { entries, diagnostics };
}

function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function flatten(
  source: YamlSource,
  value: unknown,
  path: YamlPath,
  key: string,
  docIndex: number,
  out: SpringEntry[],
): void {
  if (out.length >= MAX_ENTRIES || path.length > MAX_DEPTH) return;
  const entry = (text: string, items: { value: string; range: Range }[]): SpringEntry => ({
    key,
    canonical: canonicalKey(key),
    value: text,
    items,
    range: source.entryRange(path),
    keyRange: source.keyRange(path),
    valueRange: source.range(path),
    docIndex,
    profile: null,
    yaml: { source, path },
  });
  if (Array.isArray(value)) {
    if (value.every(isScalar)) {
      const items = value.map((v, i) => ({ value: String(v ?? ''), range: source.range([...path, i]) }));
      if (key) out.push(entry(items.map((i) => i.value).join(','), items));
      return;
    }
    value.forEach((v, i) => {
      flatten(source, v, [...path, i], `${key}[${i}]`, docIndex, out);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      flatten(source, v, [...path, k], key ? `${key}.${k}` : k, docIndex, out);
    }
    return;
  }
  if (!key) return;
  const text = value === null || value === undefined ? '' : String(value);
  out.push(entry(text, text.includes(',') ? [] : [{ value: text, range: source.range(path) }]));
}
