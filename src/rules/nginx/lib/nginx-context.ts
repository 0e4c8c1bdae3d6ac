import type { TextEdit } from '../../../core/edit.js';
import type {
  NginxDirective,
  NginxDocument,
  NginxSource,
} from '../../../sources/parsers/nginx/nginx-document.js';

/**
 * Calls `visit` for every directive, with the blocks enclosing it (outermost first). A file
 * included in several places (a shared TLS snippet) is visited at its first inclusion only, so
 * one line yields one finding.
 */
export function walk(
  directives: readonly NginxDirective[],
  visit: (d: NginxDirective, ancestors: readonly NginxDirective[]) => void,
): void {
  const seen = new Set<string>();
  const go = (list: readonly NginxDirective[], ancestors: readonly NginxDirective[]) => {
    for (const d of list) {
      const key = `${d.file}\u0000${d.range.start.offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      visit(d, ancestors);
      if (d.children) go(d.children, [...ancestors, d]);
    }
  };
  go(directives, []);
}

export function childrenNamed(block: NginxDirective | undefined, name: string): NginxDirective[] {
  return (block?.children ?? []).filter((d) => d.name === name);
}

/** The first direct child with that name (nginx rejects duplicates of most directives). */
export function child(block: NginxDirective | undefined, name: string): NginxDirective | undefined {
  return block?.children?.find((d) => d.name === name);
}

export function argValues(d: NginxDirective | undefined): string[] {
  return d?.args.map((a) => a.value) ?? [];
}

/** `http` blocks of a complete configuration. */
export function httpBlocks(doc: NginxDocument): NginxDirective[] {
  return doc.directives.filter((d) => d.name === 'http' && d.children);
}

export interface ServerContext {
  readonly server: NginxDirective;
  /** The enclosing `http` block; null for a snippet judged on its own. */
  readonly http: NginxDirective | null;
}

/** HTTP `server` blocks: inside `http`, or at the top of a snippet (never `stream`/`upstream`). */
export function httpServers(doc: NginxDocument): ServerContext[] {
  const out: ServerContext[] = [];
  for (const http of httpBlocks(doc)) {
    for (const s of childrenNamed(http, 'server')) if (s.children) out.push({ server: s, http });
  }
  if (!doc.isMain) {
    for (const s of doc.directives)
      if (s.name === 'server' && s.children) out.push({ server: s, http: null });
  }
  return out;
}

/** Every `location` of a server, nested ones included, with the locations enclosing it. */
export function locationsOf(
  server: NginxDirective,
): { location: NginxDirective; parents: readonly NginxDirective[] }[] {
  const out: { location: NginxDirective; parents: readonly NginxDirective[] }[] = [];
  const visit = (block: NginxDirective, parents: readonly NginxDirective[]) => {
    for (const d of childrenNamed(block, 'location')) {
      if (!d.children) continue;
      out.push({ location: d, parents });
      visit(d, [...parents, d]);
    }
  };
  visit(server, []);
  return out;
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\]|unix:)/i;

export interface Listen {
  readonly directive: NginxDirective;
  readonly port: number | null;
  readonly ssl: boolean;
  readonly loopback: boolean;
}

/** Where new server-level headers go: after add_header, TLS, listen or server_name lines. */
export function isServerHeaderAnchor(d: NginxDirective): boolean {
  return (
    d.name === 'add_header' || d.name.startsWith('ssl_') || d.name === 'listen' || d.name === 'server_name'
  );
}

/** Parses `listen` directives: address/port and the `ssl`/`quic` parameters. */
export function listensOf(server: NginxDirective): Listen[] {
  return childrenNamed(server, 'listen').map((d) => {
    const addr = d.args[0]?.value ?? '';
    const params = d.args.slice(1).map((a) => a.value.toLowerCase());
    const portMatch = /(?:^|:)(\d+)$/.exec(addr);
    const port = portMatch ? Number(portMatch[1]) : /^[\d.]+$|^\[.*\]$|^[a-z]/i.test(addr) ? 80 : null;
    return {
      directive: d,
      port: addr.startsWith('unix:') ? null : port,
      ssl: params.includes('ssl') || params.includes('quic'),
      loopback: LOOPBACK.test(addr),
    };
  });
}

/** A server that terminates TLS: `listen ... ssl`/`quic`, or the old `ssl on;`. */
export function isTlsServer(server: NginxDirective): boolean {
  if (listensOf(server).some((l) => l.ssl)) return true;
  return argValues(child(server, 'ssl'))[0]?.toLowerCase() === 'on';
}

export interface EffectiveHeaders {
  /** The `add_header` directives in force. */
  readonly headers: readonly NginxDirective[];
  /** The block whose add_header directives are in force (null when none anywhere). */
  readonly level: NginxDirective | null;
}

/**
 * The add_header directives in force for the innermost block of `chain` (outermost first),
 * with nginx's inheritance: a block inherits add_header from its parent only when it has none
 * of its own. `more_set_headers` (headers-more module) always applies and is listed too.
 */
export function effectiveHeaders(chain: readonly (NginxDirective | null)[]): EffectiveHeaders {
  const blocks = chain.filter((b): b is NginxDirective => b !== null);
  const more = blocks.flatMap((b) => childrenNamed(b, 'more_set_headers'));
  for (let i = blocks.length - 1; i >= 0; i--) {
    const own = childrenNamed(blocks[i], 'add_header');
    if (own.length > 0) return { headers: [...own, ...more], level: blocks[i] as NginxDirective };
  }
  return { headers: more, level: null };
}

/** The value of a header among effective headers (case-insensitive name), or undefined. */
export function headerValue(headers: readonly NginxDirective[], name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const d of headers) {
    if (d.name === 'add_header') {
      if (d.args[0]?.value.toLowerCase() === lower) return d.args[1]?.value ?? '';
      continue;
    }
    for (const a of d.args) {
      const m = /^\s*([^:\s]+)\s*:\s*(.*)$/.exec(a.value);
      if (m && m[1]?.toLowerCase() === lower) return m[2] ?? '';
    }
  }
  return undefined;
}

/** Whether a server only redirects or refuses (a server-level `return`, or `rewrite ... https://`). */
export function onlyRedirects(server: NginxDirective): boolean {
  if (child(server, 'return')) return true;
  return childrenNamed(server, 'rewrite').some(
    (r) =>
      /^https:\/\//i.test(r.args[1]?.value ?? '') && /^(?:permanent|redirect)$/.test(r.args[2]?.value ?? ''),
  );
}

export function sourceOf(doc: NginxDocument, file: string): NginxSource | undefined {
  return doc.sources.find((s) => s.path === file);
}

/** `{ file }` for a report about a directive read from an included file. */
export function fileOf(doc: NginxDocument, d: NginxDirective): { file?: string } {
  return d.file === doc.path ? {} : { file: d.file };
}

/** Stable logical address of a block: `http/server[example.com:443]/location[/api]`. */
export function blockPath(d: NginxDirective, ancestors: readonly NginxDirective[] = []): string {
  return [...ancestors, d].map(segment).join('/');
}

function segment(d: NginxDirective): string {
  if (d.name === 'server') {
    const names = argValues(child(d, 'server_name')).join(',') || '_';
    const ports = childrenNamed(d, 'listen')
      .map((l) => l.args[0]?.value ?? '')
      .join(',');
    return `server[${names}|${ports}]`;
  }
  if (d.args.length > 0 && d.children) return `${d.name}[${argValues(d).join(' ')}]`;
  return d.name;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
}

/**
 * Offset where a new line can go after `offset`: the start of the next line, when the rest of
 * the current line is blank or a comment. Null when more directives follow on the same line.
 */
function afterLine(text: string, offset: number): number | null {
  const nl = text.indexOf('\n', offset);
  const rest = text.slice(offset, nl === -1 ? text.length : nl);
  if (!/^\s*(?:#.*)?$/.test(rest)) return null;
  return nl === -1 ? text.length : nl + 1;
}

function insertLine(
  src: NginxSource,
  at: number,
  indent: string,
  line: string | readonly string[],
): TextEdit {
  const eol = eolOf(src.text);
  const needsBreak = at === src.text.length && src.text.length > 0 && !src.text.endsWith('\n');
  const body = (typeof line === 'string' ? [line] : line).map((l) => `${indent}${l}${eol}`).join('');
  return { file: src.path, start: at, end: at, text: `${needsBreak ? eol : ''}${body}` };
}

/** Inserts a directive line after `anchor`, at the anchor's indentation, in the anchor's file. */
export function insertAfterDirective(
  doc: NginxDocument,
  anchor: NginxDirective,
  line: string | readonly string[],
): TextEdit | null {
  const src = sourceOf(doc, anchor.file);
  if (!src) return null;
  const at = afterLine(src.text, anchor.range.end.offset);
  if (at === null) return null;
  return insertLine(src, at, indentAt(src.text, anchor.range.start.offset), line);
}

/**
 * Inserts a directive line into a block, after the last direct child accepted by `prefer`
 * (when one is in the block's own file), else as its first line. Null for one-line blocks.
 */
export function insertIntoBlock(
  doc: NginxDocument,
  block: NginxDirective,
  line: string | readonly string[],
  prefer: (d: NginxDirective) => boolean = () => false,
): TextEdit | null {
  const own = (block.children ?? []).filter((d) => d.file === block.file);
  const anchors = own.filter(prefer);
  const anchor = anchors[anchors.length - 1];
  if (anchor) return insertAfterDirective(doc, anchor, line);
  const src = sourceOf(doc, block.file);
  if (!src || !block.open) return null;
  const at = afterLine(src.text, block.open.end.offset);
  if (at === null) return null;
  const first = own.find((d) => d.range.start.line > (block.open?.start.line ?? 0));
  const indent = first
    ? indentAt(src.text, first.range.start.offset)
    : indentAt(src.text, block.range.start.offset) + indentUnit(src.text);
  return insertLine(src, at, indent, line);
}

function indentUnit(text: string): string {
  const m = /\{[^\n]*\n([ \t]+)\S/.exec(text);
  const blockStart = m?.index ?? -1;
  if (!m || blockStart < 0) return '    ';
  const outer = indentAt(text, blockStart);
  const inner = m[1] as string;
  return inner.startsWith(outer) && inner.length > outer.length ? inner.slice(outer.length) : '    ';
}

export interface HeaderContext {
  /** The server, or a location that has its own add_header lines. */
  readonly block: NginxDirective;
  readonly ancestors: readonly NginxDirective[];
  readonly headers: EffectiveHeaders;
  /** For locations: the headers the server would have sent, which this location drops. */
  readonly inherited?: EffectiveHeaders;
}

/**
 * The places whose response headers differ: the server itself, and every location that sets
 * its own add_header (and therefore drops everything inherited).
 */
export function headerContexts(server: NginxDirective, http: NginxDirective | null): HeaderContext[] {
  const outer = http ? [http] : [];
  const serverHeaders = effectiveHeaders([...outer, server]);
  const out: HeaderContext[] = [{ block: server, ancestors: outer, headers: serverHeaders }];
  for (const { location, parents } of locationsOf(server)) {
    if (childrenNamed(location, 'add_header').length === 0) continue;
    const chain = [...outer, server, ...parents];
    out.push({
      block: location,
      ancestors: chain,
      headers: effectiveHeaders([...chain, location]),
      inherited: effectiveHeaders(chain),
    });
  }
  return out;
}
