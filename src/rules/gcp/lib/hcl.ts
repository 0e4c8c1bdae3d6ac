import type { TextEdit } from '../../../core/edit.js';
import {
  findAttribute,
  findBlocks,
  type HclTarget,
  insertBlock,
  setAttribute,
} from '../../../fixers/hcl-edit.js';
import type { Expr } from '../../../sources/parsers/terraform/hcl-ast.js';

/** Formatting-preserving edits the shared HCL helpers do not cover: repeated blocks and map entries. */

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentAt(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))?.[0] ?? '';
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Adds another `type { ... }` block after the last one of that type (for repeatable blocks such
 * as `database_flags`), or inserts the first one. Null for generated or non-HCL targets.
 */
export function appendBlock(
  target: HclTarget,
  type: string,
  attrs: readonly (readonly [string, string])[],
): TextEdit | null {
  const body = target.body;
  if (!body || target.generated || target.file.syntax !== 'hcl') return null;
  if (body.blocks.some((b) => b.type === 'dynamic' && b.labels[0] === type)) return null;
  const existing = findBlocks(body, type);
  const last = existing[existing.length - 1];
  if (!last) return insertBlock(target, type, attrs);
  const text = target.file.text;
  const eol = eolOf(text);
  const indent = indentAt(text, last.s);
  const inner = last.body.attributes[0];
  const step =
    inner && lineStart(text, inner.s) !== lineStart(text, last.s)
      ? indentAt(text, inner.s).slice(indent.length) || '  '
      : '  ';
  const width = Math.max(...attrs.map(([n]) => n.length));
  const lines = [
    `${indent}${type} {`,
    ...attrs.map(([n, v]) => `${indent}${step}${n.padEnd(width)} = ${v}`),
    `${indent}}`,
  ];
  const nl = text.indexOf('\n', last.e);
  const at = nl === -1 ? text.length : nl + 1;
  const prefix = nl === -1 ? eol : '';
  return { file: target.file.path, start: at, end: at, text: prefix + lines.map((l) => l + eol).join('') };
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function keyName(text: string, key: Expr): string | null {
  if (key.k === 'lit' && typeof key.value === 'string') return key.value;
  if (key.k === 'var') return key.name;
  const raw = text.slice(key.s, key.e);
  return IDENT.test(raw) ? raw : null;
}

/**
 * Sets `key = valueText` in the map literal held by attribute `attr` of the target body
 * (`metadata = { ... }`): replaces a literal value, adds a missing entry, or creates the
 * attribute. Null when the map is an expression (`merge(...)`, a variable) or the value is not
 * a literal.
 */
export function setMapEntry(
  target: HclTarget,
  attr: string,
  key: string,
  valueText: string,
): TextEdit | null {
  const body = target.body;
  if (!body || target.generated || target.file.syntax !== 'hcl') return null;
  const text = target.file.text;
  const a = findAttribute(body, attr);
  const quoted = !IDENT.test(key);
  const keyText = quoted ? JSON.stringify(key) : key;
  if (!a) return setAttribute(target, attr, `{ ${keyText} = ${valueText} }`);
  if (a.expr.k !== 'object') return null;
  const items = a.expr.items;
  const existing = items.find((i) => keyName(text, i.key) === key);
  if (existing) {
    if (existing.value.k !== 'lit') return null;
    if (text.slice(existing.value.s, existing.value.e) === valueText) return null;
    return { file: target.file.path, start: existing.value.s, end: existing.value.e, text: valueText };
  }
  const open = a.expr.s;
  const close = a.expr.e - 1;
  const eol = eolOf(text);
  const multiline = text.slice(open, close).includes('\n');
  const last = items[items.length - 1];
  const useQuotes = quoted || (last !== undefined && text[last.key.s] === '"');
  const k = useQuotes ? JSON.stringify(key) : key;
  if (!multiline) {
    if (!last)
      return { file: target.file.path, start: open, end: close + 1, text: `{ ${k} = ${valueText} }` };
    return { file: target.file.path, start: last.value.e, end: last.value.e, text: `, ${k} = ${valueText}` };
  }
  if (!last) {
    const indent = indentAt(text, a.s);
    return {
      file: target.file.path,
      start: open,
      end: close + 1,
      text: `{${eol}${indent}  ${k} = ${valueText}${eol}${indent}}`,
    };
  }
  const indent = indentAt(text, last.key.s);
  const eq = text.indexOf('=', last.key.e);
  const between = eq === -1 ? '' : text.slice(last.key.e, eq);
  const width = /^ *$/.test(between) ? last.key.e - last.key.s + between.length - 1 : 0;
  const nl = text.indexOf('\n', last.value.e);
  if (nl === -1 || nl > close) return null;
  const line = `${indent}${k.padEnd(width)} = ${valueText}${eol}`;
  return { file: target.file.path, start: nl + 1, end: nl + 1, text: line };
}
